/**
 * Syntax checks that apply across statement kinds: balanced brackets, statements
 * Flink does not know, names that must be simple. Errors are what Flink's parser
 * rejects; warnings are what it accepts but fails on later. ALTER is checked in
 * `alter-statement.ts`, CREATE / DROP / USE of an object in `object-statement.ts`,
 * and (script-wide) the pairing of BEGIN STATEMENT SET / END in `statement-sets.ts`.
 */

import { type Diagnostic, error, warning } from '../core/diagnostics';
import { alterObject, alterTable } from './alter-statement';
import { firstWordIndex } from './classify';
import { CODES } from './codes';
import { type Ctx, Cursor } from './cursor';
import { simpleName } from './ddl-other';
import { parseOptions } from './ddl-table';
import { isName, isOp, isWord, matchingBracket, type Token } from './lexer';
import { objectStatement } from './object-statement';
import { misspelling } from './query-message';
import type { Statement } from './types';
import { checkVersionSyntax } from './version-syntax';

const PAIRS: Record<string, string> = { ')': '(', ']': '[' };

function brackets(ctx: Ctx, tokens: readonly Token[]): Diagnostic | undefined {
  const stack: Token[] = [];
  // An indexed loop: this runs over every token of every statement, mostly before V8 optimises it.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'op') continue;
    if (t.value === '(' || t.value === '[') stack.push(t);
    else if (t.value === ')' || t.value === ']') {
      const open = stack.pop();
      if (!open || open.value !== PAIRS[t.value]) {
        return error(
          CODES.unbalancedParens,
          `Unmatched \`${t.value}\``,
          open
            ? `This \`${t.value}\` closes a \`${open.value}\`; check the brackets around it.`
            : `Remove this \`${t.value}\` or add the \`${PAIRS[t.value]}\` it is meant to close.`,
          ctx.lines.range(ctx.file, t.start, t.end),
        );
      }
    }
  }
  const open = stack.pop();
  if (!open) return undefined;
  return error(
    CODES.unbalancedParens,
    `\`${open.value}\` is never closed`,
    `Add the matching \`${open.value === '(' ? ')' : ']'}\`; the statement ends before it.`,
    ctx.lines.range(ctx.file, open.start, open.end),
  );
}

/** SHOW DATABASES FROM cat, SHOW CREATE CATALOG cat: cat is one identifier (USE CATALOG: objectStatement). */
function catalogNames(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
  const c = new Cursor(ctx, tokens, i0 + 1);
  if (c.eatWord('DATABASES')) {
    if (c.eatWord('FROM') || c.eatWord('IN')) simpleName(c, 'SHOW DATABASES', 'the catalog name');
  } else if (c.eatWord('CREATE', 'CATALOG')) simpleName(c, 'SHOW CREATE CATALOG', 'the catalog name');
  stmt.diags.push(...c.diags);
}

/**
 * LOAD MODULE name [WITH (...)], UNLOAD MODULE name, USE MODULES a, b: module names are
 * identifiers; Flink's parser rejects a string literal (LOAD MODULE 'hive').
 */
function moduleNames(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
  const where =
    stmt.kind === 'load_module'
      ? 'LOAD MODULE'
      : stmt.kind === 'unload_module'
        ? 'UNLOAD MODULE'
        : 'USE MODULES';
  const c = new Cursor(ctx, tokens, i0 + 2);
  const what = 'the module name (an identifier such as hive, not a quoted string)';
  do {
    if (!isName(c.peek())) {
      c.unexpected(where, what);
      stmt.diags.push(...c.diags);
      return;
    }
    c.i++;
  } while (stmt.kind === 'use' && c.eatOp(','));
  if (stmt.kind === 'load_module' && c.eatWord('WITH')) parseOptions(c, where);
  if (!c.done())
    c.unexpected(where, stmt.kind === 'use' ? '`,` and the next module name' : 'the end of the statement');
  stmt.diags.push(...c.diags);
}

/**
 * CREATE MODEL ... WITH ( options ), ALTER ... SET ( options ), ALTER MATERIALIZED TABLE ...
 * RESUME WITH ( options ): the options list as in CREATE TABLE (string values only).
 */
function statementOptions(ctx: Ctx, tokens: readonly Token[], stmt: Statement, where: string): void {
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op') depth += t.value === '(' ? 1 : t.value === ')' ? -1 : 0;
    else if (stmt.kind === 'alter' && isWord(t, 'AS')) return;
    else if (depth === 0 && (isWord(t, 'WITH') || isWord(t, 'SET')) && tokens[k + 1]?.value === '(') {
      const c = new Cursor(ctx, tokens, k + 1);
      parseOptions(c, where);
      stmt.diags.push(...c.diags);
      return;
    }
  }
}

/**
 * CREATE [TEMPORARY] MODEL [IF NOT EXISTS] name: then, each optional and in this order, INPUT (...),
 * OUTPUT (...), COMMENT '...', WITH (...) and AS query, as Flink's parser takes them; another word
 * there (a misspelt OUTPUT) is where it stops.
 */
function createModelClauses(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
  const c = new Cursor(ctx, tokens, i0 + 1);
  c.eatWord('TEMPORARY');
  if (!c.eatWord('MODEL')) return;
  c.eatWord('IF', 'NOT', 'EXISTS');
  if (!c.qualifiedName()) return;
  const clauses = ['INPUT', 'OUTPUT', 'COMMENT', 'WITH', 'AS'];
  let next = 0;
  while (!c.done() && !c.atOp(';')) {
    const t = c.peek()!;
    const k = t.kind === 'word' ? clauses.indexOf(t.value) : -1;
    if (k < next) {
      c.unexpected(
        'CREATE MODEL',
        `${clauses
          .slice(next)
          .join(', ')
          .replace(/, (\w+)$/, ' or $1')} (in this order) after the model name`,
      );
      break;
    }
    next = k + 1;
    c.i++;
    if (t.value === 'AS') break;
    if (t.value === 'COMMENT') {
      if (c.peek()?.kind === 'string') c.i++;
      continue;
    }
    if (!c.atOp('(')) break;
    c.i = matchingBracket(tokens, c.i, tokens.length);
  }
  stmt.diags.push(...c.diags);
}

/**
 * `CREATE OR ALTER` of anything but a materialized table: no Flink release has it (2.2: `Encountered
 * "ALTER"`), though a user of other databases (SQL Server, Snowflake's CREATE OR ALTER TABLE) may
 * expect it. One error at ALTER, where Flink's parser stops; nothing after it is read.
 */
function createOrAlter(ctx: Ctx, tokens: readonly Token[], i0: number): Diagnostic | undefined {
  const alter = tokens[i0 + 2];
  if (!isWord(tokens[i0], 'CREATE') || !isWord(tokens[i0 + 1], 'OR') || !isWord(alter, 'ALTER'))
    return undefined;
  const object = tokens[i0 + 3];
  if (isWord(object, 'MATERIALIZED')) return undefined;
  const what = object?.kind === 'word' ? ` ${object.value}` : '';
  return error(
    CODES.unexpectedToken,
    `Flink SQL has no CREATE OR ALTER${what}`,
    `Flink's parser stops at ALTER (Flink 2.2: \`Encountered "ALTER"\`): CREATE OR ALTER is only for a MATERIALIZED TABLE (Flink 2.3). For a table a job writes, write CREATE TABLE (or CREATE TABLE IF NOT EXISTS) with its columns; for one filled by a query, CREATE OR REPLACE TABLE name WITH (...) AS SELECT ...; to change a catalog's table, ALTER TABLE.`,
    ctx.lines.range(ctx.file, alter!.start, alter!.end),
  );
}

/** The words a Flink statement starts with, for FO311's did-you-mean. */
const STATEMENT_WORDS = [
  ...['CREATE', 'ALTER', 'DROP', 'INSERT', 'SELECT', 'WITH', 'SET', 'RESET', 'EXECUTE', 'EXPLAIN'],
  ...['SHOW', 'DESCRIBE', 'USE', 'LOAD', 'UNLOAD', 'ADD', 'REMOVE', 'BEGIN', 'END', 'VALUES'],
  ...['TRUNCATE', 'DELETE', 'UPDATE', 'ANALYZE', 'CALL'],
];

export function checkStatement(ctx: Ctx, tokens: readonly Token[], stmt: Statement): void {
  const i0 = firstWordIndex(tokens);
  const b = brackets(ctx, tokens);
  if (b) stmt.diags.push(b);
  const first = tokens[i0] ?? tokens[0]!;
  if (stmt.kind === 'unknown') {
    const word = ctx.text.slice(first.start, first.end);
    // A misspelt first word (INSERTT, SLECT), as the query parser guesses a misspelt keyword.
    const meant = misspelling(first, STATEMENT_WORDS);
    stmt.diags.push(
      error(
        CODES.unknownStatement,
        `Not a Flink SQL statement: it starts with \`${word}\``,
        (meant ? `Did you mean ${meant}? ` : '') +
          'Flink statements start with CREATE, ALTER, DROP, INSERT, SELECT, WITH, SET, RESET, EXECUTE, EXPLAIN, SHOW, DESCRIBE, USE, ... Check for a missing `;` on the statement before.',
        ctx.lines.range(ctx.file, first.start, first.end),
      ),
    );
  }
  if (stmt.kind === 'client_command') {
    const word = first.value;
    stmt.diags.push(
      warning(
        CODES.clientCommand,
        `\`${ctx.text.slice(first.start, first.end)}\` is a command of Flink's SQL client: left out of the compiled script`,
        'EXIT, QUIT, HELP and CLEAR are read by the SQL client itself; the SQL Gateway does not run them. Remove it to silence this warning.' +
          (word === 'EXIT' || word === 'QUIT'
            ? ' Statements after it still belong to the job, where the SQL client would have stopped.'
            : ''),
        ctx.lines.range(ctx.file, first.start, first.end),
      ),
    );
  }
  const orAlter = createOrAlter(ctx, tokens, i0);
  if (orAlter) {
    stmt.diags.push(orAlter);
    return;
  }
  const late = checkVersionSyntax(ctx, tokens, i0);
  if (late) stmt.diags.push(late);
  if (stmt.kind === 'create_model') {
    createModelClauses(ctx, tokens, i0, stmt);
    statementOptions(ctx, tokens, stmt, 'CREATE MODEL');
  } else if (stmt.kind === 'create_other' || stmt.kind === 'drop' || stmt.kind === 'use')
    objectStatement(ctx, tokens, i0, stmt);
  else if (stmt.kind === 'alter') {
    alterObject(ctx, tokens, i0, stmt);
    alterTable(ctx, tokens, i0, stmt);
    statementOptions(ctx, tokens, stmt, 'ALTER');
  }
  if (stmt.kind === 'show') {
    catalogNames(ctx, tokens, i0, stmt);
    // No SHOW takes a bracket: `SHOW [FULL] MODULES` is the reference page's optional part.
    const bracket = tokens.slice(i0).find((t) => isOp(t, '['));
    if (bracket && !stmt.diags.some((d) => d.severity === 'error'))
      stmt.diags.push(
        error(
          CODES.unexpectedToken,
          'Unexpected `[` in SHOW',
          "Square brackets in Flink's syntax pages mark an optional part: write it without them (SHOW FULL MODULES, SHOW TABLES FROM db), or leave the part out.",
          ctx.lines.range(ctx.file, bracket.start, bracket.end),
        ),
      );
  }
  if (
    stmt.kind === 'load_module' ||
    stmt.kind === 'unload_module' ||
    (stmt.kind === 'use' && isWord(tokens[i0 + 1], 'MODULES'))
  )
    moduleNames(ctx, tokens, i0, stmt);
  const exact: Partial<Record<Statement['kind'], number>> = { end: 1, begin_statement_set: 3 };
  const want = exact[stmt.kind];
  if (want !== undefined && tokens.length - i0 > want) {
    const extra = tokens[i0 + want]!;
    stmt.diags.push(
      error(
        CODES.unexpectedToken,
        `Unexpected \`${ctx.text.slice(extra.start, extra.end)}\` after ${stmt.kind === 'end' ? 'END' : 'BEGIN STATEMENT SET'}`,
        'Terminate it with `;`: BEGIN STATEMENT SET; and END; are statements of their own.',
        ctx.lines.range(ctx.file, extra.start, extra.end),
      ),
    );
  }
}
