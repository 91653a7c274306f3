import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-YSKE34GE.mjs";
import "./chunk-6DE4DER2.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-P44B2ZKN.mjs";
import "./chunk-76BI3VUE.mjs";
import "./chunk-NICICVUY.mjs";
import "./chunk-ACJ2R34V.mjs";
import "./chunk-YA3XCKHG.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-Q23DPJC6.mjs";
import "./chunk-B4MNHGDM.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-VBEX2MK3.mjs";
import "./chunk-6JBVQCFC.mjs";
import "./chunk-SWLVPJVJ.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-UG4FREJD.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-YSM6IKCP.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-WB3C4IA7.mjs";
import "./chunk-CIIHQJJB.mjs";
import "./chunk-YHBWSM4S.mjs";
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
