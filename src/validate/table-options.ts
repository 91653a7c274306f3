/**
 * A table's connector options as one environment gives them to Flink, each with the place it was
 * written (the table's `with:`, a raw DDL's WITH, the environment's override), and the table
 * reads and writes of every job with the OPTIONS hints on them: what the run-time checks of
 * connector options (kafka-rules.ts) look at.
 */
import type { SourceRange } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { substituteEnv, type TableSource } from '../load';
import type { ObjectRef, Statement } from '../sql/types';
import { envValue } from './env-rules';
import type { Project, ProjectJob, ProjectTable } from './model';
import { flattenStatements, namespaceResolver } from './sql-uses';

/** One option: its value with the environment's `${env.X}` substituted, and where it was set. */
export interface OptionValue {
  /** Undefined when a `${secret.X}` or an unset `${env.X}` leaves the value unknown. */
  value: string | undefined;
  /** The value as written (compared between tables when `value` is unknown). */
  text: string;
  /** Where it was set: located only when a warning needs it. */
  at: () => SourceRange | undefined;
}

export interface EnvTableOptions {
  options: Map<string, OptionValue>;
  /** Options the environment's override removes (`key: null`), at that key. */
  removed: Map<string, () => SourceRange | undefined>;
  /** Where the table's connector is named. */
  connectorAt: () => SourceRange | undefined;
}

export interface Lookup {
  project: Project;
  envVars: Readonly<Record<string, string | undefined>>;
  /** The loaded table files (and jobs' SQL files, as format sql) by path. */
  sources: ReadonlyMap<string, TableSource>;
}

function resolved(text: string, env: string | undefined, { project, envVars }: Lookup): string | undefined {
  const spec = env === undefined ? undefined : project.config?.environments[env];
  const { text: out, missing } = substituteEnv(text, (name) => envValue(name, spec, envVars));
  return missing.length > 0 || out.includes('${') ? undefined : out;
}

/**
 * The connector `t` names in `env`, as written (its `with:` or DDL, or the environment's
 * override): enough to leave alone the tables a check of one connector has no business with.
 */
export function writtenConnector(t: ProjectTable, env: string | undefined, l: Lookup): string | undefined {
  if (t.format === 'yaml') {
    const override = env === undefined ? undefined : l.project.config?.environments[env]?.tables?.[t.name];
    const c = override?.with?.connector ?? t.spec?.connector;
    return typeof c === 'string' ? c : undefined;
  }
  return t.statement?.table?.options.connector;
}

/** Where an option's key is written, by key: one function a table, not a closure an option. */
type KeyLocator = (key: string) => SourceRange | undefined;

/**
 * An option whose value is resolved, and whose place is located, when read: the checks read a few
 * options of a few tables, and a repository has tens of thousands (one class, not an object
 * literal with a getter and a closure each).
 */
class LazyOption implements OptionValue {
  private resolved: string | undefined | null = null;
  constructor(
    readonly text: string,
    private readonly key: string,
    private readonly locate: KeyLocator,
    private readonly env: string | undefined,
    private readonly lookup: Lookup,
  ) {}
  get value(): string | undefined {
    if (this.resolved === null) this.resolved = resolved(this.text, this.env, this.lookup);
    return this.resolved;
  }
  get at(): () => SourceRange | undefined {
    return () => this.locate(this.key);
  }
}

/**
 * The lookup of `project`'s tables with `envVars`: the same one for the same project and variables,
 * so the checks that read the tables' options per environment (Kafka, CDC, topics, JDBC) share
 * what `tableOptionsIn` resolved, each table once an environment in a validate.
 */
export function lookupOf(project: Project, envVars: Readonly<Record<string, string | undefined>>): Lookup {
  const had = lookups.get(project);
  if (had?.envVars === envVars) return had;
  const lookup: Lookup = {
    project,
    envVars,
    // Jobs' SQL files too: a table a job's script creates is read from there (topic-schema-rules.ts).
    sources: new Map<string, TableSource>([
      ...project.loaded.tables.map((t) => [t.file, t] as const),
      ...project.loaded.jobs.map(
        (j) => [j.sqlFile, { name: j.name, file: j.sqlFile, format: 'sql' as const, sql: j.sql }] as const,
      ),
    ]),
  };
  lookups.set(project, lookup);
  return lookup;
}
const lookups = new WeakMap<Project, Lookup>();

/** What `tableOptionsIn` resolved for a lookup: by environment, by table. */
const resolvedOptions = new WeakMap<
  Lookup,
  Map<string | undefined, Map<ProjectTable, EnvTableOptions | undefined>>
>();

/**
 * The options of `t` in `env` (undefined: none but its own); undefined for a view or a table that
 * did not load. Resolved once for a lookup: read them, do not change them.
 */
export function tableOptionsIn(
  t: ProjectTable,
  env: string | undefined,
  l: Lookup,
): EnvTableOptions | undefined {
  let byEnv = resolvedOptions.get(l);
  if (!byEnv) {
    byEnv = new Map();
    resolvedOptions.set(l, byEnv);
  }
  let byTable = byEnv.get(env);
  if (!byTable) {
    byTable = new Map();
    byEnv.set(env, byTable);
  }
  if (!byTable.has(t)) byTable.set(t, optionsIn(t, env, l));
  return byTable.get(t);
}

function optionsIn(t: ProjectTable, env: string | undefined, l: Lookup): EnvTableOptions | undefined {
  const options = new Map<string, OptionValue>();
  const removed = new Map<string, () => SourceRange | undefined>();
  const set = (key: string, raw: unknown, locate: KeyLocator) => {
    options.set(key, new LazyOption(String(raw), key, locate, env, l));
  };
  if (t.format === 'yaml') {
    const y = l.sources.get(t.file)?.yaml;
    if (!t.spec || !y) return undefined;
    const connectorAt = () => y.locate(['connector']);
    set('connector', t.spec.connector, connectorAt);
    const withKey: KeyLocator = (k) => y.locate(['with', k], 'key');
    for (const [k, v] of Object.entries(t.spec.with ?? {})) set(k, v, withKey);
    const override = env === undefined ? undefined : l.project.config?.environments[env]?.tables?.[t.name];
    const config = l.project.loaded.config;
    const overrideKey: KeyLocator = (k) =>
      config?.locate(['environments', env!, 'tables', t.name, 'with', k], 'key');
    for (const [k, v] of Object.entries(override?.with ?? {})) {
      if (v === null) {
        options.delete(k);
        removed.set(k, () => overrideKey(k));
      } else set(k, v, overrideKey);
    }
    return { options, removed, connectorAt };
  }
  const def = t.statement?.table;
  const lines = l.sources.get(t.file)?.sql?.lines;
  if (!def || !lines || !t.statement) return undefined;
  const statement = t.statement;
  // An option's key as written: 'key' in the WITH list (the last one, after the columns).
  const keyAt = (key: string): SourceRange => {
    const i = statement.text.lastIndexOf(`'${key.replaceAll("'", "''")}'`);
    return i < 0
      ? statement.range
      : lines.range(t.file, statement.start + i, statement.start + i + key.length + 2);
  };
  for (const [k, v] of Object.entries(def.options)) set(k, v, keyAt);
  return { options, removed, connectorAt: () => keyAt('connector') };
}

/** A job's reference to a repository table, with the OPTIONS hint on it, located in its file. */
export interface TableUse {
  job: string;
  table: ProjectTable;
  hints: Record<string, string>;
  /** Located only when a warning needs it (a repository has thousands of references). */
  at: () => SourceRange;
}

/**
 * The tables each job reads (also through the views it reads: a hint in a view counts for every
 * job reading the view) and writes, one entry per reference.
 */
export function tableUses(project: Project): { reads: TableUse[]; writes: TableUse[] } {
  const had = uses.get(project);
  if (had) return had;
  const found = jobTableUses(project);
  uses.set(project, found);
  return found;
}
/** What `tableUses` found, once a validated project: the checks that read it share it. */
const uses = new WeakMap<Project, { reads: TableUse[]; writes: TableUse[] }>();

function jobTableUses(project: Project): { reads: TableUse[]; writes: TableUse[] } {
  const reads: TableUse[] = [];
  const writes: TableUse[] = [];
  const lineIndex = new Map<string, LineIndex | undefined>([
    ...project.loaded.jobs.map((j) => [j.sqlFile, j.sql?.lines] as const),
    ...project.loaded.tables.map((t) => [t.file, t.sql?.lines] as const),
  ]);
  for (const job of project.jobs) jobUses(project, job, lineIndex, reads, writes);
  return { reads, writes };
}

function jobUses(
  project: Project,
  job: ProjectJob,
  lineIndex: ReadonlyMap<string, LineIndex | undefined>,
  reads: TableUse[],
  writes: TableUse[],
): void {
  const seen = new Set<string>();
  /** A file being read: its references, how far through them, and whether its writes count too. */
  interface Frame {
    file: string;
    lines: LineIndex;
    into: 'all' | 'reads';
    refs: { r: ObjectRef; t: ProjectTable | undefined }[];
    next: number;
    writes: () => { r: ObjectRef; t: ProjectTable | undefined }[];
  }
  const frame = (
    file: string,
    statements: readonly Statement[],
    into: 'all' | 'reads',
  ): Frame | undefined => {
    const lines = lineIndex.get(file);
    if (!lines) return undefined;
    const all = flattenStatements(statements);
    const local = new Set<string>();
    for (const s of all) {
      if (s.table) local.add(s.table.name.name);
      if (s.view) local.add(s.view.name.name);
    }
    const namespace = namespaceResolver(all);
    const repositoryTable = (r: ObjectRef) => {
      const name = namespace.name(r);
      return name === undefined ? undefined : project.tableByName.get(name);
    };
    const done = new Set<string>(); // a statement set repeats the references of its INSERTs
    const refs = (pick: (s: Statement) => readonly ObjectRef[]) =>
      all
        .flatMap(pick)
        .filter((r) => !done.has(`${r.start}:${r.end}`) && done.add(`${r.start}:${r.end}`))
        .map((r) => ({
          r,
          t: local.has(r.name) ? undefined : repositoryTable(r),
        }));
    const readRefs = refs((s) => s.reads);
    return {
      file,
      lines,
      into,
      refs: readRefs,
      next: 0,
      writes: () => {
        done.clear();
        return refs((s) => s.writes);
      },
    };
  };
  const use = (f: Frame, r: ObjectRef, table: ProjectTable): TableUse => ({
    job: job.name,
    table,
    hints: r.options ?? {},
    at: () => f.lines.range(f.file, r.start, r.end),
  });
  // Depth first, in the order the references are written, with a stack of its own rather than
  // recursion: a chain of thousands of views reading each other is deeper than the call stack.
  const first = job.analysis && frame(job.sqlFile, job.analysis.statements, 'all');
  const stack = first ? [first] : [];
  for (let f = stack.at(-1); f; f = stack.at(-1)) {
    const ref = f.refs[f.next++];
    if (!ref) {
      stack.pop();
      if (f.into === 'all')
        for (const { r, t } of f.writes()) if (t?.objectKind === 'table') writes.push(use(f, r, t));
      continue;
    }
    const { r, t } = ref;
    if (r.like) continue; // CREATE TABLE ... LIKE t copies t's definition; it reads none of t's rows
    if (t?.objectKind === 'table') reads.push(use(f, r, t));
    else if (t && !seen.has(t.name) && t.analysis) {
      seen.add(t.name); // before going in: a cycle (FO257) must not loop
      const inner = frame(t.file, t.analysis.statements, 'reads');
      if (inner) stack.push(inner);
    }
  }
}
