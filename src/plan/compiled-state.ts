/**
 * The state verdict of a job in `planMode: compiled` whose plan changes. A job started with
 * `EXECUTE PLAN` gives every transformation the uid `<ExecNode id>_<transformation>`
 * (`table.exec.uid.format`), so its state maps by ExecNode id and type, not by the stream-graph
 * walk of script mode. Which ExecNodes keep state: those whose plan entry lists it (`state`, the
 * ones whose TTL the plan sets) and the keyed operators whose entry does not (window aggregates,
 * window and interval joins, OVER aggregates…). An ExecNode of the running plan that keeps state is:
 * - kept when the new plan has an ExecNode of the same id and type whose state has the same shape
 *   (aggregate calls, keys, the types of its input and output, field names aside);
 * - reshaped (the restore fails) when that ExecNode's state changes shape, or its state TTL is
 *   switched on or off before Flink 2.0;
 * - dropped when no such ExecNode exists. A SQL Gateway numbers ExecNodes with a counter that
 *   runs on across compilations (a plan compiled after others starts at 20, 35, …, as Flink 1.20
 *   and 2.2 do), so a recompiled plan gives every ExecNode a new id, and its state a new uid:
 *   in compiled mode a SQL change drops the state, while the same plan keeps it on any release.
 * Sources and sink writers keep state by connector (core/operator-state.ts), as in script mode. Pure.
 */
import { canonicalJson } from '../core/hash';
import { connectorHolds, type Holds, isKeyedOperator, tableKey } from '../core/operator-state';
import type { Compatibility, StateOperator } from './model';

interface PlanNode {
  id: number;
  type: string;
  description?: string;
  state?: { index?: number; name?: string; ttl?: string }[];
  [key: string]: unknown;
}

interface PlanGraph {
  nodes: PlanNode[];
  inputs: Map<number, number[]>;
}

export interface CompiledVerdictInput {
  /** The plan the running job was started from, and the plan the new one starts from (JSON). */
  before: string;
  after: string;
  /** Connector options of a table by `tableKey`, where the scripts declare it. */
  optionsOf: (table: string) => Readonly<Record<string, string>> | undefined;
  allowNonRestoredState?: boolean;
  /** The cluster's Flink version: before 2.0 TTL state and plain state do not read each other. */
  flinkVersion?: string;
}

/** Keys of an ExecNode that say nothing about its state. */
const NOT_SHAPE = new Set(['id', 'description', 'inputProperties', 'configuration', 'ttl', 'name']);

function parse(json: string): PlanGraph | undefined {
  let doc: { nodes?: unknown; edges?: unknown };
  try {
    doc = JSON.parse(json) as typeof doc;
  } catch {
    return undefined;
  }
  if (!Array.isArray(doc.nodes)) return undefined;
  const inputs = new Map<number, number[]>();
  for (const e of Array.isArray(doc.edges) ? (doc.edges as { source: number; target: number }[]) : []) {
    inputs.set(e.target, [...(inputs.get(e.target) ?? []), e.source]);
  }
  return { nodes: doc.nodes as PlanNode[], inputs };
}

/** `stream-exec-group-aggregate_1` → `group-aggregate`. */
const kindOf = (n: PlanNode) => n.type.replace(/_\d+$/, '').replace(/^(stream|batch)-exec-/, '');

function tableOf(n: PlanNode): string | undefined {
  const t = (n.scanTableSource ?? n.dynamicTableSink) as { table?: { identifier?: string } } | undefined;
  return t?.table?.identifier;
}

/**
 * ExecNodes that keep keyed state although their plan entry lists none: a plan names the state
 * (`state: [...]`) only of the ExecNodes whose state TTL it configures, so window aggregates,
 * window and interval joins, OVER aggregates, MATCH_RECOGNIZE and the like hold state the plan
 * does not show (seen on 1.20 and 2.2: `stream-exec-global-window-aggregate_1` has no `state`).
 */
const KEYED_KINDS = new Set([
  'group-aggregate',
  'global-group-aggregate',
  'incremental-group-aggregate',
  'group-window-aggregate',
  'global-window-aggregate',
  'window-aggregate',
  'over-aggregate',
  'join',
  'interval-join',
  'temporal-join',
  'window-join',
  'multi-join',
  'deduplicate',
  'window-deduplicate',
  'rank',
  'window-rank',
  'limit',
  'sort-limit',
  'sort',
  'temporal-sort',
  'changelog-normalize',
  'match',
  'process-table-function',
  'python-group-aggregate',
  'python-group-window-aggregate',
  'python-over-aggregate',
]);

function holds(n: PlanNode, optionsOf: CompiledVerdictInput['optionsOf']): Holds {
  if (Array.isArray(n.state) && n.state.length > 0) return 'keyed';
  const kind = kindOf(n);
  if (kind === 'table-source-scan' || kind === 'sink')
    return connectorHolds(kind === 'sink' ? 'sink' : 'source', optionsOf(tableKey(tableOf(n) ?? '')));
  const op = /^(\w+)\(/.exec(n.description ?? '')?.[1];
  return KEYED_KINDS.has(kind) || (op !== undefined && isKeyedOperator(op)) ? 'keyed' : 'none';
}

/** Field names are not state: `ROW<\`k\` INT>` → `ROW<INT>`. */
function unnamed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/`(?:[^`]|``)*`\s*/g, '');
  if (Array.isArray(value)) return value.map(unnamed);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !NOT_SHAPE.has(k))
        .map(([k, v]) => [k, unnamed(v)]),
    );
  }
  return value;
}

/** What an ExecNode's state is made of: its own settings and the rows it reads, names aside. */
function shape(n: PlanNode, g: PlanGraph): string {
  const byId = new Map(g.nodes.map((x) => [x.id, x]));
  const reads = (g.inputs.get(n.id) ?? []).map((i) => unnamed(byId.get(i)?.outputType));
  return canonicalJson({ node: unnamed(n), reads });
}

const ttlOn = (n: PlanNode) => (n.state ?? []).some((s) => s.ttl !== undefined && !/^0+\s*\w*$/.test(s.ttl));

/** `GroupAggregate(groupBy=[k], select=[…])` → `GroupAggregate (k)`; else the kind and id. */
function label(n: PlanNode): string {
  const d = n.description ?? '';
  const op = /^(\w+)\(/.exec(d)?.[1];
  const key = /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(d)?.[1];
  const table = tableOf(n);
  const kind = kindOf(n);
  if (kind === 'table-source-scan' && table) return `source ${tableKey(table)}`;
  if (kind === 'sink' && table) return `sink ${tableKey(table)}`;
  return op ? `${op}${key ? ` (${key})` : ''}` : kind;
}

/** The uid `EXECUTE PLAN` gives the ExecNode's stateful transformation, as shown to a reviewer. */
function uid(n: PlanNode): string {
  const kind = kindOf(n);
  return `${n.id}_${kind === 'table-source-scan' ? 'source' : kind}`;
}

/** Undefined when either side is not a compiled plan. */
export function compiledStateVerdict(input: CompiledVerdictInput): Compatibility | undefined {
  const a = parse(input.before);
  const b = parse(input.after);
  if (!a || !b) return undefined;
  const major = Number((input.flinkVersion ?? '1').split('.')[0]);
  const ttlMatters = !(Number.isFinite(major) && major >= 2);
  const operators: StateOperator[] = [];
  const findings: string[] = [];
  let dropped = 0;
  let reshaped = 0;
  let unknown = 0;
  const seen = new Set<PlanNode>();
  for (const n of a.nodes) {
    const state = holds(n, input.optionsOf);
    if (state === 'none') continue;
    const name = label(n);
    const twin = b.nodes.find((x) => x.id === n.id && kindOf(x) === kindOf(n));
    if (twin) seen.add(twin);
    if (!twin) {
      if (state === 'unknown') {
        unknown++;
        operators.push({ name, id: uid(n), state: 'unknown' });
        findings.push(`${name}: ExecNode ${n.id} is gone, and flinkops does not know whether it keeps state`);
        continue;
      }
      dropped++;
      operators.push({ name, id: uid(n), state: 'dropped' });
      findings.push(
        `${name}: its state is dropped (uid ${uid(n)}: the recompiled plan has no ${kindOf(n)} ExecNode with id ${n.id}; Flink numbers the ExecNodes of every compilation anew)`,
      );
      continue;
    }
    if (state === 'keyed') {
      const ttl = ttlMatters && ttlOn(n) !== ttlOn(twin);
      if (ttl || shape(n, a) !== shape(twin, b)) {
        reshaped++;
        operators.push({ name, id: uid(n), state: 'reshaped' });
        findings.push(
          `${name}: its state changes shape (${
            ttl
              ? `state TTL switched ${ttlOn(twin) ? 'on' : 'off'}; before Flink 2.0 TTL state and plain state do not read each other`
              : `${n.description ?? kindOf(n)} → ${twin.description ?? kindOf(twin)}`
          }); Flink cannot restore it`,
        );
        continue;
      }
    }
    operators.push({ name, id: uid(n), state: 'kept' });
    if (state !== 'unknown') findings.push(`${name} keeps its state (uid ${uid(n)})`);
  }
  for (const n of b.nodes) {
    if (seen.has(n)) continue;
    const state = holds(n, input.optionsOf);
    if (state === 'none' || state === 'unknown') continue;
    operators.push({ name: label(n), id: uid(n), state: 'new' });
    findings.push(`${label(n)} starts with empty state`);
  }
  const verdict =
    reshaped > 0 ? 'incompatible' : dropped > 0 ? 'drops-state' : unknown > 0 ? 'unknown' : 'compatible';
  const advice =
    verdict === 'incompatible'
      ? [
          'A stateless upgrade (upgradeMode: stateless) starts the new plan with empty state; or keep the old query for the state that must survive.',
        ]
      : verdict === 'drops-state' && !input.allowNonRestoredState
        ? [
            'Set allowNonRestoredState: true to start without the dropped state, or keep the compiled plan (a SQL change recompiles it) and carry the change in a new job.',
          ]
        : [];
  return { verdict, source: 'flink', operators, findings, advice };
}

/**
 * The state verdict of a job that switches between script mode and `planMode: compiled` while
 * keeping its savepoint. A script job's operators have no uids (their ids follow the stream graph),
 * and a job started from a plan gives each the uid of its ExecNode: no id survives the switch, in
 * either direction, so the state of every operator that keeps it has nowhere to go. `plan` is the
 * compiled side of the switch. Undefined when it is not a compiled plan.
 */
export function modeSwitchVerdict(input: {
  plan: string;
  to: 'compiled' | 'script';
  optionsOf: CompiledVerdictInput['optionsOf'];
  allowNonRestoredState?: boolean;
}): Compatibility | undefined {
  const g = parse(input.plan);
  if (!g) return undefined;
  const why =
    input.to === 'compiled'
      ? 'the job ran in script mode (operator ids from its stream graph) and starts from a compiled plan, whose operators get uids from their ExecNodes'
      : 'the job ran from a compiled plan (uids from its ExecNodes) and starts in script mode, whose operator ids come from its stream graph';
  const operators: StateOperator[] = [];
  const findings = [`${why}: no operator keeps its id`];
  let dropped = 0;
  for (const n of g.nodes) {
    const state = holds(n, input.optionsOf);
    if (state === 'none') continue;
    const name = label(n);
    if (state === 'unknown') {
      operators.push({ name, id: uid(n), state: 'unknown' });
      findings.push(`${name}: flinkops does not know whether it keeps state`);
      continue;
    }
    dropped++;
    // To a plan: the uid its state will be kept under from now on; from a plan: the uid it had.
    operators.push({ name, id: uid(n), state: input.to === 'compiled' ? 'new' : 'dropped' });
    findings.push(
      input.to === 'compiled'
        ? `${name}: the script job's state of it is dropped (it starts empty under uid ${uid(n)})`
        : `${name}: its state (uid ${uid(n)}) is dropped`,
    );
  }
  const verdict = dropped > 0 ? 'drops-state' : operators.length > 0 ? 'unknown' : 'compatible';
  const advice =
    verdict === 'drops-state' && !input.allowNonRestoredState
      ? [
          'Set allowNonRestoredState: true to switch without that state (or upgradeMode: stateless), or keep the job in its current plan mode (planMode: compiled keeps state from the first start on)',
        ]
      : [];
  return { verdict, source: 'flink', operators, findings, advice };
}
