/**
 * FO205: a job's script creates one table or view twice. Flink runs a job's statements in one
 * session, where a name is created once: the second CREATE fails the job's planning or submission
 * ("Temporary table '`default_catalog`.`default_database`.`t`' already exists"; for a catalog
 * table, "Table (or view) default_database.t already exists in Catalog default_catalog"). Temporary
 * tables and views share one namespace, catalog tables and views another.
 */
import { type Diagnostic, error } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { alteredObject } from '../sql/probe-scope';
import type { Statement } from '../sql/types';
import type { ProjectJob } from './model';

/** `CREATE OR REPLACE …` / `REPLACE TABLE … AS`: replaces what exists, never refused for it. */
const REPLACES = /^\s*(?:CREATE\s+OR\s+REPLACE|REPLACE)\b/i;

/**
 * The second CREATE of a name in `statements` (those before any CREATE CATALOG or USE: single-part
 * names of default_catalog), unless IF NOT EXISTS (Flink skips it and keeps the first), OR REPLACE,
 * or a DROP of the name between them.
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
    if (s.kind === 'drop') {
      const dropped = alteredObject(s.text);
      if (dropped && dropped.parts.length === 1 && (dropped.object === 'TABLE' || dropped.object === 'VIEW'))
        created.delete(`${dropped.temporary}:${dropped.parts[0]}`);
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
    if (first === undefined || REPLACES.test(s.text)) {
      created.set(key, def.name.start);
      continue;
    }
    if (def.ifNotExists) continue;
    const what = s.kind === 'create_view' ? 'view' : 'table';
    const refusal = def.temporary
      ? `"Temporary table '\`default_catalog\`.\`default_database\`.\`${def.name.name}\`' already exists"`
      : `"Table (or view) default_database.${def.name.name} already exists in Catalog default_catalog"`;
    out.push(
      error(
        'FO205',
        `Job ${job.name} creates ${def.temporary ? 'temporary ' : ''}${what} "${def.name.name}" a second time (first at line ${lines.pos(first).line})`,
        `Flink runs a job's statements in one session, where a name is created once: it refuses this CREATE when the job is planned or submitted (${refusal}). Remove one of the two, give this one another name, or write DROP ${def.temporary ? 'TEMPORARY ' : ''}${what.toUpperCase()} ${def.name.name}; before it (CREATE … IF NOT EXISTS would keep the first definition).`,
        lines.range(job.sqlFile, def.name.start, def.name.end),
      ),
    );
  }
  return out;
}
