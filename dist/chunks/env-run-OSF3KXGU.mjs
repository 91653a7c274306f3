import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-ZMJQYQLJ.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-QP4V3XYQ.mjs";
import "./chunk-MYUUHWSS.mjs";
import "./chunk-VS7HWJFS.mjs";
import "./chunk-254QCTXF.mjs";
import "./chunk-AMQOMFJ3.mjs";
import "./chunk-QH5UG3CC.mjs";
import "./chunk-ABYORPBT.mjs";
import "./chunk-6RBHLBDH.mjs";
import "./chunk-S3DMNW22.mjs";
import "./chunk-ZT75MMZQ.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-AMMWNOLK.mjs";
import "./chunk-E2AT4OEI.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-7IIMM4CI.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-WRPJVZKO.mjs";
import "./chunk-I3SWCNOG.mjs";
import "./chunk-XVXUOPCJ.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-N6VMGSJQ.mjs";
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
