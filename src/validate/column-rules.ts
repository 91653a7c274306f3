/**
 * FO204: a query names a column no table in its scope has. Said only where every FROM item of
 * the SELECT (and of each SELECT it is nested in, for a correlated name) has known columns: a
 * repository table, a table or view the script creates, a subquery or WITH query naming its
 * output, a window TVF over one (plus window_start, window_end, window_time), a renaming alias
 * `AS x(a, b)`. From the parse validate already made (Statement.scopes): no script is read again.
 */
import { type Diagnostic, error } from '../core/diagnostics';
import { oneEdit } from '../core/names';
import type { LineIndex } from '../core/text';
import { alteredObject } from '../sql/probe-scope';
import { TIME_UNITS } from '../sql/query-words';
import type { ColumnUse, FromItem, QueryScope, SelectScope, Statement } from '../sql/types';
import { ctasColumns, declaredColumns } from './ctas-columns';
import type { ProjectJob, ProjectTable } from './model';

const WINDOW_COLUMNS = ['window_start', 'window_end', 'window_time'];

interface Ctx {
  tableByName: ReadonlyMap<string, ProjectTable>;
  job?: ProjectJob;
  /** The statements of the script, for the views it creates. */
  statements: readonly Statement[];
  at: Statement;
  depth: number;
  /** Tables defined twice (or failing to load): their columns are not known. */
  unresolved?: ReadonlySet<string>;
  /** Names whose columns the script itself leaves open (see unsureNames). */
  unsure?: ReadonlySet<string>;
}

/**
 * Names the script creates or changes so that their columns at a query are not known for sure: one
 * created twice (Flink refuses the second CREATE unless a DROP or OR REPLACE came between, and
 * which one a query sees is not judged), one whose CREATE has a syntax error (columns past the
 * error are lost to the parse), one an ALTER TABLE or ALTER VIEW changes (ADD, RENAME, DROP ...).
 */
function unsureNames(statements: readonly Statement[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const s of statements) {
    let name: string | undefined;
    if (s.kind === 'alter') name = alteredObject(s.text)?.parts.at(-1);
    else {
      const def = s.kind === 'create_view' ? s.view?.name : s.table?.name;
      if (def?.parts.length !== 1) continue;
      if (seen.has(def.name) || s.diags.some((d) => d.severity === 'error')) name = def.name;
      seen.add(def.name);
    }
    if (name !== undefined) out.add(name);
  }
  return out;
}

function tableColumns(name: string, c: Ctx): string[] | undefined {
  const { job } = c;
  if (job) {
    if (c.unsure?.has(name)) return undefined;
    const view = c.statements.find(
      (s) => s.kind === 'create_view' && s.view?.name.parts.length === 1 && s.view.name.name === name,
    );
    if (view) return view.end <= c.at.start ? viewColumns(view, c) : undefined;
    const local = job.localTables?.find((t) => t.name === name);
    if (local) {
      if (local.statement.end > c.at.start) return undefined;
      const def = local.statement.table;
      if (!def || def.like) return undefined;
      if (def.asQuery) return ctasColumns(local.statement, job, c.tableByName)?.map((x) => x.name);
      return def.columns.map((x) => x.name);
    }
  }
  const t = c.tableByName.get(name);
  if (!t || c.unresolved?.has(name)) return undefined;
  // A repository table's columns are the same for every job reading it: worked out once.
  if (repositoryColumns.has(t)) return repositoryColumns.get(t);
  const cols = repositoryTableColumns(t, c);
  repositoryColumns.set(t, cols);
  return cols;
}

const repositoryColumns = new WeakMap<ProjectTable, string[] | undefined>();

function repositoryTableColumns(t: ProjectTable, c: Ctx): string[] | undefined {
  if (t.objectKind === 'view')
    return t.statement ? viewColumns(t.statement, { ...c, job: undefined, statements: [] }) : undefined;
  if (t.format !== 'yaml' && t.statement?.table?.asQuery) return undefined;
  return declaredColumns(t)?.map((x) => x.name);
}

function viewColumns(view: Statement, c: Ctx): string[] | undefined {
  if (view.view && view.view.columns.length > 0) return view.view.columns;
  if (!view.query || c.depth > 8) return undefined;
  return queryColumns(view.query, { ...c, at: view, depth: c.depth + 1 });
}

/** A query's output names (Calcite: an alias, a column's last part, else EXPR$n). */
function queryColumns(q: QueryScope, c: Ctx): string[] | undefined {
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
        const cols = itemColumns(f, c);
        if (!cols) return undefined;
        out.push(...cols);
      }
    } else out.push(`EXPR$${out.length}`);
  }
  return out;
}

function itemColumns(f: FromItem, c: Ctx): string[] | undefined {
  if (f.names) return f.names;
  if (f.unknown) return undefined;
  if (f.query) return c.depth > 8 ? undefined : queryColumns(f.query, { ...c, depth: c.depth + 1 });
  if (f.window) {
    const cols = itemColumns(f.window, c);
    return cols ? [...cols, ...WINDOW_COLUMNS] : undefined;
  }
  if (f.table && f.table.parts.length === 1) return tableColumns(f.table.name, c);
  return undefined;
}

type Found = 'found' | 'unknown' | { item?: FromItem; qualifier?: true };

/** Whether `use` names a column of `s` (or, in ORDER BY, an alias of its select list). */
function lookIn(s: SelectScope, use: ColumnUse, c: Ctx, cols: Map<FromItem, string[] | undefined>): Found {
  if (s.opaque) return 'unknown';
  const colsOf = (f: FromItem) => {
    if (!cols.has(f)) cols.set(f, itemColumns(f, c));
    return cols.get(f);
  };
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

function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  for (const x of candidates) if (x !== name && x.toLowerCase() === lower) return x;
  for (const x of candidates) if (oneEdit(name, x)) return x;
  return undefined;
}

function describeItem(f: FromItem, cols: readonly string[]): string {
  const name = f.table ? f.table.parts.join('.') : (f.alias ?? 'a subquery');
  const shown = cols.length > 24 ? `${cols.slice(0, 24).join(', ')}, …` : cols.join(', ');
  return `${name}${f.alias && f.table && f.alias !== f.table.name ? ` AS ${f.alias}` : ''} (${shown})`;
}

/**
 * Lets a job's SELECT scopes go once FO204 judged them: nothing else reads them, and kept for
 * 1,000 jobs they held some 15 MB to the end of the run. (A view of tables/ keeps its own: the
 * jobs reading it resolve names through it.)
 */
export function releaseScopes(statements: readonly Statement[]): void {
  for (const s of statements) {
    s.scopes = undefined;
    s.query = undefined;
    if (s.inner) releaseScopes(s.inner);
  }
}

/** FO204 for each column name of `statements`' queries that no table in scope has. */
export function checkColumnNames(
  statements: readonly Statement[],
  file: string,
  lines: LineIndex,
  tableByName: ReadonlyMap<string, ProjectTable>,
  job?: ProjectJob,
  unresolved?: ReadonlySet<string>,
): Diagnostic[] {
  // After USE, a simple name is looked up in another catalog or database.
  if (statements.some((s) => s.kind === 'use')) return [];
  const diags: Diagnostic[] = [];
  const all = statements.flatMap((s) => (s.inner ? [s, ...s.inner] : [s]));
  const unsure = job ? unsureNames(statements) : undefined;
  for (const stmt of all) {
    if (!stmt.scopes) continue;
    const c: Ctx = { tableByName, job, statements, at: stmt, depth: 0, unresolved, unsure };
    const cols = new Map<FromItem, string[] | undefined>();
    for (const scope of stmt.scopes) {
      for (const use of scope.uses) {
        const parts = use.ref.parts;
        if (parts.length === 1 && TIME_UNITS.has(parts[0]!.toUpperCase())) continue;
        if (niladicFunction(use, lines)) continue;
        let found: Found = lookIn(scope, use, c, cols);
        const missing = found;
        for (let s = scope.parent; typeof found === 'object' && s; s = s.parent)
          found = lookIn(s, use, c, cols);
        if (typeof found !== 'object' || typeof missing !== 'object') continue;
        diags.push(notFound(use, missing, scope, c, cols, file, lines));
      }
    }
  }
  return diags;
}

/**
 * An unquoted `PI` (any case): Calcite's validator makes a parenthesis-free function of it before it
 * looks for a column (SqlStdOperatorTable.PI, in Flink's operator table, is no reserved word). Real
 * Flink 2.2 runs `SELECT PI FROM t` and `SELECT pi FROM t`; only `` `PI` `` is "Column 'PI' not found".
 */
function niladicFunction(use: ColumnUse, lines: LineIndex): boolean {
  const parts = use.ref.parts;
  return parts.length === 1 && parts[0]!.toUpperCase() === 'PI' && lines.text[use.ref.start] !== '`';
}

function notFound(
  use: ColumnUse,
  missing: { item?: FromItem; qualifier?: true },
  scope: SelectScope,
  c: Ctx,
  cols: Map<FromItem, string[] | undefined>,
  file: string,
  lines: LineIndex,
): Diagnostic {
  const parts = use.ref.parts;
  const item = missing.item;
  if (missing.qualifier) return tableNotFound(use, scope, c, cols, file, lines);
  const name = item ? parts[1]! : parts[0]!;
  const items = item ? [item] : scope.items;
  const known = items.map((f) => ({ f, cols: cols.get(f) ?? itemColumns(f, c) ?? [] }));
  const candidates = known.flatMap((k) => k.cols);
  if (!item && use.clause === 'order')
    for (const i of scope.select) if (i.as !== undefined) candidates.push(i.as);
  const guess = closest(name, candidates);
  const where =
    known.length === 0
      ? 'The SELECT reads no table'
      : `The ${item ? 'table' : known.length === 1 ? 'table in scope is' : 'tables in scope are'}${item ? ` ${describeItem(item, known[0]!.cols)} has no such column` : ` ${known.map((k) => describeItem(k.f, k.cols)).join('; ')}`}`;
  const hint = guess
    ? ` Did you mean ${guess}?${guess.toLowerCase() === name.toLowerCase() ? " (Flink's names are case-sensitive.)" : ''}`
    : '';
  const summary = item
    ? `Column '${name}' not found in table '${parts[0]}'`
    : `Column '${name}' not found in any table`;
  return error(
    'FO204',
    summary,
    `${where}.${hint} Correct the name, or add the column to the table it should come from; Flink's planner refuses the query ("${summary}").`,
    item ? partRange(use, name, file, lines) : lines.range(file, use.ref.start, use.ref.end),
  );
}

/** Where `t.c` names the missing `c` (Flink points there): the last occurrence of it in the reference. */
function partRange(use: ColumnUse, name: string, file: string, lines: LineIndex) {
  const at = lines.text.slice(use.ref.start, use.ref.end).lastIndexOf(name);
  return at > 0
    ? lines.range(file, use.ref.start + at, use.ref.start + at + name.length)
    : lines.range(file, use.ref.start, use.ref.end);
}

/** `x.c` where x is neither a FROM item nor a column: Calcite's "Table 'x' not found". */
function tableNotFound(
  use: ColumnUse,
  scope: SelectScope,
  c: Ctx,
  cols: Map<FromItem, string[] | undefined>,
  file: string,
  lines: LineIndex,
): Diagnostic {
  const q = use.ref.parts[0]!;
  const names = scope.items.map((f) => f.alias).filter((x): x is string => x !== undefined);
  const guess = closest(q, names);
  const known = scope.items.map((f) => describeItem(f, cols.get(f) ?? itemColumns(f, c) ?? []));
  const start = use.ref.start;
  return error(
    'FO204',
    `Table '${q}' not found`,
    `\`${q}.${use.ref.parts.slice(1).join('.')}\` names \`${q}\`, which is neither a table (alias) of the FROM nor a column: the FROM reads ${known.join('; ')}.${guess ? ` Did you mean ${guess}?` : ''} Add the table to the FROM (a JOIN) or correct the name; Flink's planner refuses the query ("Table '${q}' not found").`,
    lines.range(file, start, start + q.length),
  );
}
