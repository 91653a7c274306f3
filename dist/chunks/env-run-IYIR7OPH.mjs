import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-VZFRLZ6V.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-G5FI5CW3.mjs";
import "./chunk-GJQXLM2R.mjs";
import "./chunk-EYP6GLKO.mjs";
import "./chunk-NXDEH62Z.mjs";
import "./chunk-2VGFGO5S.mjs";
import "./chunk-GX4TPBPR.mjs";
import "./chunk-RJDBUBNZ.mjs";
import "./chunk-EPKDONI5.mjs";
import "./chunk-THRPVVY3.mjs";
import "./chunk-23JXQSEC.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-T5BD5KDW.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-WMNUYMAQ.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-3QTIA46H.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-2UX4JWBJ.mjs";
import "./chunk-TL2DZQ34.mjs";
import "./chunk-TLGOHQJ6.mjs";
import "./chunk-WJT4LWQZ.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-OJWT7XAX.mjs";
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
