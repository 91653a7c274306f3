import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
} from "./chunk-EPQULL5M.js";
import "./chunk-5ZNZXYQH.js";
import "./chunk-NIOXDOAP.js";
import "./chunk-ADZVD3VT.js";
import "./chunk-EUDXBE7C.js";
import "./chunk-HFIFUCE2.js";
import "./chunk-QJH3NIPF.js";
import "./chunk-D3DKXM42.js";
import "./chunk-RZJ4PI5U.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-4BXG4OU7.js";
import "./chunk-N4ENZ7HH.js";
import "./chunk-CIJAQMXQ.js";
import "./chunk-LZALT6J6.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-RXO2PO3X.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-FSUEZF7L.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-ARYBSU7Y.js";
import "./chunk-243ZFPEF.js";
import "./chunk-THQCRO6C.js";
import "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-4VGPVLNC.js";
import "./chunk-44W42KWX.js";
import "./chunk-YHKT3XJW.js";
import "./chunk-T2SH4QWK.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
};
