/**
 * analyzeScript: split → classify → parse → references, for every statement. Never
 * throws: a bug in a parser becomes an FO399 diagnostic on that statement, and the
 * other statements are still analysed.
 */
import type { Diagnostic } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import { isStackOverflow } from '../core/stack-overflow';
import { tidySummaries } from '../core/summary';
import { codePointHex, LineIndex } from '../core/text';
import { checkStatement } from './checks';
import { classify } from './classify';
import { CODES } from './codes';
import type { Ctx } from './cursor';
import { isControl, isTypographicQuote, isZeroWidth, lex, type Token } from './lexer';
import { parseExpression } from './query';
import { TIME_UNITS } from './query-words';
import { emptyReferences, type References } from './references';
import type { StatementSpan } from './splitter';
import { splitStatements } from './splitter';
import { analyzeBody } from './statement-body';
import { checkStatementSets } from './statement-sets';
import type { ObjectRef, ScriptAnalysis, Statement } from './types';

export function analyzeSpan(ctx: Ctx, span: StatementSpan): Statement {
  const stmt: Statement = {
    kind: classify(span.tokens),
    text: span.text,
    start: span.start,
    end: span.end,
    range: span.range,
    reads: [],
    writes: [],
    functions: [],
    diags: [],
  };
  const typeNames: Diagnostic[] = [];
  try {
    analyzeBody({ ...ctx, typeNames }, span.tokens, stmt);
    checkStatement({ ...ctx, typeNames }, span.tokens, stmt);
    strayCharacter(ctx, span, stmt);
    stmt.diags = withTypeNames(stmt.diags, typeNames).map((d) => explainToken(ctx, d));
  } catch (e) {
    stmt.diags.push(
      isStackOverflow(e)
        ? error(
            CODES.nestedTooDeeply,
            'Statement nests brackets or function calls too deeply to analyse',
            'Hundreds of levels of nested brackets or calls are more than flinkops can follow. Write it flatter: a CASE, a chain of AND/OR, or a view for a part of it.',
            span.range,
          )
        : error(
            'FO399',
            'Internal error while analysing this statement',
            `flinkops could not analyse this statement (${e instanceof Error ? e.message : String(e)}); please report it with the statement text.`,
            span.range,
          ),
    );
  }
  return stmt;
}

/**
 * Flink's parser reads a statement before its planner resolves type names: where the statement
 * has a syntax error, that is what Flink says, and an unknown type name (FO332) waits for it.
 */
function withTypeNames(diags: Diagnostic[], typeNames: readonly Diagnostic[]): Diagnostic[] {
  if (typeNames.length === 0) return diags;
  const syntax = diags.some(
    (d) => d.severity === 'error' && (d.code === CODES.unexpectedToken || d.code === CODES.missingPart),
  );
  if (syntax) return diags;
  const seen = new Set<string>();
  const names = typeNames.filter((d) => {
    const k = `${d.range?.start.line}:${d.range?.start.column}:${d.summary}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return [...diags, ...names];
}

/**
 * Flink's lexer refuses a character outside its alphabet (see lexer.ts) in any statement, before
 * parsing it: a statement flinkops reads only in part (CREATE FUNCTION, DROP, ALTER, ...) gets the
 * error at it too, unless the statement already has one there.
 */
function strayCharacter(ctx: Ctx, span: StatementSpan, stmt: Statement): void {
  let t: Token | undefined;
  for (let i = 0; i < span.tokens.length; i++) {
    const k = span.tokens[i]!;
    if (k.kind !== 'op') continue;
    const c = k.value.charCodeAt(0);
    if (c > 0x7f || isControl(c)) {
      t = k;
      break;
    }
  }
  if (!t) return;
  const at = (d: Diagnostic) =>
    d.severity === 'error' && d.range && ctx.lines.offset(d.range.start) === t.start;
  if (stmt.diags.some(at)) return;
  const words = span.tokens.filter((k) => k.kind === 'word' && k.end <= t.start).slice(0, 2);
  const where = words.map((k) => k.value.toUpperCase()).join(' ') || 'the statement';
  stmt.diags.push(
    error(
      CODES.unexpectedToken,
      `Unexpected character in ${where}`,
      'Remove the character.',
      ctx.lines.range(ctx.file, t.start, t.end),
    ),
  );
}

/** Space characters other than ASCII's, which Flink's parser does not read as whitespace. */
function isUnicodeSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** A `${env.NAME}` / `${secret.NAME}` reference at the start of a text. */
const REFERENCE = /^\$\{(?:env|secret)\.[A-Za-z_][A-Za-z0-9_]*\}/;

/**
 * A syntax error at something that is not SQL at all, where the parser only saw an unexpected
 * token: a typographic quote (‘text’ pasted from a document), an invisible control or zero-width
 * character, or a `${env.X}` written where SQL goes (`WHERE id = ${env.X}`; flinkops checks the
 * SQL as written, so a reference stands only inside a '...' literal). Say what it is, at it.
 */
function explainToken(ctx: Ctx, d: Diagnostic): Diagnostic {
  if ((d.code !== CODES.unexpectedToken && d.code !== CODES.unknownStatement) || !d.range) return d;
  const at = ctx.lines.offset(d.range.start);
  const where = / in ([^`]+)$/.exec(d.summary)?.[1];
  const c = ctx.text.charCodeAt(at);
  if (isTypographicQuote(c)) {
    return {
      ...d,
      summary: `Typographic quote ${ctx.text[at]} (U+${codePointHex(c)})${where ? ` in ${where}` : ''}`,
      detail:
        "SQL quotes are straight: write 'text' for a string and `name` for a name. Typographic quotes come with text copied from a document or a chat.",
      range: ctx.lines.range(d.range.file, at, at + 1),
    };
  }
  if (isUnicodeSpace(c)) {
    return {
      ...d,
      summary: `${c === 0xa0 ? 'No-break space' : 'Space character'} U+${codePointHex(c)}${where ? ` in ${where}` : ''}`,
      detail:
        'Replace it with a plain space: Flink reads only spaces, tabs and line breaks between words. It comes with text copied from a web page or a document.',
      range: ctx.lines.range(d.range.file, at, at + 1),
    };
  }
  if (isControl(c) || isZeroWidth(c) || c === 0xfeff) {
    return {
      ...d,
      summary: `Invisible character U+${codePointHex(c)}${where ? ` in ${where}` : ''}`,
      detail:
        'Remove it: a control or zero-width character is not SQL (it comes with copied text or a file saved in another encoding). An editor that shows invisible characters finds it.',
      range: ctx.lines.range(d.range.file, at, at + 1),
    };
  }
  if (c > 0x7f) {
    const ch = String.fromCodePoint(ctx.text.codePointAt(at)!);
    return {
      ...d,
      summary: `Character ${ch} (U+${codePointHex(ctx.text.codePointAt(at)!)}) cannot stand in SQL unquoted${where ? ` in ${where}` : ''}`,
      detail:
        "Flink's parser takes in a name only letters of Latin, Greek, Cyrillic and other alphabets, kana and CJK ideographs (not Hangul, full-width forms, symbols or emoji). Write the name in backquotes (`name`), or the text in a string literal ('text').",
      range: ctx.lines.range(d.range.file, at, at + ch.length),
    };
  }
  const ref = REFERENCE.exec(ctx.text.slice(at, at + 200))?.[0];
  if (!ref) return d;
  return {
    ...d,
    summary: `${ref} outside a '...' string literal${where ? ` in ${where}` : ''}`,
    detail: `flinkops checks the SQL as written, so a reference can stand only inside a string literal: write '${ref}' where text fits (CAST('${ref}' AS INT) for a number). A table or column name cannot come from a reference.`,
    range: ctx.lines.range(d.range.file, at, at + ref.length),
  };
}

/**
 * Summaries quote source text (names, tokens) that may span lines. Tidied before the
 * script's list is built from the statements' lists, so both hold the same objects
 * (`inspect` tells script-level diagnostics apart by identity).
 */
function tidyStatements(statements: readonly Statement[]): void {
  for (const s of statements) {
    tidySummaries(s.diags);
    if (s.inner) tidyStatements(s.inner);
  }
}

export interface AnalyzeOptions {
  /** The project's Flink version (`1.16` … `2.3`): syntax Flink added later is an error. Newest when absent. */
  flinkVersion?: string;
  /** The line index of `text`, when the caller built one already (it is not built twice). */
  lines?: LineIndex;
  /** Mark the statements whose every `$` lies inside a plain '...' literal (`Statement.dollarsInLiterals`). */
  dollarsInLiterals?: boolean;
  /** Keep each query's SELECT scopes (`Statement.scopes`, `Statement.query`), for resolving column names. */
  columnScopes?: boolean;
}

/** Whether every `$` of the statement lies inside the content of a plain '...' literal (there is one at least). */
function dollarsInLiterals(text: string, span: StatementSpan): boolean {
  if (!span.text.includes('$')) return false;
  const tokens = span.tokens;
  let k = 0;
  for (let d = text.indexOf('$', span.start); d >= 0 && d < span.end; d = text.indexOf('$', d + 1)) {
    while (tokens[k]!.end <= d) k++;
    const t = tokens[k]!;
    if (t.kind !== 'string' || text.charCodeAt(t.start) !== 39 /* ' */ || d <= t.start || d >= t.end - 1)
      return false;
  }
  return true;
}

export function analyzeScript(text: string, file: string, opts: AnalyzeOptions = {}): ScriptAnalysis {
  try {
    const split = splitStatements(text, file, opts.lines?.text === text ? opts.lines : undefined);
    const ctx: Ctx = { text, file, lines: split.lines, flinkVersion: opts.flinkVersion };
    if (opts.columnScopes) ctx.columnScopes = true;
    const statements = split.statements.map((s) => analyzeSpan(ctx, s));
    // Only for a script that lexed cleanly: then no token runs away, and a literal is a literal.
    if (opts.dollarsInLiterals && split.diags.length === 0)
      split.statements.forEach((s, i) => {
        if (dollarsInLiterals(text, s)) statements[i]!.dollarsInLiterals = true;
      });
    const scriptDiags: Diagnostic[] = [];
    // Lexical problems belong to the statement they occur in (and are listed once, through it).
    for (const d of split.diags) {
      const at = d.range ? split.lines.offset(d.range.start) : -1;
      const owner = statements.find((s) => at >= s.start && at <= s.end);
      if (owner) owner.diags.unshift(d);
      else scriptDiags.push(d);
    }
    scriptDiags.push(...checkStatementSets(statements));
    tidyStatements(statements);
    const diags = [...tidySummaries(scriptDiags)];
    for (const s of statements) diags.push(...s.diags);
    return { statements, diags };
  } catch (e) {
    return {
      statements: [],
      diags: [
        error(
          'FO399',
          'Internal error while analysing this SQL script',
          `flinkops could not analyse ${file} (${e instanceof Error ? e.message : String(e)}); please report it.`,
        ),
      ],
    };
  }
}

/** What checkExpressionText finds in one expression written on its own (a YAML table's computed column or watermark). */
export interface ExpressionCheck {
  /** Errors as Flink's parser and validator give them for the expression in a CREATE TABLE; ranges are in the expression's own text (file `<expr>`). */
  diags: readonly Diagnostic[];
  /** The columns it reads (the first part of each name, at its offsets in the text; time units such as WEEK left out), none when it does not parse. */
  columns: readonly { name: string; start: number; end: number }[];
}

/**
 * The checks a CREATE TABLE's computed column or watermark expression gets (its syntax at the
 * place Flink's parser stops, literals Flink's validator refuses such as INTERVAL '120' SECOND,
 * unknown type names in a CAST, version-gated syntax), for an expression written as text: a
 * table YAML's `computed[].expr` or `watermark.expr`. A repository writes the same few
 * expressions on thousands of tables, so each text is checked once a process.
 */
export function checkExpressionText(
  text: string,
  where: 'the computed column' | 'the watermark expression',
  flinkVersion?: string,
): ExpressionCheck {
  const key = `${flinkVersion ?? ''}\u0000${where}\u0000${text}`;
  let found = expressionChecks.get(key);
  if (found === undefined) {
    found = expressionCheck(text, where, flinkVersion);
    if (expressionChecks.size < 4096) expressionChecks.set(key, found);
  }
  return found;
}

const expressionChecks = new Map<string, ExpressionCheck>();

function expressionCheck(text: string, where: string, flinkVersion: string | undefined): ExpressionCheck {
  const file = '<expr>';
  const lines = new LineIndex(text);
  const lexed = lex(text, file, lines);
  if (lexed.diags.length > 0) return { diags: lexed.diags, columns: [] };
  const typeNames: Diagnostic[] = [];
  const ctx: Ctx = { text, file, lines, ...(flinkVersion ? { flinkVersion } : {}), typeNames };
  const refs: References = { ...emptyReferences(), columns: [] };
  const tokens = lexed.tokens;
  let diags: Diagnostic[];
  try {
    const d = parseExpression(ctx, tokens, 0, tokens.length, refs, where);
    diags = withTypeNames(d ? [d] : [], typeNames).map((x) => explainToken(ctx, x));
    if (!d) {
      const stray = tokens.find(
        (t) => t.kind === 'op' && (t.value.charCodeAt(0) > 0x7f || isControl(t.value.charCodeAt(0))),
      );
      if (stray)
        diags.unshift(
          error(
            CODES.unexpectedToken,
            `Unexpected character in ${where}`,
            'Remove the character.',
            lines.range(file, stray.start, stray.end),
          ),
        );
    }
  } catch (e) {
    // A parser bug or an expression nested too deeply: Flink's answer is unknown, so nothing is said here.
    void e;
    return { diags: [], columns: [] };
  }
  tidySummaries(diags);
  const columns = diags.some((d) => d.severity === 'error')
    ? []
    : (refs.columns ?? [])
        .filter((r: ObjectRef) => !(r.parts.length === 1 && TIME_UNITS.has(r.name.toUpperCase())))
        .map((r) => ({ name: r.parts[0]!, start: r.start, end: r.end }));
  return { diags, columns };
}
