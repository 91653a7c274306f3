/**
 * Load stage: reads a project directory (flinkops.yaml, tables/, udfs/, jobs/) into
 * files with source positions, and collects `${env.X}` / `${secret.X}` references.
 * No rules are applied here beyond what reading needs (UTF-8, size, file names,
 * YAML syntax); see src/validate for the rest.
 */
export { fileStart, MAX_FILE_BYTES, readTextFile, type TextFile } from './files';
export {
  escapeTemplate,
  type RawReference,
  type RefKind,
  resolveSecrets,
  resolveSecretsInValue,
  type SecretSource,
  scanReferences,
  secretNames,
  substituteEnv,
} from './interpolate';
export {
  type JobSource,
  type LoadedProject,
  loadProject,
  PROJECT_FILE,
  type Reference,
  type TableSource,
  type TestSource,
  type UdfSource,
} from './project';
export * from './types';
export { parseYaml, valueAt, type YamlPath, type YamlScalar, type YamlSource } from './yaml-source';
