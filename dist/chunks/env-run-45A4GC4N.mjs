import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-6CPFT4JM.mjs";
import "./chunk-FEZ36XF6.mjs";
import "./chunk-2IACW3AQ.mjs";
import "./chunk-H2E3DMU5.mjs";
import "./chunk-D5EX63N4.mjs";
import "./chunk-I5ZMEBY2.mjs";
import "./chunk-S45ROHWG.mjs";
import "./chunk-L3Y6WBXX.mjs";
import "./chunk-MRA2UA2T.mjs";
import "./chunk-4JDLCQHW.mjs";
import "./chunk-EDJB423H.mjs";
import "./chunk-CJJWTTIM.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-ZEJODISP.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-BJKXVWPO.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-UDIZGIPI.mjs";
import "./chunk-G6K27BPO.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-FHMKZUPB.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-BBGNC7QM.mjs";
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
