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
} from "./chunk-64W5UR3D.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-OJIZZUVH.mjs";
import "./chunk-WW63H32F.mjs";
import "./chunk-NBT4ZCMZ.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-2T57LXUZ.mjs";
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
