/** DDL in a gateway session: CREATE / DROP of tables, views and functions in the session or shared catalog. */

import { alreadyExists, replacesExisting } from '../sql/already-exists';
import type { Statement } from '../sql/types';
import { type CatalogTable, lookupTable, qualify } from './catalog';
import { type StatementContext, unbucketed, viewColumns } from './sql-context';
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
  if (target.tables.has(fqn) && !replacesExisting(st)) {
    if (def.ifNotExists) return { kind: 'result', result: okResult() };
    const [cat, db, name] = fqn.split('.') as [string, string, string];
    // Temporary tables and views share one namespace, refused in one sentence (real 1.20.3, 2.2.0).
    const refusal = alreadyExists(temporary, cat, db, name);
    if (temporary) return { kind: 'error', error: refusal };
    return validation(`Could not execute CreateTable in path \`${cat}\`.\`${db}\`.\`${name}\``, refusal);
  }
  if (st.view || st.table?.asQuery) {
    const missing = st.reads.find((r) => !lookupTable(qualify(r, ctx.s.path), ctx.s.temp, ctx.s.catalog));
    if (missing) return ctx.notFound(missing);
    // A view's query is validated as it is created: Calcite's refusal, unwrapped (real 1.20.3, 2.2.0).
    const bad = st.view ? ctx.checkColumns(st, 0) : undefined;
    if (bad) return bad;
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
    ...(columnsOpen(st) ? { columnsOpen: true } : {}),
    ...(st.view ? viewNames(ctx, st) : {}),
  };
}

/** A table whose columns its DDL does not list (CREATE TABLE ... AS, ... LIKE). */
function columnsOpen(st: Statement): boolean {
  return !!(st.table?.asQuery || st.table?.like);
}

/** A view's output names, where its query's are known when it is created (as Flink resolves them then). */
function viewNames(ctx: StatementContext, st: Statement): { names?: string[] } {
  const names = viewColumns(ctx, st);
  return names ? { names } : {};
}

export function dropObject(ctx: StatementContext, st: Statement): ExecOutcome {
  const o = st.object;
  if (o?.verb !== 'drop' || (o.kind !== 'table' && o.kind !== 'view' && o.kind !== 'function'))
    return { kind: 'result', result: okResult() };
  const target = o.temporary ? ctx.s.temp : ctx.s.catalog;
  const fqn = qualify(o.name, ctx.s.path);
  // A table or view is dropped by the statement of its kind only (CatalogManager's filter on it).
  const existed =
    o.kind === 'function'
      ? target.functions.delete(o.name.name.toLowerCase())
      : target.tables.get(fqn)?.kind === o.kind && target.tables.delete(fqn);
  if (!existed && !o.ifExists) {
    return validation(
      o.kind === 'function'
        ? `Function '${fqn}' does not exist.`
        : o.temporary
          ? `Temporary table or view with identifier '${fqn}' does not exist.`
          : `${o.kind === 'view' ? 'View' : 'Table'} with identifier '${fqn}' does not exist.`,
    );
  }
  return { kind: 'result', result: okResult() };
}
