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
} from "./chunk-UYAY74AJ.js";
import "./chunk-QR75KZMA.js";
import "./chunk-O74B7JFE.js";
import "./chunk-GINCXO5E.js";
import "./chunk-HVLBXD5I.js";
import "./chunk-QW57WL3I.js";
import "./chunk-RNRP26F7.js";
import "./chunk-NRVI4IPE.js";
import "./chunk-V4YPAI2R.js";
import "./chunk-DGMY7SSQ.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-RFUSMIUB.js";
import "./chunk-WRBU6KW2.js";
import "./chunk-NX5G5NT4.js";
import "./chunk-OZTSXCMW.js";
import "./chunk-H2EDNPSF.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-KWEUG75H.js";
import "./chunk-C2HVQKQ6.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-DGQPGQI7.js";
import "./chunk-243ZFPEF.js";
import "./chunk-YMMT2MEB.js";
import "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-WFC65L2V.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-ZF7DGJBN.js";
import "./chunk-4L7VK7KT.js";
import "./chunk-UASY5ZQU.js";
import "./chunk-D6SFHGHI.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6TIBAZNU.js";
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
