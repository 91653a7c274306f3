/**
 * What only an environment's values break: substituted `${env.X}` text that no longer parses,
 * checked for validate.
 */

import type { Diagnostic } from '../core/diagnostics';
import type { TableSpec } from '../load/types';
import type { Statement } from '../sql';
import type { Project } from '../validate';
import { projectFor } from './desired';
import { envLookup, sqlLiteralLookup, substitute, substituteDeep } from './resolve';
import { checkSubstitutedFragments } from './substituted-fragments';
import { checkSubstituted } from './substituted-sql';

/**
 * What only an environment's values break (FO402 SQL, FO403 a table's fragment: a substituted
 * `${env.X}` that no longer parses), for `validate`: the checks compile makes on substituted
 * text, without compiling (a whole compile of every environment would cost validate as much
 * again as it takes).
 */
export function substitutionProblems(
  validated: Project,
  env: string,
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const project = projectFor(validated, env);
  const config = project.config;
  const envSpec = config?.environments[env];
  if (!config || !envSpec) return [];
  const diags: Diagnostic[] = [];
  const lookup = envLookup(envSpec, envVars);
  const sqlLookup = sqlLiteralLookup(lookup);
  // Only text that holds a reference can change: a large repository has few.
  const referring = new Set(
    project.loaded.references.filter((r) => r.kind === 'env').map((r) => r.range.file),
  );
  const check = (st: Statement, sqlFile: string) => {
    if (!st.text.includes('${')) return;
    const text = substitute(st.text, sqlLookup);
    if (text !== st.text)
      checkSubstituted(
        st,
        text,
        sqlLookup,
        { sqlFile, env, flinkVersion: config.flinkVersion, range: st.range },
        diags,
      );
  };
  for (const t of project.tables) {
    if (t.format === 'sql') {
      if (t.statement) check(t.statement, t.file);
    } else if (t.spec && referring.has(t.file) && fragmentsRefer(t.spec))
      checkSubstitutedFragments(project, t, substituteDeep(t.spec, lookup), env, diags);
  }
  for (const job of project.jobs)
    for (const st of job.analysis?.statements ?? []) if (st.kind !== 'client_command') check(st, job.sqlFile);
  return diags;
}

/** Whether a YAML table's types or expressions hold a reference (most refer only in `with:`). */
function fragmentsRefer(spec: TableSpec): boolean {
  const refers = (s: string | undefined) => s?.includes('${') === true;
  return (
    spec.columns.some((c) => refers(c.type)) ||
    (spec.metadata ?? []).some((c) => refers(c.type)) ||
    (spec.computed ?? []).some((c) => refers(c.expr)) ||
    refers(spec.watermark?.expr)
  );
}
