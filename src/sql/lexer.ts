/**
 * Flink SQL lexer. One pass over the text with charCodeAt and no regexes, so it is
 * linear and allocates one small object per token (plus one string for names and
 * literals). Comments are dropped, except `/*+ ... *\/` hints which are kept as
 * tokens because they change what a query does. Problems (unterminated literals)
 * become diagnostics and the lexer carries on to the end of the input.
 */
import type { Diagnostic } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { CODES } from './codes';

export type TokenKind =
  /** Unquoted identifier or keyword; `value` is upper-cased. */
  | 'word'
  /** Backtick identifier; `value` is the name with doubled backticks undone. */
  | 'quoted'
  /** Double-quoted text (not valid Flink, kept so that it does not derail the rest). */
  | 'dquoted'
  /** Character literal ('..', U&'..'); `value` is the unescaped content. */
  | 'string'
  /** Binary literal X'..'; `value` is the hex digits. */
  | 'binary'
  | 'number'
  /** Operator or punctuation; `value` is the text. */
  | 'op'
  /** Optimizer hint `/*+ ... *\/`; `value` is the inner text. */
  | 'hint';

export interface Token {
  kind: TokenKind;
  value: string;
  start: number;
  end: number;
  /** A quote never closed: the token runs to the end of the input (so it is the last token), and its value is not a real name or literal. */
  unterminated?: true;
}

export interface LexResult {
  tokens: Token[];
  diags: Diagnostic[];
}

/** Whether `a` then `b` (char codes) make one of `<>` `<=` `>=` `!=` `||` `=>` `::` `->`. */
function isTwoCharOp(a: number, b: number): boolean {
  switch (a) {
    case 60: // <
      return b === 62 || b === 61;
    case 62: // >
    case 33: // !
      return b === 61;
    case 124: // |
      return b === 124;
    case 61: // =
    case 45: // -
      return b === 62;
    case 58: // :
      return b === 58;
    default:
      return false;
  }
}

/** Typographic quotes (‘ ’ ‚ “ ” „ « » ´), which come with text pasted from a document or a chat. */
export function isTypographicQuote(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201e && c !== 0x201b) || c === 0xab || c === 0xbb || c === 0xb4;
}

/** Control characters other than the whitespace Flink reads (tab, line feed, form feed, carriage return). */
export function isControl(c: number): boolean {
  return (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f;
}

/** Zero-width characters (U+200B–U+200D, U+2060), invisible in an editor. */
export function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

/**
 * Letters of unquoted names as Flink's parser reads them (Calcite's LETTER): `$`, ASCII letters,
 * `_`, Latin-1 letters, U+0100–U+1FFF (Latin Extended, Greek, Cyrillic, Hebrew, Arabic, Indic
 * scripts, ...), kana and CJK ideographs. Anything else outside ASCII (a no-break space, a
 * typographic quote, a zero-width character, Hangul, full-width forms, emoji) is a lexical error in
 * Flink: a token of its own here, and the error at it says what it is (analyze.ts).
 */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x1fff) ||
    (c >= 0x3040 && c <= 0x318f) ||
    (c >= 0x3300 && c <= 0x337f) ||
    (c >= 0x3400 && c <= 0x3d2d) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Name characters: letters and digits. Calcite's other digits (Arabic-Indic, Devanagari, Thai, ...) lie within its letters. */
function isIdentPart(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/**
 * Where the quote of a prefixed string literal starting at `i` is (`N'…'`, or `_` and a character
 * set name such as `_UTF8'…'` / `_ISO-8859-1'…'`), or -1.
 */
function prefixedStringQuote(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c === 78 || c === 110) return text.charCodeAt(i + 1) === 39 && i + 1 < to ? i + 1 : -1;
  if (c !== 95 || !isAsciiAlnum(text.charCodeAt(i + 1))) return -1;
  let j = i + 2;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (!(isAsciiAlnum(d) || d === 58 || d === 46 || d === 45 || d === 95)) break;
    j++;
  }
  return j < to && text.charCodeAt(j) === 39 ? j : -1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Index just past the closing quote `q` (doubled quotes are escapes), or -1 when unterminated. */
function scanQuoted(text: string, from: number, q: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === q) {
      if (text.charCodeAt(i + 1) === q) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return -1;
}

function undouble(raw: string, quote: string): string {
  return raw.includes(quote) ? raw.split(quote + quote).join(quote) : raw;
}

/** Decodes the default `\XXXX` / `\+XXXXXX` escapes of a U&'..' literal. */
function decodeUnicode(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === '\\') {
      if (raw[i + 1] === '\\') {
        out += '\\';
        i += 2;
        continue;
      }
      if (raw[i + 1] === '+') {
        const cp = Number.parseInt(raw.slice(i + 2, i + 8), 16);
        if (!Number.isNaN(cp)) {
          out += String.fromCodePoint(cp);
          i += 8;
          continue;
        }
      }
      const cu = Number.parseInt(raw.slice(i + 1, i + 5), 16);
      if (!Number.isNaN(cu)) {
        out += String.fromCharCode(cu);
        i += 5;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Tokenises `text[from, to)`. Offsets in tokens and diagnostics are absolute. `dollarName: false`
 * reads a `$` before a name as a token of its own, as flinkops always read it for the restart hash's
 * normal form: a script's hash stays what it was (a new hash upgrades the job).
 */
export function lex(
  text: string,
  file: string,
  lines: LineIndex,
  from = 0,
  to = text.length,
  { dollarName = true }: { dollarName?: boolean } = {},
): LexResult {
  const tokens: Token[] = [];
  const diags: Diagnostic[] = [];
  let i = from;
  const unterminated = (code: string, what: string, start: number, fix: string) => {
    diags.push(error(code, `Unterminated ${what}`, fix, lines.range(file, start, Math.min(start + 1, to))));
  };
  while (i < to) {
    const c = text.charCodeAt(i);
    // whitespace: Flink's parser takes only these (a no-break space is a lexical error there)
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
      continue;
    }
    const start = i;
    // -- and // line comments (Calcite's SINGLE_LINE_COMMENT takes both)
    if ((c === 45 || c === 47) && text.charCodeAt(i + 1) === c) {
      i += 2;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13) break;
        i++;
      }
      continue;
    }
    // /* block comment */ or /*+ hint */
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      const isHint = text.charCodeAt(i + 2) === 43;
      if (close < 0 || close + 2 > to) {
        unterminated(
          CODES.unterminatedComment,
          isHint ? 'hint' : 'block comment',
          start,
          'Close the comment with */; everything after /* is ignored until then.',
        );
        i = to;
        continue;
      }
      if (isHint) tokens.push({ kind: 'hint', value: text.slice(i + 3, close), start, end: close + 2 });
      i = close + 2;
      continue;
    }
    // X'..' binary and U&'..' unicode literals
    if ((c === 88 || c === 120) && text.charCodeAt(i + 1) === 39) {
      const end = scanQuoted(text, i + 2, 39);
      if (end < 0 || end > to) {
        unterminated(CODES.unterminatedString, 'binary literal', start, "Close the literal with '.");
        tokens.push({ kind: 'binary', value: text.slice(i + 2, to), start, end: to, unterminated: true });
        i = to;
        continue;
      }
      tokens.push({ kind: 'binary', value: text.slice(i + 2, end - 1), start, end });
      i = end;
      continue;
    }
    // U&'…' (unicode escapes), N'…' and _charset'…' (Calcite's prefixed strings, e.g. _UTF8'text').
    const unicode = (c === 85 || c === 117) && text.charCodeAt(i + 1) === 38 && text.charCodeAt(i + 2) === 39;
    const quote = unicode ? i + 2 : prefixedStringQuote(text, i, to);
    if (quote > 0) {
      const decode = unicode ? decodeUnicode : (v: string) => v;
      const end = scanQuoted(text, quote + 1, 39);
      if (end < 0 || end > to) {
        unterminated(
          CODES.unterminatedString,
          'string literal',
          start,
          "Close the string with '; write a quote inside a string as ''.",
        );
        const value = decode(text.slice(quote + 1, to));
        tokens.push({ kind: 'string', value, start, end: to, unterminated: true });
        i = to;
        continue;
      }
      tokens.push({
        kind: 'string',
        value: decode(undouble(text.slice(quote + 1, end - 1), "'")),
        start,
        end,
      });
      i = end;
      continue;
    }
    // `${` starts a flinkops reference, which stands only inside a string literal (analyze.ts).
    if (isLetter(c) && !(c === 36 && (!dollarName || text.charCodeAt(i + 1) === 123))) {
      // Upper-cased only when it has something to upper-case (keywords are mostly written so).
      let lower = c >= 97;
      i++;
      for (let d = text.charCodeAt(i); i < to && isIdentPart(d); d = text.charCodeAt(++i)) lower ||= d >= 97;
      const raw = text.slice(start, i);
      tokens.push({ kind: 'word', value: lower ? raw.toUpperCase() : raw, start, end: i });
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46 && i < to) {
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      }
      const e = text.charCodeAt(i);
      if ((e === 69 || e === 101) && i < to) {
        const s = text.charCodeAt(i + 1);
        const j = s === 43 || s === 45 ? i + 2 : i + 1;
        if (isDigit(text.charCodeAt(j))) {
          i = j;
          while (i < to && isDigit(text.charCodeAt(i))) i++;
        }
      }
      tokens.push({ kind: 'number', value: text.slice(start, i), start, end: i });
      continue;
    }
    if (c === 39 || c === 96 || c === 34) {
      const end = scanQuoted(text, i + 1, c);
      const kind = c === 39 ? 'string' : c === 96 ? 'quoted' : 'dquoted';
      const q = c === 39 ? "'" : c === 96 ? '`' : '"';
      if (end < 0 || end > to) {
        if (c === 39) {
          unterminated(
            CODES.unterminatedString,
            'string literal',
            start,
            "Close the string with '; write a quote inside a string as ''.",
          );
        } else {
          unterminated(
            CODES.unterminatedIdentifier,
            c === 96 ? 'quoted identifier' : 'double-quoted text',
            start,
            `Close the identifier with ${q}; write ${q} inside it as ${q}${q}.`,
          );
        }
        tokens.push({ kind, value: undouble(text.slice(i + 1, to), q), start, end: to, unterminated: true });
        i = to;
        continue;
      }
      tokens.push({ kind, value: undouble(text.slice(i + 1, end - 1), q), start, end });
      i = end;
      continue;
    }
    if (i + 1 < to && isTwoCharOp(c, text.charCodeAt(i + 1))) {
      tokens.push({ kind: 'op', value: text.slice(i, i + 2), start, end: i + 2 });
      i += 2;
      continue;
    }
    tokens.push({ kind: 'op', value: text[i]!, start, end: i + 1 });
    i++;
  }
  return { tokens, diags };
}

export function isWord(t: Token | undefined, upper: string): boolean {
  return t !== undefined && t.kind === 'word' && t.value === upper;
}

export function isOp(t: Token | undefined, op: string): boolean {
  return t !== undefined && t.kind === 'op' && t.value === op;
}

/** Index of the `)` matching the `(` at `open`, or the last token when it is never closed. */
export function closingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], '(')) depth++;
    else if (isOp(tokens[i], ')') && --depth === 0) return i;
  }
  return tokens.length - 1;
}

/** A token that can name something: a plain word or a backtick identifier. */
export function isName(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
}

/** The name a word or quoted token denotes, case preserved. */
export function nameOf(text: string, t: Token): string {
  return t.kind === 'word' ? text.slice(t.start, t.end) : t.value;
}

/** Index just after the bracket that closes the one at `from` (only () and [] are tracked), or `to`. */
export function matchingBracket(toks: readonly Token[], from: number, to: number): number {
  let depth = 0;
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (t.kind !== 'op') continue;
    if (t.value === '(' || t.value === '[') depth++;
    else if (t.value === ')' || t.value === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return to;
}
