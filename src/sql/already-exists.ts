/**
 * A CREATE of a name that exists, as Flink refuses it: one words of refusal for validate (FO205,
 * a job's script creating a name twice) and the simulator's SQL Gateway (a session's catalog).
 */
import type { Statement } from './types';

/**
 * `CREATE OR REPLACE TABLE … AS` / `REPLACE TABLE … AS`: replaces what exists. Flink's parser keeps
 * OR REPLACE for a table AS query only: `CREATE OR REPLACE TABLE t (…)` and `CREATE OR REPLACE
 * [TEMPORARY] VIEW` are plain CREATEs to it, refused when the name exists ("Table (or view)
 * default_database.t already exists in Catalog default_catalog", real 2.2).
 */
export function replacesExisting(s: Pick<Statement, 'kind' | 'object'>): boolean {
  return s.kind === 'create_table_as' && s.object?.orReplace === true;
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
