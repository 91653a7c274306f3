import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-LD33WTCY.js";
import "./chunk-UPUVO7BP.js";
import "./chunk-WD3JREXH.js";
import "./chunk-LGFKADI6.js";
import "./chunk-2K7AN36Y.js";
import "./chunk-LAIPLER3.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-QOFYTUMC.js";
import "./chunk-OZQW4XXE.js";
import "./chunk-CIJAQMXQ.js";
import "./chunk-7EBL7NZI.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-56ANNCNY.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-FSUEZF7L.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-A5H2PRTH.js";
import "./chunk-243ZFPEF.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-P2H2MFSY.js";
import "./chunk-FLGDO7GJ.js";
import "./chunk-O5WUVT4U.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6WR7IBAG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
