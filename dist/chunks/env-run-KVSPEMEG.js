import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-BMMLR5G5.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-WD3JREXH.js";
import "./chunk-DHAKJDY3.js";
import "./chunk-ELK4ZM5J.js";
import "./chunk-EUYQZS6N.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-LBOV3RBP.js";
import "./chunk-TKM27NYY.js";
import "./chunk-4PXYJ4OS.js";
import "./chunk-CYYDDCCZ.js";
import "./chunk-H2EDNPSF.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-DPUHMMKI.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-ZKS425NI.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-J2ZK52LR.js";
import "./chunk-243ZFPEF.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-RSSDZNFB.js";
import "./chunk-MY5M77FW.js";
import "./chunk-UASY5ZQU.js";
import "./chunk-JUWYXW35.js";
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
