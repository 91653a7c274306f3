import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-5V3BNPQG.mjs";
import "./chunk-6DE4DER2.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-LIDGY5TZ.mjs";
import "./chunk-SNVDWYED.mjs";
import "./chunk-N22ZTNXO.mjs";
import "./chunk-LVZJ52AM.mjs";
import "./chunk-BB5U23S3.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-Z46SECJ4.mjs";
import "./chunk-HXOLH45J.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-2CDO55SB.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-MAN2ZO6C.mjs";
import "./chunk-TXAE4PI4.mjs";
import "./chunk-L4KGRUMR.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
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
