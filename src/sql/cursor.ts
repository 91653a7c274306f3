/** A position in a statement's tokens, with the small helpers every parser here needs. */
import type { Diagnostic } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import { oneLine } from '../core/summary';
import type { LineIndex } from '../core/text';
import { CODES } from './codes';
import type { Token } from './lexer';
import { isName, matchingBracket, nameOf } from './lexer';
import type { ObjectRef } from './types';
import { LATEST_FLINK_VERSION, reservedIn } from './versions';

export interface Ctx {
  text: string;
  file: string;
  lines: LineIndex;
  /** The project's Flink version (`major.minor`), where the grammar differs between releases; newest when absent. */
  flinkVersion?: string;
  /**
   * Type names Flink does not define (FO332), kept apart from the parse's own diagnostics: Flink's
   * planner refuses them only after its parser read the statement, so they do not stop the parse.
   */
  typeNames?: Diagnostic[];
  /** Keep each query's SELECT scopes (Statement.scopes): asked for by validate, which resolves column names. */
  columnScopes?: boolean;
}

export class Cursor {
  i: number;
  readonly diags: Diagnostic[] = [];

  constructor(
    readonly ctx: Ctx,
    readonly toks: readonly Token[],
    start = 0,
    readonly end = toks.length,
  ) {
    this.i = start;
  }

  peek(k = 0): Token | undefined {
    const j = this.i + k;
    return j < this.end ? this.toks[j] : undefined;
  }

  done(): boolean {
    return this.i >= this.end;
  }

  next(): Token | undefined {
    return this.i < this.end ? this.toks[this.i++] : undefined;
  }

  atWord(...words: string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      const t = this.peek(k);
      if (t === undefined || t.kind !== 'word' || t.value !== words[k]) return false;
    }
    return true;
  }

  eatWord(...words: string[]): boolean {
    if (!this.atWord(...words)) return false;
    this.i += words.length;
    return true;
  }

  atOp(op: string): boolean {
    const t = this.peek();
    return t !== undefined && t.kind === 'op' && t.value === op;
  }

  eatOp(op: string): boolean {
    if (!this.atOp(op)) return false;
    this.i++;
    return true;
  }

  skipHints(): void {
    while (this.peek()?.kind === 'hint') this.i++;
  }

  /** Text of the source between two token indexes (inclusive start, exclusive end). */
  textOf(from: number, to: number): string {
    if (to <= from) return '';
    return this.ctx.text.slice(this.toks[from]!.start, this.toks[to - 1]!.end);
  }

  /** Index after the bracket matching the one at `from` (`(`/`[`/`<` not tracked: only () and []). */
  matching(from: number): number {
    return matchingBracket(this.toks, from, this.end);
  }

  skipParens(): void {
    if (this.atOp('(') || this.atOp('[')) this.i = this.matching(this.i);
  }

  /** `a`, `a.b`, `` `c`.`d`.e ``; undefined (nothing consumed) when no name is here. */
  qualifiedName(): ObjectRef | undefined {
    const first = this.peek();
    if (!isName(first)) return undefined;
    const parts = [nameOf(this.ctx.text, first)];
    const words = [first];
    this.i++;
    while (this.atOp('.') && isName(this.peek(1))) {
      words.push(this.peek(1)!);
      parts.push(nameOf(this.ctx.text, this.peek(1)!));
      this.i += 2;
    }
    const reserved = reservedWordInName(this.ctx, words, parts);
    if (reserved) this.diags.push(reserved);
    return { parts, name: parts[parts.length - 1]!, start: first.start, end: words[words.length - 1]!.end };
  }

  /**
   * Reports a syntax error at `at` (a token, or a name's span), else at the current token (or the
   * end of the statement).
   */
  fail(
    code: string,
    summary: string,
    detail: string,
    at: Pick<Token, 'start' | 'end'> | undefined = this.peek(),
  ): void {
    const last = this.toks[this.end - 1];
    const start = at ? at.start : last ? last.end : 0;
    const end = at ? at.end : start;
    this.diags.push(error(code, summary, detail, this.ctx.lines.range(this.ctx.file, start, end)));
  }

  /** Reports what was expected here; returns undefined so parsers can `return c.unexpected(...)`. */
  unexpected(where: string, expected: string): undefined {
    const t = this.peek();
    if (t) {
      this.fail(
        CODES.unexpectedToken,
        `Unexpected ${describe(this.ctx.text, t)} in ${where}`,
        `Expected ${expected} here. Check the statement against Flink's SQL syntax for ${where}.`,
        t,
      );
    } else {
      this.fail(
        CODES.missingPart,
        `${where} ends too early`,
        `Expected ${expected} before the end of the statement.`,
        undefined,
      );
    }
  }

  /** A string literal's value, or reports what was expected. */
  string(where: string, what: string): string | undefined {
    const t = this.peek();
    if (t?.kind === 'string') {
      this.i++;
      return t.value;
    }
    this.unexpected(where, what);
    return undefined;
  }
}

/** A token as a summary quotes it: kind and source text, on one line (an unterminated quote runs to the end of the file). */
export function describe(text: string, t: Token): string {
  const raw = oneLine(text.slice(t.start, t.end));
  if (t.kind === 'word') return `keyword or name \`${raw}\``;
  if (t.kind === 'string') return `string ${raw}`;
  return `\`${raw}\``;
}

/**
 * `USE paimon.default`, `INSERT INTO db.table`, `local.x`: Flink's parser takes no unquoted reserved
 * word in a name, wherever it stands. The error for the first such part of the name `words` spell.
 */
export function reservedWordInName(
  ctx: Ctx,
  words: readonly Token[],
  parts: readonly string[],
): Diagnostic | undefined {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  const k = words.findIndex((t) => t.kind === 'word' && reservedIn(t.value, version));
  if (k < 0) return undefined;
  const at = words[k]!;
  return error(
    CODES.unexpectedToken,
    `\`${parts[k]}\` is a reserved word in Flink SQL and cannot be part of a name unquoted`,
    `Quote it with backticks: ${parts.map((p, j) => (j === k ? `\`${p}\`` : p)).join('.')}.`,
    ctx.lines.range(ctx.file, at.start, at.end),
  );
}
