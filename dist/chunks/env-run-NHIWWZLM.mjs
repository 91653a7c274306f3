import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-M72LKXWG.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-3SPZCYEG.mjs";
import "./chunk-AVCLGY5I.mjs";
import "./chunk-BW4T3K6Y.mjs";
import "./chunk-EN6OAFXH.mjs";
import "./chunk-NPULDJ55.mjs";
import "./chunk-HHSNGD5P.mjs";
import "./chunk-GNBH4XHT.mjs";
import "./chunk-7ZW5HVKI.mjs";
import "./chunk-QXKSC7SJ.mjs";
import "./chunk-EGIYCK3V.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-APR3YFDY.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AQ3QMRYP.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-4QVTTMFD.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-2S7ZYX75.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-MHYE26D5.mjs";
import "./chunk-KDRME2BJ.mjs";
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
