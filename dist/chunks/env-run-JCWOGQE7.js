import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-Y5MC77PV.js";
import "./chunk-QQES6AN7.js";
import "./chunk-WD3JREXH.js";
import "./chunk-A236U5QJ.js";
import "./chunk-GCBP7RSO.js";
import "./chunk-TXUAEUJH.js";
import "./chunk-KYPIMEOC.js";
import "./chunk-XTGP2MES.js";
import "./chunk-MWFZJW4H.js";
import "./chunk-TXSZMOEQ.js";
import "./chunk-6YZ3GHKF.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-VKRSDP7N.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-ABA4YHWQ.js";
import "./chunk-UGDMEBGU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-GPMP5FU6.js";
import "./chunk-PBUZME32.js";
import "./chunk-DUSBZ4FD.js";
import "./chunk-PFDZN5OK.js";
import "./chunk-KCQHC5KU.js";
import "./chunk-DNPTB4TK.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-HPETYRNU.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
