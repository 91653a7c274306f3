/**
 * A job's script that creates a table, view or database `IF NOT EXISTS` in a catalog that keeps its
 * objects (a Paimon, JDBC or Hive catalog the script creates) runs that statement on every start:
 * the first start creates the object, and every later one (an upgrade, a resume, a recovery) finds
 * it and skips the statement. A definition changed in the repository therefore never reaches the
 * object: real Flink 1.20.3 with Paimon 1.2.0 keeps the table's first schema and options.
 */
import { type DesiredJob, ownRange } from '../compile/model';
import type { Diagnostic, SourceRange } from '../core/diagnostics';
import { warning } from '../core/diagnostics';
import { analyzeScript } from '../sql/analyze';
import { lastingStatements, perSessionStore } from '../sql/probe-scope';
import type { Statement, TableDef } from '../sql/types';
import { PLAN_CODES } from './codes';

/** The statement's kind and name as written: how the two scripts' statements are paired. */
function keyOf(st: Statement): string | undefined {
  const name = st.table?.name ?? st.view?.name ?? st.database?.name;
  return name && `${st.kind} ${name.parts.join('.')}`;
}

/** Statements that create an object of a lasting catalog only when it does not exist yet. */
function keptCreates(statements: readonly Statement[]): Map<string, Statement> {
  const out = new Map<string, Statement>();
  for (const st of lastingStatements(statements, false, perSessionStore())) {
    const key = keyOf(st);
    const ifNotExists = st.table?.ifNotExists ?? st.view?.ifNotExists ?? st.database?.ifNotExists;
    if (key && ifNotExists) out.set(key, st);
  }
  return out;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What changed between two definitions of a table: its columns and options, by name. */
function tableChanges(old: TableDef, next: TableDef): string[] {
  const out: string[] = [];
  const columns = (t: TableDef) =>
    new Map(t.columns.map((c) => [c.name, squash(`${c.type ?? c.expr ?? ''}`)]));
  const before = columns(old);
  const after = columns(next);
  for (const [name, type] of after)
    if (!before.has(name)) out.push(`column ${name} added`);
    else if (before.get(name) !== type) out.push(`column ${name} ${before.get(name)} → ${type}`);
  for (const name of before.keys()) if (!after.has(name)) out.push(`column ${name} removed`);
  for (const [key, value] of Object.entries(next.options))
    if (!(key in old.options)) out.push(`option '${key}' added`);
    else if (old.options[key] !== value) out.push(`option '${key}' '${old.options[key]}' → '${value}'`);
  for (const key of Object.keys(old.options)) if (!(key in next.options)) out.push(`option '${key}' removed`);
  return out;
}

/**
 * FO116 for each `CREATE ... IF NOT EXISTS` of a lasting catalog whose text differs from the one in
 * `oldScript`, the script the job last ran: the object exists, and Flink keeps it as it is. Said at
 * the statement in the job's file (`file` when it cannot be told).
 */
export function keptDefinitions(job: DesiredJob, oldScript: string, file: SourceRange): Diagnostic[] {
  // The new script's kept creates first: most jobs have none, and the old script need not be read.
  const now = keptCreates(job.statements);
  if (now.size === 0) return [];
  const before = keptCreates(analyzeScript(oldScript, job.sqlFile).statements);
  if (before.size === 0) return [];
  const out: Diagnostic[] = [];
  for (const [key, st] of now) {
    const old = before.get(key);
    if (!old || squash(old.text) === squash(st.text)) continue;
    const name = (st.table ?? st.view ?? st.database)!.name.parts.join('.');
    const what = st.kind.replace('create_', '');
    const changes = old.table && st.table ? tableChanges(old.table, st.table) : [];
    const alter =
      what === 'table'
        ? `ALTER TABLE ${name} (SET (...) for options, ADD / MODIFY for columns, as the catalog allows)`
        : `ALTER ${what.toUpperCase()} ${name}`;
    out.push(
      warning(
        PLAN_CODES.keptDefinition,
        `Job ${job.name}: the changed CREATE ${what.toUpperCase()} IF NOT EXISTS ${name} will not reach the ${what}, which exists`,
        `The job last ran a different definition of ${name}${changes.length ? ` (${changes.join(', ')})` : ''}. ` +
          `Its catalog keeps its objects beyond the job, so the ${what} exists, and Flink skips CREATE ... IF NOT EXISTS: ` +
          `the restarted job runs against the ${what} as it was first created. Change the ${what} itself with ${alter}, ` +
          `once, outside the job (a SQL client session), or drop and create it again (its data goes with it); ` +
          `then make this definition match it, so the script says what the ${what} is.`,
        ownRange(job, st) ?? file,
      ),
    );
  }
  return out;
}
