/**
 * The query parser: recursive descent over the lexer's tokens, following Flink's
 * grammar (Calcite's Parser.jj plus Flink's extensions) closely enough to accept what
 * Flink accepts and reject what it rejects. It stops at the first syntax error, as
 * Flink does, and reports where it is, what was expected there and near which token.
 * Reads, writes and user functions are collected while parsing, so they come from the
 * parse and not from a guess over tokens.
 *
 * The grammar is split by concern: query-select.ts (query, SELECT, clauses),
 * query-from.ts (FROM, joins, table references, MATCH_RECOGNIZE), query-expr.ts
 * (operators), query-primary.ts (literals, names, CASE, CAST, constructors),
 * query-call.ts (function calls), query-hints.ts (hint bodies); query-message.ts words
 * the errors. This file holds the token helpers.
 */
import type { SourceRange } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import { CODES } from './codes';
import type { Ctx } from './cursor';
import { Cursor, describe } from './cursor';
import type { Token } from './lexer';
import { nameOf } from './lexer';
import { CLAUSE_AFTER_LIST, KEYWORD_GUESSES, misspelling, readable } from './query-message';
import type { References } from './references';
import { pushUnique } from './references';
import type { ColumnClause, FromItem, ObjectRef, QueryBranch, QueryScope, SelectScope } from './types';
import { atLeast, reservedSince, reservedWords } from './versions';

/** ` since Flink x.y` for a word reserved only from a release on. */
function since(word: string): string {
  const v = reservedSince(word);
  return v === undefined ? '' : ` since Flink ${v}`;
}

/** Thrown to unwind the parse at the first syntax error; never leaves this module's callers. */
export class SyntaxStop {
  constructor(readonly at: number) {}
}

export class QueryParser {
  i: number;
  /** Position whose expected tokens are being collected (second pass after an error), or -1. */
  collectAt = -1;
  readonly expected = new Set<string>();
  /** Names bound by WITH in the query (a read of one is not a table read). */
  readonly ctes = new Set<string>();
  /** How deep in nested queries the parse is: 1 in the top-level query (its set operations' terms too). */
  level = 0;
  /** The top-level SELECT being parsed, while its FROM is (refs.shape asked for): its FROM items go on it. */
  fromOf?: QueryBranch;
  /** The table the last plain FROM item read (while fromOf is filled). */
  lastTable?: ObjectRef;
  /** The top-level query's output is not named by select lists (TABLE t, a parenthesised query). */
  shapeLost = false;
  /** The SELECT whose scope names read now go to (refs.scopes asked for). */
  scope?: SelectScope;
  /** The clause of `scope` being parsed. */
  clause: ColumnClause = 'other';
  /** The query being parsed (refs.scopes asked for), and the last one parsed. */
  curQuery?: QueryScope;
  lastQuery?: QueryScope;
  /** WITH queries by name, as far as parsed. */
  readonly withQueries = new Map<string, QueryScope>();
  /** Set by an explicit failure: what to say instead of the collected expectations. */
  message?: { summary: string; detail: string; at: number; range?: SourceRange; code?: string };

  constructor(
    readonly ctx: Ctx,
    readonly toks: readonly Token[],
    start: number,
    readonly end: number,
    readonly refs: References,
    readonly flinkVersion: string,
  ) {
    this.i = start;
    this.reservedWords = reservedWords(flinkVersion);
  }

  private readonly reservedWords: ReadonlySet<string>;

  private readonly sinceCache = new Map<string, boolean>();

  /** Flink's grammar at the project's version has this feature (added in `version`). */
  since(version: string): boolean {
    let v = this.sinceCache.get(version);
    if (v === undefined) {
      v = atLeast(this.flinkVersion, version);
      this.sinceCache.set(version, v);
    }
    return v;
  }

  /** Stops at the current token when the project's Flink is older than `version`, which added `what`. */
  needs(version: string, what: string): void {
    if (this.since(version)) return;
    this.fail(
      `${what} needs Flink ${version} or later`,
      `The project targets Flink ${this.flinkVersion} (flinkVersion in flinkops.yaml), whose SQL parser rejects it. Rewrite it for Flink ${this.flinkVersion}, or raise flinkVersion if the cluster runs Flink ${version} or later.`,
    );
  }

  peek(k = 0): Token | undefined {
    const j = this.i + k;
    return j < this.end ? this.toks[j] : undefined;
  }

  done(): boolean {
    return this.i >= this.end;
  }

  /** The current token is the keyword `w` (records it as expected when collecting). */
  at(w: string): boolean {
    const t = this.i < this.end ? this.toks[this.i]! : undefined;
    if (t !== undefined && t.kind === 'word' && t.value === w) return true;
    if (this.collectAt === this.i) this.expected.add(w);
    return false;
  }

  /** The token `k` ahead is the keyword `w` (a lookahead: never recorded as expected). */
  atAhead(k: number, w: string): boolean {
    const t = this.peek(k);
    return t !== undefined && t.kind === 'word' && t.value === w;
  }

  eat(w: string): boolean {
    if (!this.at(w)) return false;
    this.i++;
    return true;
  }

  atOp(op: string): boolean {
    const t = this.i < this.end ? this.toks[this.i]! : undefined;
    if (t !== undefined && t.kind === 'op' && t.value === op) return true;
    if (this.collectAt === this.i) this.expected.add(`\`${op}\``);
    return false;
  }

  eatOp(op: string): boolean {
    if (!this.atOp(op)) return false;
    this.i++;
    return true;
  }

  expect(w: string): void {
    if (!this.eat(w)) this.stop();
  }

  expectOp(op: string): void {
    if (!this.eatOp(op)) this.stop();
  }

  /** Records `what` as expected here (for tokens no helper checks by value: names, literals). */
  want(what: string): void {
    if (this.collectAt === this.i) this.expected.add(what);
  }

  /** Stops the parse at the current token. */
  stop(): never {
    throw new SyntaxStop(this.i);
  }

  /** Stops with an explicit message (a construct Flink does not have, rather than a token out of place). */
  fail(
    summary: string,
    detail: string,
    at = this.i,
    range?: SourceRange,
    code: string = CODES.unexpectedToken,
  ): never {
    this.message ??= { summary, detail, at, range, code };
    throw new SyntaxStop(at);
  }

  /** An unquoted name that is not a reserved word, or a backtick-quoted name. */
  atIdent(): boolean {
    if (this.isIdentAt(0)) return true;
    this.want('a name');
    return false;
  }

  ident(): Token {
    if (!this.atIdent()) this.stop();
    return this.toks[this.i++]!;
  }

  /** `a`, `a.b.c` (parts may be quoted). */
  compoundName(): ObjectRef {
    const first = this.ident();
    const parts = [nameOf(this.ctx.text, first)];
    let last = first;
    while (this.atOp('.') && this.isIdentAt(1)) {
      last = this.toks[this.i + 1]!;
      parts.push(nameOf(this.ctx.text, last));
      this.i += 2;
    }
    return { parts, name: parts[parts.length - 1]!, start: first.start, end: last.end };
  }

  /** A function name: like compoundName, but its first part may be a reserved word (COUNT, LEFT, ...). */
  compoundNameOrWord(): ObjectRef {
    const t = this.peek();
    if (t === undefined || t.kind !== 'word') return this.compoundName();
    this.i++;
    const parts = [nameOf(this.ctx.text, t)];
    let last = t;
    while (this.atOp('.') && this.isIdentAt(1)) {
      last = this.toks[this.i + 1]!;
      parts.push(nameOf(this.ctx.text, last));
      this.i += 2;
    }
    return { parts, name: parts[parts.length - 1]!, start: t.start, end: last.end };
  }

  isIdentAt(k: number): boolean {
    const t = this.peek(k);
    return t !== undefined && (t.kind === 'quoted' || (t.kind === 'word' && !this.reserved(t.value)));
  }

  reserved(word: string): boolean {
    return this.reservedWords.has(word);
  }

  read(ref: ObjectRef): void {
    pushUnique(this.refs.reads, ref);
  }

  call(ref: ObjectRef): void {
    pushUnique(this.refs.functions, ref);
  }

  column(ref: ObjectRef): void {
    this.refs.columns?.push(ref);
    this.scope?.uses.push({ ref, clause: this.clause });
  }

  /** A FROM item of the current SELECT (refs.scopes asked for), else undefined. */
  fromItem(): FromItem | undefined {
    if (!this.scope) return undefined;
    const item: FromItem = {};
    this.scope.items.push(item);
    return item;
  }

  /** Runs `f` with names read going to a scope nobody judges (table function arguments, MATCH_RECOGNIZE). */
  opaque(f: () => void): void {
    const outer = this.scope;
    if (outer) this.scope = { parent: outer, items: [], uses: [], select: [], opaque: true };
    try {
      f();
    } finally {
      this.scope = outer;
    }
  }

  /** `( a, b, c )` of simple names: the names. */
  names(): string[] {
    const out: string[] = [];
    this.expectOp('(');
    do out.push(nameOf(this.ctx.text, this.ident()));
    while (this.eatOp(','));
    this.expectOp(')');
    return out;
  }

  /** `( a, b, c )` of simple names. */
  nameList(): void {
    this.expectOp('(');
    do this.ident();
    while (this.eatOp(','));
    this.expectOp(')');
  }

  /** The diagnostic for a stop at token index `at`. */
  diagnostic(where: string, at: number) {
    const t = at < this.end ? this.toks[at] : undefined;
    const last = this.toks[this.end - 1];
    const start = t ? t.start : last ? last.end : 0;
    const range = this.ctx.lines.range(this.ctx.file, start, t ? t.end : start);
    if (this.message) {
      const m = this.message;
      return error(m.code ?? CODES.unexpectedToken, m.summary, m.detail, m.range ?? range);
    }
    const list = readable(this.expected);
    const expected =
      list.length === 0
        ? 'a different token'
        : list.length === 1
          ? list[0]!
          : `one of ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}`;
    const near = at > 0 && this.toks[at - 1] ? ` after ${describe(this.ctx.text, this.toks[at - 1]!)}` : '';
    const prev = at > 0 ? this.toks[at - 1] : undefined;
    // `SUM(x) FORM t`: the word before was read as a name; one edit from a keyword expected here, it is the mistake.
    const prevExpected = prev && t ? misspelling(prev, list) : undefined;
    const typo = t && !prevExpected ? misspelling(t, list) : undefined;
    const hint = typo
      ? ` \`${this.ctx.text.slice(t!.start, t!.end)}\` looks like a misspelling of ${typo}.`
      : '';
    if (!t) {
      return error(
        CODES.missingPart,
        `${where[0]!.toUpperCase()}${where.slice(1)} ends too early`,
        `Expected ${expected}${near} before the end of the statement.`,
        range,
      );
    }
    // `a, FROM t`: a list ended with a comma; the keyword after it is not meant as a name.
    const strayComma =
      prev?.kind === 'op' && prev.value === ',' && t.kind === 'word' && CLAUSE_AFTER_LIST.has(t.value);
    const word = t.kind === 'word' ? t : t.kind === 'op' && t.value === '.' ? this.toks[at + 1] : undefined;
    const reserved =
      !strayComma &&
      word?.kind === 'word' &&
      this.reserved(word.value) &&
      (word !== t || this.expected.has('a name') || list.length === 0)
        ? ` \`${this.ctx.text.slice(word.start, word.end)}\` is a reserved word in Flink SQL${since(word.value)}: to use it as a name, quote it with backticks.`
        : '';
    const comma = strayComma ? ` Remove the \`,\` before ${t.value}: a list does not end with a comma.` : '';
    const prevTypo = prev && !typo ? (prevExpected ?? misspelling(prev, KEYWORD_GUESSES)) : undefined;
    // A statement's first word at the start of a line, inside the statement before: its `;` is missing.
    const semicolon =
      t.kind === 'word' &&
      STATEMENT_STARTS.has(t.value) &&
      prev !== undefined &&
      /\n/.test(this.ctx.text.slice(prev.end, t.start))
        ? ` Is a \`;\` missing before ${t.value}? End the statement before it with \`;\`.`
        : '';
    const prevHint = prevTypo
      ? ` \`${this.ctx.text.slice(prev!.start, prev!.end)}\` looks like a misspelling of ${prevTypo}: as written it is read as a name.`
      : '';
    const dquoted =
      t.kind === 'dquoted'
        ? ` Flink SQL does not quote with double quotes: write a name in backticks (\`${t.value}\`), a string in single quotes ('${t.value}').`
        : '';
    return error(
      CODES.unexpectedToken,
      `Unexpected ${describe(this.ctx.text, t)} in ${where}`,
      `Expected ${expected}${near}.${comma}${hint}${prevHint}${reserved}${semicolon}${dquoted}`,
      range,
    );
  }
}

/** Words that start a statement of their own (not a query's): on a new line, a `;` before them is likely missing. */
const STATEMENT_STARTS = new Set([
  'INSERT',
  'CREATE',
  'SET',
  'RESET',
  'EXECUTE',
  'BEGIN',
  'DROP',
  'ALTER',
  'USE',
]);

/** Used by the statement parsers that run the query parser over a token range. */
export function cursorAt(p: QueryParser): Cursor {
  return new Cursor(p.ctx, p.toks, p.i, p.end);
}
