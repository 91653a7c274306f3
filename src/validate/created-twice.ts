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

/** Where a name was taken, and by what: a CREATE, or an ALTER … RENAME TO giving it to another object. */
interface Taken {
  at: number;
  kind: 'table' | 'view';
  renamed?: true;
}

/**
 * The second CREATE of a name in `statements` (those before any CREATE CATALOG or USE: single-part
 * names of default_catalog), unless IF NOT EXISTS (Flink skips it and keeps the first), a CREATE OR
 * REPLACE TABLE … AS, or a DROP or RENAME of the name between them. A DROP frees an object of its
 * own kind only (Flink's DROP VIEW leaves a table of the name, and DROP TABLE a view); a RENAME TO
 * takes its new name.
 */
export function createdTwice(
  job: ProjectJob,
  statements: readonly Statement[],
  lines: LineIndex,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  /** `temporary:name` → where the name was taken. */
  const created = new Map<string, Taken>();
  for (const s of statements) {
    const o = s.object;
    if (!o || (o.kind !== 'table' && o.kind !== 'view')) continue;
    const key = `${o.temporary}:${o.name.name}`;
    // A qualified name (`default_catalog.default_database.t`, `default_database.t`) may be the
    // name created here: its DROP or RENAME frees it as well, rather than FO205 guessing the catalog.
    if (o.verb === 'drop') {
      if (created.get(key)?.kind === o.kind) created.delete(key);
    }
    // Only a catalog table or view is renamed (Flink refuses a temporary one).
    else if (o.verb === 'alter') {
      if (!o.renamedTo) continue;
      const was = created.get(`false:${o.name.name}`);
      created.delete(`false:${o.name.name}`);
      if (o.renamedTo.parts.length === 1)
        created.set(`false:${o.renamedTo.name}`, {
          at: o.renamedTo.start,
          kind: was?.kind ?? o.kind,
          renamed: true,
        });
    } else if (o.name.parts.length === 1) createdAgain(job, s, o, created, lines, out);
  }
  return out;
}

/** FO205 for the CREATE `s` of `o` where `created` has its name already (then out gets it); else records it. */
function createdAgain(
  job: ProjectJob,
  s: Statement,
  o: NonNullable<Statement['object']>,
  created: Map<string, Taken>,
  lines: LineIndex,
  out: Diagnostic[],
): void {
  const key = `${o.temporary}:${o.name.name}`;
  const first = created.get(key);
  if (first === undefined || replacesExisting(s)) {
    created.set(key, { at: o.name.start, kind: o.kind === 'view' ? 'view' : 'table' });
    return;
  }
  if (o.ifNotExists) return;
  const { kind: what, temporary, name } = o;
  // Flink's words, as the simulator's gateway says them too (without the sentence's full stop).
  const flink = alreadyExists(temporary, 'default_catalog', 'default_database', name.name);
  const refusal = `"${flink.message.replace(/\.$/, '')}"`;
  const line = lines.pos(first.at).line;
  out.push(
    error(
      'FO205',
      first.renamed
        ? `Job ${job.name} creates ${what} "${name.name}", a name ALTER … RENAME TO gave a ${first.kind} at line ${line}`
        : `Job ${job.name} creates ${temporary ? 'temporary ' : ''}${what} "${name.name}" a second time (first at line ${line})`,
      `Flink runs a job's statements in one session, where a name is created once: it refuses this CREATE when the job is planned or submitted (${refusal}).${o.orReplace ? ` Its parser drops OR REPLACE here: it replaces only with CREATE OR REPLACE TABLE … AS SELECT.` : ''} Remove one of the two, give this one another name, or write DROP ${temporary ? 'TEMPORARY ' : ''}${first.kind.toUpperCase()} ${name.name}; before it (CREATE … IF NOT EXISTS would keep the first definition).`,
      lines.range(job.sqlFile, name.start, name.end),
    ),
  );
}
