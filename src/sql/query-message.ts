/** How a query syntax error is worded: expected tokens in a useful order, and likely misspellings. */
import { oneEdit } from '../core/names';
import type { Token } from './lexer';

/** Clause keywords, listed first among the expected tokens: they say most about what is missing. */
const CLAUSES = new Set([
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP',
  'BY',
  'HAVING',
  'WINDOW',
  'QUALIFY',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'FETCH',
  'JOIN',
  'ON',
  'USING',
  'INTO',
  'OVERWRITE',
  'AS',
  'OF',
  'THEN',
  'WHEN',
  'ELSE',
  'END',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'MINUS',
  'VALUES',
  'TABLE',
  'DEFINE',
  'PATTERN',
  'MEASURES',
]);

/** Operators that may continue an expression; listed as one entry ("an operator"). */
const OPERATORS = new Set([
  'IS',
  'NOT',
  'BETWEEN',
  'LIKE',
  'ILIKE',
  'RLIKE',
  'SIMILAR',
  'IN',
  'MEMBER',
  'SUBMULTISET',
  'AND',
  'OR',
  '`=`',
  '`.`',
  '`[`',
]);

/** Keywords that follow a list (select list, GROUP BY, ...): after a comma they mean the comma is stray. */
export const CLAUSE_AFTER_LIST = new Set([
  'FROM',
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'WINDOW',
  'ON',
  'UNION',
]);

/** Where an expression may start, a name, NOT or `(` is just "an expression". */
const EXPRESSION_STARTS = new Set(['a name', 'NOT', '`(`', '`-`', '`+`']);

export function readable(expected: ReadonlySet<string>): string[] {
  const clauses: string[] = [];
  const rest: string[] = [];
  let operator = false;
  const expression = expected.has('an expression');
  for (const e of expected) {
    if (expression && EXPRESSION_STARTS.has(e)) continue;
    if (OPERATORS.has(e)) operator = true;
    else if (CLAUSES.has(e)) clauses.push(e);
    else rest.push(e);
  }
  return [...clauses, ...rest, ...(operator ? ['an operator'] : [])];
}

/** Keywords a name in the wrong place is most often a misspelling of. */
export const KEYWORD_GUESSES = [
  'FROM',
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'JOIN',
  'ON',
  'SELECT',
  'INTO',
  'UNION',
  'LIMIT',
  'WINDOW',
  'AS',
  'AND',
  'OR',
  'INNER',
  'LEFT',
  'RIGHT',
  'FULL',
  'CROSS',
  'LATERAL',
  'TABLE',
  'VALUES',
  'BY',
];

/** A keyword among `candidates` that the token is one edit (or one swap) away from. */
export function misspelling(t: Token, candidates: readonly string[]): string | undefined {
  if (t.kind !== 'word' || t.value.length < 2) return undefined;
  for (const c of candidates) {
    const k = c.replace(/^`|`$/g, '');
    if (/^[A-Z_]+$/.test(k) && k !== t.value && oneEdit(t.value, k)) return k;
  }
  return undefined;
}
