/**
 * The model the Flink SQL front end produces. Offsets are UTF-16 indexes into the
 * script text; ranges are 1-based lines/columns in the user's file.
 */
import type { Diagnostic, SourceRange } from '../core/diagnostics';

export type StatementKind =
  | 'set' // SET 'k' = 'v' | SET k = v | SET (show all)
  | 'reset' // RESET 'k' | RESET
  | 'create_table' // CREATE [TEMPORARY] TABLE ... (incl. LIKE)
  | 'create_table_as' // CREATE TABLE ... AS SELECT / REPLACE TABLE AS
  | 'create_view'
  | 'create_function'
  | 'create_catalog'
  | 'create_database'
  | 'create_materialized_table'
  | 'create_model'
  | 'create_other'
  | 'alter'
  | 'drop'
  | 'insert' // INSERT INTO / INSERT OVERWRITE
  | 'statement_set' // EXECUTE STATEMENT SET BEGIN ... END
  | 'begin_statement_set' // BEGIN STATEMENT SET
  | 'end' // END (closes BEGIN STATEMENT SET)
  | 'select' // SELECT / WITH / VALUES / TABLE / (query)
  | 'explain'
  | 'execute' // EXECUTE <insert> / EXECUTE PLAN
  | 'show'
  | 'show_jobs'
  | 'describe'
  | 'describe_job'
  | 'stop_job'
  | 'use'
  | 'load_module'
  | 'unload_module'
  | 'add_jar'
  | 'remove_jar'
  | 'call'
  | 'delete'
  | 'update'
  | 'truncate'
  | 'analyze'
  | 'compile_plan'
  | 'client_command' // EXIT, QUIT, HELP, CLEAR: the SQL client's own commands, never sent to Flink
  | 'unknown';

/** A (possibly qualified) object name as written: `cat`.`db`.`t` → ['cat','db','t']. */
export interface ObjectRef {
  parts: string[];
  /** Last part: the object's own name, case preserved (Flink identifiers are case-sensitive). */
  name: string;
  start: number;
  end: number;
  /** Read with FOR SYSTEM_TIME AS OF (temporal / lookup join). */
  temporal?: boolean;
  /** The alias a query's FROM gives the table (`orders AS o`, `orders o`), as written. */
  alias?: string;
  /** The source of `CREATE TABLE ... LIKE`: Flink copies its schema and options and reads no row of it. */
  like?: boolean;
  /** What an `OPTIONS(...)` hint after the name sets for this reference (a table read or written). */
  options?: Record<string, string>;
}

export interface ColumnDef {
  kind: 'physical' | 'computed' | 'metadata';
  name: string;
  /** Flink type text, normalised (upper-case keywords, single spaces); absent for computed columns. */
  type?: string;
  nullable?: boolean;
  /** Computed column expression text. */
  expr?: string;
  /** Metadata column: `METADATA FROM 'key'`. */
  metadataKey?: string;
  virtual?: boolean;
  comment?: string;
  start: number;
  end: number;
}

export interface TableDef {
  name: ObjectRef;
  temporary: boolean;
  ifNotExists: boolean;
  columns: ColumnDef[];
  watermark?: { column: string; expr: string };
  primaryKey?: { columns: string[]; enforced: boolean; name?: string };
  partitionedBy: string[];
  /** `start`/`end`: the offsets of the word DISTRIBUTED. */
  distributedBy?: {
    kind?: 'HASH' | 'RANGE';
    columns: string[];
    buckets?: number;
    start: number;
    end: number;
  };
  comment?: string;
  like?: { source: ObjectRef; options: string[] };
  options: Record<string, string>;
  /** CREATE TABLE ... AS <query>: the query's references are in the statement's reads. */
  asQuery?: boolean;
  /**
   * With asQuery, when its query parsed: the select lists of its top-level SELECTs (one a branch of
   * a UNION / INTERSECT / EXCEPT), each item as the query names it, and the tables of each branch's
   * FROM; a top-level VALUES is one branch whose items are its values, expressions without alias. Absent
   * when the query's output is not named by select lists (TABLE t, a parenthesised query).
   */
  queryShape?: QueryShape;
}

/** The top-level select lists of a query, as written (see TableDef.queryShape). */
export interface QueryShape {
  branches: QueryBranch[];
}

export interface QueryBranch {
  items: QueryItem[];
  /** The FROM's items: a table read (with its alias), or undefined for any other (subquery, function, UNNEST, ...). */
  from: (ObjectRef | undefined)[];
  /** The column names of the FROM items that are a VALUES (`(VALUES …) [AS v (a, b)]`), by their place in `from`. */
  valuesColumns?: Record<number, string[]>;
}

/**
 * A select item: `*` or `t.*` (star, with its qualifier's parts), a column reference (`c`, `t.c`:
 * column, its parts), or another expression with an alias (`as`); `as` alone when an item is
 * aliased, nothing when it is an expression without alias.
 */
export interface QueryItem {
  star?: string[];
  column?: string[];
  as?: string;
}

/**
 * Where a query's column names are resolved (collected for queries of statements): each SELECT
 * is a scope, with the items of its FROM and the column names its expressions read.
 */
export interface SelectScope {
  /** The scope an unresolved name is looked up in next (the enclosing SELECT). */
  parent?: SelectScope;
  items: FromItem[];
  uses: ColumnUse[];
  /** The select list, as written. */
  select: QueryItem[];
  /** Names here cannot be judged (inside MATCH_RECOGNIZE or a table function's arguments). */
  opaque?: true;
}

/** Where a column name stands: ORDER BY may name a select-list alias (Flink's conformance). */
export type ColumnClause = 'select' | 'where' | 'group' | 'having' | 'order' | 'other';

export interface ColumnUse {
  ref: ObjectRef;
  clause: ColumnClause;
}

/**
 * A FROM item: a table or view (`table`), a subquery or WITH query (`query`), a window TVF over
 * one (`window`), or one whose columns are not known (`unknown`); `names` when renamed `AS x(a, b)`.
 */
export interface FromItem {
  /** The name the query refers to it by: its alias, or a table's own name. */
  alias?: string;
  table?: ObjectRef;
  query?: QueryScope;
  window?: FromItem;
  names?: string[];
  unknown?: true;
}

/** A query's SELECTs (one for each branch of a set operation); `names` from a WITH column list. */
export interface QueryScope {
  branches: SelectScope[];
  names?: string[];
  /** The output is not named by a select list (VALUES, TABLE t, a parenthesised query term). */
  lost?: true;
}

export interface ViewDef {
  name: ObjectRef;
  temporary: boolean;
  ifNotExists: boolean;
  columns: string[];
  /** Text of the query, as written. */
  query: string;
  comment?: string;
}

export interface FunctionDef {
  name: ObjectRef;
  temporary: boolean;
  system: boolean;
  ifNotExists: boolean;
  className: string;
  language: 'JAVA' | 'SCALA' | 'PYTHON' | 'SQL';
  jars: string[];
}

/** CREATE CATALOG / CREATE DATABASE (added: optional on Statement). */
export interface NamespaceDef {
  name: ObjectRef;
  ifNotExists: boolean;
  comment?: string;
  options: Record<string, string>;
}

/**
 * What a CREATE, DROP or ALTER of a table, view, function, database or catalog acts on, as the parse
 * read it: one record for every rule and the simulator (materialized tables and models have none).
 */
export interface StatementObject {
  verb: 'create' | 'drop' | 'alter';
  kind: 'table' | 'view' | 'function' | 'database' | 'catalog';
  /** As Flink reads it: its parser takes TEMPORARY before CATALOG and DATABASE and ignores it there. */
  temporary: boolean;
  /** `TEMPORARY SYSTEM FUNCTION`. */
  system: boolean;
  /** DROP / ALTER ... IF EXISTS. */
  ifExists: boolean;
  /** CREATE ... IF NOT EXISTS. */
  ifNotExists: boolean;
  /**
   * `CREATE OR REPLACE` or `REPLACE TABLE`, as written: Flink's parser keeps it only for a table AS
   * query (see `replacesExisting`, src/sql/already-exists.ts).
   */
  orReplace: boolean;
  /** The name as written, with its offsets. */
  name: ObjectRef;
  /** `ALTER TABLE|VIEW x RENAME TO y`: y (a column's `RENAME c TO d` is not). */
  renamedTo?: ObjectRef;
}

export interface Statement {
  kind: StatementKind;
  /** Exact source text of the statement, without the terminating `;`. */
  text: string;
  start: number;
  end: number;
  range: SourceRange;
  /** Tables/views read (FROM, JOIN, LATERAL TABLE, TABLE t in TVFs, subqueries); CTE names and aliases excluded. */
  reads: ObjectRef[];
  /** Tables written (INSERT INTO/OVERWRITE, in statement sets too, CREATE TABLE AS target). */
  writes: ObjectRef[];
  /** Functions called, upper-cased builtins excluded; names as written. */
  functions: ObjectRef[];
  /** SET 'k' = 'v' / RESET 'k'. Absent key: SET/RESET without a key. */
  set?: { key?: string; value?: string };
  table?: TableDef;
  view?: ViewDef;
  function?: FunctionDef;
  catalog?: NamespaceDef;
  database?: NamespaceDef;
  /** The table, view, function, database or catalog a CREATE, DROP or ALTER acts on. */
  object?: StatementObject;
  /** USE CATALOG cat (`catalog`), USE db, USE cat.db: the name's parts (absent for USE MODULES). */
  use?: { catalog: boolean; parts: string[] };
  /** The SELECTs of the statement's query (INSERT, CREATE VIEW / TABLE AS, SELECT), when it parsed. */
  scopes?: SelectScope[];
  /** The statement's top-level query (CREATE VIEW: what names the view's columns). */
  query?: QueryScope;
  /** For statement sets: the inner INSERT statements. */
  inner?: Statement[];
  diags: Diagnostic[];
  /**
   * Set when asked for (`AnalyzeOptions.dollarsInLiterals`), the script lexed cleanly and every `$`
   * of the statement (one at least) lies inside a plain '...' literal: a `${env.X}` there changes
   * nothing but that literal's content.
   */
  dollarsInLiterals?: true;
}

export interface ScriptAnalysis {
  statements: Statement[];
  /** Script-level problems (unterminated string/comment, unbalanced statement set, ...) plus every statement's diags. */
  diags: Diagnostic[];
}
