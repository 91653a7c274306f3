import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-N4B2FKOO.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-VENIUPSM.mjs";
import "./chunk-FFFDVUCN.mjs";
import "./chunk-42HM6Y2A.mjs";
import "./chunk-YHK327VI.mjs";
import "./chunk-EVPGJI3J.mjs";
import "./chunk-CVGSW57N.mjs";
import "./chunk-DEGUECTM.mjs";
import "./chunk-63LT3VS6.mjs";
import "./chunk-THRPVVY3.mjs";
import "./chunk-ZT75MMZQ.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-DL3EFHNV.mjs";
import "./chunk-E2AT4OEI.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-OPHHARLS.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-AJPS7VLQ.mjs";
import "./chunk-KOG4BTUJ.mjs";
import "./chunk-W6KDNQR7.mjs";
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
