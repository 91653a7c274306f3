/**
 * SET and RESET. Flink's parser takes `SET 'k' = 'v'` / `RESET 'k'`; the SQL client
 * also takes unquoted `SET a.b = c` (a key and value without spaces or quotes), and a
 * quoted value after an unquoted key, but not an unquoted value after a quoted key.
 */
import type { Diagnostic } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { CODES } from './codes';
import type { Token } from './lexer';

export interface SetParse {
  set: { key?: string; value?: string };
  diags: Diagnostic[];
}

const HAS_SPACE_OR_QUOTE = /[\s'`"]/;

/** One key or value: a single string literal, or unquoted text without spaces or quotes. */
function literal(text: string, toks: readonly Token[]): string | undefined {
  if (toks.length === 0) return undefined;
  if (toks.length === 1 && toks[0]!.kind === 'string') return toks[0]!.value;
  const raw = text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
  if (HAS_SPACE_OR_QUOTE.test(raw)) return undefined;
  if (toks.some((t) => t.kind === 'hint' || t.kind === 'string')) return undefined;
  return raw;
}

/**
 * Where a SET value runs on into the next statement: the value (a string, or unquoted text) is
 * followed by a word on a later line, so the `;` after the value is missing and that statement
 * was swallowed. The value's tokens and the word, or undefined.
 */
function runOnAfterValue(
  text: string,
  valToks: readonly Token[],
): { value: Token[]; next: Token } | undefined {
  for (let i = 1; i < valToks.length; i++) {
    const next = valToks[i]!;
    if (next.kind !== 'word' || !text.slice(valToks[i - 1]!.end, next.start).includes('\n')) continue;
    const value = valToks.slice(0, i);
    return literal(text, value) === undefined || value.some((t) => t.unterminated)
      ? undefined
      : { value, next };
  }
  return undefined;
}

export function parseSet(text: string, file: string, lines: LineIndex, tokens: readonly Token[]): SetParse {
  const diags: Diagnostic[] = [];
  const rest = tokens.slice(1);
  const stmtEnd = tokens[tokens.length - 1]!.end;
  if (rest.length === 0) return { set: {}, diags };
  const bad = (summary: string, from: Token, to = stmtEnd) =>
    diags.push(
      error(
        CODES.malformedSet,
        summary,
        "Write SET 'key' = 'value' (quote keys and values that contain spaces or quotes), or SET alone to list every option.",
        lines.range(file, from.start, to),
      ),
    );
  const eq = rest.findIndex((t) => t.kind === 'op' && t.value === '=');
  if (eq < 0) {
    bad('SET is missing `=` between the key and the value', rest[0]!);
    return { set: { key: literal(text, rest) ?? text.slice(rest[0]!.start, stmtEnd) }, diags };
  }
  const keyToks = rest.slice(0, eq);
  const valToks = rest.slice(eq + 1);
  const key = literal(text, keyToks);
  const value = literal(text, valToks);
  if (keyToks.length === 0) bad('SET is missing the key before `=`', rest[eq]!, rest[eq]!.end);
  else if (key === undefined)
    bad('SET key is not a single quoted string or an unquoted key', keyToks[0]!, rest[eq]!.start);
  const runOn = valToks.length > 1 ? runOnAfterValue(text, valToks) : undefined;
  if (valToks.length === 0) bad('SET is missing the value after `=`', rest[eq]!);
  else if (runOn) {
    const written = text.slice(runOn.value[0]!.start, runOn.value.at(-1)!.end);
    diags.push(
      error(
        CODES.malformedSet,
        `SET is missing its \`;\` after ${written}: it runs on into \`${runOn.next.value}\` on a later line`,
        `Without the \`;\` the statement after the SET is read as part of its value. End the SET with \`;\`: SET ${text.slice(keyToks[0]?.start ?? 0, keyToks.at(-1)?.end ?? 0)} = ${written};`,
        lines.range(file, runOn.value[0]!.start, runOn.value.at(-1)!.end),
      ),
    );
  } else if (value === undefined)
    bad('SET value is not a single quoted string or an unquoted value', valToks[0]!);
  else if (key !== undefined && keyToks[0]!.kind === 'string' && valToks[0]!.kind !== 'string')
    // Only an unquoted key takes the client's `SET a.b = c` form; after 'key' Flink's parser wants a string.
    diags.push(
      error(
        CODES.malformedSet,
        'SET value must be quoted after a quoted key',
        `Write SET '${key}' = '${value}': after a quoted key Flink's parser wants a quoted value (only an unquoted key may take a bare one: SET ${key} = ${value}).`,
        lines.range(file, valToks[0]!.start, stmtEnd),
      ),
    );
  const set: { key?: string; value?: string } = {};
  if (key !== undefined) set.key = key;
  if (value !== undefined) set.value = value;
  return { set, diags };
}

export function parseReset(text: string, file: string, lines: LineIndex, tokens: readonly Token[]): SetParse {
  const rest = tokens.slice(1);
  if (rest.length === 0) return { set: {}, diags: [] };
  const key = literal(text, rest);
  if (key !== undefined) return { set: { key }, diags: [] };
  return {
    set: {},
    diags: [
      error(
        CODES.malformedSet,
        'RESET takes one key',
        "Write RESET 'key' to reset one option, or RESET alone to reset them all.",
        lines.range(file, rest[0]!.start, rest[rest.length - 1]!.end),
      ),
    ],
  };
}
