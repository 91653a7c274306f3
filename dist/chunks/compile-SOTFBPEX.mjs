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
} from "./chunk-TUYVXCSN.mjs";
import "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
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
