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
  isBatchJob,
  isBatchScript,
  lookupOptions,
  makeTemporary,
  metadataHash,
  mostSevere,
  nodeId,
  ownRange,
  portableCompile,
  projectEnvironment,
  restartHash,
  restartHashAsBefore,
  revivedCompile,
  settingsWithEffect,
  specChecksums,
  substitutionProblems,
  tableDdl,
  tableOptions
} from "./chunk-TZX7VYXF.mjs";
import "./chunk-WGBBNQKZ.mjs";
import "./chunk-XVXUOPCJ.mjs";
import "./chunk-W6KDNQR7.mjs";
import "./chunk-OSWPPRBN.mjs";
import "./chunk-EMY3U6UH.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-OJWT7XAX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
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
  isBatchJob,
  isBatchScript,
  lookupOptions,
  makeTemporary,
  metadataHash,
  mostSevere,
  nodeId,
  ownRange,
  portableCompile,
  projectEnvironment,
  restartHash,
  restartHashAsBefore,
  revivedCompile,
  settingsWithEffect,
  specChecksums,
  substitutionProblems,
  tableDdl,
  tableOptions
};
