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
} from "./chunk-UQOQKVTC.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-RQ4CRGXP.mjs";
import "./chunk-TXAE4PI4.mjs";
import "./chunk-SQMLTMUL.mjs";
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
