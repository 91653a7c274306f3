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
}

declare module 'virtual:flinkops-state-validator' {
  import type { ValidateFunction } from 'ajv';

  export function stateFileValidator(): ValidateFunction;
}

declare module 'virtual:flinkops-plan-validator' {
  import type { ValidateFunction } from 'ajv';

  export function planFileValidator(): ValidateFunction;
}
