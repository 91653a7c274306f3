import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-JU4OFG5Z.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-IB22V3EK.mjs";
import "./chunk-EZHXNO6S.mjs";
import "./chunk-EEMYN7RP.mjs";
import "./chunk-NXDEH62Z.mjs";
import "./chunk-VVWBYVBG.mjs";
import "./chunk-QZA7TDFD.mjs";
import "./chunk-GUTCCWKK.mjs";
import "./chunk-F2WHRCQY.mjs";
import "./chunk-OSV3ZGDW.mjs";
import "./chunk-C4KFPIKC.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-T5BD5KDW.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-WMNUYMAQ.mjs";
import "./chunk-AJVVV4FR.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-6GQGX6KS.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-P4JLDOPD.mjs";
import "./chunk-TL2DZQ34.mjs";
import "./chunk-TLGOHQJ6.mjs";
import "./chunk-424OEOVW.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-OJWT7XAX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
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
