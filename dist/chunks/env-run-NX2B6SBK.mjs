import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-FYFGNJ7F.mjs";
import "./chunk-UXBCVIQV.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-PN4GWM2M.mjs";
import "./chunk-JMLGLJB5.mjs";
import "./chunk-CEPIPT7H.mjs";
import "./chunk-OBN6L5LS.mjs";
import "./chunk-JNBGH67O.mjs";
import "./chunk-5EFVYXAU.mjs";
import "./chunk-56IA3CKN.mjs";
import "./chunk-ZLFX4QFG.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-UOE26WAK.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-HHJ6QVZR.mjs";
import "./chunk-4SOUWXFV.mjs";
import "./chunk-P7HCKTKV.mjs";
import "./chunk-DLHAUE6Q.mjs";
import "./chunk-YXAEKLUP.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-PP53SDKV.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
