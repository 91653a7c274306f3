/** ORDER BY and LIMIT / OFFSET / FETCH after a query. */

import { expr } from './query-expr';
import type { QueryParser } from './query-parser';

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
