import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-NP2PFHQE.mjs";
import "./chunk-FEZ36XF6.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-QDCCR4WA.mjs";
import "./chunk-3K3STYJY.mjs";
import "./chunk-2F2MQCBT.mjs";
import "./chunk-3DXZFGKL.mjs";
import "./chunk-TVULWLWR.mjs";
import "./chunk-MRA2UA2T.mjs";
import "./chunk-QIWZOC5S.mjs";
import "./chunk-SHE3DZCX.mjs";
import "./chunk-CJJWTTIM.mjs";
import "./chunk-BB5ESPI2.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-RQ6XS43S.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-TYVLW4RL.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-76FLT334.mjs";
import "./chunk-LIFRFQ4K.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-ANF42CJ6.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-XDLS5BA7.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
};
