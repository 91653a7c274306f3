/**
 * Syntax checks that apply across statement kinds: balanced brackets, statements
 * Flink does not know, names that must be simple, and (script-wide) the pairing of
 * BEGIN STATEMENT SET / END. Errors are what Flink's parser rejects; warnings are
 * what it accepts but fails on later.
 */
import type { Diagnostic } from '../core/diagnostics';
import { error, warning } from '../core/diagnostics';
import { firstWordIndex } from './classify';
import { CODES } from './codes';
import type { Ctx } from './cursor';
import { Cursor } from './cursor';
import { simpleName } from './ddl-other';
import { alterTableColumn, parseOptions, refuseEnforcedKey } from './ddl-table';
import type { Token } from './lexer';
import { isName, isOp, isWord, matchingBracket } from './lexer';
import { misspelling } from './query-message';
import { ReferenceScanner } from './reference-scanner';
import type { Statement } from './types';
import { checkVersionSyntax } from './version-syntax';
import { atLeast } from './versions';

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

/** What may follow `ALTER TABLE [IF EXISTS] name` (COMPACT only before Flink 2.0, as PARTITION (...) COMPACT). */
const ALTER_TABLE_VERBS = new Set(['ADD', 'MODIFY', 'DROP', 'RENAME', 'SET', 'RESET']);
const ALTER_TABLE_VERBS_1X = new Set(['COMPACT', 'PARTITION']);

/** What ALTER TABLE ... ADD | MODIFY takes besides a column (quoted, these are column names). */
const ADD_NOT_A_COLUMN = new Set([
  'WATERMARK',
  'PRIMARY',
  'CONSTRAINT',
  'UNIQUE',
  'DISTRIBUTION',
  'PARTITION',
  'IF',
]);

/**
 * ALTER TABLE: the clause after the table name is one Flink has (ADD, MODIFY, DROP, RENAME, SET
 * (...), RESET (...)), and ADD / MODIFY / DROP take no COLUMN keyword — the MySQL and PostgreSQL
 * forms (`ADD COLUMN`, `ALTER COLUMN`, `AUTO_INCREMENT`, `SET TBLPROPERTIES`) Flink's parser rejects.
 */
function alterTable(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
  const c = new Cursor(ctx, tokens, i0 + 1);
  if (!c.eatWord('TABLE')) return;
  c.eatWord('IF', 'EXISTS');
  if (!c.qualifiedName()) {
    // `ALTER TABLE <table_name> ...`, a placeholder left in: Flink's parser stops at it.
    if (c.diags.length === 0 && c.peek()) c.unexpected('ALTER TABLE', 'the table name');
    stmt.diags.push(...c.diags);
    return;
  }
  const verb = c.next();
  if (verb === undefined) return;
  const v = verb.kind === 'word' ? verb.value : '';
  const before2 = ctx.flinkVersion === undefined || !atLeast(ctx.flinkVersion, '2.0');
  const clauses = 'ADD, MODIFY, DROP, RENAME, SET (...) or RESET (...)';
  if (!ALTER_TABLE_VERBS.has(v) && !(before2 && ALTER_TABLE_VERBS_1X.has(v)))
    c.fail(
      CODES.unexpectedToken,
      `Unexpected ${tokenText(ctx, verb)} in ALTER TABLE`,
      `Flink's ALTER TABLE takes ${clauses} after the table name${before2 ? ' (or COMPACT)' : ''}: e.g. ALTER TABLE t ADD c INT, ALTER TABLE t SET ('k' = 'v').`,
      verb,
    );
  else if ((v === 'ADD' || v === 'MODIFY' || v === 'DROP') && c.atWord('COLUMN'))
    c.fail(
      CODES.unexpectedToken,
      `Unexpected COLUMN in ALTER TABLE ... ${v}`,
      `Flink's ALTER TABLE ${v} takes no COLUMN keyword: write ALTER TABLE t ${v} c${v === 'DROP' ? '' : ' INT'} (several at once in parentheses).`,
    );
  else if ((v === 'ADD' || v === 'MODIFY') && isName(c.peek()) && !ADD_NOT_A_COLUMN.has(c.peek()!.value)) {
    const from = c.i;
    alterTableColumn(c, new ReferenceScanner(ctx, tokens), 'ALTER TABLE');
    if (!c.diags.some((d) => d.severity === 'error')) enforcedKeyAdded(c, tokens, from);
  } else if ((v === 'ADD' || v === 'MODIFY') && c.atWord('CONSTRAINT') && !isConstraintKind(c.peek(2)))
    // A named constraint is a primary key (or UNIQUE, which Flink's parser reads and then refuses):
    // not a FOREIGN KEY, CHECK or DEFAULT, which Flink does not have.
    c.fail(
      CODES.unexpectedToken,
      c.peek(2)
        ? `Unexpected ${tokenText(ctx, c.peek(2)!)} in ALTER TABLE ... ${v} CONSTRAINT`
        : `ALTER TABLE ... ${v} CONSTRAINT is missing its PRIMARY KEY`,
      `Flink's only table constraint is the primary key: ALTER TABLE t ${v} CONSTRAINT pk PRIMARY KEY (a) NOT ENFORCED. Foreign keys, CHECK and DEFAULT constraints belong to the database the table lives in.`,
      c.peek(2) ?? c.peek(1),
    );
  else if ((v === 'ADD' || v === 'MODIFY' || v === 'DROP') && c.atOp('(')) {
    if (v !== 'DROP') enforcedKeyAdded(c, tokens, c.i);
    const after = matchingBracket(tokens, c.i, tokens.length);
    const extra = tokens[after];
    if (extra && !isOp(extra, ';'))
      c.fail(
        CODES.unexpectedToken,
        `Unexpected ${tokenText(ctx, extra)} after ALTER TABLE ... ${v} (...)`,
        'The list in parentheses ends the statement: end it with `;` before the next statement (a second ALTER TABLE runs on into this one without it).',
        extra,
      );
  } else if (v === 'ADD' || v === 'MODIFY') enforcedKeyAdded(c, tokens, c.i);
  else if (v === 'SET' && !c.atOp('('))
    c.fail(
      CODES.unexpectedToken,
      'ALTER TABLE ... SET needs its options in parentheses',
      "Write ALTER TABLE t SET ('key' = 'value', ...).",
      c.peek() ?? verb,
    );
  stmt.diags.push(...c.diags);
}

function isConstraintKind(t: Token | undefined): boolean {
  return isWord(t, 'PRIMARY') || isWord(t, 'UNIQUE');
}

/**
 * ALTER TABLE ... ADD | MODIFY of a PRIMARY KEY (on its own or in a parenthesised list) without NOT
 * ENFORCED, from token `from` on: Flink's parser reads it, and the check it runs on the statement
 * refuses it.
 */
function enforcedKeyAdded(c: Cursor, tokens: readonly Token[], from: number): void {
  const k = tokens.findIndex((t, j) => j >= from && isWord(t, 'PRIMARY') && isWord(tokens[j + 1], 'KEY'));
  if (k < 0) return;
  const close = isOp(tokens[k + 2], '(') ? matchingBracket(tokens, k + 2, tokens.length) : k + 2;
  if (isWord(tokens[close], 'NOT') && isWord(tokens[close + 1], 'ENFORCED')) return;
  refuseEnforcedKey(c, tokens[k]);
}

/**
 * ALTER of anything but a table: the objects Flink's ALTER knows (and Calcite's ALTER SYSTEM |
 * SESSION SET / RESET), and for DATABASE, CATALOG, VIEW and FUNCTION the one clause each takes
 * after its name. Another database's ALTER (SEQUENCE, INDEX, `ALTER DATABASE db OPEN`) is an error.
 */
function alterObject(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
  const c = new Cursor(ctx, tokens, i0 + 1);
  const object = c.next();
  if (object?.kind !== 'word') return;
  const o = object.value;
  if (o === 'TEMPORARY') {
    c.eatWord('SYSTEM');
    if (!c.atWord('FUNCTION')) {
      c.unexpected('ALTER TEMPORARY', 'FUNCTION');
      stmt.diags.push(...c.diags);
      return;
    }
    c.i++;
  }
  const clause: Record<string, [string, (c: Cursor) => boolean]> = {
    DATABASE: ["SET ('key' = 'value', ...)", (c) => c.atWord('SET') && c.peek(1)?.value === '('],
    CATALOG: [
      "SET ('key' = 'value', ...), RESET ('key', ...) or COMMENT 'text'",
      (c) => ((c.atWord('SET') || c.atWord('RESET')) && c.peek(1)?.value === '(') || c.atWord('COMMENT'),
    ],
    VIEW: [
      'RENAME TO and the new name, or AS and the query',
      (c) => c.atWord('RENAME', 'TO') || c.atWord('AS'),
    ],
    FUNCTION: [
      "AS and the class name in quotes (ALTER FUNCTION f AS 'com.example.F')",
      (c) => c.atWord('AS'),
    ],
  };
  if ((o === 'SYSTEM' || o === 'SESSION') && c.eatWord('SET')) {
    // Calcite's ALTER SYSTEM | SESSION SET name = value: one literal or name as the value.
    if (c.qualifiedName() && c.eatOp('=')) {
      if (c.atOp('-') || c.atOp('+')) c.i++;
      const value = c.next();
      if (value?.kind === 'word' && value.value !== 'INTERVAL' && c.peek()?.kind === 'string') c.i++;
      if (value && value.value !== 'INTERVAL' && !c.done() && !c.atOp(';'))
        c.unexpected(`ALTER ${o} SET`, 'the end of the statement after the value (one literal or name)');
    }
    stmt.diags.push(...c.diags);
    return;
  }
  const kind = o === 'TEMPORARY' ? 'FUNCTION' : o;
  if (!clause[kind]) {
    if (!ALTER_OBJECTS.has(o))
      c.fail(
        CODES.unexpectedToken,
        `Flink SQL has no ALTER ${tokenText(ctx, object).slice(1, -1).toUpperCase()}`,
        "Flink's ALTER takes TABLE, VIEW, FUNCTION, CATALOG, DATABASE, MATERIALIZED TABLE or MODEL. A statement for another database (a sequence, an index, a user) has no place in a Flink script: run it there.",
        object,
      );
    stmt.diags.push(...c.diags);
    return;
  }
  const where = `ALTER ${kind}`;
  if (kind === 'FUNCTION') c.eatWord('IF', 'EXISTS');
  const name = kind === 'CATALOG' ? simpleName(c, where, 'the catalog name') : c.qualifiedName();
  if (!name) c.unexpected(where, `the ${kind.toLowerCase()} name`);
  else if (c.diags.length === 0 && !clause[kind]![1](c)) c.unexpected(where, clause[kind]![0]);
  stmt.diags.push(...c.diags);
}

/** What Flink's ALTER takes besides DATABASE, CATALOG, VIEW, FUNCTION (checked above); SYSTEM / SESSION are Calcite's. */
const ALTER_OBJECTS = new Set(['TABLE', 'MATERIALIZED', 'MODEL', 'CONNECTION', 'SYSTEM', 'SESSION']);

/** The objects Flink's CREATE and DROP know. */
const OBJECTS = new Set(['TABLE', 'VIEW', 'FUNCTION', 'CATALOG', 'DATABASE', 'MATERIALIZED', 'MODEL']);

/** After one name, the statement (USE, DROP) must end: a second name or a list is an error. */
function endsAfterName(
  c: Cursor,
  allowed: readonly string[],
  summary: (t: Token) => string,
  detail: (t: Token) => string,
): void {
  const extra = c.peek();
  if (!extra || (extra.kind === 'op' && extra.value === ';')) return;
  if (extra.kind === 'word' && allowed.includes(extra.value)) return;
  c.fail(CODES.unexpectedToken, summary(extra), detail(extra), extra);
}

/**
 * CREATE / DROP of an object Flink does not have (INDEX, SCHEMA, USER, SEQUENCE: other databases'
 * DDL pasted in), DROP of several tables at once, and USE with more than one name.
 */
function objectStatement(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
  const c = new Cursor(ctx, tokens, i0 + 1);
  const lead = tokens[i0]!.value;
  if (stmt.kind === 'use') {
    if (c.atWord('MODULES')) return;
    // USE CATALOG cat: cat is one identifier.
    const catalog = c.eatWord('CATALOG');
    const name = catalog ? simpleName(c, 'USE CATALOG', 'the catalog name') : c.qualifiedName();
    if (name) stmt.use = { catalog, parts: name.parts };
    if (!catalog && !name) c.unexpected('USE', 'a database name (db or cat.db)');
    else if (!catalog && name && name.parts.length > 2)
      // Flink's parser takes any compound name; its converter refuses a third part.
      c.fail(
        CODES.refusedByFlink,
        'USE takes a database, or a catalog and a database: not three names',
        'Flink refuses it ("use database identifier format error"): write USE cat.db, or USE CATALOG cat then USE db.',
        name,
      );
    if (name)
      endsAfterName(
        c,
        [],
        (t) => `Unexpected ${tokenText(ctx, t)} after the name in USE`,
        () => 'USE takes one name: USE db, USE cat.db or USE CATALOG cat.',
      );
    stmt.diags.push(...c.diags);
    return;
  }
  if (lead === 'CREATE' && c.atWord('OR')) c.i += 2;
  c.eatWord('TEMPORARY');
  c.eatWord('SYSTEM');
  const object = c.next();
  if (object?.kind !== 'word') return;
  if (!OBJECTS.has(object.value)) {
    c.fail(
      CODES.unexpectedToken,
      `Flink SQL has no ${lead} ${tokenText(ctx, object).slice(1, -1).toUpperCase()}`,
      `Flink's ${lead} takes TABLE, VIEW, FUNCTION, CATALOG, DATABASE, MATERIALIZED TABLE or MODEL. A statement for another database (an index, a schema, a user) has no place in a Flink script: run it there.`,
      object,
    );
  } else if (lead === 'DROP') {
    if (object.value === 'MATERIALIZED') c.i++;
    c.eatWord('IF', 'EXISTS');
    const o = object.value;
    if (!c.qualifiedName()) c.unexpected(`DROP ${o === 'MATERIALIZED' ? 'MATERIALIZED TABLE' : o}`, 'a name');
    else
      endsAfterName(
        c,
        o === 'DATABASE' ? ['CASCADE', 'RESTRICT'] : [],
        (t) => `Unexpected ${tokenText(ctx, t)} after the name in DROP ${o}`,
        (t) =>
          t.kind === 'op' && t.value === ','
            ? `Flink drops one ${o.toLowerCase()} a statement: write DROP ${o} a; DROP ${o} b;`
            : `DROP ${o} takes one name${o === 'DATABASE' ? ', then CASCADE or RESTRICT' : ''}.`,
      );
  }
  stmt.diags.push(...c.diags);
}

function tokenText(ctx: Ctx, t: Token): string {
  return `\`${ctx.text.slice(t.start, t.end)}\``;
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

/** An EXPLAIN (or COMPILE PLAN ... FOR) STATEMENT SET BEGIN that the splitter cut at its first `;` stays open until END. */
function opensSet(s: Statement): boolean {
  if (s.kind === 'begin_statement_set') return true;
  return (
    (s.kind === 'explain' || s.kind === 'compile_plan') &&
    /\bSTATEMENT\s+SET\s+BEGIN\b/i.test(s.text) &&
    !/\bEND\s*$/i.test(s.text)
  );
}

function emptySet(begin: Statement): Diagnostic {
  return error(
    CODES.emptyStatementSet,
    'Statement set is empty',
    'Put at least one INSERT statement between BEGIN STATEMENT SET; and END;, or remove the statement set: the SQL client submits nothing for an empty one.',
    begin.range,
  );
}

/** Statements that write through a job: what a statement set is there to hold. */
export function writesThroughJob(s: Statement): boolean {
  return s.kind === 'insert' || s.kind === 'create_table_as' || (s.kind === 'execute' && s.writes.length > 0);
}

export function checkStatementSets(statements: readonly Statement[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let open: Statement | undefined;
  let writes = 0;
  for (const s of statements) {
    if (open && writesThroughJob(s)) writes++;
    if (opensSet(s)) {
      // A BEGIN STATEMENT SET; written twice: the INSERTs after the second are the first set's
      // (Flink refuses the second BEGIN itself), so the first is not empty for it.
      const again = open?.kind === 'begin_statement_set' && s.kind === 'begin_statement_set';
      if (open?.kind === 'begin_statement_set' && writes === 0 && !again) out.push(emptySet(open));
      if (open) {
        out.push(
          warning(
            CODES.nestedStatementSet,
            'Statement set opened while another one is open',
            'Statement sets do not nest: close the previous one with END; before BEGIN STATEMENT SET;.',
            s.range,
          ),
        );
      }
      if (!again) {
        open = s;
        writes = 0;
      }
    } else if (s.kind === 'end') {
      // The SQL client submits nothing for BEGIN STATEMENT SET; END; with no INSERT between.
      if (open?.kind === 'begin_statement_set' && writes === 0) out.push(emptySet(open));
      if (!open) {
        out.push(
          warning(
            CODES.strayEnd,
            'END without BEGIN STATEMENT SET',
            'Remove this END; or open the statement set with BEGIN STATEMENT SET; before the INSERT statements.',
            s.range,
          ),
        );
      }
      open = undefined;
    }
  }
  if (open) {
    out.push(
      warning(
        CODES.unclosedStatementSet,
        'Statement set is never closed with END;',
        'Add END; after the last INSERT statement of the set; until then its INSERTs are not submitted.',
        open.range,
      ),
    );
  }
  return out;
}
