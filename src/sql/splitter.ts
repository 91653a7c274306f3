/**
 * Splits a script into statements the way Flink's SQL client does: a statement ends
 * at a `;` outside quotes and comments. `EXECUTE STATEMENT SET BEGIN ... END;` is one
 * statement, so its inner `;`s do not split it (a `CASE ... END` inside it does not
 * close it either). `BEGIN STATEMENT SET;` and `END;` are statements of their own.
 * A last statement without `;` still counts; a stretch of only comments does not.
 */
import type { Diagnostic, SourceRange } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import { LineIndex } from '../core/text';
import { CODES } from './codes';
import type { Token } from './lexer';
import { isWord, lex } from './lexer';

export interface StatementSpan {
  /** Source text from the first token to the last, without the terminating `;`. */
  text: string;
  start: number;
  end: number;
  range: SourceRange;
  /** The statement's tokens (comments dropped, hints kept); offsets are absolute. */
  tokens: Token[];
  /** Whether a `;` closed it. */
  terminated: boolean;
}

export interface SplitResult {
  statements: StatementSpan[];
  /** Lexical problems and unterminated statement sets. */
  diags: Diagnostic[];
  lines: LineIndex;
}

/**
 * True when tokens[k] is the BEGIN of `EXECUTE STATEMENT SET BEGIN`, or of an explained one
 * (`EXPLAIN [CHANGELOG_MODE, ...] STATEMENT SET BEGIN`), which Flink also reads as one statement.
 */
function opensBlock(tokens: readonly Token[], k: number, first: number): boolean {
  return (
    k - 3 >= first &&
    isWord(tokens[k], 'BEGIN') &&
    isWord(tokens[k - 1], 'SET') &&
    isWord(tokens[k - 2], 'STATEMENT') &&
    (isWord(tokens[k - 3], 'EXECUTE') || isWord(tokens[first], 'EXPLAIN'))
  );
}

export function splitTokens(text: string, file: string, tokens: Token[], lines: LineIndex): StatementSpan[] {
  const out: StatementSpan[] = [];
  // Only a statement set needs them (most scripts have none).
  let caseEnds: Set<number> | undefined;
  let first = 0;
  let inBlock = false;
  const emit = (endIdx: number, terminated: boolean) => {
    if (endIdx > first) {
      const start = tokens[first]!.start;
      const end = tokens[endIdx - 1]!.end;
      out.push({
        text: text.slice(start, end),
        start,
        end,
        range: lines.range(file, start, end),
        tokens: tokens.slice(first, endIdx),
        terminated,
      });
    }
    first = endIdx + 1;
    inBlock = false;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      if (!inBlock && t.value === 'BEGIN' && opensBlock(tokens, k, first)) inBlock = true;
      continue;
    }
    if (t.kind === 'op' && t.value === ';') {
      // Inside EXECUTE STATEMENT SET, only `END;` (not a CASE's END) closes the statement.
      if (inBlock) {
        if (!isWord(tokens[k - 1], 'END')) continue;
        caseEnds ??= caseEndIndexes(tokens);
        if (caseEnds.has(k - 1)) continue;
      }
      emit(k, true);
    }
  }
  emit(tokens.length, false);
  return out;
}

/** `lines`: the text's line index, when the caller has one already. */
export function splitStatements(text: string, file: string, lines = new LineIndex(text)): SplitResult {
  const { tokens, diags } = lex(text, file, lines);
  const statements = splitTokens(text, file, tokens, lines);
  for (const s of statements) {
    if (!isWord(s.tokens[s.tokens.length - 1], 'END')) {
      const open = blockStart(s.tokens);
      if (open >= 0) {
        const t = s.tokens[open]!;
        diags.push(
          error(
            CODES.unclosedStatementSet,
            'EXECUTE STATEMENT SET BEGIN is never closed with END;',
            'End the statement set with `END;` after its last INSERT statement.',
            lines.range(file, t.start, t.end),
          ),
        );
      }
    }
  }
  return { statements, diags, lines };
}

function blockStart(tokens: readonly Token[]): number {
  for (let k = 3; k < tokens.length && k < 40; k++) if (opensBlock(tokens, k, 0)) return k - 3;
  return -1;
}

/** Indexes of END tokens that close a CASE (CASE/END nest), so they are not taken for a block's END. */
function caseEndIndexes(tokens: readonly Token[]): Set<number> {
  const ends = new Set<number>();
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op' && t.value === ';') depth = 0; // a CASE never spans statements
    if (t.kind !== 'word') continue;
    if (t.value === 'CASE') depth++;
    else if (t.value === 'END' && depth > 0) {
      depth--;
      ends.add(k);
    }
  }
  return ends;
}
