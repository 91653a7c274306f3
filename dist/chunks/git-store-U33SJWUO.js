import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  GitStateStore
} from "./chunk-UV5JMGUS.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-D7TLWUJH.js";
import "./chunk-WLTFSR6Z.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  GitStateStore
};
