import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-D7TPTNMM.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-G4OEXOQE.mjs";
import "./chunk-7FCUGSNJ.mjs";
import "./chunk-JRCLHRT3.mjs";
import "./chunk-YMAUX6UG.mjs";
import "./chunk-L2ERQIUL.mjs";
import "./chunk-V77A74XY.mjs";
import "./chunk-VLKOCBYE.mjs";
import "./chunk-PPNO2YWM.mjs";
import "./chunk-CJJWTTIM.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-NNXBMCJZ.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-ACXUDFLP.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-TBOBEC6P.mjs";
import "./chunk-T67UAESO.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-TXNURJWN.mjs";
import "./chunk-YV5TULC2.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
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
