/**
 * Validate stage: checks a loaded project against the JSON Schemas and the
 * cross-file rules (names, references between jobs, tables and UDFs, how each
 * table kind may be used, environment overrides and `${env.X}` references), and
 * returns the typed, validated `Project` with every diagnostic located in the
 * user's file. It collects all problems and never throws for user input.
 */
import { type Diagnostic, sortDiagnostics } from '../core/diagnostics';
import { loadProject } from '../load';
import type { Project } from './model';
import { type ValidateOptions, validateProject } from './validate-project';

export { envValue, RESERVED_OPTIONS, readsReference } from './env-rules';
export type {
  LocalTable,
  LocalView,
  Project,
  ProjectFunction,
  ProjectJob,
  ProjectTable,
  ProjectUdf,
  Uses,
  ViewReads,
} from './model';
export { cronOf, isTimeZone, SCHEDULE_CODES } from './schedule-rules';
export { checkSchema, SCHEMAS, type SchemaName } from './schema';
export { fragmentProblem, lookupOptionKeys } from './table-rules';
export { type ValidateOptions, validateProject } from './validate-project';

/** Loads and validates a project directory; diagnostics sorted by file and position. */
export function loadAndValidate(
  dir: string,
  opts: ValidateOptions = {},
): { value: Project; diags: Diagnostic[] } {
  const loaded = loadProject(dir);
  const validated = validateProject(loaded.value, opts);
  return { value: validated.value, diags: sortDiagnostics([...loaded.diags, ...validated.diags]) };
}
