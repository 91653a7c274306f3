/**
 * The ajv standalone validators of schemas/*.json, generated at build (and test) time by
 * scripts/schema-validators.mjs; see there.
 */
declare module 'virtual:flinkops-schema-validators' {
  import type { ValidateFunction } from 'ajv';

  export function repositoryValidators(): Record<
    'project' | 'table' | 'udf' | 'job' | 'test',
    ValidateFunction
  >;
  export function stateFileValidator(): ValidateFunction;
  export function planFileValidator(): ValidateFunction;
}
