/**
 * Table functions in FROM: TABLE(fn(...)), window TVFs and their input table, and a table
 * function called without TABLE(...).
 */

import { builtinSince, isBuiltinFunction } from './keywords';
import { matchingBracket, nameOf } from './lexer';
import { callArgs, PTF_SYSTEM_ARGS, processTableFunctionBefore21 } from './query-call';
import { namedItem } from './query-from';
import type { QueryParser } from './query-parser';
import type { FromItem } from './types';

/**
 * Flink's documentation calls window TVFs without TABLE(...) (FROM TUMBLE(TABLE t, ...)), which
 * only Flink 2.0's parser takes: 1.x stops at the function's TABLE argument.
 */
export function bareTableFunction(p: QueryParser): never {
  const t = p.peek()!;
  const name = p.ctx.text.slice(t.start, t.end);
  // A process table function's own argument says more than the missing TABLE(...): TABLE(...)
  // would not make it run on a release without PTFs.
  const close = matchingBracket(p.toks, p.i + 1, p.end);
  for (let k = p.i + 2; k + 1 < close; k++) {
    const a = p.toks[k]!;
    const next = p.toks[k + 1]!;
    if (next.kind !== 'op' || next.value !== '=>' || (a.kind !== 'word' && a.kind !== 'quoted')) continue;
    if (PTF_SYSTEM_ARGS.has(a.value.toUpperCase())) {
      p.i = k;
      processTableFunctionBefore21(p, a.value);
    }
  }
  // TO_CHANGELOG, ML_PREDICT, ...: TABLE(...) alone would not do, the function came later still.
  const since = builtinSince(name.toUpperCase());
  p.fail(
    `A table function called in FROM without TABLE(...) needs Flink 2.0 or later`,
    `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), whose SQL parser takes a table function in FROM only inside TABLE(...)` +
      (since
        ? `, and ${name.toUpperCase()} is a Flink built-in only from Flink ${since}: raise flinkVersion if the cluster runs Flink ${since} or later.`
        : `: write FROM TABLE(${name}(...)), e.g. FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTES)), or raise flinkVersion if the cluster runs Flink 2.0 or later.`),
  );
}

/** Window TVFs: the columns of their input table, and these three. */
const WINDOW_TVFS: ReadonlySet<string> = new Set(['TUMBLE', 'HOP', 'CUMULATE', 'SESSION']);

/**
 * At a table function's name: the window TVF's input, when it is `TABLE t` (first argument, or
 * `DATA => TABLE t`); else the item's columns are not known.
 */
export function windowOrUnknown(p: QueryParser, item: FromItem): void {
  const t = p.peek();
  let k = 2;
  if (t?.kind === 'word' && WINDOW_TVFS.has(t.value) && p.peek(1)?.value === '(') {
    const a = p.peek(k);
    if ((a?.kind === 'word' || a?.kind === 'quoted') && p.peek(k + 1)?.value === '=>') {
      if (a.value.toUpperCase() !== 'DATA') {
        item.unknown = true;
        return;
      }
      k += 2;
    }
    const n = p.peek(k + 1);
    if (p.atAhead(k, 'TABLE') && p.isIdentAt(k + 1) && n) {
      const parts = [nameOf(p.ctx.text, n)];
      let last = n;
      for (let j = k + 2; p.peek(j)?.value === '.' && p.isIdentAt(j + 1); j += 2) {
        last = p.peek(j + 1)!;
        parts.push(nameOf(p.ctx.text, last));
      }
      const inner: FromItem = {};
      namedItem(p, inner, { parts, name: parts[parts.length - 1]!, start: n.start, end: last.end });
      item.window = inner;
      return;
    }
  }
  item.unknown = true;
}

/** Inside TABLE( ... ): `fn(args)`, recorded as a user function unless built in. */
export function tableFunction(p: QueryParser): void {
  p.eat('SPECIFIC');
  const ref = p.compoundNameOrWord();
  if (ref.parts.length > 1 || !isBuiltinFunction(ref.name.toUpperCase(), p.flinkVersion)) p.call(ref);
  callArgs(p, ref.parts.length === 1 ? ref.name.toUpperCase() : '');
}
