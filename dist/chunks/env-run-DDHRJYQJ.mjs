import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-MSBFGC6J.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-ZXBSXL3T.mjs";
import "./chunk-QKBCIKLF.mjs";
import "./chunk-G64UTWCX.mjs";
import "./chunk-DWIBTQ6A.mjs";
import "./chunk-GE5VRHXU.mjs";
import "./chunk-J6URME6P.mjs";
import "./chunk-BLXZLBKS.mjs";
import "./chunk-LCHB3YWA.mjs";
import "./chunk-H35NOXGL.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-OKLSCUMO.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AU45L6OH.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-ZFWZPW2R.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-OJSOJ37M.mjs";
import "./chunk-ATXFQBBP.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-TXNURJWN.mjs";
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
