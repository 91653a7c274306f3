/**
 * Entry point of the query parser: parses the query (or, through parseExpression, the
 * expression) in `tokens[from, to)` and records
 * what it reads and the user functions it calls into `refs`. Returns the syntax error
 * (the first, as Flink reports it) or undefined. The first pass runs without
 * bookkeeping; only after an error does a second pass collect the tokens that were
 * expected at the error's position, so valid queries pay nothing for the message.
 */
import type { Diagnostic } from '../core/diagnostics';
import type { Ctx } from './cursor';
import type { Token } from './lexer';
import { procedureCall } from './query-call';
import { expr } from './query-expr';
import { QueryParser, SyntaxStop } from './query-parser';
import { query } from './query-select';
import type { References } from './references';
import { emptyReferences } from './references';
import { LATEST_FLINK_VERSION } from './versions';

function run(p: QueryParser, insert: boolean | 'expression' | 'call'): void {
  if (insert === 'expression' || insert === 'call') {
    if (insert === 'call') procedureCall(p);
    else expr(p);
    if (!p.done()) p.stop();
    return;
  }
  query(p);
  if (insert && !p.since('2.3') && p.atAhead(0, 'ON') && p.atAhead(1, 'CONFLICT'))
    // Flink's documentation shows it; an older parser stops at ON, where this says which release added it.
    p.needs('2.3', 'INSERT ... ON CONFLICT');
  if (insert && p.since('2.3') && p.at('ON') && p.atAhead(1, 'CONFLICT')) {
    // INSERT ... ON CONFLICT DO ERROR | NOTHING | DEDUPLICATE (Flink 2.3).
    p.i += 2;
    p.expect('DO');
    if (!p.eat('ERROR') && !p.eat('NOTHING')) p.expect('DEDUPLICATE');
  }
  if (!p.done()) p.stop();
}

export function parseQuery(
  ctx: Ctx,
  tokens: readonly Token[],
  from: number,
  to: number,
  refs: References,
  where: string,
  insert: boolean | 'expression' | 'call' = false,
): Diagnostic | undefined {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  const p = new QueryParser(ctx, tokens, from, to, refs, version);
  try {
    run(p, insert);
    for (const c of p.ctes) refs.ctes.add(c);
    if (p.shapeLost) refs.shape = undefined;
    // A WITH name in a FROM is no table: its columns are its query's.
    if (refs.shape && p.ctes.size > 0)
      for (const b of refs.shape.branches)
        b.from = b.from.map((r) => (r && r.parts.length === 1 && p.ctes.has(r.name) ? undefined : r));
    return undefined;
  } catch (e) {
    if (!(e instanceof SyntaxStop)) throw e;
    for (const c of p.ctes) refs.ctes.add(c);
    refs.shape = undefined;
    if (p.message) return p.diagnostic(where, e.at);
    const again = new QueryParser(ctx, tokens, from, to, emptyReferences(), version);
    again.collectAt = e.at;
    try {
      run(again, insert);
    } catch (e2) {
      if (!(e2 instanceof SyntaxStop)) throw e2;
    }
    return again.diagnostic(where, e.at);
  }
}

/**
 * Parses the expression in `tokens[from, to)` (a computed column, a watermark): the syntax
 * error Flink's parser would report, or undefined. What it reads and calls goes to `refs`.
 */
export function parseExpression(
  ctx: Ctx,
  tokens: readonly Token[],
  from: number,
  to: number,
  refs: References,
  where: string,
): Diagnostic | undefined {
  return parseQuery(ctx, tokens, from, to, refs, where, 'expression');
}
