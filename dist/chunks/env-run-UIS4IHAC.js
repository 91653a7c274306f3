import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-JYFVW6DP.js";
import "./chunk-PRJBMPDO.js";
import "./chunk-7T6IZUFN.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-UJXCYKVV.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-WD3JREXH.js";
import "./chunk-HYWSGFAC.js";
import "./chunk-G4HGQ3BL.js";
import "./chunk-3HCZXITG.js";
import "./chunk-G56AZH45.js";
import "./chunk-3ZXNEUIL.js";
import "./chunk-47USSM6H.js";
import "./chunk-KYWOACPM.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-TEJPEQFS.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
