import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-HZ4VPPXY.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-BN5BBW5W.mjs";
import "./chunk-DIPWMWJO.mjs";
import "./chunk-QDKTGD4A.mjs";
import "./chunk-4PS5RHST.mjs";
import "./chunk-JA65PEE3.mjs";
import "./chunk-KABKL5ND.mjs";
import "./chunk-SCHT5U7Z.mjs";
import "./chunk-LOFGVWOY.mjs";
import "./chunk-GDSHKHVJ.mjs";
import "./chunk-YPYYPPM2.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-C3NG5EO6.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AU45L6OH.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-OXLFWQG2.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-2AIWXMRS.mjs";
import "./chunk-DCDVSUVG.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-JWVHCWEA.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-FPH7ACOU.mjs";
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
