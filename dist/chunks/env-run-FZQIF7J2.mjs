import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-5E3LF4VA.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-GJDQXJGL.mjs";
import "./chunk-2H5PT7Q2.mjs";
import "./chunk-EYP6GLKO.mjs";
import "./chunk-NXDEH62Z.mjs";
import "./chunk-VWVSC56E.mjs";
import "./chunk-RVDJNTSH.mjs";
import "./chunk-RJDBUBNZ.mjs";
import "./chunk-XHN72I3T.mjs";
import "./chunk-XLOVT6VR.mjs";
import "./chunk-23JXQSEC.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-T5BD5KDW.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-WMNUYMAQ.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-37NHPNWG.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-RPTP42MS.mjs";
import "./chunk-TL2DZQ34.mjs";
import "./chunk-TLGOHQJ6.mjs";
import "./chunk-WJT4LWQZ.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
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
