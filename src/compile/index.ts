/**
 * Compile stage: turns a validated project into the desired state of one
 * environment — per job a deterministic Flink SQL script (SET lines, the UDFs,
 * tables and views it uses, its own statements), fully resolved settings,
 * fingerprints split by what a change invalidates, and the dependency graph.
 * Secrets stay `${secret.NAME}` placeholders; identity (pipeline.name, labels,
 * restore path) is added by apply, not written into the script.
 */
export { type CompileOptions, compile, compileProject } from './desired';
export { type Effect, mostSevere, SCRIPT_EFFECT, SETTING_EFFECTS, settingsWithEffect } from './effects';
export { desiredEnvironment, projectEnvironment } from './environment';
export { affectedJobs, buildGraph, graphToMermaid, type MermaidOptions, nodeId } from './graph';
export { SCRIPT_MARK } from './job-script';
export type {
  CompiledPlan,
  CompileResult,
  DependencyGraph,
  DesiredEnvironment,
  DesiredJob,
  DesiredState,
  DesiredTable,
  DesiredUdf,
  EnvReference,
  GraphEdge,
  GraphNode,
  GraphNodeKind,
  ResolvedSettings,
} from './model';
export { ownRange } from './model';
export { portableCompile, revivedCompile } from './portable';
export { isBatchJob, isBatchScript } from './runtime-mode';
export {
  deployedSettings,
  metadataHash,
  restartHash,
  restartHashAsBefore,
  specChecksums,
} from './spec-hashes';
export { substitutionProblems } from './substitution-problems';
export { lookupOptions, makeTemporary, tableDdl, tableOptions } from './table-ddl';
