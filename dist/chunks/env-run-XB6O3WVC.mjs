import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-MS2QNRPV.mjs";
import "./chunk-FEZ36XF6.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-VDYRUC52.mjs";
import "./chunk-4ESD2CTX.mjs";
import "./chunk-HH7QSNRE.mjs";
import "./chunk-BXJ6TSB3.mjs";
import "./chunk-EZTK5W4N.mjs";
import "./chunk-N3SJEO7I.mjs";
import "./chunk-TWTBNIH2.mjs";
import "./chunk-36BPWHA3.mjs";
import "./chunk-D3VS4KGH.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-RQ6XS43S.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-FMLKLK3C.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-HGHSSILM.mjs";
import "./chunk-FBH2HY4C.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-RJTHWX7N.mjs";
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
