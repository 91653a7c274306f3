/** Decides a statement's kind from its leading words (hints and parentheses aside). */
import type { Token } from './lexer';
import { isOp, isWord } from './lexer';
import type { StatementKind } from './types';

function w(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' ? t.value : '';
}

/** After CREATE [OR REPLACE] TABLE name ...: is there a top-level AS (a CTAS)? */
function hasTopLevelAs(tokens: readonly Token[], from: number): boolean {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'op') {
      if (t.value === '(') depth++;
      else if (t.value === ')') depth--;
    } else if (depth === 0 && t.kind === 'word' && t.value === 'AS') return true;
  }
  return false;
}

function classifyCreate(tokens: readonly Token[], i: number): StatementKind {
  if (w(tokens, i) === 'OR' && w(tokens, i + 1) === 'REPLACE') {
    i += 2;
  } else if (w(tokens, i) === 'OR' && w(tokens, i + 1) === 'ALTER') {
    // CREATE OR ALTER MATERIALIZED TABLE (Flink 2.3); Flink's parser stops at ALTER before
    // anything else (a TABLE, a VIEW): not read as the object it names.
    if (w(tokens, i + 2) !== 'MATERIALIZED') return 'create_other';
    i += 2;
  }
  if (w(tokens, i) === 'TEMPORARY') i++;
  if (w(tokens, i) === 'SYSTEM') i++;
  switch (w(tokens, i)) {
    case 'TABLE':
      // CREATE OR REPLACE TABLE without AS SELECT is a plain CREATE TABLE to Flink's parser (it
      // drops the OR REPLACE): DDL, not a write.
      return hasTopLevelAs(tokens, i + 1) ? 'create_table_as' : 'create_table';
    case 'VIEW':
      return 'create_view';
    case 'FUNCTION':
      return 'create_function';
    case 'CATALOG':
      return 'create_catalog';
    case 'DATABASE':
      return 'create_database';
    case 'MATERIALIZED':
      return 'create_materialized_table';
    case 'MODEL':
      return 'create_model';
    default:
      return 'create_other';
  }
}

export function classify(tokens: readonly Token[]): StatementKind {
  let i = 0;
  while (tokens[i]?.kind === 'hint') i++;
  if (isOp(tokens[i], '(')) return 'select';
  const a = w(tokens, i);
  const b = w(tokens, i + 1);
  switch (a) {
    case 'SET':
      return 'set';
    case 'RESET':
      return 'reset';
    case 'CREATE':
      return classifyCreate(tokens, i + 1);
    case 'REPLACE':
      return b === 'TABLE' ? 'create_table_as' : 'unknown';
    case 'ALTER':
      return 'alter';
    case 'DROP':
      return 'drop';
    case 'INSERT':
    case 'UPSERT':
      return 'insert';
    case 'EXECUTE':
      return b === 'STATEMENT' && w(tokens, i + 2) === 'SET' ? 'statement_set' : 'execute';
    case 'BEGIN':
      return b === 'STATEMENT' && w(tokens, i + 2) === 'SET' ? 'begin_statement_set' : 'unknown';
    case 'END':
      return 'end';
    case 'SELECT':
    case 'WITH':
    case 'VALUES':
    case 'TABLE':
      return 'select';
    case 'EXPLAIN':
      return 'explain';
    case 'SHOW':
      return b === 'JOBS' ? 'show_jobs' : 'show';
    case 'DESCRIBE':
    case 'DESC':
      return b === 'JOB' ? 'describe_job' : 'describe';
    case 'STOP':
      return b === 'JOB' ? 'stop_job' : 'unknown';
    case 'USE':
      return 'use';
    case 'LOAD':
      return b === 'MODULE' ? 'load_module' : 'unknown';
    case 'UNLOAD':
      return b === 'MODULE' ? 'unload_module' : 'unknown';
    case 'ADD':
      return b === 'JAR' ? 'add_jar' : 'unknown';
    case 'REMOVE':
      return b === 'JAR' ? 'remove_jar' : 'unknown';
    case 'CALL':
      return 'call';
    case 'DELETE':
      return 'delete';
    case 'UPDATE':
      return 'update';
    case 'TRUNCATE':
      return 'truncate';
    case 'ANALYZE':
      return 'analyze';
    case 'COMPILE':
      return b === 'PLAN' || b === 'AND' ? 'compile_plan' : 'unknown';
    case 'EXIT':
    case 'QUIT':
    case 'HELP':
    case 'CLEAR':
      // The SQL client's commands: a word alone (`sql-client -f` scripts often end with EXIT;).
      return tokens.length === i + 1 || isOp(tokens[i + 1], ';') ? 'client_command' : 'unknown';
    default:
      return 'unknown';
  }
}

/** Index of the first token of the statement proper (after leading hints). */
export function firstWordIndex(tokens: readonly Token[]): number {
  let i = 0;
  while (tokens[i]?.kind === 'hint') i++;
  return i;
}

export function startsWith(tokens: readonly Token[], i: number, ...words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (!isWord(tokens[i + k], words[k]!)) return false;
  return true;
}

/** `USING` and its list of resources: `JAR '…'` or `ARTIFACT '…'`, separated by commas. */
const USING_RESOURCES = /\bUSING\s+((?:(?:JAR|ARTIFACT)\s+'(?:[^']|'')*'\s*,?\s*)+)/i;
const QUOTED = /'((?:[^']|'')*)'/g;

/**
 * The locations a statement loads, as written with quotes undone (`'it''s.jar'` → `it's.jar`): an
 * `ADD JAR '…'`'s one, or each resource of a `CREATE FUNCTION … USING JAR '…', JAR|ARTIFACT '…'`
 * list (Flink takes them all); empty when none is written. One reader for the rules that judge them
 * (FO459, FO669), the spec hash that counts them and the plan's causes.
 */
export function jarLocations(text: string): string[] {
  return jarLiterals(text).map((l) => l.location);
}

/** A location `jarLocations` reads, and where its quoted literal is in the statement's text (quotes included). */
export interface JarLiteral {
  location: string;
  start: number;
  end: number;
}

/** `jarLocations` with the offsets of each quoted literal in `text`: a diagnostic points at the path itself. */
export function jarLiterals(text: string): JarLiteral[] {
  const add = /\bADD\s+JAR\s+'((?:[^']|'')*)'/i.exec(text);
  if (add) {
    const end = add.index + add[0].length;
    return [{ location: add[1]!.replace(/''/g, "'"), start: end - add[1]!.length - 2, end }];
  }
  const using = USING_RESOURCES.exec(text);
  if (!using) return [];
  // The list is the match's last text: it ends where the match does.
  const at = using.index + using[0].length - using[1]!.length;
  return [...using[1]!.matchAll(QUOTED)].map((q) => ({
    location: q[1]!.replace(/''/g, "'"),
    start: at + q.index,
    end: at + q.index + q[0].length,
  }));
}
