import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-DXU4KVS5.mjs";
import "./chunk-TZLBV6W5.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-RZIZ7LRO.mjs";
import "./chunk-7NRHSX22.mjs";
import "./chunk-5OYHNJ6V.mjs";
import "./chunk-YHGF5F6P.mjs";
import "./chunk-P75LTOYH.mjs";
import "./chunk-4MWZMTVM.mjs";
import "./chunk-HT3UESTW.mjs";
import "./chunk-N2O4XVXY.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-XROHTD7X.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-NPMZHTAC.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-QMZZQ4LP.mjs";
import "./chunk-ZHSOXWJN.mjs";
import "./chunk-MBT24MUI.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-2T57LXUZ.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
