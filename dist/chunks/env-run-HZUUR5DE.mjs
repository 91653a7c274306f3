import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-SALMRRUN.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-DAJUGVAN.mjs";
import "./chunk-FTMQXUZL.mjs";
import "./chunk-DXAGMTHB.mjs";
import "./chunk-HS4SZTIH.mjs";
import "./chunk-M7BMXAGD.mjs";
import "./chunk-CVGSW57N.mjs";
import "./chunk-EK75RVYV.mjs";
import "./chunk-BUWG3BMO.mjs";
import "./chunk-THRPVVY3.mjs";
import "./chunk-NDMRSBF2.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-P26KY6LR.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-OPHHARLS.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-AXKM6ATU.mjs";
import "./chunk-IK7TH5DK.mjs";
import "./chunk-4RN2C63Y.mjs";
import "./chunk-QSIUHFPO.mjs";
import "./chunk-EMY3U6UH.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HMNNWFXX.mjs";
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
