/**
 * Where and why JSON.parse refused a text, for diagnostics in a file a user may edit by hand
 * (the state store, a saved plan). V8 names a position for most errors, but not for an
 * unexpected character ("Unexpected token 'x', "…" is not valid JSON"): that one is found by
 * scanning the text, so the diagnostic points at the character, not at the end of the file.
 */
import type { LineIndex } from './text';

/**
 * Where JSON.parse stopped, from its error: the position it names (or its line and column), else
 * the first character the JSON grammar does not allow, else the end of the text (a file that ends
 * too early, as a truncated one does).
 */
export function jsonErrorOffset(e: unknown, text: string, index: LineIndex): number {
  const m = e instanceof Error ? e.message : '';
  const pos = /at position (\d+)/.exec(m);
  if (pos) return Math.min(Number(pos[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(m);
  if (lc) return index.offset({ line: Number(lc[1]), column: Number(lc[2]) });
  return jsonSyntaxErrorOffset(text) ?? text.length;
}

/**
 * JSON.parse's message without the position (the diagnostic has it) and without the quoted
 * excerpt of the text, which may span lines: "Unexpected token 'x'".
 */
export function jsonErrorSummary(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m
    .replace(/ at position \d+.*$/s, '')
    .replace(/ in JSON$/, '')
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '');
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** Offset of the first character that breaks the JSON grammar (the end for a text ending too early); undefined when it parses. */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const n = text.length;
  const fail = (at: number): never => {
    throw new JsonStop(at);
  };
  const ws = () => {
    while (i < n && WS.has(text[i]!)) i++;
  };
  const digits = () => {
    const from = i;
    while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === from) fail(i);
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail(i);
      if (c === 92) {
        const esc = text[i + 1];
        if (esc === 'u') {
          for (let h = i + 2; h < i + 6; h++) if (!/[0-9a-fA-F]/.test(text[h] ?? '')) fail(Math.min(h, n));
          i += 6;
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail(i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    fail(n);
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(i);
        string();
        ws();
        if (text[i] !== ':') fail(i);
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail(i);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail(i);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (c === '-') i++;
      if (text[i] === '0') i++;
      else digits();
      if (text[i] === '.') {
        i++;
        digits();
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        digits();
      }
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (c !== word[0]) continue;
      for (const ch of word) {
        if (text[i] !== ch) fail(i);
        i++;
      }
      return;
    }
    fail(i);
  };
  try {
    value();
    ws();
    return i < n ? i : undefined;
  } catch (e) {
    if (e instanceof JsonStop) return e.at;
    // Nesting deeper than the stack: no position to give.
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

class JsonStop {
  constructor(readonly at: number) {}
}
