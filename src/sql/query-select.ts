/**
 * Queries: WITH, set operations, SELECT with its clauses, TABLE t, GROUP BY with GROUPING
 * SETS / ROLLUP / CUBE. VALUES is in `query-values.ts`, ORDER BY and LIMIT / OFFSET / FETCH
 * in `query-order.ts`, window specifications (WINDOW, shared with OVER) in `query-window-spec.ts`.
 */

import { isName, matchingBracket, nameOf, type Token } from './lexer';
import { expr } from './query-expr';
import { fromClause } from './query-from';
import { selectHint } from './query-hints';
import { orderAndLimit } from './query-order';
import type { QueryParser } from './query-parser';
import { values, valuesNames } from './query-values';
import { windowSpec } from './query-window-spec';
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
