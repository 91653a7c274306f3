import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-A2DELM6A.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-QE3TNXPK.mjs";
import "./chunk-GQEXXLQJ.mjs";
import "./chunk-NJI7M6TY.mjs";
import "./chunk-EN6OAFXH.mjs";
import "./chunk-3TGEUJOZ.mjs";
import "./chunk-HHSNGD5P.mjs";
import "./chunk-PFKSVBTB.mjs";
import "./chunk-P2PJN5Q3.mjs";
import "./chunk-ZUCQGFWZ.mjs";
import "./chunk-TJ66ADC4.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-7R6RKUXP.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AQ3QMRYP.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-KY3WHLUX.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-LOOBGKHB.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-BQ6Y4VUF.mjs";
import "./chunk-H3NBYONO.mjs";
import "./chunk-WH76KEMX.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-OZ4GHFPU.mjs";
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
