import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-H4TH2NPR.js";
import "./chunk-UPUVO7BP.js";
import "./chunk-WD3JREXH.js";
import "./chunk-HD5UIIZY.js";
import "./chunk-BBFOWEOD.js";
import "./chunk-AVLGJOG3.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-QOFYTUMC.js";
import "./chunk-OZQW4XXE.js";
import "./chunk-R7AGCTGX.js";
import "./chunk-GOO6H3VF.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-AUBHELVQ.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-PSJE7RPX.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-IS4IX6HL.js";
import "./chunk-243ZFPEF.js";
import "./chunk-SREG7IJK.js";
import "./chunk-Z2RFQYTR.js";
import "./chunk-O5WUVT4U.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-6WR7IBAG.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
