import {
  ACTION_CODES,
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-35QJ6NCF.mjs";
import "./chunk-7LK54INF.mjs";
import "./chunk-XS4DMJML.mjs";
import "./chunk-QO6HE4BB.mjs";
import "./chunk-27XM2M7F.mjs";
import "./chunk-R5DU7U5J.mjs";
import "./chunk-BADBETZD.mjs";
import "./chunk-TIVJKDR3.mjs";
import "./chunk-LOYPW3N3.mjs";
import "./chunk-R6NVFT4Q.mjs";
import "./chunk-J6G5QYM2.mjs";
import "./chunk-4ZRSBUTV.mjs";
import "./chunk-BVBQ34YM.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-PDNKKFCL.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-GCNT577C.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-D647TN6F.mjs";
import "./chunk-PYVESVKH.mjs";
import "./chunk-YSABKWJH.mjs";
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
  planOptions,
  runEnvironment,
  writePlanFile
};
