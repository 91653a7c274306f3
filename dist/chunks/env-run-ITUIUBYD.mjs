import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-RZSRPQAR.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-TIW6H4LP.mjs";
import "./chunk-ATM2VKYR.mjs";
import "./chunk-6ULMOFER.mjs";
import "./chunk-NXDEH62Z.mjs";
import "./chunk-2VGFGO5S.mjs";
import "./chunk-GX4TPBPR.mjs";
import "./chunk-RJDBUBNZ.mjs";
import "./chunk-3PS5Q27F.mjs";
import "./chunk-THRPVVY3.mjs";
import "./chunk-23JXQSEC.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-T5BD5KDW.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-OPHHARLS.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-B4IKZOL7.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-5E2IDOAP.mjs";
import "./chunk-TL2DZQ34.mjs";
import "./chunk-QSIUHFPO.mjs";
import "./chunk-I3ROPKBH.mjs";
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
