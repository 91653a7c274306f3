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
} from "./chunk-QT2MREGY.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-F3M5LKYT.mjs";
import "./chunk-TL73PZ6O.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-O3M3E6JS.mjs";
import "./chunk-YV5TULC2.mjs";
import "./chunk-P6MOXH47.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-FTM5PSLT.mjs";
import "./chunk-DGUVDUKI.mjs";
import "./chunk-JTEL4L5V.mjs";
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
