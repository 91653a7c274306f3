/**
 * The simulated catalogs: each session's own `default_catalog` (the SQL Gateway's default catalog
 * store builds a session an in-memory one, gone with it), the catalogs every session shares (a
 * catalog a script creates keeps its objects in its own system), plus each session's temporary
 * objects (which shadow them, as in Flink).
 */
import type { ObjectRef } from '../sql/types';

export interface CatalogTable {
  fqn: string;
  kind: 'table' | 'view';
  /** For views: tables the view reads (fully qualified), expanded when a job reads the view. */
  reads: string[];
  columns: { name: string; type: string }[];
  /** Connector options (WITH). */
  options?: Record<string, string>;
  watermark?: boolean;
  primaryKey?: string[];
  /** Declared `DISTRIBUTED BY ... / INTO n BUCKETS`. */
  distributed?: boolean;
  /** For views: the query text, inlined where a job reads the view (as Flink's planner does). */
  query?: string;
  /** For views: their output column names, where known (a column list, or their query's select list). */
  names?: string[];
  /** A table whose DDL does not list its columns (CREATE TABLE ... AS, ... LIKE): not judged. */
  columnsOpen?: true;
}

export interface CatalogFunction {
  name: string;
  className: string;
}

export class Catalog {
  readonly tables = new Map<string, CatalogTable>();
  /** Function names, lower-case (Flink function lookup is case-insensitive). */
  readonly functions = new Map<string, CatalogFunction>();
}

export const DEFAULT_CATALOG = 'default_catalog';
export const DEFAULT_DATABASE = 'default_database';

/** Tables of the built-in catalog in a session's own map, the other catalogs' in the shared one. */
class SessionTables extends Map<string, CatalogTable> {
  constructor(private readonly shared: Map<string, CatalogTable>) {
    super();
  }
  private builtin(fqn: string): boolean {
    return fqn.startsWith(`${DEFAULT_CATALOG}.`);
  }
  override get(fqn: string): CatalogTable | undefined {
    return this.builtin(fqn) ? super.get(fqn) : this.shared.get(fqn);
  }
  override has(fqn: string): boolean {
    return this.builtin(fqn) ? super.has(fqn) : this.shared.has(fqn);
  }
  override set(fqn: string, t: CatalogTable): this {
    if (this.builtin(fqn)) super.set(fqn, t);
    else this.shared.set(fqn, t);
    return this;
  }
  override delete(fqn: string): boolean {
    return this.builtin(fqn) ? super.delete(fqn) : this.shared.delete(fqn);
  }
  override *values(): MapIterator<CatalogTable> {
    yield* super.values();
    yield* this.shared.values();
  }
}

/**
 * A session's non-temporary objects: a `CREATE TABLE` of `default_catalog` is the session's alone
 * (real Flink 1.20: another session's SHOW TABLES lists none of them), one of another catalog is
 * every session's. Functions are the session's (the simulator keys them by name only).
 */
export function sessionCatalog(shared: Catalog): Catalog {
  const c = new Catalog();
  Object.defineProperty(c, 'tables', { value: new SessionTables(shared.tables) });
  return c;
}

export interface NamePath {
  catalog: string;
  database: string;
}

/** `t` / `db.t` / `cat.db.t` → `cat.db.t`, against the session's current catalog and database. */
export function qualify(ref: ObjectRef | string[], cur: NamePath): string {
  const parts = Array.isArray(ref) ? ref : ref.parts;
  if (parts.length >= 3) return parts.slice(-3).join('.');
  if (parts.length === 2) return `${cur.catalog}.${parts[0]}.${parts[1]}`;
  return `${cur.catalog}.${cur.database}.${parts[0]}`;
}

/** Temporary objects first, then the shared catalog. */
export function lookupTable(fqn: string, temp: Catalog, shared: Catalog): CatalogTable | undefined {
  return temp.tables.get(fqn) ?? shared.tables.get(fqn);
}

export function lookupFunction(name: string, temp: Catalog, shared: Catalog): CatalogFunction | undefined {
  const key = name.toLowerCase();
  return temp.functions.get(key) ?? shared.functions.get(key);
}

/** Source tables behind a table or view (views expanded recursively). */
export function expandSources(
  fqn: string,
  temp: Catalog,
  shared: Catalog,
  seen = new Set<string>(),
): string[] {
  if (seen.has(fqn)) return [];
  seen.add(fqn);
  const t = lookupTable(fqn, temp, shared);
  if (!t || t.kind === 'table') return [fqn];
  return t.reads.flatMap((r) => expandSources(r, temp, shared, seen));
}
