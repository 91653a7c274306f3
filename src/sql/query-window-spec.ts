/** A window specification, in WINDOW and OVER: partitioning, order and frame. */

import { expr, exprList } from './query-expr';
import { orderList } from './query-order';
import type { QueryParser } from './query-parser';

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
