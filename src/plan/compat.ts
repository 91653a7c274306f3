/**
 * The offline estimate of whether an upgraded job restores the old job's savepoint, used when
 * Flink's planner cannot be asked (no SQL Gateway, `--offline`, drift); with a gateway the plan
 * uses state-verdict.ts on Flink's own stream graphs instead.
 *
 * Flink matches state by operator ids that follow the operator graph (its topology, chaining
 * and parallelism), never the text of a query. From the scripts alone flinkops can tell when
 * nothing that shapes the graph changed (`compatible`), and can name what probably reshapes it
 * (stateful operators, keys, joins, windows, graph options, pinned parallelism) — but not be
 * sure: a filter edit may add a Calc that shifts every id after it. So every other estimate is
 * `unknown`, with the likely outcome in its findings. A max parallelism change under keyed
 * state is certain: `incompatible`.
 */
import type { Compatibility, UpgradeStrategy } from './model';
import { type QueryFeatures, queryFeatures, statefulOperators } from './query-features';
import { namedReads, readHints, readsOf, type ScriptShape, scriptShape } from './script-shape';
import { adviceFor } from './verdict-advice';

export interface CompatInput {
  /** Script the running job was started from (store); undefined when not known. */
  oldScript?: string;
  /** Why the running job's script is not known, when that is more than "not recorded". */
  oldScriptUnknown?: string;
  newScript: string;
  strategy: UpgradeStrategy;
  allowNonRestoredState?: boolean;
  restoreFrom?: string;
  /** The job's former name, when this plan renames it (movedFrom): restoreFrom is refused beside it (FO734). */
  renamedFrom?: string;
  /** Settings file named in the advice, e.g. `jobs/orders.yaml`. */
  settingsFile?: string;
  /**
   * `maxParallelism` as deployed and as wanted, when the deployed settings are known. It is not
   * in the script, yet it sets the number of key groups keyed state is split into.
   */
  maxParallelism?: { from?: number; to?: number };
  /** Job parallelism as deployed and as wanted. */
  parallelism?: { from?: number; to: number };
}

/** `certain`: the restore fails; `incompatible`: it probably does; `unknown`: cannot tell. */
type Level = 'certain' | 'incompatible' | 'unknown' | 'info';
interface Finding {
  level: Level;
  text: string;
}

/** SET keys that reshape the operator graph or its state layout. */
const TOPOLOGY_KEYS = new Set([
  'table.exec.mini-batch.enabled',
  'table.optimizer.agg-phase-strategy',
  'table.optimizer.distinct-agg.split.enabled',
  'table.optimizer.incremental-agg-enabled',
  'table.optimizer.reuse-source-enabled',
  'table.optimizer.reuse-sub-plan-enabled',
  'table.optimizer.join-reorder-enabled',
  'table.exec.sink.upsert-materialize',
  'table.exec.sink.keyed-shuffle',
  'table.exec.source.cdc-events-duplicate',
  'table.exec.uid.generation',
  'table.exec.uid.format',
  'pipeline.max-parallelism',
]);
/** SET keys whose change affects restored state in ways that depend on the values. */
const STATE_KEYS = new Set(['table.exec.state.ttl', 'state.backend', 'state.backend.type']);

/** The finding of an estimate made without the running job's script (drift: not the store's). */
export const OLD_SCRIPT_UNKNOWN = 'the script the running job was started from is not known';
/** The finding of a verdict on an adopted job's state. */
export const ADOPTED_SCRIPT_UNKNOWN =
  'the job was adopted (started outside flinkops): the script that wrote its state is not known';

/**
 * An estimate made because the running job's script is not known (drift, adoption): Flink's
 * planner had nothing to build the old stream graph from, though it may well have answered.
 */
export function judgedWithoutOldScript(c: Compatibility): boolean {
  return (
    c.source === 'estimate' &&
    c.findings.some((f) => f === OLD_SCRIPT_UNKNOWN || f === ADOPTED_SCRIPT_UNKNOWN)
  );
}

export function compatibility(input: CompatInput): Compatibility {
  if (input.strategy === 'stateless') {
    return {
      verdict: 'compatible',
      source: 'estimate',
      findings: [
        'upgradeMode: stateless: the new job starts without state, nothing is restored',
        ...sourceStartFindings(input.newScript),
      ],
      advice: [],
    };
  }
  const findings: Finding[] = [];
  if (input.oldScript === undefined) {
    findings.push({
      level: 'unknown',
      text: input.oldScriptUnknown ?? OLD_SCRIPT_UNKNOWN,
    });
  } else {
    const a = scriptShape(input.oldScript);
    const b = scriptShape(input.newScript);
    if (a.broken || b.broken) {
      findings.push({ level: 'unknown', text: 'a script could not be analysed (SQL syntax problems)' });
    } else {
      compareShapes(a, b, findings);
      parallelismFinding(input, b, findings);
    }
  }
  maxParallelismFinding(input, findings);
  const verdict = findings.some((f) => f.level === 'certain')
    ? 'incompatible'
    : findings.some((f) => f.level === 'incompatible' || f.level === 'unknown')
      ? 'unknown'
      : 'compatible';
  return {
    verdict,
    source: 'estimate',
    findings: findings.map((f) => (f.level === 'incompatible' ? `likely to lose state: ${f.text}` : f.text)),
    advice: verdict === 'compatible' ? [] : advice(input),
  };
}

/** `'key' = 'value'` pairs of a WITH clause in canonical token text. */
function withOptions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/'((?:[^']|'')*)'\s*=\s*'((?:[^']|'')*)'/g))
    out.set(m[1]!.replace(/''/g, "'").toLowerCase(), m[2]!.replace(/''/g, "'"));
  return out;
}

/**
 * Where each Kafka or Flink CDC table the job reads starts when the job starts without state: no
 * offsets are restored, so `scan.startup.mode` alone decides which records are read (again, or
 * never), and an exactly-once sink does not deduplicate a record read twice.
 */
export function sourceStartFindings(script: string): string[] {
  const shape = scriptShape(script);
  if (shape.broken) return [];
  const read = new Set([...shape.queries.values()].flatMap((q) => q.reads));
  for (const v of shape.views.values()) for (const r of readsOf(v.tokens)) read.add(r);
  // A read with `/*+ OPTIONS('scan.startup.mode' = …) */` starts where its hint says.
  const hinted = new Map<string, Map<string, string>[]>();
  for (const q of [...shape.queries.values(), ...shape.views.values()])
    for (const [name, hint] of readHints(q.tokens))
      hinted.set(name, [...(hinted.get(name) ?? []), withOptions(hint)]);
  const out: string[] = [];
  for (const [name, t] of shape.tables) {
    if (!read.has(name)) continue;
    const own = withOptions(t.options);
    const hints = hinted.get(name) ?? [];
    const merged = (...hs: Map<string, string>[]) => new Map(hs.flatMap((h) => [...h]));
    const reads: [Map<string, string>, boolean][] = hints.some((h) => h.has('scan.startup.mode'))
      ? hints.map((h) => [merged(own, h), h.has('scan.startup.mode')])
      : [[merged(own, ...hints), false]];
    for (const [o, byHint] of reads) {
      const finding = sourceStart(name, o, byHint);
      if (finding && !out.includes(finding)) out.push(finding);
    }
  }
  return out;
}

/** Flink CDC's database connectors, which start from a snapshot of their tables unless told otherwise. */
const CDC_CONNECTORS = new Set(['postgres-cdc', 'mysql-cdc', 'oracle-cdc', 'sqlserver-cdc', 'db2-cdc']);

function sourceStart(name: string, o: Map<string, string>, hinted: boolean): string | undefined {
  const connector = o.get('connector')?.toLowerCase();
  if (connector && CDC_CONNECTORS.has(connector)) return cdcStart(name, connector, o, hinted);
  if (connector !== 'kafka' && connector !== 'upsert-kafka') return undefined;
  const topic = o.get('topic') ?? o.get('topic-pattern');
  const src = `source ${name}${topic ? ` (topic ${topic})` : ''}`;
  const mode =
    connector === 'upsert-kafka'
      ? 'earliest-offset'
      : (o.get('scan.startup.mode') ?? 'group-offsets').toLowerCase();
  const said = `scan.startup.mode: ${mode}${hinted && connector === 'kafka' ? ', its OPTIONS hint' : ''}`;
  if (mode === 'earliest-offset')
    return `${src} reads the topic from its start again (${said}): every record still in it is processed and written to the sinks again, duplicates an exactly-once sink does not remove`;
  if (mode === 'latest-offset')
    return `${src} reads only records that arrive after the new job starts (${said}): those written since the old job's last checkpoint are never processed`;
  if (mode === 'group-offsets')
    return `${src} starts from the offsets its consumer group${o.get('properties.group.id') ? ` ${o.get('properties.group.id')}` : ''} last committed (at the old job's last completed checkpoint): records processed after it are processed again (a sink that is not exactly-once gets them twice)`;
  return `${src} starts where ${said} says, not where the old job stopped`;
}

/** A PostgreSQL replication slot a `postgres-cdc` table the script reads holds open. */
export interface CdcSlot {
  table: string;
  slot: string;
  database: string | undefined;
  host: string | undefined;
}

/** The replication slots of the `postgres-cdc` tables `script` reads (a read's hint may name its own). */
export function postgresCdcSlots(script: string | undefined): CdcSlot[] {
  if (script === undefined) return [];
  const shape = scriptShape(script);
  if (shape.broken) return [];
  const out: CdcSlot[] = [];
  for (const q of [...shape.queries.values(), ...shape.views.values()]) {
    for (const [name, hint] of namedReads(q.tokens)) {
      const t = shape.tables.get(name);
      if (!t) continue;
      const own = withOptions(t.options);
      if (own.get('connector')?.toLowerCase() !== 'postgres-cdc') continue;
      const slot = (hint ? withOptions(hint).get('slot.name') : undefined) ?? own.get('slot.name');
      if (slot === undefined || out.some((o) => o.slot === slot)) continue;
      out.push({ table: name, slot, database: own.get('database-name'), host: own.get('hostname') });
    }
  }
  return out;
}

/** A Flink CDC table's database table, `database.schema.table` as far as its options name it. */
export function cdcTableName(option: (key: string) => string | undefined): string {
  return [option('database-name'), option('schema-name'), option('table-name')].filter(Boolean).join('.');
}

/**
 * Where a Flink CDC source starts without state: no offset is restored, so `scan.startup.mode`
 * decides. `initial` (the default) reads a new snapshot of the table: every row reaches the sinks
 * again, and a row deleted while no job read the table is in no snapshot and sends no delete, so an
 * upsert sink keeps it (real 1.20.3, postgres-cdc 3.5.0: JDBC rows of source rows deleted during
 * the upgrade stayed). `latest-offset` starts at the log's end: what changed since is never read.
 */
function cdcStart(name: string, connector: string, o: Map<string, string>, hinted: boolean): string {
  const table = cdcTableName((k) => o.get(k));
  const slot = o.get('slot.name');
  const src = `source ${name} (${connector}${table ? ` table ${table}` : ''})`;
  const mode = (o.get('scan.startup.mode') ?? 'initial').toLowerCase();
  const said = `scan.startup.mode: ${mode}${hinted ? ', its OPTIONS hint' : ''}`;
  if (mode === 'initial')
    return `${src} reads a new snapshot of the table (${said}): every row is written to the sinks again (an append or Kafka sink gets it twice), and a row deleted since the old job's last checkpoint is in no snapshot and sends no delete, so an upsert sink keeps it`;
  if (mode === 'latest-offset')
    return `${src} reads only changes made after the new job starts (${said}): changes made since the old job's last checkpoint are never processed${slot ? ` (replication slot ${slot} is not rewound)` : ''}`;
  if (mode === 'snapshot')
    return `${src} reads a new snapshot of the table and then ends (${said}): every row is written to the sinks again`;
  return `${src} starts where ${said} says, not where the old job stopped`;
}

/**
 * A parallelism change re-chains operators pinned to their own parallelism (`sink.parallelism`,
 * `scan.parallelism`, `table.exec.resource.default-parallelism`): their ids, and those after them, change.
 */
function parallelismFinding(input: CompatInput, shape: ScriptShape, out: Finding[]): void {
  const p = input.parallelism;
  if (!p || p.from === undefined || p.from === p.to) return;
  const pinned = [...shape.tables.values()].some((t) => /'(?:sink|scan)\.parallelism'/.test(t.options));
  if (pinned || shape.sets.has('table.exec.resource.default-parallelism')) {
    out.push({
      level: 'incompatible',
      text: `parallelism ${p.from} → ${p.to} with operators pinned to their own parallelism: chaining, and so operator ids, change`,
    });
  }
}

/**
 * Flink refuses to restore keyed state under another max parallelism (the key groups differ);
 * state that is not keyed (source offsets) does not care. Unset means Flink derives it from the
 * parallelism, so a change from or to unset may or may not keep the old value.
 */
function maxParallelismFinding(input: CompatInput, out: Finding[]): void {
  const mp = input.maxParallelism;
  if (!mp || mp.from === mp.to) return;
  const what = `maxParallelism ${mp.from ?? '(unset)'} → ${mp.to ?? '(unset)'}`;
  const shape = scriptShape(input.newScript);
  const keyed =
    shape.broken ||
    [...shape.queries.values(), ...shape.views.values()].some(
      (q) => statefulOperators(queryFeatures(q.src, q.tokens)).size > 0,
    );
  if (!keyed) out.push({ level: 'info', text: `${what} (the query keeps no keyed state)` });
  else if (mp.from === undefined || mp.to === undefined)
    out.push({ level: 'unknown', text: `${what}: keyed state restores only if the derived value matches` });
  else
    out.push({
      level: 'certain',
      text: `${what}: keyed state cannot be restored into other key groups`,
    });
}

/**
 * An adopted job's state restores into the repository's script: when that is the script the job
 * was started with, as in a migration to flinkops, it maps, and dropping it would lose it for nothing.
 */
function advice(input: CompatInput): string[] {
  const out = adviceFor('unknown', input);
  if (input.oldScriptUnknown === ADOPTED_SCRIPT_UNKNOWN && !input.allowNonRestoredState)
    out.unshift(
      "nothing, if the job was started from the repository's query, tables and settings (a migration of the same script): its state maps, and Flink checks it on restore; the hints below drop state",
    );
  return out;
}

function keys<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort();
}

function compareShapes(a: ScriptShape, b: ScriptShape, out: Finding[]): void {
  for (const k of keys(a.sets, b.sets)) {
    const x = a.sets.get(k);
    const y = b.sets.get(k);
    if (x === y) continue;
    const what = `SET '${k}' ${x === undefined ? 'added' : y === undefined ? 'removed' : `changed: ${x} → ${y}`}`;
    if (TOPOLOGY_KEYS.has(k))
      out.push({ level: 'incompatible', text: `${what} (reshapes the operator graph)` });
    else if (STATE_KEYS.has(k)) out.push({ level: 'unknown', text: `${what} (changes how state is kept)` });
    else out.push({ level: 'info', text: `${what} (does not touch state)` });
  }
  for (const k of keys(a.tables, b.tables)) {
    const x = a.tables.get(k);
    const y = b.tables.get(k);
    if (!x || !y) {
      out.push({ level: 'info', text: `table ${k} ${x ? 'no longer declared' : 'newly declared'}` });
      continue;
    }
    if (x.schema !== y.schema) {
      out.push({
        level: 'unknown',
        text: `table ${k}: columns, watermark or keys changed (row types kept in state may differ)`,
      });
    } else if (x.options !== y.options) {
      out.push({ level: 'info', text: `table ${k}: connector options changed (no operator state)` });
    }
  }
  for (const k of keys(a.functions, b.functions)) {
    if (a.functions.get(k) !== b.functions.get(k)) {
      out.push({
        level: 'unknown',
        text: `function ${k} changed (accumulators of a changed UDF may not restore)`,
      });
    }
  }
  for (const k of keys(a.views, b.views)) {
    const x = a.views.get(k);
    const y = b.views.get(k);
    if (x?.text === y?.text) continue;
    if (!x || !y) {
      out.push({ level: 'info', text: `view ${k} ${x ? 'removed' : 'added'}` });
      continue;
    }
    compareQueries(`view ${k}`, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  for (const k of keys(a.queries, b.queries)) {
    const x = a.queries.get(k);
    const y = b.queries.get(k);
    if (!x || !y) {
      out.push({ level: 'incompatible', text: `sink ${x ? 'removed' : 'added'}: ${(x ?? y)!.label}` });
      continue;
    }
    if (x.text === y.text) continue;
    const label = x.label;
    for (const r of x.reads.filter((n) => !y.reads.includes(n))) {
      out.push({ level: 'incompatible', text: `${label}: source ${r} removed` });
    }
    for (const r of y.reads.filter((n) => !x.reads.includes(n))) {
      out.push({ level: 'incompatible', text: `${label}: source ${r} added` });
    }
    compareQueries(label, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  const otherA = [...a.other].sort().join('\n');
  const otherB = [...b.other].sort().join('\n');
  if (otherA !== otherB)
    out.push({ level: 'unknown', text: 'other statements changed (catalog, USE, ADD JAR...)' });
}

/** A join as `describeJoin` says it, without the joined table's name: `LOOKUP JOIN … ON a = b`. */
function joinShape(join: string): string {
  return join.replace(/^(.*?JOIN )(?:`[^`]*`|\S)+/, '$1…');
}

function compareQueries(label: string, x: QueryFeatures, y: QueryFeatures, out: Finding[]): void {
  const before = out.length;
  const opsA = statefulOperators(x);
  const opsB = statefulOperators(y);
  for (const op of keys(opsA, opsB)) {
    const n = opsA.get(op) ?? 0;
    const m = opsB.get(op) ?? 0;
    if (n === m) continue;
    const verb = n === 0 ? 'added' : m === 0 ? 'removed' : `${n} → ${m}`;
    out.push({ level: 'incompatible', text: `${label}: stateful operator ${op} ${verb}` });
  }
  const list = (v: string[]) => (v.length ? v.join('; ') : '(none)');
  if (x.groupBy.length && y.groupBy.length && list(x.groupBy) !== list(y.groupBy)) {
    out.push({
      level: 'incompatible',
      text: `${label}: GROUP BY keys changed: ${list(x.groupBy)} → ${list(y.groupBy)}`,
    });
  }
  if (x.joins.length && y.joins.length && list(x.joins) !== list(y.joins)) {
    // The joined table's name is no part of the operator graph: a table renamed (another catalog,
    // another database) with the same join type and keys keeps the same operators.
    const shapes = (v: string[]) => list(v.map(joinShape));
    out.push(
      shapes(x.joins) === shapes(y.joins)
        ? {
            level: 'unknown',
            text: `${label}: joined table changed, with the same join type and keys: ${list(x.joins)} → ${list(y.joins)} (operator ids follow the graph, not table names; the rows the table gives may differ)`,
          }
        : {
            level: 'incompatible',
            text: `${label}: join type or keys changed: ${list(x.joins)} → ${list(y.joins)}`,
          },
    );
  }
  if (x.windows.length && y.windows.length && list(x.windows) !== list(y.windows)) {
    out.push({
      level: 'unknown',
      text: `${label}: window changed: ${list(x.windows)} → ${list(y.windows)}`,
    });
  }
  if (out.length === before) {
    // Same stateful operators, keys, joins and windows: ids follow the graph (a node's id hashes its
    // place in it), which an edit inside a filter or projection keeps, but a filter where there was
    // none can add a node (a Calc before the sink or the state) and move the ids after it.
    const filters = x.filters === y.filters ? undefined : x.filters < y.filters ? 'added' : 'removed';
    out.push({
      level: 'unknown',
      text: filters
        ? `${label}: query changed with the same stateful operators, a WHERE or HAVING ${filters} (operator ids follow the graph: a filter ${filters} can ${filters === 'added' ? 'add' : 'remove'} a step and move the ids of the operators after it; plan against the cluster to know)`
        : `${label}: query changed with the same stateful operators (operator ids follow the graph, which edits inside a filter or projection usually keep; plan against the cluster to know)`,
    });
  }
}
