import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-KPA5FPX3.mjs";
import "./chunk-FEZ36XF6.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-GZWBJ2Z4.mjs";
import "./chunk-OCIZAULO.mjs";
import "./chunk-4JPQJ45I.mjs";
import "./chunk-NTUQEHQW.mjs";
import "./chunk-4G7M3O2V.mjs";
import "./chunk-MRA2UA2T.mjs";
import "./chunk-QIWZOC5S.mjs";
import "./chunk-J5P26KEP.mjs";
import "./chunk-CJJWTTIM.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-RQ6XS43S.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-IFC7GV72.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-BF3RKM3B.mjs";
import "./chunk-7S44RWK2.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-S2HDYYES.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-5QQE57LU.mjs";
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
