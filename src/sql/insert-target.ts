/**
 * The lists between an INSERT's target table and its query: the column list `(a, b)` and
 * the static PARTITION spec `(k = 'v', ...)`. Names are identifiers (a reserved word must
 * be quoted), separated by single commas, as Flink's parser wants them.
 */
import type { Diagnostic } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import { CODES } from './codes';
import type { Ctx } from './cursor';
import { describe } from './cursor';
import type { Token } from './lexer';
import { isOp } from './lexer';
import { LATEST_FLINK_VERSION, reservedIn } from './versions';

/** The first problem in toks[from, to), or undefined. */
export function checkTargetList(
  ctx: Ctx,
  toks: readonly Token[],
  from: number,
  to: number,
  where: string,
  pairs: boolean,
): Diagnostic | undefined {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  const bad = (k: number, expected: string): Diagnostic => {
    const t = toks[k]!;
    const raw = ctx.text.slice(t.start, t.end);
    const reserved = t.kind === 'word' && reservedIn(t.value, version);
    return error(
      CODES.unexpectedToken,
      `Unexpected ${describe(ctx.text, t)} in ${where}`,
      `Expected ${expected}.${reserved ? ` \`${raw}\` is a reserved word in Flink SQL: quote it with backticks.` : ''}`,
      ctx.lines.range(ctx.file, t.start, t.end),
    );
  };
  // toks[to] is the `)` closing the list.
  if (from >= to) return bad(to, 'a column name: the list is empty');
  let k = from;
  while (k < to) {
    const t = toks[k]!;
    if (!(t.kind === 'quoted' || (t.kind === 'word' && !reservedIn(t.value, version))))
      return bad(k, 'a column name');
    k++;
    if (pairs) {
      // A static partition needs its value: PARTITION (dt = '2024-01-01').
      if (k >= to || !isOp(toks[k], '='))
        return bad(k, "`=` and the partition value (PARTITION (p = 'value'))");
      k++;
      if (k >= to) return bad(k, 'the partition value');
      const v = toks[k]!;
      if (v.kind !== 'string' && v.kind !== 'number' && v.kind !== 'word')
        return bad(k, 'the partition value');
      k++;
    }
    if (k >= to) return undefined;
    if (!isOp(toks[k], ',')) return bad(k, '`,` before the next column');
    k++;
    if (k >= to) return bad(k - 1, 'a column name after `,`');
  }
  return undefined;
}

/** A table hint after the PARTITION spec or the column list: Flink takes it only right after the table's name. */
export function misplacedHint(ctx: Ctx, hint: Token, after: string): Diagnostic {
  return error(
    CODES.unexpectedToken,
    `Table hint after ${after} of INSERT`,
    "Flink's parser takes a table hint only right after the table's name: write INSERT INTO t /*+ OPTIONS(...) */ PARTITION (...) (a, b) SELECT ...",
    ctx.lines.range(ctx.file, hint.start, hint.end),
  );
}
