/**
 * Which column names of a statement's queries no table in scope has, judged where every FROM item
 * of the SELECT (and of each SELECT around it, for a correlated name) has known columns, and the
 * words and position Flink's planner (Calcite's validator) gives each: "Column 'x' not found in
 * any table", "Column 'x' not found in table 't'" (at `x` of `t.x`), "Table 'u' not found" (at `u`
 * of `u.x`). One judgement for validate (FO204, against the repository) and the simulator's SQL
 * Gateway (against a session's catalog): each says where a table's columns come from.
 */
import { LineIndex } from '../core/text';
import { TIME_UNITS } from './query-words';
import type { ColumnUse, FromItem, QueryScope, SelectScope, Statement } from './types';

const WINDOW_COLUMNS = ['window_start', 'window_end', 'window_time'];

/** Where the columns of a table or view named in a FROM come from. */
export interface ColumnSource {
  /**
   * The columns of the one-part table or view `name` as the statement `at` sees it (`depth`: views
   * and subqueries followed so far); undefined where they are not known for sure.
   */
  table(name: string, at: Statement, depth: number): readonly string[] | undefined;
}

/** A query's output names (Calcite: an alias, a column's last part, else EXPR$n). */
export function queryColumns(
  q: QueryScope,
  src: ColumnSource,
  at: Statement,
  depth: number,
): string[] | undefined {
  if (q.names) return q.names;
  const first = q.branches[0];
  if (q.lost || !first) return undefined;
  const out: string[] = [];
  for (const item of first.select) {
    if (item.as !== undefined) out.push(item.as);
    else if (item.column) out.push(item.column[item.column.length - 1]!);
    else if (item.star) {
      if (item.star.length > 1) return undefined;
      const items =
        item.star.length === 0 ? first.items : first.items.filter((f) => f.alias === item.star![0]);
      if (items.length === 0) return undefined;
      for (const f of items) {
        const cols = itemColumns(f, src, at, depth);
        if (!cols) return undefined;
        out.push(...cols);
      }
    } else out.push(`EXPR$${out.length}`);
  }
  return out;
}

/** The columns of a FROM item, where known. */
export function itemColumns(
  f: FromItem,
  src: ColumnSource,
  at: Statement,
  depth: number,
): readonly string[] | undefined {
  if (f.names) return f.names;
  if (f.unknown) return undefined;
  if (f.query) return depth > 8 ? undefined : queryColumns(f.query, src, at, depth + 1);
  if (f.window) {
    const cols = itemColumns(f.window, src, at, depth);
    return cols ? [...cols, ...WINDOW_COLUMNS] : undefined;
  }
  if (f.table && f.table.parts.length === 1) return src.table(f.table.name, at, depth);
  return undefined;
}

/** A column name no table in scope has. */
export interface ColumnMiss {
  use: ColumnUse;
  /** The SELECT the name stands in. */
  scope: SelectScope;
  /** `t.c`: the FROM item `t`, which has no column `c`. */
  item?: FromItem;
  /** `x.c` where `x` is neither a FROM item nor a column of one. */
  qualifier?: true;
  /** The columns of a FROM item of that SELECT (worked out once per statement). */
  columnsOf(f: FromItem): readonly string[] | undefined;
}

type Found = 'found' | 'unknown' | { item?: FromItem; qualifier?: true };

/** Whether `use` names a column of `s` (or, in ORDER BY, an alias of its select list). */
function lookIn(
  s: SelectScope,
  use: ColumnUse,
  colsOf: (f: FromItem) => readonly string[] | undefined,
): Found {
  if (s.opaque) return 'unknown';
  const parts = use.ref.parts;
  if (parts.length >= 2) {
    const f = s.items.find((x) => x.alias === parts[0]);
    if (f) {
      const known = colsOf(f);
      if (!known) return 'unknown';
      return known.includes(parts[1]!) ? 'found' : { item: f };
    }
  }
  const name = parts[0]!;
  let unknown = false;
  for (const f of s.items) {
    const known = colsOf(f);
    if (!known) unknown = true;
    else if (known.includes(name)) return 'found';
  }
  if (use.clause === 'order' && s.select.some((i) => i.as === name || i.column?.at(-1) === name))
    return 'found';
  if (parts.length >= 3) return 'unknown'; // `cat.db.t`-qualified names are not judged
  return unknown ? 'unknown' : parts.length >= 2 ? { qualifier: true } : {};
}

/**
 * An unquoted `PI` (any case): Calcite's validator makes a parenthesis-free function of it before it
 * looks for a column (SqlStdOperatorTable.PI, in Flink's operator table, is no reserved word). Real
 * Flink 2.2 runs `SELECT PI FROM t` and `SELECT pi FROM t`; only `` `PI` `` is "Column 'PI' not found".
 */
function niladicFunction(use: ColumnUse, stmt: Statement): boolean {
  const parts = use.ref.parts;
  return (
    parts.length === 1 && parts[0]!.toUpperCase() === 'PI' && stmt.text[use.ref.start - stmt.start] !== '`'
  );
}

/** Each column name of `statements`' queries (with scopes) that no table in scope has. */
export function columnMisses(statements: readonly Statement[], src: ColumnSource): ColumnMiss[] {
  const out: ColumnMiss[] = [];
  const all = statements.flatMap((s) => (s.inner ? [s, ...s.inner] : [s]));
  for (const stmt of all) {
    if (!stmt.scopes) continue;
    const cols = new Map<FromItem, readonly string[] | undefined>();
    const columnsOf = (f: FromItem) => {
      if (!cols.has(f)) cols.set(f, itemColumns(f, src, stmt, 0));
      return cols.get(f);
    };
    for (const scope of stmt.scopes) {
      for (const use of scope.uses) {
        const parts = use.ref.parts;
        if (parts.length === 1 && TIME_UNITS.has(parts[0]!.toUpperCase())) continue;
        if (niladicFunction(use, stmt)) continue;
        let found: Found = lookIn(scope, use, columnsOf);
        const missing = found;
        for (let s = scope.parent; typeof found === 'object' && s; s = s.parent)
          found = lookIn(s, use, columnsOf);
        if (typeof found !== 'object' || typeof missing !== 'object') continue;
        out.push({ use, scope, ...missing, columnsOf });
      }
    }
  }
  return out;
}

/** Flink's words for a miss (SqlValidatorException's message) and the span its position covers. */
export function missRefusal(miss: ColumnMiss, text: string): { message: string; start: number; end: number } {
  const { ref } = miss.use;
  const parts = ref.parts;
  if (miss.qualifier) {
    const q = parts[0]!;
    return { message: `Table '${q}' not found`, start: ref.start, end: ref.start + q.length };
  }
  if (!miss.item)
    return { message: `Column '${parts[0]}' not found in any table`, start: ref.start, end: ref.end };
  // Calcite points at the missing part of `t.c`: the last occurrence of it in the reference.
  const name = parts[1]!;
  const at = text.slice(ref.start, ref.end).lastIndexOf(name);
  return {
    message: `Column '${name}' not found in table '${parts[0]}'`,
    start: at > 0 ? ref.start + at : ref.start,
    end: at > 0 ? ref.start + at + name.length : ref.end,
  };
}

/**
 * Calcite's position of a span of `text` (CalciteContextException): `At line 1, column 8` for one
 * character, `From line 3, column 5 to line 3, column 6` for more.
 */
export function calcitePosition(text: string, start: number, end: number): string {
  const lines = new LineIndex(text);
  const a = lines.pos(start);
  const b = lines.pos(Math.max(start, end - 1));
  return a.line === b.line && a.column === b.column
    ? `At line ${a.line}, column ${a.column}`
    : `From line ${a.line}, column ${a.column} to line ${b.line}, column ${b.column}`;
}
