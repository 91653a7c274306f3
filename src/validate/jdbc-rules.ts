/**
 * FO279: a column of a `jdbc` table on PostgreSQL (or Derby) whose name the database cannot read
 * as written. Flink's dialects for them put column names into their SELECT, INSERT and upsert
 * statements without quoting, so a name with a space or a quote, or a reserved word, fails when
 * the job runs (`order ts doesn't exist in the parameters of SQL statement`), after plan passed.
 */
import { type Diagnostic, warning } from '../core/diagnostics';
import type { Project } from './model';
import { lookupOf, tableOptionsIn } from './table-options';
import { physical } from './topic-schema-rules';

/** PostgreSQL's reserved key words (those no column may be named unquoted). */
const PG_RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column ' +
    'constraint create current_catalog current_date current_role current_time current_timestamp ' +
    'current_user default deferrable desc distinct do else end except false fetch for foreign from ' +
    'grant group having in initially intersect into lateral leading limit localtime localtimestamp ' +
    'not null offset on only or order placing primary references returning select session_user ' +
    'some symmetric table then to trailing true union unique user using variadic when where window with'
  ).split(' '),
);

/** Why `name` breaks an unquoted PostgreSQL statement, or undefined when it does not. */
export function unquotedColumnProblem(name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(name)) return 'is no plain identifier';
  if (PG_RESERVED.has(name.toLowerCase())) return 'is a reserved word of PostgreSQL';
  return undefined;
}

export function checkJdbcColumnNames(
  project: Project,
  envs: readonly string[],
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const t of project.tables) {
    if (t.format !== 'yaml' || !t.spec || String(t.spec.connector).toLowerCase() !== 'jdbc') continue;
    // The columns first: a table's YAML source (its positions) is read only for a name to flag.
    const flagged = t.spec.columns
      .map((c, i) => ({ c, i, problem: unquotedColumnProblem(c.name) }))
      .filter((f) => f.problem !== undefined);
    if (flagged.length === 0) continue;
    const lookup = lookupOf(project, envVars);
    const y = lookup.sources.get(t.file)?.yaml;
    if (!y) continue;
    // Any environment giving the table a PostgreSQL or Derby url; one warning per column.
    const unquoting = (envs.length > 0 ? envs : [undefined]).some((env) => {
      const o = tableOptionsIn(t, env, lookup)?.options;
      if (o?.get('connector')?.text.toLowerCase() !== 'jdbc') return false;
      const url = o.get('url');
      return /^jdbc:(postgresql|derby):/i.test(url?.value ?? url?.text ?? '');
    });
    if (!unquoting) continue;
    for (const { c, i, problem } of flagged)
      diags.push(
        warning(
          'FO279',
          `Column "${c.name}" of jdbc table ${t.name} ${problem}: Flink's PostgreSQL dialect writes column names into its statements unquoted`,
          'The job fails when it runs (a syntax error, or "doesn\'t exist in the parameters of SQL statement"). Name the column as a plain lower-case identifier, the same as in the database, and rename it in the jobs with AS.',
          y.locate(['columns', i, 'name']),
        ),
      );
  }
  return diags;
}

/** `TIMESTAMP_LTZ(p)` or `TIMESTAMP(p) WITH LOCAL TIME ZONE`, as a column's type starts. */
const LTZ = /^\s*(TIMESTAMP_LTZ\b|TIMESTAMP\s*(\(\s*\d+\s*\))?\s+WITH\s+LOCAL\s+TIME\s+ZONE\b)/i;

/**
 * FO738: a `TIMESTAMP_LTZ` column of a `jdbc` table. The PostgreSQL dialect lists the type as
 * supported, so the planner accepts the table and plan passes, but the connector's row converter
 * (3.3.0-1.20 and 4.0.0-2.0) has no case for it: the job fails as its tasks start, sink or
 * lookup ("UnsupportedOperationException: Unsupported type:TIMESTAMP_LTZ(3)", real 2.2.0).
 */
export function checkJdbcLtzColumns(
  project: Project,
  envs: readonly string[],
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const t of project.tables) {
    // The column types first (YAML or DDL): a table's options and positions are read only for one to flag.
    const types =
      t.format === 'yaml'
        ? (t.spec?.columns ?? []).map((c) => String(c.type))
        : (t.statement?.table?.columns ?? []).map((c) => c.type ?? '');
    if (!types.some((ty) => LTZ.test(ty))) continue;
    const lookup = lookupOf(project, envVars);
    // jdbc in any environment (an environment's override may give the connector).
    const jdbc = (envs.length > 0 ? envs : [undefined]).some(
      (env) => tableOptionsIn(t, env, lookup)?.options.get('connector')?.text.toLowerCase() === 'jdbc',
    );
    if (!jdbc) continue;
    for (const c of physical(t, lookup))
      if (LTZ.test(c.type))
        diags.push(
          warning(
            'FO738',
            `Column "${c.name}" of jdbc table ${t.name} is ${c.type.trim()}, a type Flink's JDBC connector cannot read or write`,
            `Plan passes (the dialect accepts the type), and the job fails as it starts: "UnsupportedOperationException: Unsupported type:TIMESTAMP_LTZ(3)". Declare the column TIMESTAMP(3) and convert in the job: CAST(${c.name} AS TIMESTAMP(3)) is its wall-clock time in the session's table.local-time-zone.`,
            c.typeAt(),
          ),
        );
  }
  return diags;
}
