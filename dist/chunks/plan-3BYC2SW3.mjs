import {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-P624K47A.mjs";
import "./chunk-5GSEAGTG.mjs";
import "./chunk-WB7INALT.mjs";
import "./chunk-TQ4HV2RW.mjs";
import "./chunk-FFDRCLY5.mjs";
import "./chunk-ACJ2R34V.mjs";
import "./chunk-YA3XCKHG.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-HX2BZUUT.mjs";
import "./chunk-3L3I7Y7G.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-VBEX2MK3.mjs";
import "./chunk-I7IG52BC.mjs";
import "./chunk-SWLVPJVJ.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-6GUUJRJ5.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-AT2HCTHT.mjs";
import "./chunk-GXOCWC7S.mjs";
import "./chunk-GA4W5OP2.mjs";
import "./chunk-XCIWOARF.mjs";
import "./chunk-VT7LOJPP.mjs";
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
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
};
