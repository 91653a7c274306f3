import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-PA3CRHN7.js";
import "./chunk-CTBMQLAL.js";
import "./chunk-4ZDULWIP.js";
import "./chunk-243ZFPEF.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-QGCSY35O.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-CMFRAN7G.js";
import "./chunk-5ZJQJN5V.js";
import "./chunk-TEAUJ54T.js";
import "./chunk-EY75WBNW.js";
import "./chunk-FM6JPEP6.js";
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
