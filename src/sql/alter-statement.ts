/**
 * ALTER: the clause after an ALTER TABLE's name, and the objects (and their one clause)
 * Flink's ALTER takes besides a table; another database's ALTER is an error.
 */

import { CODES } from './codes';
import { type Ctx, Cursor } from './cursor';
import { simpleName } from './ddl-other';
import { alterTableColumn, refuseEnforcedKey } from './ddl-table';
import { isName, isOp, isWord, matchingBracket, type Token } from './lexer';
import { tokenText } from './object-statement';
import { ReferenceScanner } from './reference-scanner';
import type { Statement } from './types';
import { atLeast } from './versions';

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
export function alterTable(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
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
export function alterObject(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
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
