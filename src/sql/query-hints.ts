/**
 * Hint bodies (`/*+ NAME(options), NAME2 *\/`), checked as Flink's parser checks them:
 * hints separated by commas, each a name with an optional list of options that are
 * all `key = 'value'` pairs, all names or all literals. A hint's content is lexed on its
 * own, so an error inside it is located at the exact character.
 */
import type { Ctx } from './cursor';
import type { Token } from './lexer';
import { lex } from './lexer';
import type { QueryParser } from './query-parser';

function bad(p: QueryParser, hint: Token, toks: readonly Token[], k: number, expected: string): never {
  const t = toks[k];
  const start = t ? t.start : hint.end - 2;
  const range = p.ctx.lines.range(p.ctx.file, start, t ? t.end : start);
  const what = t ? `\`${p.ctx.text.slice(t.start, t.end)}\`` : 'the end of the hint';
  return p.fail(
    `Unexpected ${what} in the hint ${p.ctx.text.slice(hint.start, hint.end).replace(/\s+/g, ' ')}`,
    `Expected ${expected}. Hints are written /*+ NAME('key'='value'), OTHER(t1) */, separated by commas.`,
    p.toks.indexOf(hint),
    range,
  );
}

function isHintName(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
}

const isString = (t: Token | undefined) => t?.kind === 'string';
const isEq = (t: Token | undefined) => t?.kind === 'op' && t.value === '=';

/**
 * A hint's options, all of one form as Calcite's grammar has them: `key = 'value'` pairs (the
 * key a name or a string, the value a string), simple names (`BROADCAST(t1, t2)`), or string
 * and number literals. Returns the index after the last option.
 */
function hintOptions(p: QueryParser, hint: Token, toks: readonly Token[], k: number): number {
  const kv = isEq(toks[k + 1]);
  const names = !kv && isHintName(toks[k]);
  for (;;) {
    if (kv) {
      if (!isHintName(toks[k]) && !isString(toks[k]))
        bad(p, hint, toks, k, 'an option key (a name or a quoted string)');
      k++;
      if (!isEq(toks[k])) bad(p, hint, toks, k, "`=` and the option's value ('key' = 'value')");
      k++;
      if (!isString(toks[k])) bad(p, hint, toks, k, "the option's value (a quoted string)");
      while (isString(toks[k])) k++;
    } else if (names) {
      if (!isHintName(toks[k]))
        bad(p, hint, toks, k, 'a table name or alias (every option of this hint is a name)');
      k++;
    } else {
      if (!isString(toks[k]) && toks[k]?.kind !== 'number')
        bad(p, hint, toks, k, 'a hint option (a name, or a quoted key)');
      k++;
    }
    if (!(toks[k]?.kind === 'op' && toks[k]!.value === ',')) return k;
    k++;
  }
}

/**
 * The hints Flink 1.16–1.20 register (FlinkHintStrategies), and the release that added a later
 * one. Real 1.18.1 refuses any other name, in either case, at planning: "Hint: STATE_TTL should be
 * registered in the HintStrategyTable". Names are not checked on 2.x, whose list was not taken.
 */
const HINTS_1X = new Set(['OPTIONS', 'BROADCAST', 'SHUFFLE_HASH', 'SHUFFLE_MERGE', 'NEST_LOOP', 'LOOKUP']);
const LATER_HINTS: ReadonlyMap<string, string> = new Map([['STATE_TTL', '1.19']]);

function hintName(p: QueryParser, hint: Token, t: Token): void {
  const name = t.value.toUpperCase();
  const since = LATER_HINTS.get(name);
  if (since !== undefined ? p.since(since) : HINTS_1X.has(name) || p.since('2.0')) return;
  // Located at the name: only a refused hint looks up where it stands.
  const fail = (summary: string, detail: string): never =>
    p.fail(summary, detail, p.toks.indexOf(hint), p.ctx.lines.range(p.ctx.file, t.start, t.end));
  if (since !== undefined)
    fail(
      `The ${name} hint needs Flink ${since} or later`,
      `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), which has no ${name} hint ("Hint: ${name} should be registered in the HintStrategyTable"). ${name === 'STATE_TTL' ? "Set 'table.exec.state.ttl' for the whole job instead, " : 'Remove it, '}or raise flinkVersion if the cluster runs Flink ${since} or later.`,
    );
  fail(
    `Flink ${p.flinkVersion} has no hint ${t.value}`,
    `Flink refuses a hint it does not know ("Hint: ${name} should be registered in the HintStrategyTable"). Its hints: ${[...HINTS_1X].join(', ')}${[
      ...LATER_HINTS,
    ]
      .filter(([, v]) => p.since(v))
      .map(([n]) => `, ${n}`)
      .join('')}.`,
  );
}

/** Checks one hint token's body; stops the parse at the first problem. */
export function checkHint(p: QueryParser, hint: Token): void {
  const { tokens: toks, diags } = lex(p.ctx.text, p.ctx.file, p.ctx.lines, hint.start + 3, hint.end - 2);
  if (diags.length > 0) bad(p, hint, toks, toks.length, 'a closed quote');
  let k = 0;
  const op = (v: string) => toks[k]?.kind === 'op' && toks[k]!.value === v;
  do {
    if (!isHintName(toks[k])) bad(p, hint, toks, k, 'a hint name');
    hintName(p, hint, toks[k]!);
    k++;
    if (op('(')) {
      k++;
      if (!op(')')) k = hintOptions(p, hint, toks, k);
      if (!op(')')) bad(p, hint, toks, k, '`,` or `)`');
      k++;
    }
  } while (op(',') && ++k);
  if (k < toks.length) bad(p, hint, toks, k, '`,` between hints, or the end of the hint');
}

/** A hint right after SELECT (query hints: BROADCAST, LOOKUP, STATE_TTL, ...). */
export function selectHint(p: QueryParser, hint: Token): void {
  checkHint(p, hint);
}

/**
 * The options an `OPTIONS('key' = 'value', ...)` hint of a table reference sets (Flink's dynamic
 * table options: they win over the table's WITH for this reference only), or undefined when the
 * hint sets none. A malformed hint sets none: its error is checkHint's to report.
 */
export function hintTableOptions(ctx: Ctx, hint: Token): Record<string, string> | undefined {
  const { tokens: toks, diags } = lex(ctx.text, ctx.file, ctx.lines, hint.start + 3, hint.end - 2);
  if (diags.length > 0) return undefined;
  let out: Record<string, string> | undefined;
  const op = (k: number, v: string) => toks[k]?.kind === 'op' && toks[k]!.value === v;
  for (let k = 0; k < toks.length; k++) {
    if (!(toks[k]!.kind === 'word' && toks[k]!.value === 'OPTIONS' && op(k + 1, '('))) continue;
    k += 2;
    while (k < toks.length && !op(k, ')')) {
      const key = toks[k];
      if (!(isString(key) || isHintName(key)) || !isEq(toks[k + 1]) || !isString(toks[k + 2])) return out;
      let value = '';
      for (k += 2; isString(toks[k]); k++) value += toks[k]!.value;
      out = { ...out, [key!.value]: value };
      if (op(k, ',')) k++;
    }
  }
  return out;
}
