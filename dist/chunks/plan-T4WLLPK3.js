import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  applyCommandLine,
  planCommand,
  planInstant,
  planOptions
} from "./chunk-R4HK6ATL.js";
import "./chunk-HRQXDGB5.js";
import "./chunk-5I7EVRLX.js";
import "./chunk-LHWFSLYB.js";
import "./chunk-UFUDVUFI.js";
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
import "./chunk-O6IGNINT.js";
import "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-WFC65L2V.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
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
  applyCommandLine,
  planCommand,
  planInstant,
  planOptions
};
