/**
 * Which statements of a job's script a plan may run in a throwaway SQL Gateway session: what
 * would outlive the session is never run. A gateway session builds its catalogs from its own
 * catalog store; Flink's default store (`table.catalog-store.kind: generic_in_memory`) lives and
 * dies with the session, and so does the built-in catalog it starts in (`default_catalog`, a
 * `GenericInMemoryCatalog`): real Flink 1.20 shows another session none of a session's
 * `CREATE TABLE` or `CREATE CATALOG`. There a plain `CREATE TABLE` (the SQL client's scripts are
 * full of them), a `CREATE CATALOG` or a `CREATE DATABASE` of the built-in catalog is the
 * session's own. What lands in a catalog the script creates (a JDBC, Paimon or Hive database) or
 * in a store that keeps its catalogs (`file`) is written where every later session finds it.
 */
import type { Statement } from './types';

/** Where a gateway session keeps its catalogs, as its configuration says. */
export interface CatalogStore {
  /** The store is the session's own: its catalogs, and the built-in one, end with the session. */
  perSession: boolean;
  /** The catalog a session starts in (`table.builtin-catalog-name`). */
  builtinCatalog: string;
}

/** Nothing known of the store: whatever is not temporary may outlive the session. */
export const LASTING_STORE: CatalogStore = { perSession: false, builtinCatalog: 'default_catalog' };

const IN_MEMORY = 'generic_in_memory';

/** The store of a session whose configuration is `config` (GET /sessions/:handle). */
export function catalogStoreOf(config: Readonly<Record<string, string>>): CatalogStore {
  const kind = config['table.catalog-store.kind']?.trim().toLowerCase();
  return {
    perSession: kind === undefined || kind === '' || kind === IN_MEMORY,
    builtinCatalog: config['table.builtin-catalog-name']?.trim() || 'default_catalog',
  };
}

/** A store that keeps nothing, starting in `builtinCatalog`: the most a probe could ever run. */
export function perSessionStore(builtinCatalog = 'default_catalog'): CatalogStore {
  return { perSession: true, builtinCatalog };
}

/** Statements with no effect beyond the session. */
const SESSION_KINDS = new Set(['set', 'reset', 'use', 'add_jar', 'load_module', 'unload_module']);
/** Statements that only read (EXPLAIN, SHOW, DESCRIBE): a probe runs them as they are. */
export const READ_ONLY = new Set(['explain', 'show', 'show_jobs', 'describe', 'describe_job']);
/** BEGIN STATEMENT SET; ... END;: markers, not statements. */
export const SET_MARKERS = new Set(['begin_statement_set', 'end']);
const EXPLAINED = new Set(['insert', 'statement_set', 'execute']);
/** Catalog objects a script creates, alters or drops: the session's own where their catalog is. */
const CATALOG_OBJECTS = new Set(['create_table', 'create_view', 'create_function', 'create_database']);

/**
 * Whether `st` starts the job and the gateway EXPLAINs it. `ctas`: the gateway explains CREATE
 * TABLE ... AS and REPLACE TABLE ... AS (2.0+), planning the job without creating the table.
 */
export function explained(st: Statement, ctas: boolean): boolean {
  return EXPLAINED.has(st.kind) || (ctas && st.kind === 'create_table_as');
}

/**
 * The first statement whose effect outlives a session under `store` (a CREATE TABLE ... AS a
 * gateway cannot EXPLAIN starts the job). Undefined: the whole script may run in a probe, every
 * statement that is neither explained, read-only nor a set marker setting the session up.
 */
export function lastingStatement(
  statements: readonly Statement[],
  ctas: boolean,
  store: CatalogStore,
): Statement | undefined {
  return lastingStatements(statements, ctas, store)[0];
}

/**
 * The read-only statement that tells whether the object a non-temporary `CREATE TABLE`, `VIEW` or
 * `DATABASE ... IF NOT EXISTS` names is there (a table or view: DESCRIBE; a database: SHOW TABLES
 * FROM; real Flink 1.20.3 answers both with an error where it is not). Where it is, Flink skips the
 * CREATE, and a probe runs the rest of the script without it. Undefined for any other statement.
 */
export function existenceCheck(st: Statement): string | undefined {
  const quoted = (parts: readonly string[]) => parts.map((p) => `\`${p.replaceAll('`', '``')}\``).join('.');
  if (st.kind === 'create_table' && st.table?.ifNotExists && !st.table.asQuery)
    return `DESCRIBE ${quoted(st.table.name.parts)}`;
  if (st.kind === 'create_view' && st.view?.ifNotExists) return `DESCRIBE ${quoted(st.view.name.parts)}`;
  if (st.kind === 'create_database' && st.database?.ifNotExists)
    return `SHOW TABLES FROM ${quoted(st.database.name.parts)}`;
  return undefined;
}

/**
 * The statements of a script that outlive a session under `store`: those a probe can look for
 * instead of running them (`checked`: a CREATE ... IF NOT EXISTS, see existenceCheck), and the
 * first it cannot run at all.
 */
export interface Lasting {
  unchecked?: Statement;
  checked: ReadonlySet<Statement>;
}

export function lastingUnder(statements: readonly Statement[], ctas: boolean, store: CatalogStore): Lasting {
  const checked = new Set<Statement>();
  let unchecked: Statement | undefined;
  for (const st of lastingStatements(statements, ctas, store))
    if (existenceCheck(st) !== undefined) checked.add(st);
    else unchecked ??= st;
  return { ...(unchecked ? { unchecked } : {}), checked };
}

/** Every statement of the script whose effect outlives a session under `store`, in order. */
export function lastingStatements(
  statements: readonly Statement[],
  ctas: boolean,
  store: CatalogStore,
): Statement[] {
  const out: Statement[] = [];
  let catalog = store.builtinCatalog;
  for (const st of statements) {
    if (st.kind === 'use' && st.use) {
      if (st.use.catalog) catalog = st.use.parts[0] ?? catalog;
      else if (st.use.parts.length === 2) catalog = st.use.parts[0]!;
      continue;
    }
    if (SESSION_KINDS.has(st.kind) || READ_ONLY.has(st.kind) || SET_MARKERS.has(st.kind)) continue;
    if (explained(st, ctas)) continue;
    if (!sessionScoped(st, catalog, store)) out.push(st);
  }
  return out;
}

/**
 * `CREATE [OR REPLACE] TEMPORARY`, for a CREATE the parse records no object of (a MODEL, a
 * CONNECTION): Flink's parser passes TEMPORARY on to those, and not to a CATALOG or DATABASE.
 */
const CREATE_TEMPORARY = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMPORARY\b/i;

/** Whether what `st` creates, alters or drops ends with the session, the script being in `catalog`. */
function sessionScoped(st: Statement, catalog: string, store: CatalogStore): boolean {
  if (st.kind === 'create_table_as') return false;
  if (st.kind.startsWith('create_'))
    return (
      (st.object ? st.object.temporary : CREATE_TEMPORARY.test(st.text)) ||
      createdInSession(st, catalog, store)
    );
  if (st.kind !== 'alter' && st.kind !== 'drop') return false;
  // A MATERIALIZED TABLE, a MODEL: taken to outlive the session.
  const target = st.object;
  if (!target) return false;
  if (target.temporary) return true;
  if (!store.perSession) return false;
  return (
    target.kind === 'catalog' ||
    catalogOf(target.name.parts, target.kind === 'database', catalog) === store.builtinCatalog
  );
}

/** Whether a non-temporary CREATE is the session's own: a catalog, or an object of the built-in catalog. */
function createdInSession(st: Statement, catalog: string, store: CatalogStore): boolean {
  if (!store.perSession) return false;
  if (st.kind === 'create_catalog') return true;
  if (!CATALOG_OBJECTS.has(st.kind)) return false;
  const name = st.table?.name ?? st.view?.name ?? st.function?.name ?? st.database?.name;
  return (
    name !== undefined &&
    catalogOf(name.parts, st.kind === 'create_database', catalog) === store.builtinCatalog
  );
}

/** The catalog of an object named `parts` (`cat.db.t`; a database's `cat.db`), the script being in `catalog`. */
function catalogOf(parts: readonly string[], database: boolean, catalog: string): string {
  return parts.length >= (database ? 2 : 3) ? parts[0]! : catalog;
}
