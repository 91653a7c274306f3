import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-QYUZ36PB.mjs";
import "./chunk-6DE4DER2.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-CVIC4FLT.mjs";
import "./chunk-S6DK7R6Q.mjs";
import "./chunk-TPRC4Z3H.mjs";
import "./chunk-XIYFXZMR.mjs";
import "./chunk-YA3XCKHG.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-Z46SECJ4.mjs";
import "./chunk-U4HFGZSO.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-SWLVPJVJ.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-J2XVU4TI.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-PIMZLBNE.mjs";
import "./chunk-CIIHQJJB.mjs";
import "./chunk-CHTSQMVY.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-Z6FPE7X5.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-CDXWCXEZ.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
