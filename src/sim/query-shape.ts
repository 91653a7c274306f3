/**
 * The relational shape of a Flink SQL query, read from its tokens: scans, filters and
 * projections, aggregates (grouped or windowed), joins (regular, interval, lookup, temporal),
 * ROW_NUMBER top-n / deduplication, OVER aggregates and UNION ALL. The simulator builds a job's
 * stream graph from it (job-graph.ts). Deliberately shallow: it reads the clauses that decide
 * which operators a job has, not expressions.
 */
import { LineIndex } from '../core/text';
import { isBuiltinFunction } from '../sql/keywords';
import { closingParen, isOp, isWord, lex, type Token } from '../sql/lexer';
import { AGGREGATE_FUNCTIONS, WINDOW_TVFS } from '../sql/query-words';

export type Rel =
  | { kind: 'scan'; table: string[] }
  | { kind: 'calc'; input: Rel; select: string; where?: string }
  | { kind: 'window'; input: Rel; fn: string; size: string }
  | {
      kind: 'agg';
      input: Rel;
      groupBy: string[];
      aggs: string[];
      window?: { fn: string; size: string };
      having?: string;
    }
  | { kind: 'join'; left: Rel; right: Rel; type: string; on: string; interval: boolean }
  | { kind: 'lookup'; input: Rel; table: string[]; type: string; on: string }
  | { kind: 'rank'; input: Rel; partitionBy: string; orderBy: string; end: number; dedup: boolean }
  | { kind: 'over'; input: Rel; partitionBy: string; orderBy: string; aggs: string[] }
  | { kind: 'union'; inputs: Rel[] }
  /** A process table function over one table argument (Flink 2.1+); `uid` names its state. */
  | { kind: 'ptf'; input: Rel; fn: string; uid?: string; partitionBy?: string };

/** Resolves a name read in FROM to a view's query text (undefined: a table). */
export type ViewQuery = (parts: string[]) => string | undefined;
/** A table's column names, in order (undefined: not known). */
export type TableColumns = (parts: string[]) => string[] | undefined;

const WINDOW_COLUMNS = new Set(['window_start', 'window_end', 'window_time']);
const JOIN_WORDS = new Set(['JOIN', 'LEFT', 'RIGHT', 'FULL', 'INNER', 'CROSS', 'NATURAL']);
const SELECT_CLAUSES = ['FROM', 'WHERE', 'GROUP', 'HAVING', 'WINDOW', 'ORDER', 'LIMIT'];

interface Parser {
  text: string;
  t: Token[];
  views: ViewQuery;
  columns: TableColumns;
  ctes: Map<string, Rel>;
  depth: number;
}

/** The query of an INSERT (`INSERT INTO t [(cols)] <query>`), or of a bare query. */
export function queryShape(text: string, views: ViewQuery, columns: TableColumns = () => undefined): Rel {
  return parseText(text, views, columns, new Map(), 0);
}

function parseText(
  text: string,
  views: ViewQuery,
  columns: TableColumns,
  ctes: Map<string, Rel>,
  depth: number,
): Rel {
  const t = lex(text, '<sim>', new LineIndex(text)).tokens.filter((x) => x.kind !== 'hint');
  const p: Parser = { text, t, views, columns, ctes: new Map(ctes), depth };
  let i = 0;
  if (isWord(t[0], 'INSERT')) {
    i = 1;
    while (i < t.length && !isWord(t[i], 'SELECT') && !isWord(t[i], 'WITH') && !isOp(t[i], '(')) i++;
    // INSERT INTO t (a, b) SELECT ...: skip the column list.
    if (isOp(t[i], '(') && !isWord(t[i + 1], 'SELECT') && !isWord(t[i + 1], 'WITH'))
      i = closingParen(t, i) + 1;
  } else if (isWord(t[0], 'CREATE') || isWord(t[0], 'REPLACE')) {
    // CREATE TABLE t [(...)] [WITH (...)] AS <query>
    i =
      topLevel(
        t,
        0,
        t.length,
        (x, k) =>
          isWord(x, 'AS') && (isWord(t[k + 1], 'SELECT') || isWord(t[k + 1], 'WITH') || isOp(t[k + 1], '(')),
      )[0] ?? t.length - 1;
    i++;
  }
  let end = t.length;
  if (isOp(t[end - 1], ';')) end--;
  return query(p, i, end);
}

/** Top-level positions in [from, to) where `match` holds. */
function topLevel(t: readonly Token[], from: number, to: number, match: (x: Token, i: number) => boolean) {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (isOp(t[i], '(')) {
      i = closingParen(t, i);
      continue;
    }
    if (match(t[i]!, i)) out.push(i);
  }
  return out;
}

function src(p: Parser, from: number, to: number): string {
  if (to <= from) return '';
  return p.text
    .slice(p.t[from]!.start, p.t[to - 1]!.end)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Column text as Flink prints it: no table qualifier, no backticks. */
function column(s: string): string {
  return s
    .replace(/`/g, '')
    .replace(/\b\w+\.(?=\w)/g, '')
    .trim();
}

function query(p: Parser, from: number, to: number): Rel {
  let i = from;
  if (isWord(p.t[i], 'WITH')) {
    i++;
    for (;;) {
      const name = p.t[i]!;
      i++;
      if (isOp(p.t[i], '(')) i = closingParen(p.t, i) + 1;
      if (isWord(p.t[i], 'AS')) i++;
      const end = closingParen(p.t, i);
      const rel = query(p, i + 1, end);
      p.ctes.set(name.value.toLowerCase(), rel);
      i = end + 1;
      if (!isOp(p.t[i], ',')) break;
      i++;
    }
  }
  const unions = topLevel(p.t, i, to, (x) => isWord(x, 'UNION'));
  if (unions.length > 0) {
    const bounds = [i, ...unions, to];
    const inputs: Rel[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      let a = bounds[k]!;
      if (k > 0) a += isWord(p.t[a + 1], 'ALL') || isWord(p.t[a + 1], 'DISTINCT') ? 2 : 1;
      inputs.push(single(p, a, bounds[k + 1]!));
    }
    return { kind: 'union', inputs };
  }
  return single(p, i, to);
}

/** One SELECT (or a parenthesised query). */
function single(p: Parser, from: number, to: number): Rel {
  if (isOp(p.t[from], '(') && closingParen(p.t, from) === to - 1) return query(p, from + 1, to - 1);
  if (!isWord(p.t[from], 'SELECT')) return { kind: 'scan', table: ['values'] };
  const at = new Map<string, number>();
  for (const k of topLevel(p.t, from, to, (x) => x.kind === 'word' && SELECT_CLAUSES.includes(x.value))) {
    if (!at.has(p.t[k]!.value)) at.set(p.t[k]!.value, k);
  }
  const endOf = (k: number) => Math.min(...[...at.values(), to].filter((v) => v > k));
  let itemsFrom = from + 1;
  const distinct = isWord(p.t[itemsFrom], 'DISTINCT');
  if (distinct || isWord(p.t[itemsFrom], 'ALL')) itemsFrom++;
  const fromAt = at.get('FROM');
  const itemsTo = fromAt ?? endOf(from);
  const items = split(p, itemsFrom, itemsTo);
  if (fromAt === undefined) return { kind: 'scan', table: ['values'] };
  const input = fromClause(p, fromAt + 1, endOf(fromAt));
  const whereAt = at.get('WHERE');
  const where = whereAt !== undefined ? src(p, whereAt + 1, endOf(whereAt)) : undefined;
  const groupAt = at.get('GROUP');
  const groupBy =
    groupAt !== undefined ? split(p, groupAt + 2, endOf(groupAt)).map((g) => column(src(p, g[0], g[1]))) : [];
  const havingAt = at.get('HAVING');
  const having = havingAt !== undefined ? src(p, havingAt + 1, endOf(havingAt)) : undefined;

  const texts = items.map(([a, b]) => src(p, a, b));
  // `SELECT *`, or every column of the table in order: Flink needs no projection.
  const all = input.kind === 'scan' ? p.columns(input.table) : undefined;
  const star =
    texts.every((x) => /^(?:\w+\.)?\*$/.test(x)) ||
    // A PTF's own columns (partition keys, then its output): the planner selects them in the PTF.
    (input.kind === 'ptf' && texts.every((x) => /^[\w`]+$/.test(x))) ||
    (all !== undefined &&
      all.length === texts.length &&
      all.every((c, k) => c.toLowerCase() === column(texts[k]!).toLowerCase()));
  const rowNumber = items.findIndex(([a]) => isWord(p.t[a], 'ROW_NUMBER'));
  const aggs = items.filter(([a, b]) => aggregateCall(p, a, b)).map(([a, b]) => aggSignature(p, a, b));
  const overs = items.filter(([a, b]) => topLevel(p.t, a, b, (x) => isWord(x, 'OVER')).length > 0);

  // A ROW_NUMBER subquery filtered on its number: Rank, or Deduplicate when it keeps one row.
  if (
    input.kind === 'over' &&
    input.aggs[0] === 'ROW_NUMBER' &&
    where &&
    /\b\w+\s*(<=|<|=)\s*(\d+)/.test(where)
  ) {
    const m = /\b\w+\s*(<=|<|=)\s*(\d+)/.exec(where)!;
    const n = Number(m[2]) - (m[1] === '<' ? 1 : 0);
    return {
      kind: 'rank',
      input: input.input,
      partitionBy: input.partitionBy,
      orderBy: input.orderBy,
      end: n,
      dedup: n === 1,
    };
  }
  let rel: Rel = input;
  const needsCalc = where !== undefined || !star;
  const joined = input.kind === 'join' || input.kind === 'lookup';
  if (groupBy.length > 0 || aggs.length > 0 || distinct) {
    const window = findWindow(input);
    const keys = distinct && groupBy.length === 0 ? texts.map(column) : groupBy;
    if (needsCalc && !joined)
      rel = { kind: 'calc', input: rel, select: texts.join(', '), ...(where ? { where } : {}) };
    rel = {
      kind: 'agg',
      input: rel,
      groupBy: window ? keys.filter((k) => !WINDOW_COLUMNS.has(k.toLowerCase())) : keys,
      aggs,
      ...(window ? { window } : {}),
      ...(having ? { having } : {}),
    };
    return rel;
  }
  if (rowNumber >= 0 || overs.length > 0) {
    const [a, b] = items[rowNumber >= 0 ? rowNumber : items.indexOf(overs[0]!)]!;
    const spec = overSpec(p, a, b);
    if (where !== undefined && !joined) rel = { kind: 'calc', input: rel, select: '*', where };
    return {
      kind: 'over',
      input: rel,
      ...spec,
      aggs: rowNumber >= 0 ? ['ROW_NUMBER'] : overs.map(([x, y]) => aggSignature(p, x, y)),
    };
  }
  if (needsCalc) {
    // Joins and rank already come with their projection.
    if (rel.kind === 'rank' && where === undefined) return rel;
    return { kind: 'calc', input: rel, select: texts.join(', '), ...(where ? { where } : {}) };
  }
  return rel;
}

function findWindow(r: Rel): { fn: string; size: string } | undefined {
  if (r.kind === 'window') return { fn: r.fn, size: r.size };
  if (r.kind === 'calc') return findWindow(r.input);
  return undefined;
}

/** Top-level comma-separated ranges of [from, to). */
function split(p: Parser, from: number, to: number): [number, number][] {
  const commas = topLevel(p.t, from, to, (x) => isOp(x, ','));
  const bounds = [from - 1, ...commas, to];
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (bounds[k]! + 1 < bounds[k + 1]!) out.push([bounds[k]! + 1, bounds[k + 1]!]);
  }
  return out;
}

function aggregateCall(p: Parser, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const x = p.t[i]!;
    if (x.kind === 'word' && AGGREGATE_FUNCTIONS.has(x.value) && isOp(p.t[i + 1], '(')) {
      const end = closingParen(p.t, i + 1);
      if (!isWord(p.t[end + 1], 'OVER')) return true;
      i = end;
    }
  }
  return false;
}

/**
 * What an aggregate keeps: the function, DISTINCT, its argument when a plain column (an
 * expression is computed before the aggregate as `$f<n>`), FILTER. Aliases and literals of
 * expressions are not state.
 */
function aggSignature(p: Parser, a: number, b: number): string {
  const out: string[] = [];
  for (let i = a; i < b; i++) {
    const x = p.t[i]!;
    if (
      x.kind !== 'word' ||
      !(AGGREGATE_FUNCTIONS.has(x.value) || x.value === 'ROW_NUMBER') ||
      !isOp(p.t[i + 1], '(')
    )
      continue;
    const end = closingParen(p.t, i + 1);
    let argFrom = i + 2;
    const distinct = isWord(p.t[argFrom], 'DISTINCT');
    if (distinct) argFrom++;
    const arg = src(p, argFrom, end);
    const plain = /^[\w.`]+$|^\*$/.test(arg) ? column(arg) : '$f';
    const filter = isWord(p.t[end + 1], 'FILTER') ? ' FILTER $f' : '';
    out.push(`${x.value}(${distinct ? 'DISTINCT ' : ''}${plain})${filter}`);
    i = end;
  }
  return out.join(', ');
}

function overSpec(p: Parser, a: number, b: number): { partitionBy: string; orderBy: string } {
  const over = topLevel(p.t, a, b, (x) => isWord(x, 'OVER'))[0] ?? a;
  const open = over + 1;
  const end = isOp(p.t[open], '(') ? closingParen(p.t, open) : open;
  const inner = src(p, open + 1, end);
  const part = /PARTITION\s+BY\s+(.+?)(?=\s+ORDER\s+BY|\s+ROWS\s|\s+RANGE\s|$)/i.exec(inner)?.[1] ?? '';
  const order = /ORDER\s+BY\s+(.+?)(?=\s+ROWS\s|\s+RANGE\s|$)/i.exec(inner)?.[1] ?? '';
  return { partitionBy: column(part), orderBy: column(order) };
}

function fromClause(p: Parser, from: number, to: number): Rel {
  // Comma-separated FROM items join (a LATERAL TABLE item is a correlate: a projection).
  const items = split(p, from, to);
  let rel = joins(p, items[0]![0], items[0]![1]);
  for (const [a, b] of items.slice(1)) {
    if (isWord(p.t[a], 'LATERAL')) {
      rel = { kind: 'calc', input: rel, select: src(p, a, b) };
      continue;
    }
    rel = { kind: 'join', left: rel, right: joins(p, a, b), type: 'InnerJoin', on: '', interval: false };
  }
  return rel;
}

function joins(p: Parser, from: number, to: number): Rel {
  const at = topLevel(p.t, from, to, (x, i) => isWord(x, 'JOIN') && !isWord(p.t[i - 1], 'JOIN'));
  if (at.length === 0) return factor(p, from, to).rel;
  // Start of each join's keyword run (LEFT OUTER JOIN ...).
  const starts = at.map((j) => {
    let s = j;
    while (
      s - 1 > from &&
      p.t[s - 1]!.kind === 'word' &&
      (JOIN_WORDS.has(p.t[s - 1]!.value) || isWord(p.t[s - 1], 'OUTER'))
    )
      s--;
    return s;
  });
  let rel = factor(p, from, starts[0]!).rel;
  for (let k = 0; k < at.length; k++) {
    const words = p.t.slice(starts[k], at[k]).map((x) => x.value);
    const type = words.includes('LEFT')
      ? 'LeftOuterJoin'
      : words.includes('RIGHT')
        ? 'RightOuterJoin'
        : words.includes('FULL')
          ? 'FullOuterJoin'
          : 'InnerJoin';
    const end = starts[k + 1] ?? to;
    const on = topLevel(p.t, at[k]! + 1, end, (x) => isWord(x, 'ON') || isWord(x, 'USING'))[0] ?? end;
    const right = factor(p, at[k]! + 1, on);
    const cond = on < end ? src(p, on + 1, end) : '';
    if (right.temporal) {
      rel = { kind: 'lookup', input: rel, table: right.table ?? [], type, on: column(cond) };
      continue;
    }
    // Time bounds between both sides: an interval join.
    const interval = /\bBETWEEN\b[\s\S]*\bINTERVAL\b|\bINTERVAL\b/i.test(cond);
    rel = { kind: 'join', left: rel, right: right.rel, type, on: column(cond), interval };
  }
  return rel;
}

interface CallArg {
  name?: string;
  from: number;
  to: number;
}

/** The arguments of the call whose `(` is at `open`: by position, or by name in any order. */
function callArgs(p: Parser, open: number): CallArg[] {
  const t = p.t;
  return split(p, open + 1, closingParen(t, open)).map(([x, y]) => {
    const named = (t[x]?.kind === 'word' || t[x]?.kind === 'quoted') && isOp(t[x + 1], '=>');
    const name = named
      ? t[x]!.kind === 'word'
        ? p.text.slice(t[x]!.start, t[x]!.end)
        : t[x]!.value
      : undefined;
    return { ...(name ? { name: name.toUpperCase() } : {}), from: named ? x + 2 : x, to: y };
  });
}

/**
 * A user function called with a table argument (`TABLE t [PARTITION BY k]`, `(SELECT …) PARTITION
 * BY k`): a process table function. Partitioned (set semantics), Flink keys it by the partition
 * columns and names its state by the `uid` argument, else by the function's name; unpartitioned
 * (row semantics) without a uid, it has none.
 */
function processTableFunction(p: Parser, fn: Token, args: CallArg[]): Rel | undefined {
  const t = p.t;
  if (fn.kind !== 'word' || isBuiltinFunction(fn.value)) return undefined;
  const table = args.find(
    (x) =>
      (isWord(t[x.from], 'TABLE') && !isOp(t[x.from + 1], '(')) ||
      (isOp(t[x.from], '(') && isWord(t[closingParen(t, x.from) + 1], 'PARTITION')),
  );
  if (!table) return undefined;
  const partitionAt = topLevel(
    t,
    table.from,
    table.to,
    (x, k) => isWord(x, 'PARTITION') && isWord(t[k + 1], 'BY'),
  )[0];
  const orderAt = topLevel(
    t,
    table.from,
    table.to,
    (x, k) => isWord(x, 'ORDER') && isWord(t[k + 1], 'BY'),
  )[0];
  const inputEnd = partitionAt ?? orderAt ?? table.to;
  const input = isWord(t[table.from], 'TABLE')
    ? factor(p, table.from + 1, inputEnd).rel
    : query(p, table.from + 1, closingParen(t, table.from));
  const partitionBy =
    partitionAt === undefined
      ? undefined
      : src(p, partitionAt + 2, orderAt ?? table.to)
          .replace(/^\(|\)$/g, '')
          .trim();
  const uidArg = args.find((x) => x.name === 'UID');
  const name = p.text.slice(fn.start, fn.end).toLowerCase();
  const uid =
    uidArg && t[uidArg.from]?.kind === 'string' ? t[uidArg.from]!.value : partitionBy ? name : undefined;
  return { kind: 'ptf', input, fn: name, ...(uid ? { uid } : {}), ...(partitionBy ? { partitionBy } : {}) };
}

/** A table reference, a subquery, a window TVF or a view, with its alias skipped. */
function factor(p: Parser, from: number, to: number): { rel: Rel; temporal?: boolean; table?: string[] } {
  const t = p.t;
  if (isWord(t[from], 'LATERAL')) return { rel: { kind: 'scan', table: ['values'] } };
  if (isOp(t[from], '(')) return { rel: query(p, from + 1, closingParen(t, from)) };
  if (isWord(t[from], 'TABLE') && isOp(t[from + 1], '(')) {
    const fn = t[from + 2]!;
    const open = from + 3;
    const end = closingParen(t, open);
    // Arguments by position, or by name in any order (`DATA => TABLE t, TIMECOL => …, SIZE => …`).
    const args = callArgs(p, open);
    if (!WINDOW_TVFS.has(fn.value)) {
      const ptf = processTableFunction(p, fn, args);
      if (ptf) return { rel: ptf };
    }
    const data = args.find((x) => x.name === 'DATA') ?? args[0];
    const [a, b] = data ? [data.from, data.to] : [open + 1, end];
    const input = isWord(t[a], 'TABLE') ? factor(p, a + 1, b).rel : factor(p, a, b).rel;
    if (!WINDOW_TVFS.has(fn.value)) return { rel: input };
    const intervals = args
      .filter((x, i) => (x.name === undefined ? i >= 2 : x.name !== 'DATA' && x.name !== 'TIMECOL'))
      .map((x) => src(p, x.from, x.to))
      .join(', ');
    return { rel: { kind: 'window', input, fn: fn.value, size: intervals } };
  }
  if ((t[from]?.kind === 'word' || t[from]?.kind === 'quoted') && isOp(t[from + 1], '(')) {
    // FROM f(input => TABLE t PARTITION BY k, uid => '…'): a table function without TABLE(...) (2.0+).
    const ptf = processTableFunction(p, t[from]!, callArgs(p, from + 1));
    if (ptf) return { rel: ptf };
  }
  const parts: string[] = [];
  let i = from;
  while (i < to && (t[i]!.kind === 'word' || t[i]!.kind === 'quoted')) {
    parts.push(t[i]!.kind === 'word' ? p.text.slice(t[i]!.start, t[i]!.end) : t[i]!.value);
    if (!isOp(t[i + 1], '.')) break;
    i += 2;
  }
  const temporal =
    topLevel(t, from, to, (x, k) => isWord(x, 'FOR') && isWord(t[k + 1], 'SYSTEM_TIME')).length > 0;
  const cte = parts.length === 1 ? p.ctes.get(parts[0]!.toLowerCase()) : undefined;
  if (cte) return { rel: cte };
  const view = p.depth < 8 ? p.views(parts) : undefined;
  if (view !== undefined && !temporal)
    return { rel: parseText(view, p.views, p.columns, p.ctes, p.depth + 1) };
  return { rel: { kind: 'scan', table: parts }, temporal, table: parts };
}
