import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-266K2KWE.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-QYCE5ZRX.mjs";
import "./chunk-BRC3JFZ7.mjs";
import "./chunk-4JYTUE2B.mjs";
import "./chunk-254QCTXF.mjs";
import "./chunk-B7I53RQA.mjs";
import "./chunk-QH5UG3CC.mjs";
import "./chunk-NMEMJCCX.mjs";
import "./chunk-TQUC6T4P.mjs";
import "./chunk-7ST6JL7S.mjs";
import "./chunk-W53C7WK3.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-YM6LO4KA.mjs";
import "./chunk-E2AT4OEI.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-TLHSDI2R.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-TUYVXCSN.mjs";
import "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
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
