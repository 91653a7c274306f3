import {
  SCRIPT_EFFECT,
  SCRIPT_MARK,
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
  substitutionProblems,
  tableDdl,
  tableOptions
} from "./chunk-TYVLW4RL.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-76FLT334.mjs";
import "./chunk-LIFRFQ4K.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-ANF42CJ6.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-XDLS5BA7.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  SCRIPT_EFFECT,
  SCRIPT_MARK,
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
  substitutionProblems,
  tableDdl,
  tableOptions
};
