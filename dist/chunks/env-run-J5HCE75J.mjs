import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-EIQPBTFY.mjs";
import "./chunk-4KXDORF3.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-HBFKQH4Q.mjs";
import "./chunk-D4HCBDHR.mjs";
import "./chunk-5FJZVZF4.mjs";
import "./chunk-LAGNRTNX.mjs";
import "./chunk-JNBGH67O.mjs";
import "./chunk-5EFVYXAU.mjs";
import "./chunk-56IA3CKN.mjs";
import "./chunk-FBPK4BJQ.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-UOE26WAK.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-PLRB356V.mjs";
import "./chunk-4SOUWXFV.mjs";
import "./chunk-OGGPNS23.mjs";
import "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KJ77VBUN.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
