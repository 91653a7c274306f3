/**
 * The columns a `CREATE TABLE ... AS SELECT` writes, where its query names them without doubt:
 * each select item a column reference (its name) or an aliased expression, `*` / `t.*` over tables
 * whose columns are known (a repository table, or a table the script creates before with its
 * columns), and the columns the CREATE part declares (Flink 2.0+, FLIP-463: new columns first, a
 * query column declared again takes the declared type). An expression without alias is named as
 * Calcite's validator names it: `EXPR$<i>`, i its 0-based place in the select list with `*`
 * expanded (SqlValidatorUtil.alias, SqlUtil.deriveAliasFromOrdinal; SqlValidatorImpl passes the
 * count of the names before it). VALUES, at the top or as a FROM item read by `*`, names its
 * columns `EXPR$<i>` too (or after its alias's column list). Anything else (branches of a UNION
 * naming other columns, a `*` over a subquery or a function, two columns of one name) leaves them
 * unknown. From the parse
 * validate already made
 * (TableDef.queryShape): no script is read again.
 */
import type { ColumnDef, ObjectRef, QueryBranch, Statement } from '../sql/types';
import type { LocalTable, ProjectJob, ProjectTable } from './model';

/** A column the table writes; `type` when it is known (declared, or a column read as it is). */
export interface WrittenColumn {
  name: string;
  type?: string;
}

interface Scope {
  tableByName: ReadonlyMap<string, ProjectTable>;
  job: ProjectJob;
}

/** A column a table declares; `virtual` for a virtual metadata column. */
export interface DeclaredColumn extends WrittenColumn {
  virtual?: true;
}

/** A CREATE TABLE's columns, as declared (a computed one without a type). */
function defColumns(cols: readonly ColumnDef[]): DeclaredColumn[] {
  return cols.map((c) =>
    c.kind === 'computed'
      ? { name: c.name }
      : {
          name: c.name,
          type: c.type,
          ...(c.kind === 'metadata' && c.virtual ? { virtual: true as const } : {}),
        },
  );
}

/**
 * A repository table's columns as it declares them (YAML: physical, computed, metadata; DDL: its
 * CREATE TABLE's); undefined for a YAML table without a spec or a DDL table created LIKE another.
 */
export function declaredColumns(t: ProjectTable): DeclaredColumn[] | undefined {
  if (t.format === 'yaml') {
    const spec = t.spec;
    if (!spec) return undefined;
    return [
      ...spec.columns.map((c) => ({ name: c.name, type: String(c.type) })),
      ...(spec.computed ?? []).map((c) => ({ name: c.name })),
      ...(spec.metadata ?? []).map((c) => ({
        name: c.name,
        type: String(c.type),
        ...(c.virtual ? { virtual: true as const } : {}),
      })),
    ];
  }
  const def = t.statement?.table;
  return def && !def.like ? defColumns(def.columns) : undefined;
}

/** Columns as `*` gives them: undefined when a virtual metadata column is among them. */
function starColumns(cols: DeclaredColumn[] | undefined): WrittenColumn[] | undefined {
  // A virtual metadata column is left out of `*` or not, as table.column-expansion-strategy says.
  return cols?.some((c) => c.virtual) ? undefined : cols;
}

function tableColumns(ref: ObjectRef, at: Statement, s: Scope, depth: number): WrittenColumn[] | undefined {
  if (ref.parts.length !== 1) return undefined;
  const { job } = s;
  if (job.localViews?.some((v) => v.name === ref.name)) return undefined;
  const local: LocalTable | undefined = job.localTables?.find(
    (t) => t.name === ref.name && t.statement.end <= at.start,
  );
  if (local) {
    const def = local.statement.table;
    if (!def || def.like) return undefined;
    return def.asQuery
      ? ctasColumns(local.statement, s.job, s.tableByName, depth + 1)
      : starColumns(defColumns(def.columns));
  }
  if (job.localTables?.some((t) => t.name === ref.name)) return undefined;
  if (!job.reads.includes(ref.name)) return undefined;
  const t = s.tableByName.get(ref.name);
  if (t?.objectKind !== 'table') return undefined;
  return starColumns(declaredColumns(t));
}

/** The FROM item `q` names (its alias, or the table's name without one). */
function fromItem(branch: QueryBranch, q: string): ObjectRef | undefined | null {
  for (const f of branch.from) {
    if (f === undefined) continue;
    if ((f.alias ?? f.name) === q) return f;
  }
  // An item whose name is not known may be the one `q` names.
  return branch.from.includes(undefined) ? null : undefined;
}

function branchColumns(
  branch: QueryBranch,
  at: Statement,
  s: Scope,
  depth: number,
): WrittenColumn[] | undefined {
  const out: WrittenColumn[] = [];
  const cache = new Map<ObjectRef, WrittenColumn[] | undefined>();
  const colsOf = (r: ObjectRef) => {
    if (!cache.has(r)) cache.set(r, tableColumns(r, at, s, depth));
    return cache.get(r);
  };
  for (const item of branch.items) {
    if (item.as !== undefined) out.push({ name: item.as });
    else if (item.column) {
      const parts = item.column;
      // Calcite names a column reference after its last part (SqlValidatorUtil.alias_: "foo.bar" --> "bar").
      const name = parts[parts.length - 1]!;
      let type: string | undefined;
      // Its type, when the column is a known table's, read as it is.
      if (parts.length === 2) {
        const f = fromItem(branch, parts[0]!);
        if (f) type = colsOf(f)?.find((c) => c.name === name)?.type;
      } else if (parts.length === 1 && branch.from.length === 1 && branch.from[0])
        type = colsOf(branch.from[0])?.find((c) => c.name === name)?.type;
      out.push(type === undefined ? { name } : { name, type });
    } else if (item.star) {
      const q = item.star;
      if (q.length > 1) return undefined;
      const items = q.length === 0 ? branch.from : [fromItem(branch, q[0]!)];
      if (items.length === 0) return undefined;
      for (const [i, f] of items.entries()) {
        // A VALUES in FROM: the names Flink gives its columns, of no known type.
        const values = q.length === 0 ? branch.valuesColumns?.[i] : undefined;
        const cols = f ? colsOf(f) : values?.map((name) => ({ name }));
        if (!cols) return undefined;
        out.push(...cols);
      }
    } else {
      // Calcite's ordinal counts the distinct names before it; two of one name leave the table
      // unknown (ctasColumns), so here it is the place in the list.
      out.push({ name: `EXPR$${out.length}` });
    }
  }
  return out;
}

/**
 * The columns `stmt` (a CREATE TABLE ... AS of `job`'s script) writes, in no particular order;
 * undefined when its query does not name them all without doubt.
 */
export function ctasColumns(
  stmt: Statement,
  job: ProjectJob,
  tableByName: ReadonlyMap<string, ProjectTable>,
  depth = 0,
): WrittenColumn[] | undefined {
  const def = stmt.table;
  const shape = def?.queryShape;
  if (!def || !shape || shape.branches.length === 0 || depth > 8) return undefined;
  // After USE, a simple name is looked up in another catalog or database.
  if (job.analysis?.statements.some((x) => x.kind === 'use')) return undefined;
  const s: Scope = { tableByName, job };
  let cols: WrittenColumn[] | undefined;
  for (const b of shape.branches) {
    const bc = branchColumns(b, stmt, s, depth);
    if (!bc) return undefined;
    if (!cols) cols = bc;
    else {
      // A UNION names its columns after its first branch: one naming others is not taken.
      if (bc.length !== cols.length || bc.some((c, i) => c.name !== cols![i]!.name)) return undefined;
      cols = cols.map((c, i) => (c.type === bc[i]!.type ? c : { name: c.name }));
    }
  }
  if (!cols) return undefined;
  // Two columns of one name: Flink renames one (a0), or refuses it.
  const seen = new Set<string>();
  for (const c of cols) {
    const k = c.name.toLowerCase();
    if (seen.has(k)) return undefined;
    seen.add(k);
  }
  // The CREATE part's columns: a query column declared again takes the declared type; a new
  // physical one is written too (NULL); bare names only reorder the query's.
  const declared: WrittenColumn[] = [];
  for (const d of def.columns) {
    const q = cols.findIndex((c) => c.name === d.name);
    if (d.kind !== 'physical') {
      if (q >= 0) return undefined;
      continue;
    }
    if (q >= 0) cols[q] = d.type === undefined ? cols[q]! : { name: d.name, type: d.type };
    else if (d.type === undefined) return undefined;
    else declared.push({ name: d.name, type: d.type });
  }
  return [...declared, ...cols];
}
