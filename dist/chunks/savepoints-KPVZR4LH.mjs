import {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
} from "./chunk-QNKRM344.mjs";
import "./chunk-WEE7A5J6.mjs";
import "./chunk-YS62FB4S.mjs";
import "./chunk-6UYFKNTW.mjs";
import "./chunk-AFTQLXAO.mjs";
import "./chunk-Z5Q4VAIK.mjs";
import "./chunk-5KHKGABK.mjs";
import "./chunk-THI5XHHB.mjs";
import "./chunk-I5LMMT7T.mjs";
import "./chunk-7WFPZFAF.mjs";
import "./chunk-G5S5IR6G.mjs";
import "./chunk-WDEMHAR4.mjs";
import "./chunk-HX2BZUUT.mjs";
import "./chunk-LHJA32QT.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-VBEX2MK3.mjs";
import "./chunk-MODUZNN6.mjs";
import "./chunk-SWLVPJVJ.mjs";
import "./chunk-LU7TSWSD.mjs";
import "./chunk-6GUUJRJ5.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-CEW62FXH.mjs";
import "./chunk-BBSIIXYA.mjs";
import "./chunk-XCIWOARF.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-M6CDIPG4.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-36PRKAPK.mjs";
import "./chunk-U6KU3IYP.mjs";
import "./chunk-UQ6JBO7W.mjs";
import "./chunk-RAD5NZTG.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-Z6FPE7X5.mjs";
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
