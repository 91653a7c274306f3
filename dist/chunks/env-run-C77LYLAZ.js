import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-MNAEVI2F.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-WD3JREXH.js";
import "./chunk-3QCOIGCZ.js";
import "./chunk-UW2UXG7J.js";
import "./chunk-HRQXDGB5.js";
import "./chunk-LHWFSLYB.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-LECQYKAQ.js";
import "./chunk-4IVEE6PM.js";
import "./chunk-NX5G5NT4.js";
import "./chunk-3ZS6US7Y.js";
import "./chunk-H2EDNPSF.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-FFZOK2YK.js";
import "./chunk-C2HVQKQ6.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-TSXH4IFU.js";
import "./chunk-243ZFPEF.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-WFC65L2V.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-UQ265FO7.js";
import "./chunk-63NUMSHS.js";
import "./chunk-UASY5ZQU.js";
import "./chunk-MSNMIDJO.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
