import {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
} from "./chunk-4GMMPQRA.mjs";
import "./chunk-XTBOKKJH.mjs";
import "./chunk-L6MS4MEH.mjs";
import "./chunk-COIM6RRV.mjs";
import "./chunk-MWSGGY2D.mjs";
import "./chunk-5QPUE5TN.mjs";
import "./chunk-FG3LEB5V.mjs";
import "./chunk-BTPMIHSD.mjs";
import "./chunk-6LD66BQL.mjs";
import "./chunk-MFMJXX3N.mjs";
import "./chunk-BB5U23S3.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-Z46SECJ4.mjs";
import "./chunk-7QX47FL6.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-RWFFMT6W.mjs";
import "./chunk-4XCUYKWX.mjs";
import "./chunk-5WLJYINS.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-UQOQKVTC.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-RQ4CRGXP.mjs";
import "./chunk-TXAE4PI4.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-CDXWCXEZ.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
};
