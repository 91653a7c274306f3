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
} from "./chunk-PZG7CCPO.js";
import "./chunk-S322WOXT.js";
import "./chunk-RKOFBALU.js";
import "./chunk-BKH5SDYJ.js";
import "./chunk-F4UA4YE2.js";
import "./chunk-GCBP7RSO.js";
import "./chunk-SGCDPUKC.js";
import "./chunk-TXUAEUJH.js";
import "./chunk-YZYVAYNL.js";
import "./chunk-KYPIMEOC.js";
import "./chunk-XTGP2MES.js";
import "./chunk-MWFZJW4H.js";
import "./chunk-TXSZMOEQ.js";
import "./chunk-6YZ3GHKF.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-VKRSDP7N.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-ABA4YHWQ.js";
import "./chunk-UGDMEBGU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-Y7Y6GFWW.js";
import "./chunk-HCMWQEZP.js";
import "./chunk-Z6TUHI2E.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-EK7H2GBB.js";
import "./chunk-XYL5USJW.js";
import "./chunk-GPMP5FU6.js";
import "./chunk-PBUZME32.js";
import "./chunk-DUSBZ4FD.js";
import "./chunk-PFDZN5OK.js";
import "./chunk-KCQHC5KU.js";
import "./chunk-DNPTB4TK.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-HPETYRNU.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
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
