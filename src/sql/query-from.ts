/**
 * FROM: table references and joins of every kind — comma joins, [INNER|LEFT|RIGHT|FULL
 * [OUTER]|CROSS|NATURAL] JOIN ... ON / USING, temporal and lookup joins (`FOR
 * SYSTEM_TIME AS OF`), LATERAL TABLE(...), UNNEST, subqueries, parenthesised joins and
 * table hints. Each table read is recorded. Table functions (TABLE(window TVF ...)) are
 * in `query-table-function.ts`, MATCH_RECOGNIZE in `query-match-recognize.ts`.
 */

import { isName, matchingBracket, nameOf } from './lexer';
import { callArgs } from './query-call';
import { expr, exprList } from './query-expr';
import { checkHint, hintTableOptions } from './query-hints';
import { matchRecognize } from './query-match-recognize';
import type { QueryParser } from './query-parser';
import { atParenQuery, query } from './query-select';
import { bareTableFunction, tableFunction, windowOrUnknown } from './query-table-function';
import { valuesNames } from './query-values';
import type { FromItem, ObjectRef } from './types';

export function fromClause(p: QueryParser): void {
  tableRef(p);
  for (;;) {
    if (p.eatOp(',')) tableRef(p);
    else if (!join(p)) return;
  }
}

/** `[NATURAL] [INNER | LEFT | RIGHT | FULL [OUTER] | CROSS] JOIN t [ON ... | USING (...)]`; false when none starts here. */
function join(p: QueryParser): boolean {
  const natural = p.eat('NATURAL');
  let cross = false;
  if (p.eat('INNER')) {
    /* INNER JOIN */
  } else if (p.eat('LEFT') || p.eat('RIGHT') || p.eat('FULL')) p.eat('OUTER');
  else if (p.eat('CROSS')) cross = true;
  else if (!p.at('JOIN')) {
    if (natural) p.stop();
    return false;
  }
  p.expect('JOIN');
  tableRef(p);
  if (cross || natural) return true;
  if (p.eat('ON')) expr(p);
  else if (p.eat('USING')) p.nameList();
  return true;
}

/** Inside `( ... )` in FROM, Flink's grammar wants a join: `(t)` and `(a, b)` are errors. */
function parenthesizedJoin(p: QueryParser): void {
  const at = p.i;
  tableRef(p);
  let joined = false;
  while (join(p)) joined = true;
  if (!joined) {
    p.fail(
      'A parenthesised FROM item must be a query or a join',
      'Remove the parentheses around the table (or put a SELECT or a JOIN inside them): Flink expects a query or a join here.',
      at,
    );
  }
}

/** What may follow a parenthesised query inside a parenthesised query: `((SELECT 1) UNION ...)`. */
const QUERY_GOES_ON = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'MINUS', 'ORDER', 'LIMIT', 'OFFSET', 'FETCH']);

/**
 * At `(` opening a parenthesised join whose first item is a subquery or a table function, not a
 * parenthesised query: `((SELECT ...) AS x JOIN ...)`, `(TABLE(f(1)) AS t JOIN u ON ...)`.
 */
function atParenJoin(p: QueryParser): boolean {
  if (p.atAhead(1, 'TABLE') && p.peek(2)?.value === '(') return true;
  if (p.peek(1)?.kind !== 'op' || p.peek(1)!.value !== '(') return false;
  const after = p.peek(matchingBracket(p.toks, p.i + 1, p.end) - p.i);
  if (after === undefined || (after.kind === 'op' && after.value === ')')) return false;
  return !(after.kind === 'word' && QUERY_GOES_ON.has(after.value));
}

function tableRef(p: QueryParser): void {
  // The top-level SELECT's FROM (TableDef.queryShape): a table read, or another item.
  const branch = p.fromOf;
  if (branch) {
    const top = branch.from;
    p.fromOf = undefined;
    p.lastTable = undefined;
    const at = p.i;
    tableRefOf(p);
    p.fromOf = branch;
    // A plain table (`t`, `t AS x`, with hints or FOR SYSTEM_TIME AS OF): its reference; a renaming
    // alias `t AS x (a, b)`, MATCH_RECOGNIZE or any other item: columns that are not the table's.
    const ref = p.lastTable as ObjectRef | undefined;
    const last = p.toks[p.i - 1];
    const plain =
      ref !== undefined && p.toks[at]?.start === ref.start && !(last?.kind === 'op' && last.value === ')');
    if (!plain && p.toks[at + 1]?.kind === 'word' && p.toks[at + 1]!.value === 'VALUES') {
      const names = valuesItemNames(p, at, p.i);
      if (names) branch.valuesColumns = { ...branch.valuesColumns, [top.length]: names };
    }
    top.push(plain ? ref : undefined);
    return;
  }
  tableRefOf(p);
}

/**
 * The columns of the FROM item `( VALUES … ) [[AS] v [(a, b, …)]]` at tokens `from`..`to`: a
 * column list's names, else those Flink gives the values (`valuesNames`); undefined for any other
 * item (TABLESAMPLE after it, a column list of another width).
 */
function valuesItemNames(p: QueryParser, from: number, to: number): string[] | undefined {
  if (p.toks[from]?.kind !== 'op' || p.toks[from]!.value !== '(') return undefined;
  const close = matchingBracket(p.toks, from, to);
  const names = valuesNames(p, from + 2, close - 1);
  if (!names) return undefined;
  let k = close;
  if (p.toks[k]?.kind === 'word' && p.toks[k]!.value === 'AS') k++;
  if (k < to && isName(p.toks[k]!)) k++;
  if (k < to && p.toks[k]!.kind === 'op' && p.toks[k]!.value === '(') {
    const renamed: string[] = [];
    for (k++; k < to && isName(p.toks[k]!); k += 2) {
      renamed.push(nameOf(p.ctx.text, p.toks[k]!));
      const sep = p.toks[k + 1];
      if (sep?.kind === 'op' && sep.value === ')')
        return k + 2 === to && renamed.length === names.length ? renamed : undefined;
      if (sep?.kind !== 'op' || sep.value !== ',') return undefined;
    }
    return undefined;
  }
  return k === to ? names : undefined;
}

/** A FROM item read by name: a WITH query, or a table or view. */
export function namedItem(p: QueryParser, item: FromItem, ref: ObjectRef): void {
  const q = ref.parts.length === 1 ? p.withQueries.get(ref.name) : undefined;
  if (q) item.query = q;
  else item.table = ref;
  item.alias = ref.name;
}

function tableRefOf(p: QueryParser): void {
  const item = p.fromItem();
  const lateral = p.eat('LATERAL');
  if ((p.at('TABLE') || p.at('UNNEST')) && p.peek(1)?.value === '(') {
    const unnest = p.at('UNNEST');
    if (unnest && lateral) p.needs('2.0', 'LATERAL UNNEST');
    p.i += 2;
    if (item) {
      if (unnest) item.unknown = true;
      else windowOrUnknown(p, item);
      p.opaque(() => (unnest ? exprList(p) : tableFunction(p)));
    } else if (unnest) exprList(p);
    else tableFunction(p);
    p.expectOp(')');
    if (unnest && p.at('WITH') && p.atAhead(1, 'ORDINALITY')) p.i += 2;
  } else if (p.atOp('(')) {
    if (atParenQuery(p) && !atParenJoin(p)) {
      p.i++;
      // A subquery in FROM sees no column of the query around it, unless LATERAL.
      const outer = p.scope;
      if (!lateral) p.scope = undefined;
      query(p);
      p.scope = outer;
      p.expectOp(')');
      if (item) item.query = p.lastQuery;
    } else {
      if (lateral) p.stop();
      // The join's own items are the FROM's.
      if (item) p.scope!.items.pop();
      p.i++;
      parenthesizedJoin(p);
      p.expectOp(')');
      tableTail(p);
      return;
    }
  } else {
    if (lateral) p.stop();
    if (p.peek(1)?.value === '(' && p.peek()?.kind === 'word') {
      // A table function without TABLE(...): FROM TUMBLE(TABLE t, ...), FROM my_ptf(input => TABLE t).
      if (!p.since('2.0')) bareTableFunction(p);
      if (item) {
        windowOrUnknown(p, item);
        p.opaque(() => tableFunction(p));
      } else tableFunction(p);
      tableTail(p, undefined, item);
      return;
    }
    const ref = p.compoundName();
    if (p.atOp('(') && p.since('2.0')) {
      p.call(ref);
      if (item) {
        item.unknown = true;
        p.opaque(() => callArgs(p, ''));
      } else callArgs(p, '');
      tableTail(p, undefined, item);
      return;
    }
    if (item) namedItem(p, item, ref);
    while (p.peek()?.kind === 'hint') {
      const hint = p.toks[p.i++]!;
      checkHint(p, hint);
      const options = hintTableOptions(p.ctx, hint);
      if (options) ref.options = { ...ref.options, ...options };
    }
    if (p.at('FOR') && p.atAhead(1, 'SYSTEM_TIME')) {
      p.i += 2;
      p.expect('AS');
      p.expect('OF');
      expr(p);
      ref.temporal = true;
    }
    p.read(ref);
    p.lastTable = ref;
    tableTail(p, ref, item);
    return;
  }
  tableTail(p, undefined, item);
}

/**
 * MATCH_RECOGNIZE, `[AS] alias [(columns)]` and TABLESAMPLE after a table reference; the alias of
 * a table read (`ref`), as written, goes on its reference.
 */
function tableTail(p: QueryParser, ref?: ObjectRef, item?: FromItem): void {
  if (p.at('MATCH_RECOGNIZE')) {
    if (item) {
      item.unknown = true;
      p.opaque(() => matchRecognize(p));
    } else matchRecognize(p);
  }
  const as = p.eat('AS');
  if (as || p.atIdent()) {
    const name = p.peek();
    if (as) p.ident();
    else p.i++;
    if (ref && name && ref.alias === undefined) ref.alias = p.ctx.text.slice(name.start, name.end);
    if (item && name) item.alias = nameOf(p.ctx.text, name);
    if (p.atOp('(')) {
      if (item) item.names = p.names();
      else p.nameList();
    }
  }
  if (p.eat('TABLESAMPLE')) tableSample(p);
}

/**
 * After TABLESAMPLE: `SUBSTITUTE ('name')` or `BERNOULLI | SYSTEM (percentage) [REPEATABLE (seed)]`,
 * with literals only, as Calcite's grammar has it.
 */
function tableSample(p: QueryParser): void {
  if (p.eat('SUBSTITUTE')) {
    p.expectOp('(');
    literal(p, 'string', 'the sample name in quotes');
    p.expectOp(')');
    return;
  }
  if (!p.eat('BERNOULLI')) p.expect('SYSTEM');
  p.expectOp('(');
  literal(p, 'number', 'the sampling percentage (a number)');
  p.expectOp(')');
  if (p.eat('REPEATABLE')) {
    p.expectOp('(');
    if (!p.eatOp('-')) p.eatOp('+');
    const seed = p.peek();
    if (seed?.kind === 'number' && /^\d+$/.test(seed.value)) p.i++;
    else {
      p.want('the seed (a whole number)');
      p.stop();
    }
    p.expectOp(')');
  }
}

function literal(p: QueryParser, kind: 'string' | 'number', what: string): void {
  if (p.peek()?.kind === kind) p.i++;
  else {
    p.want(what);
    p.stop();
  }
}
