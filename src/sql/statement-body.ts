/**
 * Per-kind parsing of one statement: DDL into definitions, queries and DML into
 * references, SET/RESET into key/value, and the statements nested in statement sets,
 * EXPLAIN, EXECUTE and COMPILE PLAN (analysed as statements of their own).
 */

import { classify, firstWordIndex } from './classify';
import { CODES } from './codes';
import type { Ctx } from './cursor';
import { Cursor } from './cursor';
import { alterWithQuery, parseMaterializedTable } from './ddl-materialized';
import { createdObject, droppedOrAltered } from './ddl-object';
import {
  parseAnalyze,
  parseFunctionBody,
  parseNamespaceBody,
  parseShowCreate,
  parseViewBody,
} from './ddl-other';
import { parseTableBody, refuseEnforcedKey } from './ddl-table';
import type { Token } from './lexer';
import { isOp, isWord } from './lexer';
import { ReferenceScanner } from './reference-scanner';
import { pushUnique, withoutCtes, withoutRunaways } from './references';
import { parseReset, parseSet } from './set-reset';
import type { NamespaceDef, Statement, StatementKind, TableDef } from './types';
import { atLeast } from './versions';

/** The first `w1 w2` of the tokens (`PRIMARY KEY`), at its first word. */
function wordPair(tokens: readonly Token[], w1: string, w2: string): Token | undefined {
  return tokens.find((t, k) => isWord(t, w1) && isWord(tokens[k + 1], w2));
}

/**
 * What Flink's parser reads in a CREATE TABLE but Flink refuses before it plans anything (the
 * parser's own validation, SqlValidateException): a PRIMARY KEY without NOT ENFORCED, a
 * CREATE TEMPORARY TABLE ... AS, and before 2.0 a CREATE TABLE ... AS with a schema of its own.
 * `head` are the statement's tokens before its AS query.
 */
function refusedTable(
  c: Cursor,
  table: TableDef,
  head: readonly Token[],
  temporary: Token | undefined,
): void {
  const ctas = table.asQuery === true;
  if (table.primaryKey?.enforced) {
    refuseEnforcedKey(c, wordPair(head, 'PRIMARY', 'KEY'), table.primaryKey.columns.join(', '));
    return;
  }
  if (!ctas) return;
  const verb = isWord(head[0], 'REPLACE')
    ? 'REPLACE TABLE'
    : isWord(head[1], 'OR')
      ? 'CREATE OR REPLACE TABLE'
      : 'CREATE TABLE';
  if (temporary) {
    c.fail(
      CODES.refusedByFlink,
      `${verb} ... AS SELECT cannot create a temporary table`,
      `Flink refuses CREATE TEMPORARY TABLE ... AS SELECT ("does not support to create temporary table yet"). Create the table with CREATE TEMPORARY TABLE name (columns) WITH (...) and fill it with INSERT INTO name SELECT ..., or drop TEMPORARY.`,
      temporary,
    );
    return;
  }
  const v = c.ctx.flinkVersion;
  if (v === undefined || atLeast(v, '2.0')) return;
  const schema = table.columns.length > 0 || table.watermark !== undefined || table.primaryKey !== undefined;
  const partitioned = table.partitionedBy.length > 0;
  if (!schema && !partitioned) return;
  const at = partitioned && !schema ? wordPair(head, 'PARTITIONED', 'BY') : head.find((t) => isOp(t, '('));
  c.fail(
    CODES.refusedByFlink,
    `${verb} ... AS SELECT takes no ${schema ? 'column list, watermark or primary key' : 'PARTITIONED BY'} before Flink 2.0`,
    `Flink ${v} refuses it ("${verb} AS SELECT syntax does not support ${schema ? 'to specify explicit columns' : 'to create partitioned table'} yet"): the table takes its columns from the query. Remove the ${schema ? 'parenthesised list' : 'PARTITIONED BY clause'}, or create the table first and INSERT INTO it.`,
    at,
  );
}

/** A statement built from a token sub-list (inner statements of sets, EXPLAIN targets). */
export function buildStatement(ctx: Ctx, tokens: readonly Token[]): Statement {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const stmt: Statement = {
    kind: classify(tokens),
    text: ctx.text.slice(start, end),
    start,
    end,
    range: ctx.lines.range(ctx.file, start, end),
    reads: [],
    writes: [],
    functions: [],
    diags: [],
  };
  analyzeBody(ctx, tokens, stmt);
  return stmt;
}

const EXPLAIN_DETAILS = new Set(['ESTIMATED_COST', 'CHANGELOG_MODE', 'JSON_EXECUTION_PLAN', 'PLAN_ADVICE']);

function absorb(stmt: Statement, inner: Statement, writes: boolean): void {
  for (const r of inner.reads) pushUnique(stmt.reads, r);
  for (const f of inner.functions) pushUnique(stmt.functions, f);
  if (writes) for (const w of inner.writes) pushUnique(stmt.writes, w);
  stmt.diags.push(...inner.diags);
}

/** `BEGIN <insert>; <insert>; ... END` from index `begin` (the BEGIN token). */
function statementSet(
  ctx: Ctx,
  tokens: readonly Token[],
  begin: number,
  stmt: Statement,
  writes: boolean,
): void {
  let last = tokens.length;
  if (isWord(tokens[last - 1], 'END')) last--;
  const inner: Statement[] = [];
  let from = begin + 1;
  for (let k = begin + 1; k <= last; k++) {
    if (k === last || isOp(tokens[k], ';')) {
      if (k > from) inner.push(buildStatement(ctx, tokens.slice(from, k)));
      from = k + 1;
    }
  }
  const c = new Cursor(ctx, tokens);
  for (const s of inner) {
    if (s.kind !== 'insert') {
      c.fail(
        CODES.statementSetContent,
        'A statement set can only contain INSERT statements',
        'Move this statement out of the BEGIN ... END block; only INSERT INTO/OVERWRITE statements run inside a statement set.',
        tokens.find((t) => t.start === s.start),
      );
    }
    absorb(stmt, s, writes);
  }
  // EXPLAIN STATEMENT SET BEGIN continues in the next statements (up to END;) when split there.
  const closed = isWord(tokens[tokens.length - 1], 'END');
  // Flink's grammar ends every INSERT of a set with `;`, the last one too: `... FROM t END` is refused at END.
  if (closed && last > begin + 1 && !isOp(tokens[last - 1], ';')) {
    c.fail(
      CODES.unexpectedToken,
      'Unexpected END in a statement set: its last INSERT has no `;`',
      'Flink ends each INSERT of a statement set with `;`, the last one too: write `;` before END.',
      tokens[last],
    );
  }
  if (inner.length === 0 && closed) {
    c.fail(
      CODES.emptyStatementSet,
      'Statement set is empty',
      'Put at least one INSERT statement between BEGIN and END, or remove the statement set.',
      tokens[begin],
    );
  }
  stmt.inner = inner;
  stmt.diags.push(...c.diags);
}

function nested(ctx: Ctx, tokens: readonly Token[], at: number, stmt: Statement, writes: boolean): void {
  if (at >= tokens.length) {
    const c = new Cursor(ctx, tokens, at);
    c.unexpected(stmt.kind.toUpperCase().replace('_', ' '), 'the statement it applies to');
    stmt.diags.push(...c.diags);
    return;
  }
  if (isWord(tokens[at], 'STATEMENT') && isWord(tokens[at + 1], 'SET') && isWord(tokens[at + 2], 'BEGIN')) {
    statementSet(ctx, tokens, at + 2, stmt, writes);
    return;
  }
  if (isWord(tokens[at], 'EXECUTE') && isWord(tokens[at + 1], 'STATEMENT')) {
    if (isWord(tokens[at + 3], 'BEGIN')) statementSet(ctx, tokens, at + 3, stmt, writes);
    return;
  }
  const inner = buildStatement(ctx, tokens.slice(at));
  absorb(stmt, inner, writes);
}

export function analyzeBody(ctx: Ctx, tokens: readonly Token[], stmt: Statement): void {
  const i0 = firstWordIndex(tokens);
  const n = tokens.length;
  const scanner = new ReferenceScanner(ctx, tokens);
  // The queries whose column names validate resolves (FO204): each SELECT's scope, from this parse.
  if (ctx.columnScopes && SCOPED.has(stmt.kind)) scanner.refs.scopes = [];
  const c = new Cursor(ctx, tokens, i0 + 1);
  switch (stmt.kind) {
    case 'set': {
      const r = parseSet(ctx.text, ctx.file, ctx.lines, tokens.slice(i0));
      stmt.set = r.set;
      stmt.diags.push(...r.diags);
      break;
    }
    case 'reset': {
      const r = parseReset(ctx.text, ctx.file, ctx.lines, tokens.slice(i0));
      stmt.set = r.set;
      stmt.diags.push(...r.diags);
      break;
    }
    case 'create_table':
    case 'create_table_as': {
      const table: TableDef = {
        name: { parts: [], name: '', start: stmt.start, end: stmt.start },
        temporary: false,
        ifNotExists: false,
        columns: [],
        partitionedBy: [],
        options: {},
      };
      const orReplace = c.eatWord('OR', 'REPLACE') || isWord(tokens[i0], 'REPLACE');
      const temporary = c.peek();
      if (c.eatWord('TEMPORARY')) table.temporary = true;
      c.eatWord('TABLE');
      const q = parseTableBody(c, table, scanner);
      // Only a primary key or a CTAS can be refused: most tables need no look at their tokens again.
      if ((table.primaryKey?.enforced || table.asQuery) && !c.diags.some((d) => d.severity === 'error'))
        refusedTable(c, table, tokens.slice(i0, q >= 0 ? q : n), table.temporary ? temporary : undefined);
      if (q >= 0) {
        // What names the query's columns, from this parse (the table's columns for FO288/FO289).
        scanner.refs.shape = { branches: [] };
        scanner.query(q, n, 'CREATE TABLE AS');
        if (scanner.refs.shape) table.queryShape = scanner.refs.shape;
        scanner.refs.shape = undefined;
      }
      if (table.like) pushUnique(scanner.refs.reads, { ...table.like.source, like: true });
      if (table.asQuery && table.name.parts.length > 0) pushUnique(scanner.refs.writes, table.name);
      stmt.table = table;
      createdObject(stmt, 'table', table, orReplace);
      break;
    }
    case 'create_view': {
      const view = {
        name: { parts: [], name: '', start: stmt.start, end: stmt.start },
        temporary: false,
        ifNotExists: false,
        columns: [] as string[],
        query: '',
      };
      // Flink parses OR REPLACE and creates the view as without it (FLINK-17067).
      const orReplace = c.eatWord('OR', 'REPLACE');
      if (c.eatWord('TEMPORARY')) view.temporary = true;
      c.eatWord('VIEW');
      const q = parseViewBody(c, view);
      if (q >= 0) scanner.query(q, n, 'CREATE VIEW');
      stmt.view = view;
      createdObject(stmt, 'view', view, orReplace);
      break;
    }
    case 'create_function': {
      const fn = {
        name: { parts: [], name: '', start: stmt.start, end: stmt.start },
        temporary: false,
        system: false,
        ifNotExists: false,
        className: '',
        language: 'JAVA' as const,
        jars: [] as string[],
      };
      const orReplace = c.eatWord('OR', 'REPLACE');
      if (c.eatWord('TEMPORARY')) fn.temporary = true;
      if (c.eatWord('SYSTEM')) fn.system = true;
      c.eatWord('FUNCTION');
      parseFunctionBody(c, fn);
      stmt.function = fn;
      createdObject(stmt, 'function', fn, orReplace);
      break;
    }
    case 'create_catalog':
    case 'create_database': {
      const def: NamespaceDef = {
        name: { parts: [], name: '', start: stmt.start, end: stmt.start },
        ifNotExists: false,
        options: {},
      };
      const orReplace = c.eatWord('OR', 'REPLACE');
      c.eatWord('TEMPORARY'); // Flink's parser takes it, and ignores it
      c.i++; // CATALOG | DATABASE | SCHEMA
      const kind = stmt.kind === 'create_catalog' ? 'catalog' : 'database';
      parseNamespaceBody(c, def, kind);
      if (kind === 'catalog') stmt.catalog = def;
      else stmt.database = def;
      createdObject(stmt, kind, def, orReplace);
      break;
    }
    case 'create_materialized_table':
      stmt.table = parseMaterializedTable(c, scanner, stmt.start);
      break;
    case 'alter':
    case 'drop': {
      const object = droppedOrAltered(ctx, tokens, i0 + 1, stmt.kind);
      if (object) stmt.object = object;
      if (stmt.kind === 'alter') alterWithQuery(c, scanner);
      break;
    }
    case 'insert': {
      const q = scanner.insert(i0, n);
      c.i =
        q < 0
          ? Math.min(n, i0 + (isWord(tokens[i0 + 1], 'INTO') || isWord(tokens[i0 + 1], 'OVERWRITE') ? 2 : 1))
          : q;
      // A quote never closed runs to the end of the script: the lexer's error says it all.
      if (tokens.slice(i0, n).some((t) => t.unterminated)) break;
      if (q < 0) c.unexpected('INSERT', 'INTO or OVERWRITE and the target table name');
      else if (q >= n) c.unexpected('INSERT', 'the query (SELECT ... or VALUES ...) after the target table');
      break;
    }
    case 'select':
      scanner.query(i0, n, 'the query');
      break;
    case 'call':
      scanner.query(i0 + 1, n, 'CALL', 'call');
      break;
    case 'statement_set':
      if (isWord(tokens[i0 + 3], 'BEGIN')) statementSet(ctx, tokens, i0 + 3, stmt, true);
      else c.unexpected('EXECUTE STATEMENT SET', 'BEGIN');
      break;
    case 'explain': {
      let k = i0 + 1;
      if (isWord(tokens[k], 'PLAN') && isWord(tokens[k + 1], 'FOR')) k += 2;
      else {
        while (tokens[k]?.kind === 'word' && EXPLAIN_DETAILS.has(tokens[k]!.value)) {
          k++;
          if (!isOp(tokens[k], ',')) break;
          k++;
        }
      }
      nested(ctx, tokens, k, stmt, false);
      break;
    }
    case 'execute':
      if (!isWord(tokens[i0 + 1], 'PLAN')) nested(ctx, tokens, i0 + 1, stmt, true);
      break;
    case 'compile_plan': {
      const f = topLevelWord(tokens, 'FOR', i0);
      if (f >= 0) nested(ctx, tokens, f + 1, stmt, isWord(tokens[i0 + 1], 'AND'));
      break;
    }
    case 'delete':
    case 'update': {
      if (stmt.kind === 'delete') c.eatWord('FROM');
      const target = c.qualifiedName();
      if (target) pushUnique(scanner.refs.writes, target);
      else c.unexpected(stmt.kind === 'delete' ? 'DELETE FROM' : 'UPDATE', 'the table name');
      scanner.scan(c.i, n);
      break;
    }
    case 'show':
      parseShowCreate(c);
      break;
    case 'analyze':
      parseAnalyze(c);
      break;
    case 'truncate': {
      c.eatWord('TABLE');
      const target = c.qualifiedName();
      if (target) pushUnique(scanner.refs.writes, target);
      else c.unexpected('TRUNCATE TABLE', 'the table name');
      break;
    }
    default:
      break;
  }
  const refs = scanner.refs;
  if (refs.scopes && refs.scopes.length > 0 && !scanner.diags.some((d) => d.severity === 'error')) {
    stmt.scopes = refs.scopes;
    if (refs.query) stmt.query = refs.query;
  }
  for (const r of withoutRunaways(withoutCtes(refs.reads, refs.ctes), tokens)) pushUnique(stmt.reads, r);
  for (const w of withoutRunaways(refs.writes, tokens)) pushUnique(stmt.writes, w);
  for (const f of withoutRunaways(refs.functions, tokens)) pushUnique(stmt.functions, f);
  stmt.diags.push(...c.diags, ...scanner.diags);
}

const SCOPED: ReadonlySet<StatementKind> = new Set(['insert', 'select', 'create_table_as', 'create_view']);

function topLevelWord(tokens: readonly Token[], word: string, from: number): number {
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op') {
      if (t.value === '(') depth++;
      else if (t.value === ')') depth--;
    } else if (depth === 0 && t.kind === 'word' && t.value === word) return k;
  }
  return -1;
}
