import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-GN6LE2OB.js";
import "./chunk-6DE4DER2.js";
import "./chunk-S3U7MQPT.js";
import "./chunk-SHWPSM6F.js";
import "./chunk-DCXNA7Q6.js";
import "./chunk-5K7LREO4.js";
import "./chunk-Y4DM4IL4.js";
import "./chunk-G5S5IR6G.js";
import "./chunk-WDEMHAR4.js";
import "./chunk-6CWY7563.js";
import "./chunk-JVCCBGV7.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-VYXBTD7X.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-6GUUJRJ5.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-HDJSO2UV.js";
import "./chunk-XCIWOARF.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-PXDS5NRJ.js";
import "./chunk-6U55VNBY.js";
import "./chunk-JBYA6EZ5.js";
import "./chunk-HHRMNLN4.js";
import "./chunk-U6KU3IYP.js";
import "./chunk-UQ6JBO7W.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-SIW47MSI.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-CDXWCXEZ.js";
import "./chunk-KBTCQ2CM.js";
import "./chunk-2W6PPHYK.js";
import "./chunk-LL44EPY3.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
