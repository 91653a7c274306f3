import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-KD4NZ6PC.mjs";
import "./chunk-TZLBV6W5.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-AVQKJCKJ.mjs";
import "./chunk-ZWQP6O27.mjs";
import "./chunk-A3GGW6XN.mjs";
import "./chunk-KOM55ZJE.mjs";
import "./chunk-P75LTOYH.mjs";
import "./chunk-4MWZMTVM.mjs";
import "./chunk-HT3UESTW.mjs";
import "./chunk-UJPLA43M.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-XROHTD7X.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-NZQ4DOTI.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-O3N423EB.mjs";
import "./chunk-ZHSOXWJN.mjs";
import "./chunk-BIHSZZJE.mjs";
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
