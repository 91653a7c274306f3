import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-6WXCVHP4.js";
import "./chunk-JLYDOHNM.js";
import "./chunk-LES2BPRH.js";
import "./chunk-LAIPLER3.js";
import "./chunk-T2Z3NSH4.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-JPOEMIG7.js";
import "./chunk-DUXSJGXD.js";
import "./chunk-CIJAQMXQ.js";
import "./chunk-44EV2YMK.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-WCLE5VDQ.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-FSUEZF7L.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-BSAS6SWP.js";
import "./chunk-243ZFPEF.js";
import "./chunk-3B4P76IF.js";
import "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-3HK2YLKR.js";
import "./chunk-FLGDO7GJ.js";
import "./chunk-YHKT3XJW.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6WR7IBAG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
};
