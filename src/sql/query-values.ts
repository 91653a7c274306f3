/** VALUES: its rows (with DEFAULT items), and the names Flink gives its columns. */

import { expr } from './query-expr';
import type { QueryParser } from './query-parser';
import { NILADIC } from './query-words';

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

export function values(p: QueryParser): void {
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
