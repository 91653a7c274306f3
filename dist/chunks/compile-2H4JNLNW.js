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
} from "./chunk-PXDS5NRJ.js";
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
