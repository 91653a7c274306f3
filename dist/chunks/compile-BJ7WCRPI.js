import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  SCRIPT_EFFECT,
  SETTING_EFFECTS,
  affectedJobs,
  buildGraph,
  compile,
  compileProject,
  deployedSettings,
  desiredEnvironment,
  graphToMermaid,
  lookupOptions,
  makeTemporary,
  metadataHash,
  mostSevere,
  nodeId,
  portableCompile,
  projectEnvironment,
  restartHash,
  revivedCompile,
  settingsWithEffect,
  tableDdl,
  tableOptions
} from "./chunk-IS4IX6HL.js";
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
  SCRIPT_EFFECT,
  SETTING_EFFECTS,
  affectedJobs,
  buildGraph,
  compile,
  compileProject,
  deployedSettings,
  desiredEnvironment,
  graphToMermaid,
  lookupOptions,
  makeTemporary,
  metadataHash,
  mostSevere,
  nodeId,
  portableCompile,
  projectEnvironment,
  restartHash,
  revivedCompile,
  settingsWithEffect,
  tableDdl,
  tableOptions
};
