import {
  ACTION_CODES,
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-L5AQYPDX.mjs";
import "./chunk-7LK54INF.mjs";
import "./chunk-XS4DMJML.mjs";
import "./chunk-APYJZUHD.mjs";
import "./chunk-QTE7KHD6.mjs";
import "./chunk-R5DU7U5J.mjs";
import "./chunk-BADBETZD.mjs";
import "./chunk-JTD3S2HS.mjs";
import "./chunk-WRK5XUPJ.mjs";
import "./chunk-R6NVFT4Q.mjs";
import "./chunk-KAPLVPCN.mjs";
import "./chunk-4ZRSBUTV.mjs";
import "./chunk-GMWFYBNS.mjs";
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
