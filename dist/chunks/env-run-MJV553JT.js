import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-POAC7ZSQ.js";
import "./chunk-X67YR6YD.js";
import "./chunk-4ZDULWIP.js";
import "./chunk-243ZFPEF.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-BHIJG3T7.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-V6CQPPHZ.js";
import "./chunk-KLV6WLOQ.js";
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
