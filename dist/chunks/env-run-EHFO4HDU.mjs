import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-C6MUFD5E.mjs";
import "./chunk-UXBCVIQV.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-3W6YHHHJ.mjs";
import "./chunk-3EUPBKPE.mjs";
import "./chunk-WCXO6ELH.mjs";
import "./chunk-H6V5ELPV.mjs";
import "./chunk-JNBGH67O.mjs";
import "./chunk-5EFVYXAU.mjs";
import "./chunk-56IA3CKN.mjs";
import "./chunk-233FF42I.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-UOE26WAK.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-ZHVFRKT4.mjs";
import "./chunk-4SOUWXFV.mjs";
import "./chunk-YNWVNBLU.mjs";
import "./chunk-7A7GO2HG.mjs";
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
