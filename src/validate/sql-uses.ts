/**
 * What a script reads, writes and calls, resolved against the repository: every
 * name must be a repository table/function (or be created in the script), and be
 * used the way its `kind` allows.
 */
import { type Diagnostic, error, type SourceRange, warning } from '../core/diagnostics';
import { closest, didYouMean, isIdentifier, suggestIdentifier } from '../core/names';
import type { LineIndex } from '../core/text';
import { builtinFunctionNames, builtinSince } from '../sql/keywords';
import type { ObjectRef, Statement, TableDef } from '../sql/types';
import type { LocalTable, Project, ProjectTable, Uses, ViewReads } from './model';

export interface Ctx {
  project: Project;
  file: string;
  lines: LineIndex;
  diags: Diagnostic[];
}

/** A statement and the statements nested in it (statement sets). */
export function flattenStatements(statements: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    out.push(s);
    if (s.inner) out.push(...s.inner);
  }
  return out;
}

function uniqueRefs(
  statements: readonly Statement[],
  pick: (s: Statement) => readonly ObjectRef[],
): ObjectRef[] {
  const seen = new Set<string>();
  const out: ObjectRef[] = [];
  for (const s of statements) {
    for (const r of pick(s)) {
      const k = `${r.start}:${r.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}

/**
 * Names the script defines itself (temporary tables, views, functions, catalogs: each catalog with
 * where its CREATE CATALOG ends), and whether it switches catalogs. Tables and views map to where their first definition ends: Flink knows a name only
 * from the statement after it (`CREATE VIEW v AS SELECT * FROM v` reads no v); the statement
 * itself writes it (CREATE TABLE ... AS SELECT).
 */
function localDefinitions(statements: readonly Statement[]): {
  objects: Map<string, { start: number; end: number; table?: Statement }>;
  functions: Set<string>;
  catalogs: { name: string; end: number }[];
  catalog: boolean;
} {
  const objects = new Map<string, { start: number; end: number; table?: Statement }>();
  const functions = new Set<string>();
  const catalogs: { name: string; end: number }[] = [];
  let catalog = false;
  for (const s of statements) {
    const name = s.table?.name.name ?? s.view?.name.name;
    if (name !== undefined && !objects.has(name))
      objects.set(name, { start: s.start, end: s.end, ...(s.table ? { table: s } : {}) });
    if (s.function) functions.add(s.function.name.name.toLowerCase());
    if (s.kind === 'create_catalog' || s.kind === 'use') catalog = true;
    if (s.kind === 'create_catalog' && s.catalog) catalogs.push({ name: s.catalog.name.name, end: s.end });
  }
  return { objects, functions, catalogs, catalog };
}

/** Where a compiled script creates the repository's tables: the session's built-in catalog and database. */
const BUILTIN_CATALOG = 'default_catalog';
const BUILTIN_DATABASE = 'default_database';

/**
 * Whether a qualified name is in the catalog and database a compiled script starts in (and creates
 * the repository's tables and UDFs in): `default_catalog.default_database.x` or `default_database.x`.
 */
export function inBuiltinNamespace(parts: readonly string[]): boolean {
  if (parts.length === 3) return parts[0] === BUILTIN_CATALOG && parts[1] === BUILTIN_DATABASE;
  return parts.length === 2 && parts[0] === BUILTIN_DATABASE;
}

/** The catalog and database a script's unqualified names resolve in from `from` on (undefined: not known). */
interface Namespace {
  from: number;
  catalog?: string;
  database?: string;
  /** The USE statement that switched to it. */
  use?: Statement;
}

/**
 * Maps a table reference to the repository's name for it, when Flink would look it up where the
 * compiled script creates the repository's tables (`default_catalog`.`default_database`): a simple
 * name before any `USE` moves away from there, `default_database.t` while the script is in
 * `default_catalog`, and `default_catalog.default_database.t` anywhere. Otherwise `where` says
 * which `USE` sent an unqualified name elsewhere.
 */
export function namespaceResolver(statements: readonly Statement[]): {
  name: (r: ObjectRef) => string | undefined;
  where: (r: ObjectRef) => Namespace;
} {
  const spaces: Namespace[] = [{ from: 0, catalog: BUILTIN_CATALOG, database: BUILTIN_DATABASE }];
  for (const s of statements) {
    if (s.kind !== 'use' || !s.use) continue;
    const prev = spaces[spaces.length - 1]!;
    const [a, b] = s.use.parts;
    const next: Namespace = s.use.catalog
      ? { from: s.end, catalog: a, database: a === BUILTIN_CATALOG ? BUILTIN_DATABASE : undefined, use: s }
      : b === undefined
        ? { from: s.end, catalog: prev.catalog, database: a, use: s }
        : { from: s.end, catalog: a, database: b, use: s };
    spaces.push(next);
  }
  const where = (r: ObjectRef): Namespace => {
    let at = spaces[0]!;
    for (const n of spaces) if (n.from <= r.start) at = n;
    return at;
  };
  const name = (r: ObjectRef): string | undefined => {
    const p = r.parts;
    if (p.length === 3) return p[0] === BUILTIN_CATALOG && p[1] === BUILTIN_DATABASE ? r.name : undefined;
    const ns = where(r);
    if (ns.catalog !== BUILTIN_CATALOG) return undefined;
    if (p.length === 2) return p[0] === BUILTIN_DATABASE ? r.name : undefined;
    return p.length === 1 && ns.database === BUILTIN_DATABASE ? r.name : undefined;
  };
  return { name, where };
}

/** Flink's built-in connectors that work one way only: its planner refuses the other way. */
const SINK_ONLY: ReadonlySet<string> = new Set(['blackhole', 'print']);
const SOURCE_ONLY: ReadonlySet<string> = new Set(['datagen']);

/**
 * Sinks that take no `DISTRIBUTED BY / INTO n BUCKETS` (no SupportsBucketing): Flink's planner
 * refuses to write such a table ("is distributed into buckets, but the underlying DynamicTableSink
 * doesn't implement the SupportsBucketing interface"), as real Flink 2.2.0 does for each of these
 * (kafka 5.0.0-2.2, jdbc 4.0.0-2.0; 1.20's DynamicSinkUtils has the same check). Other connectors
 * (Paimon, a team's own) may implement it: nothing is said of them.
 */
const NO_BUCKETING: ReadonlySet<string> = new Set([
  'blackhole',
  'print',
  'filesystem',
  'kafka',
  'upsert-kafka',
  'jdbc',
]);

function distributionText(d: NonNullable<TableDef['distributedBy']>): string {
  const by = d.columns.length > 0 ? ` BY ${d.kind ? `${d.kind}` : ''}(${d.columns.join(', ')})` : '';
  return `DISTRIBUTED${by}${d.buckets !== undefined ? ` INTO ${d.buckets} BUCKETS` : ''}`;
}

/** FO235: a job writes a table declared DISTRIBUTED ... whose sink cannot take it. */
function unbucketedSink(
  owner: string,
  table: string,
  connector: string,
  d: NonNullable<TableDef['distributedBy']>,
  where: string,
  range: SourceRange,
): Diagnostic {
  return error(
    'FO235',
    `${owner} writes table "${table}", declared ${distributionText(d)}, which the ${connector} connector cannot write`,
    `Flink's planner refuses the job when it is planned or submitted ("Table '...${table}' is distributed into buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface"): the ${connector} sink does not implement bucketing. ` +
      `Remove the DISTRIBUTED clause ${where}, and leave the spread of rows to the connector's own options${connector === 'kafka' || connector === 'upsert-kafka' ? " (Kafka partitions by the message key: 'key.fields', or upsert-kafka's PRIMARY KEY)" : connector === 'filesystem' ? ' (PARTITIONED BY for directories)' : ''}.`,
    range,
  );
}

/** The connector a table declares (YAML `connector:` or its DDL's 'connector' option). */
function connectorOf(t: ProjectTable): string | undefined {
  return t.spec?.connector ?? t.statement?.table?.options.connector;
}

/** A lookup table: `kind: dimension`, or raw DDL that sets a `lookup.*` option (its cache, its retries). */
function isDimension(t: ProjectTable): boolean {
  if (t.kind === 'dimension') return true;
  return Object.keys(t.statement?.table?.options ?? {}).some((k) => k.startsWith('lookup.'));
}

/**
 * A call of a function that is not a Flink built-in (the analyser leaves those out): the name of
 * the repository's UDF it calls, nothing when a UDF file that did not load may declare it, or
 * FO225 at the call.
 */
export function projectFunction(
  project: Project,
  called: string,
  owner: string,
  at: () => Diagnostic['range'],
): string | Diagnostic | undefined {
  const name = called.toLowerCase();
  if (project.functionByName.has(name)) return name;
  // Its UDF file's own error says why (or a UDF file that cannot be read may declare it).
  if (project.unresolved.functions.has(name) || project.unresolved.anyFunction) return undefined;
  const target = project.config?.flinkVersion;
  // A misspelt built-in (`SUMM`, `COALESE`) is the commoner slip: one edit for a short name.
  const hint =
    didYouMean(name, project.functionByName.keys()) ??
    closest(called.toUpperCase(), builtinFunctionNames(target), called.length <= 5 ? 1 : 2);
  const since = builtinSince(called.toUpperCase());
  if (since !== undefined && target !== undefined)
    // A built-in of a later release (ARRAY_MIN on 1.18: "No match found for function signature
    // ARRAY_MIN", real 1.18.1): the team read a newer release's documentation.
    return error(
      'FO225',
      `${owner} calls "${called}", a Flink built-in only from Flink ${since}`,
      `The project targets Flink ${target} (flinkVersion in flinkops.yaml), which has no function ${called.toUpperCase()}. ` +
        `Write it with the functions Flink ${target} has, add a UDF of that name to a UDF file, or raise flinkVersion if the cluster runs Flink ${since} or later.`,
      at(),
    );
  return error(
    'FO225',
    `${owner} calls unknown function "${called}"`,
    (hint ? `Did you mean "${hint}"? ` : '') +
      'It is neither a Flink built-in nor a function of udfs/*.yaml; add it to a UDF file or create it in the script.',
    at(),
  );
}

/** What one reader (a job's own statements, or one of its views) reads, while it is resolved. */
interface ReadSets {
  tables: Set<string>;
  localTables: Set<string>;
  localViews: Set<string>;
  catalogTables: Set<string>;
}

const readSets = (): ReadSets => ({
  tables: new Set(),
  localTables: new Set(),
  localViews: new Set(),
  catalogTables: new Set(),
});

function viewReadsOf(r: ReadSets): ViewReads {
  const out: ViewReads = {};
  for (const k of ['tables', 'localTables', 'localViews', 'catalogTables'] as const)
    if (r[k].size > 0) out[k] = [...r[k]].sort();
  return out;
}

/**
 * `scriptViews`: a job's script, whose own views are told apart (Uses.localViews, Uses.direct); a
 * repository view's file is that view, not a view of its own.
 */
export function resolveUses(
  ctx: Ctx,
  statements: readonly Statement[],
  owner: string,
  scriptViews = false,
): Uses {
  const { project, diags } = ctx;
  const all = flattenStatements(statements);
  const local = localDefinitions(all);
  // The script's own views (their first definition), and what each reads: found from the same
  // references, by where they sit. A script without views pays nothing.
  const viewDefs = scriptViews
    ? all.filter((s) => s.view !== undefined && local.objects.get(s.view.name.name)?.start === s.start)
    : [];
  const viewReads = new Map(viewDefs.map((s) => [s.view!.name.name, readSets()]));
  const direct = readSets();
  const readerOf = (r: ObjectRef): ReadSets => {
    for (const v of viewDefs)
      if (r.start >= v.start && r.end <= v.end) return viewReads.get(v.view!.name.name)!;
    return direct;
  };
  const reads = new Set<string>();
  const catalogReads = new Set<string>();
  const catalogWrites = new Set<string>();
  const copies = new Set<string>();
  const writes = new Set<string>();
  const functions = new Set<string>();
  const localTables = new Map<string, LocalTable>();
  const at = (r: ObjectRef) => ctx.lines.range(ctx.file, r.start, r.end);
  const namespace = namespaceResolver(all);
  const { catalogs } = local;
  /** FO249: a catalog the script does not create, one edit or two from one it does (a typo). */
  const unknownCatalog = (catalog: string, start: number, range: () => SourceRange): void => {
    if (catalogs.length === 0 || catalog === BUILTIN_CATALOG) return;
    if (catalogs.some((c) => c.name === catalog && c.end <= start)) return;
    const hint = didYouMean(catalog, [...catalogs.map((c) => c.name), BUILTIN_CATALOG]);
    if (hint === undefined || hint === catalog) return;
    diags.push(
      warning(
        'FO249',
        `${owner} uses catalog "${catalog}", which its script does not create: did you mean "${hint}"?`,
        `The script creates ${catalogs.map((c) => `"${c.name}"`).join(', ')} with CREATE CATALOG; unless the SQL Gateway's catalog store has a catalog named ${catalog}, Flink refuses the name when apply submits the job ("Object '${catalog}' not found", "A catalog with name [${catalog}] does not exist"), and plan, which does not run a script that creates a catalog, cannot say so. Write ${hint} here, or create ${catalog} above this statement.`,
        range(),
      ),
    );
  };
  for (const s of all)
    if (s.kind === 'use' && s.use?.catalog && s.use.parts[0] !== undefined)
      unknownCatalog(s.use.parts[0], s.start, () => ctx.lines.range(ctx.file, s.start, s.end));
  const lookup = (r: ObjectRef, verb: string): ProjectTable | undefined => {
    const def = local.objects.get(r.name);
    const known = def !== undefined && (verb === 'writes to' ? def.start : def.end) <= r.start;
    if (known) {
      // The script's own table: part of the lineage, and of the topics' relations (a LIKE reads no row).
      if (def.table && verb !== 'copies with LIKE') {
        const t = localTables.get(r.name) ?? { name: r.name, statement: def.table };
        if (verb === 'writes to') t.written = true;
        else t.read = true;
        localTables.set(r.name, t);
      }
      if (verb === 'reads' && viewDefs.length > 0) {
        if (def.table) readerOf(r).localTables.add(r.name);
        else if (viewReads.has(r.name)) readerOf(r).localViews.add(r.name);
      }
      return undefined;
    }
    const name = namespace.name(r);
    if (name === undefined) {
      const ns = namespace.where(r);
      if (r.parts.length === 1 && ns.use && def === undefined && project.tableByName.has(r.name)) {
        const use = ns.use.text.replace(/\s+/g, ' ').trim();
        diags.push(
          warning(
            'FO228',
            `${owner} ${verb} "${r.name}" after \`${use}\`, so Flink looks it up there, not among the repository's tables`,
            `The compiled script creates the repository's tables in ${BUILTIN_CATALOG}.${BUILTIN_DATABASE}; after ${use} (line ${ctx.lines.range(ctx.file, ns.use.start, ns.use.end).start.line}) a simple name is looked up in ${ns.catalog ?? 'that catalog'}${ns.database ? `.${ns.database}` : ''}. ` +
              `Write ${BUILTIN_CATALOG}.${BUILTIN_DATABASE}.${r.name} for the repository's table, or qualify the name with its own catalog and database if it is a table of that catalog.`,
            at(r),
          ),
        );
        return undefined;
      }
      if (r.parts.length === 3) unknownCatalog(r.parts[0]!, r.start, () => at(r));
      if (r.parts.length > 1) {
        // Another catalog's table (`pg.db.t`): no repository table, but part of the lineage.
        const written = r.parts.map((p) => (isIdentifier(p) ? p : `\`${p}\``)).join('.');
        if (verb === 'writes to') catalogWrites.add(written);
        else if (verb === 'reads') {
          catalogReads.add(written);
          if (viewDefs.length > 0) readerOf(r).catalogTables.add(written);
        }
        return undefined;
      }
    }
    const t = name === undefined ? undefined : project.tableByName.get(name);
    if (t) return t;
    if (r.parts.length > 1) return undefined;
    if (def !== undefined) {
      diags.push(
        error(
          'FO220',
          `${owner} ${verb} "${r.name}" before the statement that creates it`,
          `Flink knows a table or view from the statement after its CREATE on: ${r.name} is created further down (or by this very statement, which cannot read itself). Move the CREATE above this statement, or read another table here.`,
          at(r),
        ),
      );
      return undefined;
    }
    if (project.unresolved.anyTable) return undefined; // tables/ cannot be listed: FO101 says why
    if (project.unresolved.tables.has(r.name)) return undefined; // its file's own error says why
    if (local.catalog) {
      diags.push(
        warning(
          'FO221',
          `${owner} ${verb} "${r.name}", which is not a table of the repository`,
          'The script switches catalogs, so the name may exist there; if it should be a repository table, add tables/' +
            `${r.name}.yaml.`,
          at(r),
        ),
      );
      return undefined;
    }
    const hint = didYouMean(r.name, project.tableByName.keys());
    const fileName = suggestIdentifier(r.name);
    diags.push(
      error(
        'FO220',
        `${owner} ${verb} undefined table "${r.name}"`,
        (hint ? `Did you mean "${hint}"? ` : '') +
          (isIdentifier(r.name)
            ? `Define it in tables/${r.name}.yaml (or tables/${r.name}.sql)`
            : `A repository table's name is its file name, which must match [a-z][a-z0-9_]*: define it as ${fileName} in tables/${fileName}.yaml (or .sql) and use that name here`) +
          `, create it in the script, or qualify it as catalog.database.${r.name}.`,
        at(r),
      ),
    );
    return undefined;
  };
  for (const r of uniqueRefs(all, (s) => s.writes)) {
    const t = lookup(r, 'writes to');
    if (!t) continue;
    writes.add(t.name);
    const connector = connectorOf(t);
    if (t.objectKind === 'view') {
      diags.push(
        error(
          'FO226',
          `${owner} writes to view "${t.name}"`,
          'A view cannot be written; write to a sink table.',
          at(r),
        ),
      );
    } else if (t.kind === 'source') {
      diags.push(
        error(
          'FO222',
          `${owner} writes to source table "${t.name}"`,
          `${t.file} declares kind: source (read only). Write to a sink table, or change its kind to sink if jobs write it.`,
          at(r),
        ),
      );
    } else if (
      connector !== undefined &&
      NO_BUCKETING.has(connector) &&
      t.statement?.table?.distributedBy !== undefined
    ) {
      diags.push(
        unbucketedSink(
          owner,
          t.name,
          connector,
          t.statement.table.distributedBy,
          `from ${t.file} (or write another table)`,
          at(r),
        ),
      );
    } else if (connector !== undefined && SOURCE_ONLY.has(connector)) {
      diags.push(
        error(
          'FO222',
          `${owner} writes to table "${t.name}", whose connector ${connector} can only be read`,
          `Flink's planner refuses it: "Connector '${connector}' can only be used as a source. It cannot be used as a sink." Write to a sink table (kafka, jdbc, filesystem, print, blackhole, ...) instead.`,
          at(r),
        ),
      );
    }
  }
  // The script's own tables: a CREATE TABLE ... AS SELECT writes its table; a CREATE TABLE, when
  // an INSERT below it names it (by its simple name: a qualified one may be another catalog's).
  for (const s of all) {
    const d = s.table?.distributedBy;
    const connector = s.table?.options.connector;
    if (d === undefined || connector === undefined || !NO_BUCKETING.has(connector)) continue;
    const name = s.table!.name.name;
    const written =
      s.kind === 'create_table_as' ||
      (s.kind === 'create_table' &&
        all.some((w) => w.start >= s.end && w.writes.some((r) => r.parts.length === 1 && r.name === name)));
    if (written)
      diags.push(
        unbucketedSink(owner, name, connector, d, 'here', ctx.lines.range(ctx.file, d.start, d.end)),
      );
  }
  for (const r of uniqueRefs(all, (s) => s.reads)) {
    const t = lookup(r, r.like ? 'copies with LIKE' : 'reads');
    if (!t) continue;
    // LIKE copies a table's definition: the script needs the table, but no row of it is read
    // (no lineage edge, no input of `flinkops test`).
    if (r.like) {
      copies.add(t.name);
      continue;
    }
    reads.add(t.name);
    if (viewDefs.length > 0) readerOf(r).tables.add(t.name);
    const connector = connectorOf(t);
    if (t.objectKind === 'table' && connector !== undefined && SINK_ONLY.has(connector)) {
      diags.push(
        error(
          'FO223',
          `${owner} reads table "${t.name}", whose connector ${connector} can only be written`,
          `Flink's planner refuses it: "Connector '${connector}' can only be used as a sink. It cannot be used as a source." Read a source table here (kafka, jdbc, filesystem, datagen, ...); a ${connector} table only takes rows.`,
          at(r),
        ),
      );
    } else if (t.kind === 'sink') {
      diags.push(
        warning(
          'FO223',
          `${owner} reads sink table "${t.name}"`,
          `${t.file} declares kind: sink; if jobs read it too, declare it as a source (or dimension) in a second table.`,
          at(r),
        ),
      );
    } else if (t.objectKind === 'table' && isDimension(t) && !r.temporal) {
      diags.push(
        warning(
          'FO224',
          `Dimension table "${t.name}" is read without FOR SYSTEM_TIME AS OF`,
          `Join it as a lookup: JOIN ${ctx.lines.text.slice(r.start, r.end)} FOR SYSTEM_TIME AS OF <left>.<its processing-time column>${r.alias ? ` AS ${r.alias}` : ''} ON ...; a plain read scans the whole table once.`,
          at(r),
        ),
      );
    }
  }
  // A module the script loads (LOAD MODULE hive) brings functions of its own: a call of none of
  // the repository's UDFs may be one of them.
  const modules = all.some((s) => s.kind === 'load_module');
  for (const r of uniqueRefs(all, (s) => s.functions)) {
    // `default_catalog.default_database.fn(...)` is the repository's UDF as much as `fn(...)`: the
    // compiled script creates its functions there, as temporary catalog functions.
    if (r.parts.length > 1 && namespace.name(r) === undefined) continue;
    if (local.functions.has(r.name.toLowerCase())) continue;
    const used = projectFunction(project, r.name, owner, () => at(r));
    if (typeof used === 'string') functions.add(used);
    else if (used && !modules) diags.push(used);
  }
  const copied = [...copies].filter((c) => !reads.has(c)).sort();
  return {
    reads: [...reads].sort(),
    ...(copied.length ? { copies: copied } : {}),
    writes: [...writes].sort(),
    functions: [...functions].sort(),
    ...(catalogReads.size || catalogWrites.size
      ? { catalogTables: { reads: [...catalogReads].sort(), writes: [...catalogWrites].sort() } }
      : {}),
    ...(localTables.size
      ? { localTables: [...localTables.values()].sort((a, b) => a.statement.start - b.statement.start) }
      : {}),
    ...(viewDefs.length > 0
      ? {
          localViews: viewDefs.map((v) => ({
            name: v.view!.name.name,
            reads: viewReadsOf(viewReads.get(v.view!.name.name)!),
          })),
          direct: viewReadsOf(direct),
        }
      : {}),
  };
}
