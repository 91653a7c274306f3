import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-TRVBPXXZ.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-REZH7NXY.mjs";
import "./chunk-C6WHQVBI.mjs";
import "./chunk-HLQGCF5D.mjs";
import "./chunk-SHJXSFOD.mjs";
import "./chunk-OQEQUH7B.mjs";
import "./chunk-MRA2UA2T.mjs";
import "./chunk-WOMR25SG.mjs";
import "./chunk-WZH4NEZI.mjs";
import "./chunk-CJJWTTIM.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-7SSSONRP.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-KHKY6V5A.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-AY2CQTPP.mjs";
import "./chunk-GY4AHNDM.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-FHMKZUPB.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
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
