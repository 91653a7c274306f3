import {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
} from "./chunk-DHWVEOI4.mjs";
import "./chunk-FR4GAJLR.mjs";
import "./chunk-L6MS4MEH.mjs";
import "./chunk-WFVOEB4I.mjs";
import "./chunk-NOESI2LF.mjs";
import "./chunk-SNVDWYED.mjs";
import "./chunk-KDI6X5YH.mjs";
import "./chunk-N22ZTNXO.mjs";
import "./chunk-AY34ZDHR.mjs";
import "./chunk-LVZJ52AM.mjs";
import "./chunk-BB5U23S3.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-Z46SECJ4.mjs";
import "./chunk-HXOLH45J.mjs";
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
import "./chunk-2CDO55SB.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-MAN2ZO6C.mjs";
import "./chunk-TXAE4PI4.mjs";
import "./chunk-L4KGRUMR.mjs";
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
