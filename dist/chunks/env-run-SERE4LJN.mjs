import {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-GSGA6LNB.mjs";
import "./chunk-5G5S4MRZ.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-MB4JLEYZ.mjs";
import "./chunk-D6WERC5W.mjs";
import "./chunk-BLEO4Q4R.mjs";
import "./chunk-QX23SXGD.mjs";
import "./chunk-O7QZ7LWM.mjs";
import "./chunk-P5FZSZUU.mjs";
import "./chunk-VE7SXFCJ.mjs";
import "./chunk-NVMWAIK3.mjs";
import "./chunk-6SNCNCAP.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-SHKUJZ5O.mjs";
import "./chunk-U3JZYZS7.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-S337SLTL.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-O3D7X2R6.mjs";
import "./chunk-VDNUJXV2.mjs";
import "./chunk-T5MKQHE5.mjs";
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
