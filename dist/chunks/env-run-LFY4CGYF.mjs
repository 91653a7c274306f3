import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-L2JH6ACV.mjs";
import "./chunk-FEZ36XF6.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-TGLM7MNL.mjs";
import "./chunk-UN2YPOTX.mjs";
import "./chunk-243SMVHS.mjs";
import "./chunk-F46NTGQN.mjs";
import "./chunk-2FFUGQ4V.mjs";
import "./chunk-A6TAX7SA.mjs";
import "./chunk-TWTBNIH2.mjs";
import "./chunk-DL274J3I.mjs";
import "./chunk-D3VS4KGH.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-RQ6XS43S.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-S5J3O6TI.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-UQV2XWHF.mjs";
import "./chunk-FBH2HY4C.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-4RDBE6VA.mjs";
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
