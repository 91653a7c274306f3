import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-BNEGOWYH.js";
import "./chunk-PGUSEKHG.js";
import "./chunk-7T6IZUFN.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-UV5JMGUS.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-WD3JREXH.js";
import "./chunk-KZC3CP4N.js";
import "./chunk-G4HGQ3BL.js";
import "./chunk-QE2ITAFT.js";
import "./chunk-G56AZH45.js";
import "./chunk-TPD253ZF.js";
import "./chunk-D7TLWUJH.js";
import "./chunk-WLTFSR6Z.js";
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
