import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-GJX6PVO3.mjs";
import "./chunk-TZLBV6W5.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-R2NJ65QH.mjs";
import "./chunk-4Q5VBY3R.mjs";
import "./chunk-ZZA2GAFL.mjs";
import "./chunk-3NA5DNJK.mjs";
import "./chunk-P75LTOYH.mjs";
import "./chunk-4MWZMTVM.mjs";
import "./chunk-7ISB7OYT.mjs";
import "./chunk-XDQMT56K.mjs";
import "./chunk-XDGI4DTD.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-5UWHXRGX.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-L2TDMLS5.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-EHWGK4WN.mjs";
import "./chunk-5AUH7TB6.mjs";
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
