import {
  ACTION_CODES,
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-RDJNNUUS.mjs";
import "./chunk-AR6AMP34.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-MPGU35DI.mjs";
import "./chunk-RVUSLSJV.mjs";
import "./chunk-WQXEU75C.mjs";
import "./chunk-SELE6U3M.mjs";
import "./chunk-QPIEPIUN.mjs";
import "./chunk-TUUJA3ZJ.mjs";
import "./chunk-EZXD2TK3.mjs";
import "./chunk-WGX4ASQD.mjs";
import "./chunk-4ZRSBUTV.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-LHSCDAVV.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-5LHDJOOB.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-SSOJ64QW.mjs";
import "./chunk-3QUNJ5HJ.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-BXXVFA2O.mjs";
import "./chunk-JOQMF4BZ.mjs";
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
  planOptions,
  runEnvironment,
  writePlanFile
};
