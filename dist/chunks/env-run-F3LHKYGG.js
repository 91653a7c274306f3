import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-3IWZEQXT.js";
import "./chunk-NX3NZDM5.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-LZDIFQOD.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-J4EYJTMP.js";
import "./chunk-SSO4QWZV.js";
import "./chunk-TNJMMQOO.js";
import "./chunk-7EJBMNNX.js";
import "./chunk-43XY3XSA.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-6YB75QGX.js";
import "./chunk-WFC65L2V.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-GVZNPKH5.js";
import "./chunk-243ZFPEF.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
