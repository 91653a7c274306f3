/**
 * A CREATE of a name that exists, as Flink refuses it: one words of refusal for validate (FO205,
 * a job's script creating a name twice) and the simulator's SQL Gateway (a session's catalog).
 */
import { LineIndex } from '../core/text';
import { isWord, lex, type Token } from './lexer';

/** A statement's tokens, comments and hints aside. */
export function statementWords(text: string): Token[] {
  return lex(text, '', new LineIndex(text)).tokens.filter((t) => t.kind !== 'hint');
}

/**
 * `CREATE OR REPLACE TABLE … AS` / `REPLACE TABLE … AS`: replaces what exists. Flink's parser keeps
 * OR REPLACE for a table AS query only: `CREATE OR REPLACE TABLE t (…)` and `CREATE OR REPLACE
 * [TEMPORARY] VIEW` are plain CREATEs to it, refused when the name exists ("Table (or view)
 * default_database.t already exists in Catalog default_catalog", real 2.2).
 */
export function replacesExisting(
  s: { kind: string; text: string },
  words: readonly Token[] = statementWords(s.text),
): boolean {
  if (s.kind !== 'create_table_as') return false;
  return isWord(words[0], 'REPLACE') || (isWord(words[1], 'OR') && isWord(words[2], 'REPLACE'));
}

/** `CREATE OR REPLACE …` as written, whether or not Flink's parser keeps it (see replacesExisting). */
export function writtenOrReplace(words: readonly Token[]): boolean {
  return isWord(words[1], 'OR') && isWord(words[2], 'REPLACE');
}

/**
 * Flink's refusal of a CREATE whose name exists: a temporary object's (one namespace for
 * temporary tables and views) or a catalog table's or view's, with the exception class saying it.
 */
export function alreadyExists(
  temporary: boolean,
  catalog: string,
  database: string,
  name: string,
): { className: string; message: string } {
  return temporary
    ? {
        className: 'org.apache.flink.table.api.ValidationException',
        message: `Temporary table '\`${catalog}\`.\`${database}\`.\`${name}\`' already exists`,
      }
    : {
        className: 'org.apache.flink.table.catalog.exceptions.TableAlreadyExistException',
        message: `Table (or view) ${database}.${name} already exists in Catalog ${catalog}.`,
      };
}
