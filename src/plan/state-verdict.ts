/**
 * Will the upgraded job restore the running job's savepoint? Answered from the stream graphs
 * Flink's own planner builds for both scripts (EXPLAIN JSON_EXECUTION_PLAN, at the parallelism each
 * runs with), with operator ids computed as Flink computes them (core/stream-graph.ts).
 *
 * Flink restores a savepoint operator by operator, matching operator ids. An operator of the old
 * job that holds state and has no operator with its id in the new job makes the restore fail,
 * unless allowNonRestoredState drops that state (`drops-state`). An operator that keeps its id but
 * whose state changes shape — another key, other aggregates, other rows kept — fails the restore
 * even then (`incompatible`): Flink checks every restored serializer against the new one.
 */

import { operatorIds, type StreamGraph, type StreamNode } from '../core/stream-graph';
import type { Compatibility, StateOperator } from './model';

/** One side of an upgrade, as Flink's planner sees it. */
export interface ExplainedJob {
  graph: StreamGraph;
  /** `pipeline.operator-chaining.enabled` as the job runs. */
  chaining: boolean;
  /** Tables of the script by their last name part (lower case), with connector options and column types. */
  tables: ReadonlyMap<string, TableFacts>;
  /** The script's SET options, as the job runs with them. */
  config?: Readonly<Record<string, string>>;
}

/** Both sides of an upgrade, or why Flink could not be asked. */
export type ExplainedPair = { old: ExplainedJob; next: ExplainedJob } | { unavailable: string };

export interface TableFacts {
  options: Readonly<Record<string, string>>;
  /** Column name (lower case) → type text. */
  columns: ReadonlyMap<string, string>;
}

export interface VerdictInput {
  old: ExplainedJob;
  next: ExplainedJob;
  allowNonRestoredState?: boolean;
  settingsFile?: string;
  restoreFrom?: string;
  maxParallelism?: { from?: number; to?: number };
  /** The cluster's Flink version (`1.20.3`): state migrations differ between releases. */
  flinkVersion?: string;
}

type Holds = 'keyed' | 'operator' | 'none' | 'unknown';

/** Operators whose state is keyed (per key group), by the name Flink gives them. */
const KEYED = new Set([
  'GroupAggregate',
  'GlobalGroupAggregate',
  'IncrementalGroupAggregate',
  'GroupWindowAggregate',
  'GlobalWindowAggregate',
  'WindowAggregate',
  'OverAggregate',
  'Join',
  'IntervalJoin',
  'TemporalJoin',
  'WindowJoin',
  'MultiJoin',
  'Deduplicate',
  'WindowDeduplicate',
  'Rank',
  'WindowRank',
  'Limit',
  'SortLimit',
  'Sort',
  'TemporalSort',
  'ChangelogNormalize',
  'SinkMaterializer',
  'Match',
  'KeyedLookupJoin',
  'ProcessTableFunction',
  'PythonGroupAggregate',
  'PythonGroupWindowAggregate',
  'PythonOverAggregate',
]);
/** Operators that keep nothing in a savepoint. */
const STATELESS = new Set([
  'Calc',
  'Correlate',
  'WatermarkAssigner',
  'ConstraintEnforcer',
  'LocalGroupAggregate',
  'LocalWindowAggregate',
  'MiniBatchAssigner',
  'Expand',
  'Union',
  'DropUpdateBefore',
  'LookupJoin',
  'WindowTableFunction',
  'PythonCalc',
  'PythonCorrelate',
  'Values',
  'StreamRecordTimestampInserter',
  'RowKindSetter',
]);
/**
 * Operators whose state `table.exec.state.ttl` wraps in TTL values. Before Flink 2.0 a TTL
 * serializer cannot read plain state nor the reverse (2.0 migrates them: TtlAwareSerializer), so
 * switching the TTL on or off fails their restore there. Window operators clean up by time, not TTL.
 */
const TTL_STATE = new Set([
  'GroupAggregate',
  'GlobalGroupAggregate',
  'IncrementalGroupAggregate',
  'Join',
  'MultiJoin',
  'TemporalJoin',
  'Deduplicate',
  'Rank',
  'Limit',
  'SortLimit',
  'ChangelogNormalize',
  'SinkMaterializer',
  'KeyedLookupJoin',
]);

/** Source connectors whose readers keep no state (datagen, unless it counts a sequence). */
const STATELESS_SOURCES = new Set(['datagen', 'values']);
/** Sink connectors whose writers keep nothing in a savepoint. */
const STATELESS_SINKS = new Set(['blackhole', 'print', 'jdbc', 'elasticsearch-7', 'values']);

/** `GroupAggregate[5]` → `GroupAggregate`; `Source: orders[1]` → `Source: orders`. */
function baseName(n: StreamNode): string {
  return n.type.replace(/\[\d+\]/g, '').trim();
}

function operatorKind(n: StreamNode): { kind: 'source' | 'sink' | 'op'; name: string; table?: string } {
  const name = baseName(n);
  if (name.startsWith('Source: ')) {
    const m = /table=\[\[([^\]]*)\]\]/.exec(n.contents);
    const table = (m ? m[1]!.split(',').pop()! : name.slice('Source: '.length)).trim();
    return { kind: 'source', name, table };
  }
  const writer = /^(.*?): (Writer|Committer|Global Committer)$/.exec(name);
  if (writer) return { kind: 'sink', name, table: writer[1]! };
  if (name.startsWith('Sink: ')) return { kind: 'sink', name, table: name.slice('Sink: '.length) };
  return { kind: 'op', name };
}

const lastPart = (t: string) => (t.split('.').pop() ?? t).replace(/`/g, '').toLowerCase();

function holds(n: StreamNode, job: ExplainedJob): Holds {
  const k = operatorKind(n);
  if (k.kind === 'op') {
    const op = k.name.split('(')[0]!.trim();
    if (KEYED.has(op)) return 'keyed';
    if (STATELESS.has(op)) return 'none';
    return 'unknown';
  }
  const facts = job.tables.get(lastPart(k.table ?? ''));
  const connector = facts?.options.connector;
  if (k.kind === 'source') {
    if (connector === undefined) return 'unknown';
    if (connector === 'datagen') {
      const sequence = Object.entries(facts!.options).some(
        ([key, v]) => /^fields\..+\.kind$/.test(key) && v.toLowerCase() === 'sequence',
      );
      return sequence ? 'operator' : 'none';
    }
    return STATELESS_SOURCES.has(connector) ? 'none' : 'operator';
  }
  if (connector === undefined) return 'unknown';
  return STATELESS_SINKS.has(connector) ? 'none' : 'operator';
}

/** The planner's description without the `[n]:` prefix and output aliases: what defines the state. */
function stateShape(n: StreamNode): string {
  let s = n.contents.replace(/^\[\d+\]:/, '');
  // Aliases name outputs, not state.
  s = s.replace(/\s+AS\s+[^,\])]+/g, '');
  // Window sizes, interval bounds and emit strategies change when rows are emitted, not what a
  // key or accumulator holds; ids and positions of nodes are not state either.
  // Top-N bounds likewise: the rank state keeps the same rows per key, only more or fewer of them.
  s = s.replace(
    /,?\s*(?:window|windowBounds|emit|windowing|where|rankRange)=\[(?:[^[\]]|\[[^\]]*\])*\]/g,
    '',
  );
  return s.replace(/\s+/g, ' ').trim();
}

/** `GroupAggregate (city)`: the operator by its name and key, as a reviewer knows it. */
function displayName(n: StreamNode): string {
  const k = operatorKind(n);
  if (k.kind === 'source') return `source ${k.table}`;
  if (k.kind === 'sink') return `sink ${k.table}${/Committer/.test(k.name) ? ' (committer)' : ''}`;
  const op = k.name.split('(')[0]!.trim();
  const key =
    /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(n.contents)?.[1] ??
    /joinType=\[([^\]]*)\]/.exec(n.contents)?.[1];
  return key ? `${op} (${key.replace(/\$/g, '')})` : op;
}

export function stateVerdict(input: VerdictInput): Compatibility {
  const oldIds = operatorIds(input.old.graph, { chaining: input.old.chaining });
  const newIds = operatorIds(input.next.graph, { chaining: input.next.chaining });
  const newById = new Map<string, StreamNode>();
  for (const n of input.next.graph.nodes) newById.set(newIds.get(n.id)!, n);
  const operators: StateOperator[] = [];
  const findings: string[] = [];
  let dropped = 0;
  let reshaped = 0;
  let unknown = 0;
  const retyped = retypedColumns(input.old, input.next);
  const ttlSwitch = ttlSwitched(input);
  for (const n of input.old.graph.nodes) {
    const state = holds(n, input.old);
    if (state === 'none') continue;
    const id = oldIds.get(n.id)!;
    const name = displayName(n);
    const twin = newById.get(id);
    if (!twin) {
      if (state === 'unknown') {
        unknown++;
        operators.push({ name, id, state: 'unknown' });
        findings.push(`${name}: its operator id changes, and flinkops does not know whether it keeps state`);
        continue;
      }
      dropped++;
      operators.push({ name, id, state: 'dropped' });
      findings.push(`${name}: its state is dropped (no operator of the new job has its id ${id})`);
      continue;
    }
    if (state === 'keyed') {
      const a = stateShape(n);
      const b = stateShape(twin);
      const retype = retyped.filter((c) => new RegExp(`\\b${escapeRe(c)}\\b`, 'i').test(a));
      const ttl = ttlSwitch !== undefined && TTL_STATE.has(baseName(n).split('(')[0]!.trim());
      if (baseName(n) !== baseName(twin) || a !== b || retype.length > 0 || ttl) {
        reshaped++;
        operators.push({ name, id, state: 'reshaped' });
        const why =
          baseName(n) !== baseName(twin)
            ? `becomes ${displayName(twin)}`
            : a !== b
              ? `${a} → ${b}`
              : retype.length > 0
                ? `column${retype.length > 1 ? 's' : ''} ${retype.join(', ')} change type`
                : `${ttlSwitch}; before Flink 2.0 TTL state and plain state do not read each other`;
        findings.push(`${name}: its state changes shape (${why}); Flink cannot restore it`);
        continue;
      }
    }
    if (state === 'unknown') {
      operators.push({ name, id, state: 'kept' });
      continue;
    }
    operators.push({ name, id, state: 'kept' });
    findings.push(`${name} keeps its state`);
  }
  for (const n of input.next.graph.nodes) {
    const state = holds(n, input.next);
    if (state === 'none' || state === 'unknown') continue;
    const id = newIds.get(n.id)!;
    if (operators.some((o) => o.id === id)) continue;
    operators.push({ name: displayName(n), id, state: 'new' });
    findings.push(`${displayName(n)} starts with empty state`);
  }
  const mp = input.maxParallelism;
  const keyedKept = operators.some(
    (o) => o.state === 'kept' && !o.name.startsWith('source') && !o.name.startsWith('sink'),
  );
  if (mp && mp.from !== undefined && mp.to !== undefined && mp.from !== mp.to && keyedKept) {
    reshaped++;
    findings.push(
      `maxParallelism ${mp.from} → ${mp.to}: keyed state cannot be restored into other key groups`,
    );
  }
  const verdict =
    reshaped > 0 ? 'incompatible' : dropped > 0 ? 'drops-state' : unknown > 0 ? 'unknown' : 'compatible';
  return {
    verdict,
    source: 'flink',
    operators,
    findings,
    advice: adviceFor(verdict, input),
  };
}

const ttlOn = (c: Readonly<Record<string, string>> | undefined): boolean => {
  const v = c?.['table.exec.state.ttl']?.trim();
  return v !== undefined && v !== '' && !/^0+\s*(?:ms|s|min|h|d|[a-z]*)?$/i.test(v);
};

/** `table.exec.state.ttl` switched on or off, on a Flink that cannot migrate between the two. */
function ttlSwitched(input: VerdictInput): string | undefined {
  const from = ttlOn(input.old.config);
  const to = ttlOn(input.next.config);
  if (from === to) return undefined;
  const major = Number((input.flinkVersion ?? '1').split('.')[0]);
  if (Number.isFinite(major) && major >= 2) return undefined;
  return `table.exec.state.ttl switched ${to ? 'on' : 'off'}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Columns of tables in both scripts whose type changed: state holding them changes shape. */
function retypedColumns(a: ExplainedJob, b: ExplainedJob): string[] {
  const out = new Set<string>();
  for (const [table, x] of a.tables) {
    const y = b.tables.get(table);
    if (!y) continue;
    for (const [col, type] of x.columns) {
      const t = y.columns.get(col);
      if (t !== undefined && t !== type) out.add(col);
    }
  }
  return [...out];
}

export function adviceFor(
  verdict: Compatibility['verdict'],
  input: { allowNonRestoredState?: boolean; settingsFile?: string; restoreFrom?: string },
): string[] {
  if (verdict === 'compatible') return [];
  const where = input.settingsFile ?? 'the job settings';
  const out: string[] = [];
  if (verdict === 'drops-state' || verdict === 'unknown') {
    out.push(
      input.allowNonRestoredState
        ? 'allowNonRestoredState is set: state that no longer matches an operator is dropped on restore'
        : `set allowNonRestoredState: true in ${where} to drop the state that no longer matches`,
    );
  }
  out.push(`set upgradeMode: stateless in ${where} to start the new version without state`);
  if (!input.restoreFrom) out.push(`pin a savepoint with restoreFrom: <path> in ${where}`);
  return out;
}
