import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-B25TSRSU.mjs";
import "./chunk-TZLBV6W5.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-FA4Z4EHH.mjs";
import "./chunk-3M5SBJ7Z.mjs";
import "./chunk-Y3CGAMKZ.mjs";
import "./chunk-XP3BRP2H.mjs";
import "./chunk-P75LTOYH.mjs";
import "./chunk-4MWZMTVM.mjs";
import "./chunk-7ISB7OYT.mjs";
import "./chunk-YFVBWBKK.mjs";
import "./chunk-XDGI4DTD.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-5UWHXRGX.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-YYNAVLWB.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-K552PBYZ.mjs";
import "./chunk-WW63H32F.mjs";
import "./chunk-J6IOY4ZV.mjs";
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
