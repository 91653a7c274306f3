/**
 * Expressions, by precedence: OR < AND < NOT < predicates (comparison, IS, BETWEEN,
 * LIKE / SIMILAR TO, IN, MEMBER OF, OVERLAPS) < `||` `+` `-` < `*` `/` `%` < unary sign <
 * postfix (`[i]`, `.field`) < primaries (query-primary.ts).
 */
import { matchingBracket } from './lexer';
import { callArgs } from './query-call';
import type { QueryParser } from './query-parser';
import { primary } from './query-primary';
import { atParenQuery, query } from './query-select';

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

export function expr(p: QueryParser): void {
  andExpr(p);
  while (p.eat('OR')) andExpr(p);
}

export function exprList(p: QueryParser): void {
  do expr(p);
  while (p.eatOp(','));
}

function andExpr(p: QueryParser): void {
  notExpr(p);
  while (p.eat('AND')) notExpr(p);
}

function notExpr(p: QueryParser): void {
  p.want('an expression');
  while (p.eat('NOT'));
  predicate(p);
}

function predicate(p: QueryParser): void {
  additive(p);
  for (;;) {
    const t = p.peek();
    if (t === undefined) return;
    if (t.kind === 'op' && COMPARISONS.has(t.value)) {
      if (t.value === '!=')
        p.fail(
          '`!=` is not Flink SQL',
          'Write `<>` for "not equal": Flink\'s SQL conformance does not allow `!=`.',
        );
      p.i++;
      if ((p.at('ANY') || p.at('SOME') || p.at('ALL')) && p.peek(1)?.value === '(') {
        p.i += 2;
        if (atSubquery(p)) query(p);
        else exprList(p);
        p.expectOp(')');
      } else additive(p);
      continue;
    }
    if (t.kind !== 'word') {
      p.atOp('='); // so that an error here lists an operator among the expected tokens
      return;
    }
    if (p.eat('IS')) {
      p.eat('NOT');
      if (p.eat('DISTINCT')) {
        p.expect('FROM');
        additive(p);
      } else if (p.eat('JSON')) {
        if (!p.eat('VALUE') && !p.eat('OBJECT') && !p.eat('ARRAY')) p.eat('SCALAR');
      } else if (!p.eat('NULL') && !p.eat('TRUE') && !p.eat('FALSE') && !p.eat('UNKNOWN')) p.stop();
      continue;
    }
    // The period predicate, between two `(start, end)` rows or PERIOD constructors.
    if (p.eat('OVERLAPS')) {
      additive(p);
      continue;
    }
    const negated = p.at('NOT');
    if (negated) p.i++;
    if (p.eat('BETWEEN')) {
      if (!p.eat('SYMMETRIC')) p.eat('ASYMMETRIC');
      additive(p);
      p.expect('AND');
      additive(p);
    } else if (p.eat('LIKE') || p.eat('ILIKE') || p.eat('RLIKE')) {
      additive(p);
      if (p.eat('ESCAPE')) additive(p);
    } else if (p.eat('SIMILAR')) {
      p.expect('TO');
      additive(p);
      if (p.eat('ESCAPE')) additive(p);
    } else if (p.eat('IN')) {
      p.expectOp('(');
      if (atSubquery(p)) query(p);
      else exprList(p);
      p.expectOp(')');
    } else if (p.eat('MEMBER') || p.eat('SUBMULTISET')) {
      p.expect('OF');
      additive(p);
    } else if (negated) {
      p.stop();
    } else return;
  }
}

/** Words that continue a parenthesised query as a query (set operators, ORDER BY and the like). */
const QUERY_GOES_ON = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'MINUS', 'ORDER', 'LIMIT', 'OFFSET', 'FETCH']);

/**
 * A query directly inside the parenthesis just consumed (`IN (SELECT ...)`, `EXISTS (WITH ...)`,
 * `IN ((SELECT ...) UNION ...)`). `IN ((SELECT 1), 2)` is not one: there the parenthesised query
 * is a scalar subquery, the first of a list of expressions.
 */
export function atSubquery(p: QueryParser): boolean {
  const t = p.peek();
  if (t === undefined) return false;
  if (t.kind === 'word') return t.value === 'SELECT' || t.value === 'WITH' || t.value === 'VALUES';
  if (!atParenQuery(p)) return false;
  const close = matchingBracket(p.toks, p.i, p.end);
  if (close >= p.end) return true;
  const after = p.toks[close]!;
  if (after.kind === 'op') return after.value === ')';
  return after.kind === 'word' && QUERY_GOES_ON.has(after.value);
}

/** An operand of a predicate: arithmetic and concatenation, but no comparison, IN or LIKE. */
export function additive(p: QueryParser): void {
  multiplicative(p);
  for (;;) {
    const t = p.peek();
    if (t?.kind === 'op' && (t.value === '+' || t.value === '-' || t.value === '||')) {
      p.i++;
      multiplicative(p);
    } else return;
  }
}

function multiplicative(p: QueryParser): void {
  unary(p);
  for (;;) {
    const t = p.peek();
    if (t?.kind === 'op' && (t.value === '*' || t.value === '/' || t.value === '%')) {
      p.i++;
      unary(p);
    } else return;
  }
}

export function unary(p: QueryParser): void {
  const t = p.peek();
  if (t?.kind === 'op' && (t.value === '-' || t.value === '+')) {
    p.i++;
    unary(p);
    return;
  }
  primary(p);
  for (;;) {
    if (p.eatOp('[')) {
      expr(p);
      p.expectOp(']');
    } else if (p.atOp('.') && p.isIdentAt(1)) {
      p.i += 2;
      if (p.atOp('(')) callArgs(p, 'METHOD');
    } else return;
  }
}
