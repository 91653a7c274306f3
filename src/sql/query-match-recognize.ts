/** MATCH_RECOGNIZE after a table reference, with its row pattern. */

import { expr, exprList } from './query-expr';
import { orderList } from './query-order';
import type { QueryParser } from './query-parser';

export function matchRecognize(p: QueryParser): void {
  p.i++;
  p.expectOp('(');
  if (p.at('PARTITION') && p.atAhead(1, 'BY')) {
    p.i += 2;
    exprList(p);
  }
  if (p.at('ORDER') && p.atAhead(1, 'BY')) {
    p.i += 2;
    orderList(p);
  }
  if (p.eat('MEASURES')) {
    do {
      expr(p);
      p.expect('AS');
      p.ident();
    } while (p.eatOp(','));
  }
  if (p.eat('ONE')) {
    p.expect('ROW');
    p.expect('PER');
    p.expect('MATCH');
  } else if (p.eat('ALL')) {
    p.expect('ROWS');
    p.expect('PER');
    p.expect('MATCH');
    if (p.eat('SHOW') || p.eat('OMIT')) {
      p.expect('EMPTY');
      p.expect('MATCHES');
    } else if (p.eat('WITH')) {
      p.expect('UNMATCHED');
      p.expect('ROWS');
    }
  }
  if (p.eat('AFTER')) {
    p.expect('MATCH');
    p.expect('SKIP');
    if (p.eat('PAST')) {
      p.expect('LAST');
      p.expect('ROW');
    } else {
      p.expect('TO');
      if (p.eat('NEXT')) p.expect('ROW');
      else {
        if (!p.eat('FIRST')) p.eat('LAST');
        p.ident();
      }
    }
  }
  p.expect('PATTERN');
  p.expectOp('(');
  p.eatOp('^');
  pattern(p);
  p.eatOp('$');
  p.expectOp(')');
  if (p.eat('WITHIN')) expr(p);
  if (p.eat('SUBSET')) {
    do {
      p.ident();
      p.expectOp('=');
      p.nameList();
    } while (p.eatOp(','));
  }
  p.expect('DEFINE');
  do {
    p.ident();
    p.expect('AS');
    expr(p);
  } while (p.eatOp(','));
  p.expectOp(')');
}

/** A row pattern: alternatives of sequences of quantified terms. */
function pattern(p: QueryParser): void {
  do {
    patternTerm(p);
    while (p.atIdent() || p.atOp('(') || p.atOp('{') || p.at('PERMUTE')) patternTerm(p);
  } while (p.eatOp('|'));
}

function patternTerm(p: QueryParser): void {
  if (p.eat('PERMUTE')) {
    p.expectOp('(');
    do pattern(p);
    while (p.eatOp(','));
    p.expectOp(')');
  } else if (p.eatOp('(')) {
    pattern(p);
    p.expectOp(')');
  } else if (p.atOp('{') && p.peek(1)?.value === '-') {
    p.i += 2;
    pattern(p);
    p.expectOp('-');
    p.expectOp('}');
  } else p.ident();
  // Quantifier: * + ? {n} {n,} {,m} {n,m}, each optionally reluctant (?).
  if (p.eatOp('*') || p.eatOp('+') || p.eatOp('?')) {
    p.eatOp('?');
  } else if (p.atOp('{') && p.peek(1)?.value !== '-') {
    p.i++;
    if (p.peek()?.kind === 'number') p.i++;
    if (p.eatOp(',') && p.peek()?.kind === 'number') p.i++;
    p.expectOp('}');
    p.eatOp('?');
  }
}
