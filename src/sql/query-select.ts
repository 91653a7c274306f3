/**
 * Queries: WITH, set operations, SELECT with its clauses, VALUES, TABLE t, ORDER BY,
 * LIMIT / OFFSET / FETCH, GROUP BY with GROUPING SETS / ROLLUP / CUBE, WINDOW and
 * window specifications (shared with OVER).
 */
import { isName, matchingBracket, nameOf, type Token } from './lexer';
import { expr, exprList } from './query-expr';
import { fromClause } from './query-from';
import { selectHint } from './query-hints';
import type { QueryParser } from './query-parser';
import { NILADIC } from './query-words';
import type { QueryBranch, QueryItem, QueryScope, SelectScope } from './types';

/** A full query: [WITH ...] term (set-op term)* [ORDER BY] [LIMIT/OFFSET/FETCH]. */
export function query(p: QueryParser): void {
  p.level++;
  const outerQuery = p.curQuery;
  const q: QueryScope | undefined = p.refs.scopes ? { branches: [] } : undefined;
  p.curQuery = q;
  if (p.eat('WITH')) withList(p);
  queryTerm(p);
  for (;;) {
    if (p.at('MINUS'))
      p.fail(
        'MINUS is not Flink SQL',
        "Write EXCEPT: Flink's SQL conformance does not allow MINUS for the difference of two queries.",
      );
    if (p.eat('UNION') || p.eat('INTERSECT') || p.eat('EXCEPT')) {
      if (!p.eat('ALL')) p.eat('DISTINCT');
      queryTerm(p);
    } else break;
  }
  if (q) {
    // ORDER BY names the columns of the query's one SELECT, or its output (aliases too).
    const outer = p.scope;
    const clause = p.clause;
    const only = q.branches.length === 1 && !q.lost ? q.branches[0] : undefined;
    if (only) {
      p.scope = only;
      p.clause = 'order';
      orderAndLimit(p);
    } else p.opaque(() => orderAndLimit(p));
    p.scope = outer;
    p.clause = clause;
    p.curQuery = outerQuery;
    p.lastQuery = q;
    if (p.level === 1) p.refs.query = q;
  } else orderAndLimit(p);
  p.level--;
}

function withList(p: QueryParser): void {
  // Flink 2.0's parser rejects RECURSIVE and 2.2's takes it; 2.1 was not checked.
  if (p.at('RECURSIVE')) p.needs('2.1', 'WITH RECURSIVE');
  p.eat('RECURSIVE');
  do {
    const name = nameOf(p.ctx.text, p.ident());
    p.ctes.add(name);
    const names = p.atOp('(') ? p.names() : undefined;
    p.expect('AS');
    p.expectOp('(');
    query(p);
    p.expectOp(')');
    if (p.refs.scopes && p.lastQuery)
      p.withQueries.set(name, names ? { ...p.lastQuery, names } : p.lastQuery);
  } while (p.eatOp(','));
}

/** Does a query (not an expression) start here? */
export function atQuery(p: QueryParser, k = 0): boolean {
  const t = p.peek(k);
  if (t === undefined || t.kind !== 'word') return false;
  return t.value === 'SELECT' || t.value === 'WITH' || t.value === 'VALUES' || t.value === 'TABLE';
}

/** Does a parenthesised query start here: `(` followed by a query, through nested parentheses? */
export function atParenQuery(p: QueryParser): boolean {
  let k = 0;
  while (p.peek(k)?.kind === 'op' && p.peek(k)!.value === '(') k++;
  return k > 0 && atQuery(p, k);
}

function queryTerm(p: QueryParser): void {
  if (p.at('SELECT')) {
    select(p);
    return;
  }
  if (p.curQuery) p.curQuery.lost = true;
  if (p.at('VALUES')) {
    const at = ++p.i;
    values(p);
    // The top-level query of a CREATE TABLE ... AS: VALUES names its output as Flink does.
    if (p.level === 1 && p.refs.shape) {
      const names = valuesNames(p, at, p.i);
      if (names) p.refs.shape.branches.push({ items: names.map(() => ({})), from: [] });
      else p.shapeLost = true;
    }
    return;
  }
  // TABLE t, (query): no select list names the top-level query's output.
  if (p.level === 1) p.shapeLost = true;
  if (p.at('TABLE') && !p.atAhead(1, '(')) {
    p.i++;
    p.read(p.compoundName());
  } else if (p.atOp('(')) {
    p.i++;
    query(p);
    p.expectOp(')');
  } else p.stop();
}

/**
 * The names Flink gives the columns of a VALUES whose rows are the tokens `from`..`to`: `EXPR$<i>`
 * for a row's i-th value (SqlValidatorImpl.getTableConstructorRowType names each value
 * SqlValidatorUtil.alias(value, i), and a literal or a call has no name of its own). Undefined
 * unless every row is `(…)` or `ROW(…)` of one width, and no value is a bare name.
 */
export function valuesNames(p: QueryParser, from: number, to: number): string[] | undefined {
  let width: number | undefined;
  let depth = 0;
  let values = 0;
  let item = 0;
  // A value of one token that is a name (not TRUE, NULL, CURRENT_TIMESTAMP): named by Calcite.
  const named = (end: number) => {
    const t = p.toks[item]!;
    return end - item === 1 && (t.kind === 'quoted' || (t.kind === 'word' && !NILADIC.has(t.value)));
  };
  for (let k = from; k < to; k++) {
    const t = p.toks[k]!;
    const op = t.kind === 'op' ? t.value : undefined;
    if (depth === 0) {
      if (op === ',' || (t.kind === 'word' && t.value === 'ROW' && p.toks[k + 1]?.value === '(')) continue;
      if (op !== '(') return undefined;
      depth = 1;
      values = 1;
      item = k + 1;
    } else if (op === '(' || op === '[') depth++;
    else if (op === ')' || op === ']') {
      if (--depth > 0) continue;
      if (named(k) || (width !== undefined && width !== values)) return undefined;
      width = values;
    } else if (op === ',' && depth === 1) {
      if (named(k)) return undefined;
      values++;
      item = k + 1;
    }
  }
  return width === undefined || depth !== 0
    ? undefined
    : Array.from({ length: width }, (_, i) => `EXPR$${i}`);
}

function values(p: QueryParser): void {
  do valuesRow(p);
  while (p.eatOp(','));
}

/**
 * A row of VALUES: an expression, or `[ROW] (item, ...)` whose items may be DEFAULT (the column's
 * default, as Calcite's ParenthesizedQueryOrCommaListWithDefault takes it).
 */
function valuesRow(p: QueryParser): void {
  const open = p.atOp('(') ? 0 : p.at('ROW') && p.peek(1)?.kind === 'op' && p.peek(1)?.value === '(' ? 1 : -1;
  if (open < 0 || !defaultInRow(p, p.i + open)) {
    expr(p);
    return;
  }
  p.i += open + 1;
  do if (!p.eat('DEFAULT')) expr(p);
  while (p.eatOp(','));
  p.expectOp(')');
}

/** Whether the parenthesised row opening at token `open` holds DEFAULT as one of its items. */
function defaultInRow(p: QueryParser, open: number): boolean {
  let depth = 0;
  for (let k = open; k < p.end; k++) {
    const t = p.toks[k]!;
    if (t.kind === 'op' && (t.value === '(' || t.value === '[')) depth++;
    else if (t.kind === 'op' && (t.value === ')' || t.value === ']')) {
      if (--depth === 0) return false;
    } else if (depth === 1 && t.kind === 'word' && t.value === 'DEFAULT') return true;
  }
  return false;
}

function select(p: QueryParser): void {
  p.expect('SELECT');
  while (p.peek()?.kind === 'hint') selectHint(p, p.toks[p.i++]!);
  p.eat('STREAM');
  if (!p.eat('DISTINCT')) p.eat('ALL');
  // The top-level query of a CREATE TABLE ... AS: what names its output (TableDef.queryShape).
  const branch: QueryBranch | undefined = p.level === 1 && p.refs.shape ? { items: [], from: [] } : undefined;
  if (branch) p.refs.shape!.branches.push(branch);
  const outerScope = p.scope;
  const outerClause = p.clause;
  let scope: SelectScope | undefined;
  if (p.refs.scopes) {
    scope = { items: [], uses: [], select: [] };
    if (outerScope) scope.parent = outerScope;
    p.refs.scopes.push(scope);
    p.curQuery?.branches.push(scope);
    p.scope = scope;
    p.clause = 'select';
  }
  do selectItem(p, branch, scope);
  while (p.eatOp(','));
  p.clause = 'other';
  selectRest(p, branch);
  p.scope = outerScope;
  p.clause = outerClause;
}

function selectRest(p: QueryParser, branch: QueryBranch | undefined): void {
  // Without FROM, Flink's grammar allows no WHERE, GROUP BY, HAVING, WINDOW or QUALIFY.
  const outer = p.fromOf;
  p.fromOf = branch;
  if (!p.eat('FROM')) {
    p.fromOf = outer;
    return;
  }
  fromClause(p);
  p.fromOf = outer;
  p.clause = 'where';
  if (p.eat('WHERE')) expr(p);
  p.clause = 'group';
  if (p.at('GROUP') && p.atAhead(1, 'BY')) {
    p.i += 2;
    groupBy(p);
  } else if (p.eat('GROUP')) p.expect('BY');
  p.clause = 'having';
  if (p.eat('HAVING')) expr(p);
  p.clause = 'other';
  if (p.eat('WINDOW')) {
    do {
      p.ident();
      p.expect('AS');
      windowSpec(p);
    } while (p.eatOp(','));
  }
  if (p.since('2.0') && p.eat('QUALIFY')) expr(p);
}

function selectItem(p: QueryParser, branch: QueryBranch | undefined, scope: SelectScope | undefined): void {
  const from = p.i;
  const star = p.eatOp('*');
  if (!star) expr(p);
  const to = p.i;
  const as = alias(p);
  if (!branch && !scope) return;
  const item: QueryItem = {};
  branch?.items.push(item);
  scope?.select.push(item);
  if (as) item.as = nameOf(p.ctx.text, as);
  else if (star) item.star = [];
  else {
    // Calcite's parser keeps no parentheses: `(t.c)` is the column reference `t.c`.
    let [a, b] = [from, to];
    while (
      b - a > 2 &&
      p.toks[a]!.kind === 'op' &&
      p.toks[a]!.value === '(' &&
      matchingBracket(p.toks, a, b) === b
    ) {
      a++;
      b--;
    }
    // A value word (TRUE, NULL, CURRENT_TIMESTAMP) is a call or a literal, not a column.
    const t0 = p.toks[a]!;
    if (b - a === 1 && t0.kind === 'word' && NILADIC.has(t0.value)) return;
    // `c`, `t.c`, `t.*`: names and dots only.
    const parts: string[] = [];
    for (let k = a; k < b; k += 2) {
      const t = p.toks[k]!;
      const dot = p.toks[k + 1];
      if (k + 1 < b && (dot?.kind !== 'op' || dot.value !== '.')) return;
      if (t.kind === 'op' && t.value === '*' && k + 1 === b && parts.length > 0) {
        item.star = parts;
        return;
      }
      if (!isName(t)) return;
      parts.push(nameOf(p.ctx.text, t));
    }
    if ((b - a) % 2 === 1) item.column = parts;
  }
}

/** `[AS] alias` after a select item: the alias's token, if any. */
export function alias(p: QueryParser): Token | undefined {
  if (p.eat('AS')) return p.ident();
  if (p.atIdent()) return p.toks[p.i++];
  return undefined;
}

function groupBy(p: QueryParser): void {
  if (!p.eat('DISTINCT')) p.eat('ALL');
  do groupingElement(p);
  while (p.eatOp(','));
}

function groupingElement(p: QueryParser): void {
  if (p.at('GROUPING') && p.atAhead(1, 'SETS')) {
    p.i += 2;
    p.expectOp('(');
    do groupingElement(p);
    while (p.eatOp(','));
    p.expectOp(')');
  } else if ((p.at('ROLLUP') || p.at('CUBE')) && p.peek(1)?.value === '(') {
    p.i += 2;
    do groupingElement(p);
    while (p.eatOp(','));
    p.expectOp(')');
  } else if (p.atOp('(') && p.peek(1)?.kind === 'op' && p.peek(1)!.value === ')') {
    p.i += 2;
  } else expr(p);
}

export function orderAndLimit(p: QueryParser): void {
  if (p.at('ORDER') && p.atAhead(1, 'BY')) {
    p.i += 2;
    orderList(p);
  } else if (p.eat('ORDER')) p.expect('BY');
  if (p.eat('LIMIT')) {
    if (!p.eat('ALL')) count(p);
  }
  if (p.eat('OFFSET')) {
    count(p);
    if (!p.eat('ROWS')) p.eat('ROW');
  }
  if (p.eat('FETCH')) {
    if (!p.eat('FIRST')) p.expect('NEXT');
    if (!p.at('ROW') && !p.at('ROWS')) count(p);
    if (!p.eat('ROWS')) p.expect('ROW');
    p.expect('ONLY');
  }
}

function count(p: QueryParser): void {
  const t = p.peek();
  if (t !== undefined && (t.kind === 'number' || (t.kind === 'op' && t.value === '?'))) p.i++;
  else {
    p.want('a number');
    p.stop();
  }
}

export function orderList(p: QueryParser): void {
  do orderItem(p);
  while (p.eatOp(','));
}

export function orderItem(p: QueryParser): void {
  expr(p);
  if (!p.eat('ASC')) p.eat('DESC');
  if (p.eat('NULLS')) {
    if (!p.eat('FIRST')) p.expect('LAST');
  }
}

/** `( [base] [PARTITION BY ...] [ORDER BY ...] [ROWS|RANGE frame] [ALLOW|DISALLOW PARTIAL] )` */
export function windowSpec(p: QueryParser): void {
  p.expectOp('(');
  if (p.atIdent() && !p.at('PARTITION') && !p.at('ORDER')) p.i++;
  if (p.at('PARTITION') && p.atAhead(1, 'BY')) {
    p.i += 2;
    exprList(p);
  } else if (p.eat('PARTITION')) p.expect('BY');
  if (p.at('ORDER') && p.atAhead(1, 'BY')) {
    p.i += 2;
    orderList(p);
  } else if (p.eat('ORDER')) p.expect('BY');
  if (p.eat('ROWS') || p.eat('RANGE')) {
    if (p.eat('BETWEEN')) {
      frameBound(p);
      p.expect('AND');
      frameBound(p);
    } else frameBound(p);
  }
  if (p.eat('ALLOW') || p.eat('DISALLOW')) p.expect('PARTIAL');
  p.expectOp(')');
}

function frameBound(p: QueryParser): void {
  if (p.eat('UNBOUNDED')) {
    if (!p.eat('PRECEDING')) p.expect('FOLLOWING');
  } else if (p.at('CURRENT') && p.atAhead(1, 'ROW')) {
    p.i += 2;
  } else {
    expr(p);
    if (!p.eat('PRECEDING')) p.expect('FOLLOWING');
  }
}
