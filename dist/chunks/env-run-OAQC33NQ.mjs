import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-XTEULUY5.mjs";
import "./chunk-FEZ36XF6.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-ELSEENGP.mjs";
import "./chunk-QY4RPRFP.mjs";
import "./chunk-CLE2ZMHY.mjs";
import "./chunk-V4SYJVUZ.mjs";
import "./chunk-4G7M3O2V.mjs";
import "./chunk-MRA2UA2T.mjs";
import "./chunk-QIWZOC5S.mjs";
import "./chunk-HP6T3X7Z.mjs";
import "./chunk-7WATHR2T.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-RQ6XS43S.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-VY3LD4RL.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-KIXWWFUM.mjs";
import "./chunk-7S44RWK2.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-RGKWQ5UA.mjs";
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
