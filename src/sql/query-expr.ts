/**
 * Expressions, by precedence: OR < AND < NOT < predicates (comparison, IS, BETWEEN,
 * LIKE / SIMILAR TO, IN, MEMBER OF) < `||` `+` `-` < `*` `/` `%` < unary sign <
 * postfix (`[i]`, `.field`) < primaries (literals, names, calls, CASE, CAST, INTERVAL,
 * constructors, subqueries, the special forms of EXTRACT, TRIM, POSITION, ...).
 */
import { parseDataType } from './data-type';
import { isBuiltinFunction } from './keywords';
import { callArgs } from './query-call';
import type { QueryParser } from './query-parser';
import { cursorAt } from './query-parser';
import { atParenQuery, query } from './query-select';

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/** Words that never start a function call, though `(` may follow them in a statement. */
const NOT_CALLS = new Set([
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'BY',
  'JOIN',
  'ON',
  'AND',
  'OR',
  'NOT',
  'AS',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'MINUS',
  'IN',
  'IS',
  'LIKE',
  'BETWEEN',
  'USING',
  'OVER',
  'FILTER',
  'WITHIN',
  'VALUES',
  'WITH',
  'INTO',
  'SET',
  'LATERAL',
  'DISTINCT',
  'ALL',
  'PARTITION',
  'LIMIT',
  'OFFSET',
  'FETCH',
  'WINDOW',
  'QUALIFY',
  'INNER',
  'OUTER',
  'FULL',
  'CROSS',
  'NATURAL',
  'TABLE',
  'CASE',
  'CAST',
]);

/** Words that are values on their own (no parentheses). */
const NILADIC = new Set([
  'CURRENT_DATE',
  'CURRENT_TIME',
  'CURRENT_TIMESTAMP',
  'LOCALTIME',
  'LOCALTIMESTAMP',
  'CURRENT_USER',
  'SESSION_USER',
  'SYSTEM_USER',
  'USER',
  'CURRENT_ROLE',
  'CURRENT_PATH',
  'CURRENT_CATALOG',
  'CURRENT_SCHEMA',
  'TRUE',
  'FALSE',
  'NULL',
  'UNKNOWN',
]);

export const TIME_UNITS = new Set([
  'YEAR',
  'YEARS',
  'QUARTER',
  'QUARTERS',
  'MONTH',
  'MONTHS',
  'WEEK',
  'WEEKS',
  'DAY',
  'DAYS',
  'HOUR',
  'HOURS',
  'MINUTE',
  'MINUTES',
  'SECOND',
  'SECONDS',
  'MILLISECOND',
  'MILLISECONDS',
  'MICROSECOND',
  'MICROSECONDS',
  'NANOSECOND',
  'NANOSECONDS',
  'DOW',
  'DOY',
  'ISODOW',
  'ISOYEAR',
  'EPOCH',
  'DECADE',
  'CENTURY',
  'MILLENNIUM',
  'SQL_TSI_YEAR',
  'SQL_TSI_QUARTER',
  'SQL_TSI_MONTH',
  'SQL_TSI_WEEK',
  'SQL_TSI_DAY',
  'SQL_TSI_HOUR',
  'SQL_TSI_MINUTE',
  'SQL_TSI_SECOND',
  'SQL_TSI_MICROSECOND',
  'FRAC_SECOND',
]);

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

/** A query directly inside the parenthesis just consumed (`IN (SELECT ...)`, `EXISTS (WITH ...)`). */
function atSubquery(p: QueryParser): boolean {
  const t = p.peek();
  if (t === undefined) return false;
  if (t.kind === 'word') return t.value === 'SELECT' || t.value === 'WITH' || t.value === 'VALUES';
  return atParenQuery(p);
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

function unary(p: QueryParser): void {
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

/** The expression a TIMESTAMPADD / EXTRACT / FLOOR ... TO unit names. */
export function timeUnit(p: QueryParser): void {
  const t = p.peek();
  if (t?.kind === 'word' && TIME_UNITS.has(t.value)) p.i++;
  else {
    p.want('a time unit (SECOND, MINUTE, HOUR, DAY, ...)');
    p.stop();
  }
}

/** `unit [(p)] [TO unit [(p)]]` after an interval literal. */
function intervalQualifier(p: QueryParser): void {
  timeUnit(p);
  if (p.atOp('(')) precision(p);
  if (p.eat('TO')) {
    timeUnit(p);
    if (p.atOp('(')) precision(p);
  }
}

function precision(p: QueryParser): void {
  p.expectOp('(');
  do {
    if (p.peek()?.kind !== 'number') p.stop();
    p.i++;
  } while (p.eatOp(','));
  p.expectOp(')');
}

export function dataType(p: QueryParser): void {
  const c = cursorAt(p);
  if (parseDataType(c, 'the CAST target type') === undefined) p.stop();
  p.i = c.i;
  if (p.at('NOT') && p.atAhead(1, 'NULL')) p.i += 2;
  else p.eat('NULL');
}

function primary(p: QueryParser): void {
  const t = p.peek();
  if (t === undefined) {
    p.want('an expression');
    p.stop();
  }
  switch (t.kind) {
    case 'number':
    case 'binary':
      p.i++;
      return;
    case 'string':
      p.i++;
      while (p.peek()?.kind === 'string') p.i++;
      return;
    case 'quoted':
      name(p);
      return;
    case 'op':
      if (t.value === '?') {
        p.i++;
        return;
      }
      if (t.value === '(') {
        p.i++;
        if (atSubquery(p)) query(p);
        else exprList(p);
        p.expectOp(')');
        return;
      }
      p.want('an expression');
      p.stop();
      break;
    case 'word':
      word(p, t.value);
      return;
    default:
      p.want('an expression');
      p.stop();
  }
}

function word(p: QueryParser, w: string): void {
  const next = p.peek(1);
  const paren = next?.kind === 'op' && next.value === '(';
  const bracket = next?.kind === 'op' && next.value === '[';
  switch (w) {
    case 'CASE':
      p.i++;
      if (!p.at('WHEN')) expr(p);
      p.expect('WHEN');
      do {
        exprList(p);
        p.expect('THEN');
        expr(p);
      } while (p.eat('WHEN'));
      if (p.eat('ELSE')) expr(p);
      p.expect('END');
      return;
    case 'CAST':
    case 'TRY_CAST':
      p.i++;
      p.expectOp('(');
      expr(p);
      p.expect('AS');
      dataType(p);
      p.expectOp(')');
      return;
    case 'INTERVAL':
      p.i++;
      if (p.atOp('-') || p.atOp('+')) p.i++;
      if (p.peek()?.kind === 'string') p.i++;
      else unary(p);
      intervalQualifier(p);
      return;
    case 'DATE':
    case 'TIME':
    case 'TIMESTAMP':
      if (next?.kind === 'string') {
        p.i += 2;
        return;
      }
      break;
    case 'ARRAY':
    case 'MAP':
    case 'MULTISET':
      if (bracket) {
        p.i += 2;
        if (!p.atOp(']')) exprList(p);
        p.expectOp(']');
        return;
      }
      if (paren) {
        p.i += 2;
        if (atSubquery(p)) query(p);
        else if (!p.atOp(')')) exprList(p);
        p.expectOp(')');
        return;
      }
      break;
    case 'ROW':
      if (paren) {
        p.i += 2;
        if (!p.atOp(')')) exprList(p);
        p.expectOp(')');
        return;
      }
      break;
    case 'EXISTS':
    case 'UNIQUE':
      if (paren) {
        p.i += 2;
        query(p);
        p.expectOp(')');
        return;
      }
      break;
    case 'RUNNING':
    case 'FINAL':
      if (next?.kind === 'word') {
        p.i++;
        primary(p);
        return;
      }
      break;
    default:
      if (NILADIC.has(w) && !paren) {
        p.i++;
        return;
      }
  }
  if (paren && !NOT_CALLS.has(w)) {
    const ref = p.compoundNameOrWord();
    if (ref.parts.length > 1 || !isBuiltinFunction(w)) p.call(ref);
    callArgs(p, w);
    return;
  }
  name(p);
}

/** A column or qualified column (`t.c`, `t.*`), or a qualified function call (`db.fn(...)`). */
function name(p: QueryParser): void {
  const ref = p.compoundName();
  if (p.atOp('.') && p.peek(1)?.kind === 'op' && p.peek(1)!.value === '*') {
    p.i += 2;
    return;
  }
  if (p.atOp('(')) {
    if (ref.parts.length > 1 || !isBuiltinFunction(ref.name.toUpperCase())) p.call(ref);
    callArgs(p, ref.parts.length === 1 ? ref.name.toUpperCase() : '');
  }
}
