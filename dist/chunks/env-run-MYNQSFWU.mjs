import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-O4BTMYGD.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-BN5BBW5W.mjs";
import "./chunk-VDEZG4TQ.mjs";
import "./chunk-2UAAPFJL.mjs";
import "./chunk-LEKFHU2B.mjs";
import "./chunk-SUKX4DLA.mjs";
import "./chunk-KABKL5ND.mjs";
import "./chunk-SCHT5U7Z.mjs";
import "./chunk-LOFGVWOY.mjs";
import "./chunk-JJX3WOOR.mjs";
import "./chunk-YPYYPPM2.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-C3NG5EO6.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AU45L6OH.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-NLGNR2OP.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-3B6EBKYO.mjs";
import "./chunk-DCDVSUVG.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-JWVHCWEA.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-FPH7ACOU.mjs";
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
