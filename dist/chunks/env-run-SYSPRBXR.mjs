import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-DCRCQHZW.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-Y7XE7CH4.mjs";
import "./chunk-OQCNYMMI.mjs";
import "./chunk-U24WOHZI.mjs";
import "./chunk-EN6OAFXH.mjs";
import "./chunk-ILQTMYFB.mjs";
import "./chunk-BF42OHMN.mjs";
import "./chunk-JIV2VA33.mjs";
import "./chunk-3CLJDG5Q.mjs";
import "./chunk-ZUCQGFWZ.mjs";
import "./chunk-ZXMFD4A2.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-XBOE5BGV.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-VLXUBJ65.mjs";
import "./chunk-AJVVV4FR.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-527E3MPW.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-JS7KVCSY.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-CGYLXX6W.mjs";
import "./chunk-4KS3OJDY.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-M427PNCN.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
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
