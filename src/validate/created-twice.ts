/**
 * FO205: a job's script creates one table or view twice. Flink runs a job's statements in one
 * session, where a name is created once: the second CREATE fails the job's planning or submission
 * ("Temporary table '`default_catalog`.`default_database`.`t`' already exists"; for a catalog
 * table, "Table (or view) default_database.t already exists in Catalog default_catalog"). Temporary
 * tables and views share one namespace, catalog tables and views another. Flink's words are
 * src/sql/already-exists.ts, which the simulator's gateway refuses with.
 */
import { type Diagnostic, error } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { alreadyExists, replacesExisting } from '../sql/already-exists';
import type { Statement } from '../sql/types';
import type { ProjectJob } from './model';

/**
 * The second CREATE of a name in `statements` (those before any CREATE CATALOG or USE: single-part
 * names of default_catalog), unless IF NOT EXISTS (Flink skips it and keeps the first), a CREATE OR
 * REPLACE TABLE … AS, or a DROP or RENAME of the name between them.
 */
export function createdTwice(
  job: ProjectJob,
  statements: readonly Statement[],
  lines: LineIndex,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  /** `temporary:name` → where the name was created (its offset). */
  const created = new Map<string, number>();
  for (const s of statements) {
    const o = s.object;
    if (!o || (o.kind !== 'table' && o.kind !== 'view')) continue;
    // A qualified name (`default_catalog.default_database.t`, `default_database.t`) may be the
    // name created here: its DROP or RENAME frees it as well, rather than FO205 guessing the catalog.
    if (o.verb === 'drop') created.delete(`${o.temporary}:${o.name.name}`);
    // Only a catalog table or view is renamed (Flink refuses a temporary one).
    else if (o.verb === 'alter') {
      if (o.renamedTo) created.delete(`false:${o.name.name}`);
    } else if (o.name.parts.length === 1) createdAgain(job, s, o, created, lines, out);
  }
  return out;
}

/** FO205 for the CREATE `s` of `o` where `created` has its name already (then out gets it); else records it. */
function createdAgain(
  job: ProjectJob,
  s: Statement,
  o: NonNullable<Statement['object']>,
  created: Map<string, number>,
  lines: LineIndex,
  out: Diagnostic[],
): void {
  const key = `${o.temporary}:${o.name.name}`;
  const first = created.get(key);
  if (first === undefined || replacesExisting(s)) {
    created.set(key, o.name.start);
    return;
  }
  if (o.ifNotExists) return;
  const { kind: what, temporary, name } = o;
  // Flink's words, as the simulator's gateway says them too (without the sentence's full stop).
  const flink = alreadyExists(temporary, 'default_catalog', 'default_database', name.name);
  const refusal = `"${flink.message.replace(/\.$/, '')}"`;
  out.push(
    error(
      'FO205',
      `Job ${job.name} creates ${temporary ? 'temporary ' : ''}${what} "${name.name}" a second time (first at line ${lines.pos(first).line})`,
      `Flink runs a job's statements in one session, where a name is created once: it refuses this CREATE when the job is planned or submitted (${refusal}).${o.orReplace ? ` Its parser drops OR REPLACE here: it replaces only with CREATE OR REPLACE TABLE … AS SELECT.` : ''} Remove one of the two, give this one another name, or write DROP ${temporary ? 'TEMPORARY ' : ''}${what.toUpperCase()} ${name.name}; before it (CREATE … IF NOT EXISTS would keep the first definition).`,
      lines.range(job.sqlFile, name.start, name.end),
    ),
  );
}
