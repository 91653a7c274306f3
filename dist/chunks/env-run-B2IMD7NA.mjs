import {
  ACTION_CODES,
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-FIMDRXU7.mjs";
import "./chunk-AR6AMP34.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-2AVVMQ47.mjs";
import "./chunk-BBIXS6IX.mjs";
import "./chunk-FUUKGZL2.mjs";
import "./chunk-F4ZJCFB6.mjs";
import "./chunk-5QRMLZW6.mjs";
import "./chunk-UFBU5HW3.mjs";
import "./chunk-FC3ZTUGM.mjs";
import "./chunk-3AKGPUR3.mjs";
import "./chunk-4ZRSBUTV.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-2MJSA4IT.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-UPR6YKPX.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-DLSHMKL5.mjs";
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
