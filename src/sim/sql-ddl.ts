/** DDL in a gateway session: CREATE / DROP of tables, views and functions in the session or shared catalog. */

import type { Statement } from '../sql/types';
import { type CatalogTable, lookupTable, qualify } from './catalog';
import { type StatementContext, unbucketed } from './sql-context';
import { type ExecOutcome, okResult, validation } from './sql-model';

export function createObject(ctx: StatementContext, st: Statement): ExecOutcome {
  const def = st.table ?? st.view ?? st.function;
  if (!def) return { kind: 'result', result: okResult() };
  const temporary = def.temporary || (st.function?.system ?? false);
  const target = temporary ? ctx.s.temp : ctx.s.catalog;
  if (st.function) {
    const key = st.function.name.name.toLowerCase();
    if (target.functions.has(key)) {
      if (def.ifNotExists) return { kind: 'result', result: okResult() };
      return validation(
        `Could not execute CREATE FUNCTION: Function ${st.function.name.name} already exists.`,
      );
    }
    target.functions.set(key, { name: st.function.name.name, className: st.function.className });
    return { kind: 'result', result: okResult() };
  }
  const fqn = qualify(def.name, ctx.s.path);
  const replace = /^\s*CREATE\s+OR\s+REPLACE/i.test(st.text);
  if (target.tables.has(fqn) && !replace) {
    if (def.ifNotExists) return { kind: 'result', result: okResult() };
    const [cat, db, name] = fqn.split('.');
    return validation(`Could not execute CreateTable in path \`${cat}\`.\`${db}\`.\`${name}\``, {
      className: 'org.apache.flink.table.catalog.exceptions.TableAlreadyExistException',
      message: `Table (or view) ${db}.${name} already exists in Catalog ${cat}.`,
    });
  }
  if (st.view || st.table?.asQuery) {
    const missing = st.reads.find((r) => !lookupTable(qualify(r, ctx.s.path), ctx.s.temp, ctx.s.catalog));
    if (missing) return ctx.notFound(missing);
  }
  // A CREATE TABLE ... AS writes its table: planned before the table is created (real 2.2).
  if (st.table?.asQuery && st.table.distributedBy) {
    const bad = unbucketed(fqn, st.table.options.connector);
    if (bad) return bad;
  }
  target.tables.set(fqn, catalogEntry(ctx, st, fqn));
  return { kind: 'result', result: okResult() };
}

/** The catalog's entry for the table or view `st` creates under `fqn`. */
export function catalogEntry(ctx: StatementContext, st: Statement, fqn: string): CatalogTable {
  return {
    fqn,
    kind: st.view ? 'view' : 'table',
    reads: st.view ? st.reads.map((r) => qualify(r, ctx.s.path)) : [],
    columns: (st.table?.columns ?? []).map((c) => ({ name: c.name, type: c.type ?? 'STRING' })),
    options: { ...(st.table?.options ?? {}) },
    watermark: st.table?.watermark !== undefined,
    primaryKey: st.table?.primaryKey?.columns ?? [],
    ...(st.table?.distributedBy ? { distributed: true } : {}),
    ...(st.view ? { query: st.view.query } : {}),
  };
}

export function dropObject(ctx: StatementContext, st: Statement): ExecOutcome {
  const m =
    /^\s*DROP\s+(TEMPORARY\s+)?(?:SYSTEM\s+)?(TABLE|VIEW|FUNCTION)\s+(IF\s+EXISTS\s+)?(.+?)\s*$/is.exec(
      st.text,
    );
  if (!m) return { kind: 'result', result: okResult() };
  const target = m[1] ? ctx.s.temp : ctx.s.catalog;
  const parts = m[4]!.split('.').map((p) => p.trim().replace(/^`|`$/g, ''));
  const existed =
    m[2]!.toUpperCase() === 'FUNCTION'
      ? target.functions.delete(parts[parts.length - 1]!.toLowerCase())
      : target.tables.delete(qualify(parts, ctx.s.path));
  if (!existed && !m[3]) {
    return validation(
      `${m[2]!.toLowerCase() === 'function' ? 'Function' : 'Table with identifier'} '${qualify(parts, ctx.s.path)}' does not exist.`,
    );
  }
  return { kind: 'result', result: okResult() };
}
