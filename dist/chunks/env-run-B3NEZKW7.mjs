import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-QDIBT3RR.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-NO6N2ZUZ.mjs";
import "./chunk-DT3QACCD.mjs";
import "./chunk-33WEUW2Z.mjs";
import "./chunk-EN6OAFXH.mjs";
import "./chunk-ZVGJR2UJ.mjs";
import "./chunk-HHSNGD5P.mjs";
import "./chunk-M7H5MHRY.mjs";
import "./chunk-DI6TGDEZ.mjs";
import "./chunk-NZAQ5NQQ.mjs";
import "./chunk-6WC7B75H.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-APR3YFDY.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AQ3QMRYP.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-AJ2UZNXU.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-LCRDFWN3.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-XPZPKNHL.mjs";
import "./chunk-GJKDVYXX.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-UZ4BU3UZ.mjs";
import "./chunk-WH76KEMX.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FPH7ACOU.mjs";
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
