import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-TSA7DKNB.mjs";
import "./chunk-6DE4DER2.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-5UCYIRT7.mjs";
import "./chunk-N3IM3UL5.mjs";
import "./chunk-FEFNBILS.mjs";
import "./chunk-KI5VMMSD.mjs";
import "./chunk-G5S5IR6G.mjs";
import "./chunk-WDEMHAR4.mjs";
import "./chunk-HX2BZUUT.mjs";
import "./chunk-RAZRRCGY.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-VBEX2MK3.mjs";
import "./chunk-JT76QNRS.mjs";
import "./chunk-SWLVPJVJ.mjs";
import "./chunk-LU7TSWSD.mjs";
import "./chunk-6GUUJRJ5.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-XCIWOARF.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-SI3NFLOA.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-TXO4STT5.mjs";
import "./chunk-U6KU3IYP.mjs";
import "./chunk-O5GYNR46.mjs";
import "./chunk-RAD5NZTG.mjs";
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
