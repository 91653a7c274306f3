import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-3R7VFJ76.mjs";
import "./chunk-NLXOKZHE.mjs";
import "./chunk-BN5BBW5W.mjs";
import "./chunk-BOPVTSQE.mjs";
import "./chunk-4C5G5ZHH.mjs";
import "./chunk-WVG23YSG.mjs";
import "./chunk-COGWSWSZ.mjs";
import "./chunk-X4ZMD5F6.mjs";
import "./chunk-NEFTH2UX.mjs";
import "./chunk-JCI7LO42.mjs";
import "./chunk-ZMYWKC47.mjs";
import "./chunk-CAP4R5NO.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-YGZ7DVOT.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AU45L6OH.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QT2MREGY.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-F3M5LKYT.mjs";
import "./chunk-TL73PZ6O.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-O3M3E6JS.mjs";
import "./chunk-YV5TULC2.mjs";
import "./chunk-P6MOXH47.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-FTM5PSLT.mjs";
import "./chunk-DGUVDUKI.mjs";
import "./chunk-JTEL4L5V.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
};
