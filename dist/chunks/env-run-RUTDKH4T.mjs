import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-T3USMJD4.mjs";
import "./chunk-TZLBV6W5.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-FK4UTG5Y.mjs";
import "./chunk-QICG2UAO.mjs";
import "./chunk-CD6VV2M3.mjs";
import "./chunk-DZEHURKX.mjs";
import "./chunk-P75LTOYH.mjs";
import "./chunk-4MWZMTVM.mjs";
import "./chunk-7ISB7OYT.mjs";
import "./chunk-F4N4TEXU.mjs";
import "./chunk-XDGI4DTD.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-5UWHXRGX.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-EKTMQK72.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-LDF57QQA.mjs";
import "./chunk-ZHSOXWJN.mjs";
import "./chunk-CWKR4FHE.mjs";
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
