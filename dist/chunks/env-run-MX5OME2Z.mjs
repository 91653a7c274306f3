import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-ZJ4VR3XK.mjs";
import "./chunk-7LK54INF.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-2KZDKVBY.mjs";
import "./chunk-PQVRWQ4W.mjs";
import "./chunk-5NHIHUPX.mjs";
import "./chunk-QGWKFVIZ.mjs";
import "./chunk-2FFUGQ4V.mjs";
import "./chunk-A6TAX7SA.mjs";
import "./chunk-FC3ZTUGM.mjs";
import "./chunk-AQ75G3HX.mjs";
import "./chunk-D3VS4KGH.mjs";
import "./chunk-GMWFYBNS.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-2MJSA4IT.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-NMC4JNHS.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-YQ6YHLUN.mjs";
import "./chunk-G4JV67IK.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-YFZHZKSJ.mjs";
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
