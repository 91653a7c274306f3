import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-7MK6ZRZA.js";
import "./chunk-J5EEWRXI.js";
import "./chunk-EW3S5GGD.js";
import "./chunk-TS6U3DRY.js";
import "./chunk-RZJ4PI5U.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-4BXG4OU7.js";
import "./chunk-N4ENZ7HH.js";
import "./chunk-CIJAQMXQ.js";
import "./chunk-JZLW2PKA.js";
import "./chunk-3LTT7LEJ.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-VOYVDIJL.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-FSUEZF7L.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-YZ22TRSK.js";
import "./chunk-243ZFPEF.js";
import "./chunk-THQCRO6C.js";
import "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-3ISUO4P5.js";
import "./chunk-44W42KWX.js";
import "./chunk-LYHW7PEZ.js";
import "./chunk-T2SH4QWK.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6TIBAZNU.js";
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
