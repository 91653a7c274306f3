/**
 * normalizeSql: one canonical spelling of a statement, so that cosmetic edits
 * (whitespace, comments, keyword case) do not change a job's fingerprint and so do
 * not trigger an upgrade. Built-in function names and non-reserved keywords in keyword
 * position are upper-cased (Flink reads both case-insensitively); other identifiers and
 * literals are kept byte for byte; hints
 * are kept (they change the plan). Spacing depends only on the tokens, never on the
 * input's whitespace, which also makes the function idempotent.
 */
import { LineIndex } from '../core/text';
import { BUILTIN_FUNCTIONS, LATER_BUILTINS, RESERVED, TYPE_NAMES, UPPER_CASED_AS_BEFORE } from './keywords';
import type { Token } from './lexer';
import { lex } from './lexer';

/** Reserved words (never identifiers) and type names get upper-cased; other words are names. */
function upperWord(t: Token, prev: Token | undefined, next: Token | undefined, asBefore = false): boolean {
  if (prev?.kind === 'op' && prev.value === '.') return false;
  if (next?.kind === 'op' && next.value === '.') return false;
  const v = t.value;
  if (RESERVED.has(v) || UPPER_CASED_AS_BEFORE.has(v)) return true;
  if (
    TYPE_NAMES.has(v) &&
    next?.kind === 'op' &&
    (next.value === '<' || next.value === '(' || next.value === '[')
  )
    return true;
  // Flink resolves function names case-insensitively: `tumble(` and `TUMBLE(` are one call.
  if (
    BUILTIN_FUNCTIONS.has(v) &&
    !(asBefore && LATER_BUILTINS.has(v)) &&
    next?.kind === 'op' &&
    next.value === '('
  )
    return true;
  const prevWord = prev?.kind === 'word' ? prev.value : undefined;
  const nextWord = next?.kind === 'word' ? next.value : undefined;
  // Non-reserved keywords, upper-cased only where the neighbours show they are keywords, not names.
  switch (v) {
    case 'VIEW':
    case 'CATALOG':
    case 'DATABASE':
      return prevWord !== undefined && VIEW_PREFIX.has(prevWord);
    case 'OVERWRITE':
      return prevWord === 'INSERT';
    case 'JAR':
      return prevWord === 'USING' || prevWord === 'ADD' || prevWord === 'REMOVE';
    case 'JAVA':
    case 'SCALA':
    case 'PYTHON':
      return prevWord === 'LANGUAGE';
    case 'ASC':
    case 'DESC':
      return (
        endsSortKey(prev) &&
        (next === undefined ||
          isOpIn(next, ',', ')', ';') ||
          (nextWord !== undefined && ORDER_TAIL.has(nextWord)))
      );
    case 'NULLS':
      return nextWord === 'FIRST' || nextWord === 'LAST';
    case 'FIRST':
    case 'LAST':
      return prevWord === 'NULLS' || prevWord === 'PAST' || prevWord === 'TO';
    case 'UNBOUNDED':
      return nextWord === 'PRECEDING' || nextWord === 'FOLLOWING';
    case 'PRECEDING':
    case 'FOLLOWING':
      return (
        prevWord === 'UNBOUNDED' ||
        prev?.kind === 'number' ||
        prev?.kind === 'string' ||
        (prevWord !== undefined && TIME_UNITS.has(prevWord))
      );
    case 'ZONE':
      return prevWord === 'TIME';
    case 'WATERMARK':
      return nextWord === 'FOR';
    case 'AFTER':
      return nextWord === 'MATCH';
    case 'PAST':
      return prevWord === 'SKIP';
    case 'WITHIN':
      return nextWord === 'GROUP';
    case 'RETURNING':
      return nextWord !== undefined && TYPE_NAMES.has(nextWord);
    case 'ENFORCED':
      return prev?.kind === 'word' && prev.value === 'NOT';
    case 'PARTITIONED':
    case 'DISTRIBUTED':
      return next?.kind === 'word' && next.value === 'BY';
    case 'KEY':
      return prev?.kind === 'word' && prev.value === 'PRIMARY';
    case 'TEMPORARY':
      return prev?.kind === 'word' && (prev.value === 'CREATE' || prev.value === 'DROP');
    case 'VIRTUAL':
    case 'METADATA':
      return prev !== undefined && !(prev.kind === 'op' && (prev.value === ',' || prev.value === '('));
    default:
      return false;
  }
}

const VIEW_PREFIX = new Set(['CREATE', 'TEMPORARY', 'REPLACE', 'DROP', 'ALTER', 'USE', 'SHOW']);
const ORDER_TAIL = new Set(['NULLS', 'LIMIT', 'OFFSET', 'FETCH', 'ROWS', 'RANGE']);
const TIME_UNITS = new Set(['SECOND', 'MINUTE', 'HOUR', 'DAY', 'MONTH', 'YEAR']);
/** Words after which a name is being introduced, not a sort key ended (`ORDER BY desc` sorts by a column `desc`). */
const BEFORE_SORT_KEY = new Set(['BY', 'SELECT', 'DISTINCT', 'AS', 'FROM', 'ON', 'AND', 'OR', 'WHERE']);

function isOpIn(t: Token, ...ops: string[]): boolean {
  return t.kind === 'op' && ops.includes(t.value);
}

/** `prev` can be the last token of a sort key expression. */
function endsSortKey(prev: Token | undefined): boolean {
  if (!prev) return false;
  if (prev.kind === 'op') return prev.value === ')';
  return !(prev.kind === 'word' && BEFORE_SORT_KEY.has(prev.value));
}

const GENERIC_TYPES = new Set(['ROW', 'ARRAY', 'MAP', 'MULTISET']);
/** Words after which `(` keeps a space (it does not start call arguments). */
const SPACED_BEFORE_PAREN = new Set([
  'AS',
  'IN',
  'ON',
  'USING',
  'VALUES',
  'OVER',
  'FROM',
  'JOIN',
  'WITH',
  'EXISTS',
  'AND',
  'OR',
  'NOT',
  'BY',
  'SELECT',
  'WHERE',
  'THEN',
  'ELSE',
  'WHEN',
  'PATTERN',
  'SET',
  'RESET',
  'ADD',
  'MODIFY',
  'DROP',
  'PARTITION',
  'INTO',
  'TABLE',
  'LIKE',
  'UNION',
  'ALL',
  'EXCEPT',
  'INTERSECT',
  'MATCH_RECOGNIZE',
  'LATERAL',
  'HAVING',
  'RETURN',
  'KEY',
  'COMMENT',
]);

function isNameTok(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
}

export function normalizeSql(text: string): string {
  const { tokens } = lex(text, '', new LineIndex(text), 0, text.length, { dollarName: false });
  return normalizeTokens(text, tokens, undefined).out;
}

let laterBuiltinPattern: RegExp | undefined;

function mayNameLaterBuiltin(text: string): boolean {
  laterBuiltinPattern ??= new RegExp(`\\b(?:${[...LATER_BUILTINS].join('|')})\\b`, 'i');
  return laterBuiltinPattern.test(text);
}

/**
 * The normal form older flinkops versions gave `text`: before they knew the built-ins of
 * LATER_BUILTINS, a call `startswith(` kept its case. The spec hash of a job they deployed is of
 * this form; undefined when it is `normalizeSql`'s.
 */
export function normalizeSqlAsBefore(text: string): string | undefined {
  // Most scripts name none of them: no lexing for those (the plan asks for each changed job).
  if (!mayNameLaterBuiltin(text)) return undefined;
  const { tokens } = lex(text, '', new LineIndex(text), 0, text.length, { dollarName: false });
  if (!tokens.some((t) => t.kind === 'word' && LATER_BUILTINS.has(t.value))) return undefined;
  return normalizeTokens(text, tokens, undefined, true).out;
}

/**
 * The normal form of `text` with every backtick-quoted plain name written bare: `` `ordinal` ``
 * and `ordinal` name the same column (Flink keeps the case of unquoted names), so quoting a name
 * a newer release reserves does not change what the statement means. A quoted reserved word stays
 * quoted (bare, it would be the keyword). For comparing meanings only; never submitted.
 */
export function normalizeSqlNames(text: string): string {
  const { tokens } = lex(text, '', new LineIndex(text), 0, text.length, { dollarName: false });
  let out = '';
  let at = 0;
  for (const t of tokens) {
    if (t.kind !== 'quoted' || t.unterminated || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.value)) continue;
    if (RESERVED.has(t.value.toUpperCase()) || UPPER_CASED_AS_BEFORE.has(t.value.toUpperCase())) continue;
    out += `${text.slice(at, t.start)}${t.value}`;
    at = t.end;
  }
  return normalizeSql(out + text.slice(at));
}

/** A `;` before the first token: how a statement after another one is spaced and read. */
const SEMICOLON: Token = { kind: 'op', value: ';', start: 0, end: 0 };

/**
 * The normal form of `tokens`, with `before` as the token preceding the first one (its spacing
 * and its reading as a keyword depend on it), and the depth of open generic types at the end.
 */
function normalizeTokens(
  text: string,
  tokens: readonly Token[],
  before: Token | undefined,
  asBefore = false,
): { out: string; generic: number } {
  let out = '';
  let generic = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = k > 0 ? tokens[k - 1] : before;
    const next = tokens[k + 1];
    let piece: string;
    // An operator's or a number's value is its text.
    if (t.kind === 'op' || t.kind === 'number') piece = t.value;
    else if (t.kind === 'word')
      piece = upperWord(t, prev, next, asBefore) ? t.value : text.slice(t.start, t.end);
    else if (t.kind === 'hint') piece = `/*+ ${normalizeSql(t.value)} */`;
    else piece = text.slice(t.start, t.end);
    if (prev !== undefined && !tight(prev, t, next, generic)) out += ' ';
    out += piece;
    if (t.kind === 'op' && t.value === '<' && prev?.kind === 'word' && GENERIC_TYPES.has(prev.value))
      generic++;
    else if (t.kind === 'op' && t.value === '>' && generic > 0) generic--;
  }
  return { out, generic };
}

/** Normal forms of pieces (null: cannot be normalised apart), first in a script or after a statement. */
export interface PieceCache {
  first: Map<string, string | null>;
  after: Map<string, string | null>;
}

export function pieceCache(): PieceCache {
  return { first: new Map(), after: new Map() };
}

/**
 * The normal form of `script`, written as `pieces` joined by `separator` (whitespace), each piece
 * a comment or statements ending with `;`: exactly `normalizeSql(script)`. The pieces `shared`
 * says other scripts hold too (a table or UDF many jobs use) are normalised once, their forms
 * kept in `cache`; each run of the others is normalised in one pass. A run or piece whose tokens
 * could reach past its end (a literal or comment left open), that does not end with `;` or that
 * leaves a generic type open makes the whole script normalised in one pass instead.
 */
export function normalizePieces(
  script: string,
  pieces: readonly string[],
  separator: string,
  shared: (piece: string) => boolean,
  cache: PieceCache,
): string {
  let out = '';
  let before = false;
  let from = 0;
  const add = (form: string | null): boolean => {
    if (form === null) return false;
    out += form;
    before ||= form !== '';
    return true;
  };
  const flush = (to: number): boolean =>
    from === to || add(pieceForm(pieces.slice(from, to).join(separator), before));
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (!shared(piece)) continue;
    if (!flush(i)) return normalizeSql(script);
    from = i + 1;
    // A piece reads the same whether a statement or nothing precedes it, but is spaced differently.
    const forms: Map<string, string | null> = before ? cache.after : cache.first;
    let form = forms.get(piece);
    if (form === undefined) {
      form = pieceForm(piece, before);
      forms.set(piece, form);
    }
    if (!add(form)) return normalizeSql(script);
  }
  return flush(pieces.length) ? out : normalizeSql(script);
}

function pieceForm(piece: string, afterStatement: boolean): string | null {
  const { tokens, diags } = lex(piece, '', new LineIndex(piece), 0, piece.length, { dollarName: false });
  if (tokens.length === 0) return diags.length === 0 ? '' : null;
  const last = tokens[tokens.length - 1]!;
  if (diags.length > 0 || last.kind !== 'op' || last.value !== ';') return null;
  const { out, generic } = normalizeTokens(piece, tokens, afterStatement ? SEMICOLON : undefined);
  return generic === 0 ? out : null;
}

/** Whether `b` follows `a` without a space. */
function tight(a: Token, b: Token, next: Token | undefined, generic: number): boolean {
  if (b.kind === 'op') {
    if (b.value === ',' || b.value === ')' || b.value === ']' || b.value === ';') return true;
    if (b.value === '.')
      return isNameTok(a) && (isNameTok(next) || (next?.kind === 'op' && next.value === '*'));
    if (b.value === '(' || b.value === '[') {
      if (a.kind === 'quoted') return true;
      return a.kind === 'word' && !SPACED_BEFORE_PAREN.has(a.value);
    }
    if (b.value === '<') return a.kind === 'word' && GENERIC_TYPES.has(a.value);
    if (b.value === '>') return generic > 0;
  }
  if (a.kind === 'op') {
    if (a.value === '(' || a.value === '[') return true;
    if (a.value === '.') return b.kind !== 'number';
    if (a.value === '<' && generic > 0) return true;
  }
  return false;
}
