import {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-S4XN4EOV.mjs";
import "./chunk-5G5S4MRZ.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-WGXFJZZU.mjs";
import "./chunk-YS76VRDV.mjs";
import "./chunk-XCDP44MT.mjs";
import "./chunk-64KDEQOV.mjs";
import "./chunk-O7QZ7LWM.mjs";
import "./chunk-P5FZSZUU.mjs";
import "./chunk-VE7SXFCJ.mjs";
import "./chunk-SVC5TZEZ.mjs";
import "./chunk-6SNCNCAP.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-SHKUJZ5O.mjs";
import "./chunk-U3JZYZS7.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-GAQH3SIZ.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-SJU3FQSY.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-77LRD4PJ.mjs";
import "./chunk-LTYAS77Q.mjs";
import "./chunk-6IBBPGEO.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-AGZBPGFL.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
};
