import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-7PR2TMFI.js";
import "./chunk-ZTXQ4CEC.js";
import "./chunk-4ZDULWIP.js";
import "./chunk-243ZFPEF.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-BHIJG3T7.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-F32NX6Z7.js";
import "./chunk-5ZJQJN5V.js";
import "./chunk-J3GWLNIF.js";
import "./chunk-KMS7IAJB.js";
import "./chunk-WRP4YOXT.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-763JKNLE.js";
import "./chunk-WFC65L2V.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
