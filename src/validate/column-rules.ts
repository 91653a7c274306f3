/**
 * FO204: a query names a column no table in its scope has. Said only where every FROM item of
 * the SELECT (and of each SELECT it is nested in, for a correlated name) has known columns: a
 * repository table, a table or view the script creates, a subquery or WITH query naming its
 * output, a window TVF over one (plus window_start, window_end, window_time), a renaming alias
 * `AS x(a, b)`. From the parse validate already made (Statement.scopes): no script is read again.
 * The judgement and Flink's words are src/sql/column-scope.ts (the simulator's gateway refuses
 * with them too); here, where a repository's and a script's tables take their columns from.
 */
import { type Diagnostic, error, type SourceRange } from '../core/diagnostics';
import { oneEdit } from '../core/names';
import type { LineIndex } from '../core/text';
import {
  type ColumnMiss,
  type ColumnSource,
  columnMisses,
  missRefusal,
  queryColumns,
} from '../sql/column-scope';
import type { FromItem, Statement } from '../sql/types';
import { ctasColumns, declaredColumns } from './ctas-columns';
import type { LocalTable, ProjectJob, ProjectTable } from './model';

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
  /** With `job`: the first CREATE VIEW of each one-part name in `statements`, and the job's first table of each name. */
  named?: {
    views: ReadonlyMap<string, Statement>;
    locals: ReadonlyMap<string, LocalTable>;
  };
}

/** Looked up by name rather than searched for each name read: a script of thousands of views is not quadratic. */
function namedObjects(statements: readonly Statement[], job: ProjectJob): NonNullable<Ctx['named']> {
  const views = new Map<string, Statement>();
  for (const s of statements)
    if (s.kind === 'create_view' && s.view?.name.parts.length === 1 && !views.has(s.view.name.name))
      views.set(s.view.name.name, s);
  const locals = new Map<string, LocalTable>();
  for (const t of job.localTables ?? []) if (!locals.has(t.name)) locals.set(t.name, t);
  return { views, locals };
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
    const o = s.object?.kind === 'table' || s.object?.kind === 'view' ? s.object : undefined;
    if (o?.verb === 'alter') {
      out.add(o.name.name);
      continue;
    }
    const def =
      o?.verb === 'create' ? o.name : s.kind === 'create_materialized_table' ? s.table?.name : undefined;
    if (def?.parts.length !== 1) continue;
    if (seen.has(def.name) || s.diags.some((d) => d.severity === 'error')) out.add(def.name);
    seen.add(def.name);
  }
  return out;
}

function tableColumns(name: string, c: Ctx): readonly string[] | undefined {
  const { job, named } = c;
  if (job && named) {
    if (c.unsure?.has(name)) return undefined;
    const view = named.views.get(name);
    if (view) return view.end <= c.at.start ? viewColumns(view, c) : undefined;
    const local = named.locals.get(name);
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
  return queryColumns(view.query, source(c), view, c.depth + 1);
}

/** The tables of `c` as the shared judgement asks for them. */
function source(c: Ctx): ColumnSource {
  return { table: (name, at, depth) => tableColumns(name, { ...c, at, depth }) };
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
  const unsure = job ? unsureNames(statements) : undefined;
  const c: Ctx = { tableByName, job, statements, at: statements[0]!, depth: 0, unresolved, unsure };
  if (job) c.named = namedObjects(statements, job);
  return columnMisses(statements, source(c)).map((miss) => notFound(miss, file, lines));
}

function notFound(miss: ColumnMiss, file: string, lines: LineIndex): Diagnostic {
  const { use, scope, item } = miss;
  const flink = missRefusal(miss, lines.text);
  const range = lines.range(file, flink.start, flink.end);
  if (miss.qualifier) return tableNotFound(miss, flink.message, range);
  const parts = use.ref.parts;
  const name = item ? parts[1]! : parts[0]!;
  const items = item ? [item] : scope.items;
  const known = items.map((f) => ({ f, cols: miss.columnsOf(f) ?? [] }));
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
  return error(
    'FO204',
    flink.message,
    `${where}.${hint} Correct the name, or add the column to the table it should come from; Flink's planner refuses the query ("${flink.message}").`,
    range,
  );
}

/** `x.c` where x is neither a FROM item nor a column: Calcite's "Table 'x' not found". */
function tableNotFound(miss: ColumnMiss, summary: string, range: SourceRange): Diagnostic {
  const { use, scope } = miss;
  const q = use.ref.parts[0]!;
  const names = scope.items.map((f) => f.alias).filter((x): x is string => x !== undefined);
  const guess = closest(q, names);
  const known = scope.items.map((f) => describeItem(f, miss.columnsOf(f) ?? []));
  return error(
    'FO204',
    summary,
    `\`${q}.${use.ref.parts.slice(1).join('.')}\` names \`${q}\`, which is neither a table (alias) of the FROM nor a column: the FROM reads ${known.join('; ')}.${guess ? ` Did you mean ${guess}?` : ''} Add the table to the FROM (a JOIN) or correct the name; Flink's planner refuses the query ("${summary}").`,
    range,
  );
}
