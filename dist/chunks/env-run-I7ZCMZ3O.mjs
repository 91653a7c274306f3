import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-YCIH2Q5U.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-YX7NMOEI.mjs";
import "./chunk-VPFXGO6Q.mjs";
import "./chunk-VS7HWJFS.mjs";
import "./chunk-254QCTXF.mjs";
import "./chunk-AMQOMFJ3.mjs";
import "./chunk-QH5UG3CC.mjs";
import "./chunk-ABYORPBT.mjs";
import "./chunk-HDVEVF5L.mjs";
import "./chunk-S3DMNW22.mjs";
import "./chunk-ZT75MMZQ.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-AMMWNOLK.mjs";
import "./chunk-E2AT4OEI.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-ASHQKBQG.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-KH2Q74R4.mjs";
import "./chunk-TTBEIE4N.mjs";
import "./chunk-XVXUOPCJ.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-FGW6TECM.mjs";
import "./chunk-7SDAWUOP.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
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
