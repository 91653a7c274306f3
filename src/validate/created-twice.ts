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
import { alreadyExists, replacesExisting, statementWords, writtenOrReplace } from '../sql/already-exists';
import { isWord, type Token } from '../sql/lexer';
import { alteredObject } from '../sql/probe-scope';
import type { Statement } from '../sql/types';
import type { ProjectJob } from './model';

/** `ALTER TABLE|VIEW [IF EXISTS] x RENAME TO y` (not `RENAME col TO c2`): frees the name x. */
function renames(t: readonly Token[]): boolean {
  return t.some((x, i) => isWord(x, 'RENAME') && isWord(t[i + 1], 'TO'));
}

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
    if (s.kind === 'drop' || s.kind === 'alter') {
      // A qualified name (`default_catalog.default_database.t`, `default_database.t`) may be the
      // name created here: its DROP or RENAME frees it as well, rather than FO205 guessing the catalog.
      const target = alteredObject(s.text);
      if (!target || (target.object !== 'TABLE' && target.object !== 'VIEW')) continue;
      const name = target.parts.at(-1)!;
      if (s.kind === 'drop') created.delete(`${target.temporary}:${name}`);
      // Only a catalog table or view is renamed (Flink refuses a temporary one).
      else if (renames(statementWords(s.text))) created.delete(`false:${name}`);
      continue;
    }
    const def =
      s.kind === 'create_table' || s.kind === 'create_table_as'
        ? s.table
        : s.kind === 'create_view'
          ? s.view
          : undefined;
    if (!def || def.name.parts.length > 1) continue;
    const key = `${def.temporary}:${def.name.name}`;
    const first = created.get(key);
    const words = first === undefined ? [] : statementWords(s.text);
    if (first === undefined || replacesExisting(s, words)) {
      created.set(key, def.name.start);
      continue;
    }
    if (def.ifNotExists) continue;
    const orReplace = writtenOrReplace(words);
    const what = s.kind === 'create_view' ? 'view' : 'table';
    // Flink's words, as the simulator's gateway says them too (without the sentence's full stop).
    const flink = alreadyExists(def.temporary, 'default_catalog', 'default_database', def.name.name);
    const refusal = `"${flink.message.replace(/\.$/, '')}"`;
    out.push(
      error(
        'FO205',
        `Job ${job.name} creates ${def.temporary ? 'temporary ' : ''}${what} "${def.name.name}" a second time (first at line ${lines.pos(first).line})`,
        `Flink runs a job's statements in one session, where a name is created once: it refuses this CREATE when the job is planned or submitted (${refusal}).${orReplace ? ` Its parser drops OR REPLACE here: it replaces only with CREATE OR REPLACE TABLE … AS SELECT.` : ''} Remove one of the two, give this one another name, or write DROP ${def.temporary ? 'TEMPORARY ' : ''}${what.toUpperCase()} ${def.name.name}; before it (CREATE … IF NOT EXISTS would keep the first definition).`,
        lines.range(job.sqlFile, def.name.start, def.name.end),
      ),
    );
  }
  return out;
}
