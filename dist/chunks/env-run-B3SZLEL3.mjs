import {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-YK7JI2TS.mjs";
import "./chunk-7LK54INF.mjs";
import "./chunk-XS4DMJML.mjs";
import "./chunk-2QF46CSW.mjs";
import "./chunk-ULMDZBAQ.mjs";
import "./chunk-XT3BKPHK.mjs";
import "./chunk-F4DXBI5V.mjs";
import "./chunk-Z2GALFWB.mjs";
import "./chunk-OUOAC5BG.mjs";
import "./chunk-R6NVFT4Q.mjs";
import "./chunk-EYKRBHO7.mjs";
import "./chunk-4ZRSBUTV.mjs";
import "./chunk-BLG37GUV.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-PDNKKFCL.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-FHYLDJAG.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-NOZHG76W.mjs";
import "./chunk-2QDPVDPI.mjs";
import "./chunk-CGQRYX6C.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-SNI4BNFE.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
};
