import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-IFA3Y3CW.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-BN5BBW5W.mjs";
import "./chunk-ELK2QU6X.mjs";
import "./chunk-PJXDKZDZ.mjs";
import "./chunk-S63HNHPP.mjs";
import "./chunk-Q6UKPBVN.mjs";
import "./chunk-GE5VRHXU.mjs";
import "./chunk-J6URME6P.mjs";
import "./chunk-JCI7LO42.mjs";
import "./chunk-UC5ZKQXY.mjs";
import "./chunk-OLL4OO72.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-YGZ7DVOT.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AU45L6OH.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-JGEGXMQS.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-GIMQ7RQH.mjs";
import "./chunk-GEWC2H3L.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-O3M3E6JS.mjs";
import "./chunk-YV5TULC2.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
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
