import {
  ACTION_CODES,
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-KGQMQLJX.mjs";
import "./chunk-AR6AMP34.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-M5AJKYBT.mjs";
import "./chunk-ST5P7EPJ.mjs";
import "./chunk-7ZN7F75H.mjs";
import "./chunk-4QKQWHKB.mjs";
import "./chunk-5QRMLZW6.mjs";
import "./chunk-UFBU5HW3.mjs";
import "./chunk-FC3ZTUGM.mjs";
import "./chunk-XJ5AUGEM.mjs";
import "./chunk-D3VS4KGH.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-2MJSA4IT.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-HM4KEA2N.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-M3C7R6WQ.mjs";
import "./chunk-3QUNJ5HJ.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-WXNJEFWZ.mjs";
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
