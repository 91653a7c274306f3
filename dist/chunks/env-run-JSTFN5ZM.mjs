import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-OPTRGWCO.mjs";
import "./chunk-UXBCVIQV.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-5BILXIQH.mjs";
import "./chunk-26BFP2SH.mjs";
import "./chunk-NNBPKZIQ.mjs";
import "./chunk-CPFUWZ5S.mjs";
import "./chunk-JNBGH67O.mjs";
import "./chunk-5EFVYXAU.mjs";
import "./chunk-56IA3CKN.mjs";
import "./chunk-UNTIPMC7.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-UOE26WAK.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-QZHDCPXM.mjs";
import "./chunk-4SOUWXFV.mjs";
import "./chunk-CP5XIKNJ.mjs";
import "./chunk-5EJF6SBN.mjs";
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
