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

import { defaultMaxParallelism } from '../core/key-groups';
import {
  AGGREGATES,
  baseName,
  type Holds,
  holdsState,
  isProcTime,
  keyedStateNames,
  legacySourceConnector,
  operatorKind,
  operatorName,
  patternExtended,
  patternVariablesLost,
  rowsFrameBecomesRange,
  splitTopLevel,
  stateFunction,
  stateShape,
  tableKey,
  windowSizeMs,
} from '../core/operator-state';
import {
  type HashOptions,
  operatorIds,
  type StreamGraph,
  type StreamNode,
  upstreamOf,
  userUid,
} from '../core/stream-graph';
import { escapeRegExp } from '../core/text';
import type { TableDef } from '../sql/types';
import type { Compatibility, StateOperator } from './model';

/** One side of an upgrade, as Flink's planner sees it. */
export { defaultMaxParallelism };

export interface ExplainedJob {
  graph: StreamGraph;
  /** `pipeline.operator-chaining.enabled` as the job runs. */
  chaining: boolean;
  /** Tables of the script by their last name part (lower case), with connector options and column types. */
  tables: ReadonlyMap<string, TableFacts>;
  /** The script's SET options, as the job runs with them. */
  config?: Readonly<Record<string, string>>;
  /** The statement that starts the job, as EXPLAIN took it (its hints are not in the graph). */
  sql?: string;
  /**
   * Result types of the script's own functions called in the graph's Calcs (`bucket(amount)` →
   * `STRING`), as the planner typed them: a new jar can change them while the graph's text stays.
   */
  functionTypes?: ReadonlyMap<string, string>;
  /** The script's own functions (lower-case name) → their class and jars, as created. */
  functions?: ReadonlyMap<string, string>;
}

/** Both sides of an upgrade, or why Flink could not be asked. */
/**
 * The running and the new script's stream graphs. `acrossReleases`: the running one was built by
 * the old release's planner (the cluster being left, `moveFrom`), the new one by this cluster's.
 */
export type ExplainedPair =
  | { old: ExplainedJob; next: ExplainedJob; acrossReleases?: true }
  | {
      unavailable: string;
      /** Flink's planner rejects the new script (a plan error, FO630): the state question waits for the fix. */
      rejected?: true;
    };

export interface TableFacts {
  options: Readonly<Record<string, string>>;
  /** Column name (lower case) → type text. */
  columns: ReadonlyMap<string, string>;
  /** Columns (lower case) declared NOT NULL; undefined: not known. */
  notNull?: ReadonlySet<string>;
  /** Computed columns (lower case), which `columns` leaves out (they have no declared type). */
  computed?: ReadonlySet<string>;
  /** Physical columns (lower case) in their order: what a format reads from a record's fields. */
  physical?: readonly string[];
}

/** A script's table as the verdict reads it. Primary key columns are NOT NULL whether or not the DDL says so. */
export function tableFacts(table: Pick<TableDef, 'options' | 'columns' | 'primaryKey'>): TableFacts {
  return {
    options: table.options,
    columns: new Map(
      table.columns.filter((col) => col.type !== undefined).map((col) => [col.name.toLowerCase(), col.type!]),
    ),
    notNull: new Set([
      ...table.columns.filter((col) => col.nullable === false).map((col) => col.name.toLowerCase()),
      ...(table.primaryKey?.columns ?? []).map((c) => c.replace(/`/g, '').toLowerCase()),
    ]),
    computed: new Set(
      table.columns.filter((col) => col.type === undefined).map((col) => col.name.toLowerCase()),
    ),
    physical: table.columns.filter((col) => col.kind === 'physical').map((col) => col.name.toLowerCase()),
  };
}

export interface VerdictInput {
  old: ExplainedJob;
  next: ExplainedJob;
  allowNonRestoredState?: boolean;
  settingsFile?: string;
  restoreFrom?: string;
  /** The job's former name, when this plan renames it (movedFrom). */
  renamedFrom?: string;
  maxParallelism?: { from?: number; to?: number };
  /**
   * The max parallelism the running job's vertices report: what its savepoint's state is written
   * under (a job started without one keeps its first savepoint's, whatever its parallelism now).
   */
  runningMaxParallelism?: number;
  /** The cluster's Flink version (`1.20.3`): state migrations differ between releases. */
  flinkVersion?: string;
  /** The Flink version the running job's savepoint was written by, when another (a move); else flinkVersion. */
  oldFlinkVersion?: string;
  /** Functions (lower-case) from a new build of their jar under the same URI: the scripts do not show it. */
  rebuiltFunctions?: readonly string[];
  /**
   * The jars, or Python files, (as the script or settings write them) a function of
   * `rebuiltFunctions` may load from, when known: named in findings.
   */
  rebuiltFrom?: Readonly<Record<string, readonly string[]>>;
}

/** Chaining as the job runs it, with the sources Flink runs as legacy SourceFunctions. */
function hashing(job: ExplainedJob): HashOptions {
  return { chaining: job.chaining, legacySource: (n) => legacySource(n, job) };
}

/** Whether `n` is a source that runs as a legacy SourceFunction (datagen, a CDC source without incremental snapshot). */
function legacySource(n: StreamNode, job: ExplainedJob): boolean {
  const k = operatorKind(n);
  return k.kind === 'source' && legacySourceConnector(job.tables.get(tableKey(k.table ?? ''))?.options);
}

/** The parallelism the graph was explained at: its widest operator. */
function jobParallelism(job: ExplainedJob): number {
  return Math.max(1, ...job.graph.nodes.map((n) => n.parallelism));
}

function holds(n: StreamNode, job: ExplainedJob): Holds {
  return holdsState(n, (table) => job.tables.get(table)?.options);
}

/** `GroupAggregate (city)`: the operator by its name and key, as a reviewer knows it. */
function displayName(n: StreamNode): string {
  const k = operatorKind(n);
  if (k.kind === 'source') return `source ${k.table}`;
  if (k.kind === 'sink') return `sink ${k.table}${/Committer/.test(k.name) ? ' (committer)' : ''}`;
  const op = operatorName(n);
  const key =
    /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(n.contents)?.[1] ??
    /joinType=\[([^\]]*)\]/.exec(n.contents)?.[1];
  return key ? `${op} (${key.replace(/\$/g, '')})` : op;
}

export function stateVerdict(input: VerdictInput): Compatibility {
  const oldIds = operatorIds(input.old.graph, hashing(input.old));
  const newIds = operatorIds(input.next.graph, hashing(input.next));
  const newById = new Map<string, StreamNode>();
  for (const n of input.next.graph.nodes) newById.set(newIds.get(n.id)!, n);
  const operators: StateOperator[] = [];
  const findings: string[] = [];
  let dropped = 0;
  let reshaped = 0;
  // Of the reshaped: restored by Flink and read wrong, or one of the two (the rest fail the restore).
  let readWrong = 0;
  let mayReadWrong = 0;
  let unknown = 0;
  const ttlSwitch = ttlSwitched(input);
  // Only calls typed on both sides: a type asked on one side alone would read as a change.
  const calls = new Set(
    [...(input.old.functionTypes?.keys() ?? [])].filter((c) => input.next.functionTypes?.has(c)),
  );
  const rebuilt = [
    ...new Set([...changedFunctions(input.old, input.next), ...(input.rebuiltFunctions ?? [])]),
  ];
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
      findings.push(`${name}: its state is dropped (${droppedWhy(n, input.next.graph, id)})`);
      continue;
    }
    // A FLIP-27 Source keeps its splits (and its enumerator's) under other names than a legacy
    // SourceFunction keeps its offsets: Flink restores the savepoint, and the new reader finds
    // nothing of its own in it (real 1.20.3, postgres-cdc 3.5.0: the whole snapshot read again).
    if (legacySource(n, input.old) !== legacySource(twin, input.next)) {
      reshaped++;
      readWrong++;
      operators.push({ name, id, state: 'reshaped' });
      findings.push(
        `${name}: its reader becomes ${legacySource(twin, input.next) ? 'a legacy SourceFunction' : 'a FLIP-27 Source'} (scan.incremental.snapshot.enabled), which cannot read the old reader's state: it starts over (a CDC source reads its whole snapshot again)`,
      );
      continue;
    }
    if (state === 'keyed') {
      const a = stateShape(n, input.old.graph) + storedRow(n, input.old.graph);
      const next = stateShape(twin, input.next.graph) + storedRow(twin, input.next.graph);
      const widened = rowsToRange(a, next, n, input.old.graph);
      const b = widened || patternExtended(a, next) ? a : next;
      // One function keeps the state on both sides (a SESSION window TVF ↔ GROUP BY SESSION).
      const sameFunction = stateFunction(n) === stateFunction(twin);
      const typedA = typedShape(a, n, input.old, calls);
      const typedB = typedShape(b, twin, input.next, calls);
      // Another deduplication or Top-N function keeps its state under other names: Flink restores
      // the savepoint (the key serializer is all it checks) and the new function starts empty.
      const namesA = keyedStateNames(n, input.old.graph, input.oldFlinkVersion ?? input.flinkVersion);
      const namesB = keyedStateNames(twin, input.next.graph, input.flinkVersion);
      if (
        namesA &&
        namesB &&
        !namesA.some((x) => namesB.includes(x)) &&
        typedShape(stateKey(a), n, input.old, calls) === typedShape(stateKey(b), twin, input.next, calls)
      ) {
        dropped++;
        operators.push({ name, id, state: 'dropped', unread: true });
        findings.push(
          `${name}: ${baseName(n) !== baseName(twin) ? `becomes ${displayName(twin)}, ` : ''}its state is kept under other names now (${namesA.join(', ')} → ${namesB.join(', ')}); Flink restores the savepoint without allowNonRestoredState, and the new operator starts with empty state (the old state is carried along unread)`,
        );
        continue;
      }
      const read = tablesReaching([n, input.old.graph], [twin, input.next.graph]);
      const retype = retypedColumns(input.old, input.next, read).filter((c) => mentions(a, c));
      const keyed = nullabilityHeld(n, a);
      for (const c of renulledColumns(input.old, input.next, read))
        if (!retype.includes(c) && mentions(keyed, c)) retype.push(c);
      const ttl = ttlSwitch?.operators.has(operatorName(n)) === true;
      const untyped =
        a === b && typedA !== typedB && retype.length === 0 && !ttl && sameFunction
          ? untypedOnOneSide(a, typedA, typedB)
          : undefined;
      if (untyped) {
        unknown++;
        operators.push({ name, id, state: 'unknown' });
        findings.push(
          `${name}: flinkops cannot tell the type of ${untyped.join(', ')} in one of the plans (${typedA} → ${typedB}); the state keeps its shape only if the type is the same`,
        );
        continue;
      }
      if (!sameFunction || typedA !== typedB || retype.length > 0 || ttl) {
        reshaped++;
        operators.push({ name, id, state: 'reshaped' });
        const lost = patternVariablesLost(a, b);
        const why = !sameFunction
          ? `becomes ${displayName(twin)}`
          : typedA !== typedB
            ? lost.length > 0
              ? `its pattern loses ${lost.join(', ')}: ${a} → ${b}`
              : a !== b
                ? `${a} → ${b}`
                : `column types change: ${typedA} → ${typedB}`
            : retype.length > 0
              ? `${retype.length > 1 ? 'columns' : 'column'} ${retype.join(', ')} ${retype.length > 1 ? 'change' : 'changes'} type or nullability`
              : `${ttlSwitch!.why}`;
        // Another aggregate or join of the same types (SUM → MAX, sides swapped) is restored by
        // Flink, which compares serializers only, and then read as other state (real 1.20).
        // A pattern variable removed: Flink restores, and the job fails on the first partial match
        // waiting at it.
        const either =
          sameFunction && typedA !== typedB && a !== b && retype.length === 0 && !ttl && lost.length === 0;
        if (either) mayReadWrong++;
        const outcome = either
          ? 'Flink cannot restore it, or restores it and reads it as other state'
          : lost.length > 0
            ? `the job fails on the first partial match waiting at ${lost.join(' or ')} ("State ${lost[0]} does not exist in the NFA")`
            : 'Flink cannot restore it';
        findings.push(`${name}: its state changes shape (${why}); ${outcome}`);
        continue;
      }
      // A window operator keeps its accumulators or rows under the window's (slice's) end, not the
      // time column that put rows there: another column restores, and the new rows join the old
      // column's windows (real 2.2.0, TUMBLE 10 s over ts → over ts_b = ts - 30 s, 5 rows a second:
      // the window [23:53:50, 23:54) open at the upgrade printed 100 rows).
      const timeSwitch = switchedTimeColumn([n, input.old], [twin, input.next]);
      if (timeSwitch) {
        reshaped++;
        readWrong++;
        operators.push({ name, id, state: 'reshaped' });
        findings.push(
          `${name}: its windows follow another time column now (${timeSwitch}); Flink restores the state, and the new job adds its rows to the windows the old column's rows opened, read as its own`,
        );
        continue;
      }
      // A join keeps each input's rows in a state of its own side: inputs swapped (FROM a JOIN b →
      // FROM b JOIN a) of the same row types restore, and each side's rows are read as the other's.
      const swapped = swappedInputs([n, input.old.graph], [twin, input.next.graph]);
      if (swapped) {
        reshaped++;
        readWrong++;
        operators.push({ name, id, state: 'reshaped' });
        findings.push(
          `${name}: its inputs are swapped (${swapped}); Flink restores the rows each side kept as the other side's, and joins them with the wrong stream`,
        );
        continue;
      }
      // Restored by Flink (the serializers match) and then read as other keys' or rows' state.
      const crossed = crossedState([a, n, input.old], [b, twin, input.next]);
      if (crossed) {
        reshaped++;
        readWrong++;
        operators.push({ name, id, state: 'reshaped' });
        findings.push(`${name}: ${crossed}`);
        continue;
      }
      // A UDF aggregate's accumulator is a type of its jar (a Python aggregate's, of its Python
      // file), and so is a process table function's state (its state entries' classes): the
      // graph's text does not show either.
      const ptf = operatorName(n) === 'ProcessTableFunction';
      const called = AGGREGATES.has(operatorName(n)) || ptf ? rebuilt.filter((f) => callsFunction(a, f)) : [];
      if (called.length > 0) {
        unknown++;
        operators.push({ name, id, state: 'unknown' });
        const code = operatorName(n).startsWith('Python') ? 'Python file' : 'jar';
        const from = [...new Set(called.flatMap((f) => input.rebuiltFrom?.[f] ?? []))];
        const kept = ptf ? 'state' : 'accumulator';
        findings.push(
          `${name}: the ${kept} of ${called.join(', ')} is a type of ${called.length > 1 ? 'their' : 'its'} ${code}${from.length > 0 ? ` (${from.join(', ')})` : ''}, which changed; Flink's stream graph does not show whether it is the same`,
        );
        continue;
      }
    }
    if (state === 'unknown') {
      operators.push({ name, id, state: 'kept' });
      continue;
    }
    operators.push({ name, id, state: 'kept' });
    findings.push(`${name} keeps its state${overFrameNote(n, twin, input)}${keptNote(n, twin)}`);
  }
  for (const n of input.next.graph.nodes) {
    const state = holds(n, input.next);
    if (state === 'none' || state === 'unknown') continue;
    const id = newIds.get(n.id)!;
    if (operators.some((o) => o.id === id)) continue;
    operators.push({ name: displayName(n), id, state: 'new' });
    findings.push(`${displayName(n)} starts with empty state`);
  }
  const mp = maxParallelismOf(input);
  const keyedKept = operators.some(
    (o) => o.state === 'kept' && !o.name.startsWith('source') && !o.name.startsWith('sink'),
  );
  // Unset before: the savepoint's key groups are Flink's default for the job's parallelism, which
  // a value set now must match. Unset now: Flink takes the savepoint's, whatever it was.
  const derived = mp?.from === undefined && mp?.to !== undefined;
  const from = derived ? defaultMaxParallelism(jobParallelism(input.old)) : mp?.from;
  if (mp && from !== undefined && mp.to !== undefined && from !== mp.to && keyedKept) {
    reshaped++;
    findings.push(
      `maxParallelism ${derived ? `unset (Flink's default ${from})` : from} → ${mp.to}: keyed state cannot be restored into other key groups`,
    );
  }
  // Flink restores no state into more subtasks than the savepoint's key groups (max parallelism):
  // a new job that sets none takes the savepoint's, so a parallelism above it fails the restore.
  // Real 2.2.0, agg rescaled 2 → 200 with max parallelism 128: "The maximum parallelism (128) of the
  // restored state is lower than the configured parallelism (200)".
  const written = input.runningMaxParallelism ?? from ?? defaultMaxParallelism(jobParallelism(input.old));
  const parallelism = jobParallelism(input.next);
  if (
    parallelism > written &&
    (mp?.to === undefined || mp.to === written) &&
    operators.some((o) => o.state === 'kept')
  ) {
    reshaped++;
    findings.push(
      `parallelism ${parallelism} is above the max parallelism ${written} the savepoint's state was written under: ` +
        `Flink refuses the restore ("the maximum parallelism (${written}) of the restored state is lower than the configured parallelism (${parallelism})"); ` +
        `keep parallelism at ${written} or below`,
    );
  }
  const verdict =
    reshaped > 0 ? 'incompatible' : dropped > 0 ? 'drops-state' : unknown > 0 ? 'unknown' : 'compatible';
  const restore =
    readWrong + mayReadWrong < reshaped ? 'fails' : mayReadWrong > 0 ? 'fails-or-read-wrong' : 'read-wrong';
  return {
    verdict,
    source: 'flink',
    ...(verdict === 'incompatible' ? { restore } : {}),
    operators,
    findings,
    advice: adviceFor(verdict, { ...input, ...(restoredUnread(operators) ? { restoredUnread: true } : {}) }),
  };
}

/**
 * Why no operator of the new job has the old one's id. A process table function keeps its state
 * under its uid (the `uid` argument, else the function's name): another uid is another operator.
 */
function droppedWhy(n: StreamNode, next: StreamGraph, id: string): string {
  const uid = userUid(n);
  const others = next.nodes
    .filter((x) => x.type.startsWith('ProcessTableFunction'))
    .map((x) => userUid(x) ?? 'none');
  if (uid === undefined || others.length === 0 || others.includes(uid))
    return `no operator of the new job has its id ${id}`;
  return `a process table function keeps its state under its uid, and the uid changes: ${uid} → ${others.join(', ')}; keep uid => '${uid}' to keep it`;
}

/**
 * The max parallelism of each side: the job settings' `maxParallelism` (which flinkops submits
 * over the script's own), else a `pipeline.max-parallelism` the script SETs (a job's `config:`).
 * Real 2.2.0: `config: pipeline.max-parallelism` 128 → 256 failed the restore, "Max parallelism
 * mismatch between checkpoint/savepoint state and new program".
 */
function maxParallelismOf(input: VerdictInput): { from?: number; to?: number } | undefined {
  const from = input.maxParallelism?.from ?? configuredMaxParallelism(input.old);
  const to = input.maxParallelism?.to ?? configuredMaxParallelism(input.next);
  if (!input.maxParallelism && from === undefined && to === undefined) return undefined;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** `SET 'pipeline.max-parallelism' = '256'` of a script; undefined when unset (or Flink's -1, derived). */
function configuredMaxParallelism(job: ExplainedJob): number | undefined {
  const v = job.config?.['pipeline.max-parallelism']?.trim();
  return v !== undefined && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
}

const ttlOn = (c: Readonly<Record<string, string>> | undefined): boolean => {
  const v = c?.['table.exec.state.ttl']?.trim();
  return v !== undefined && v !== '' && !/^0+\s*(?:ms|s|min|h|d|[a-z]*)?$/i.test(v);
};

/** `table.exec.state.ttl` switched on or off, on a Flink that cannot migrate between the two. */
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

/**
 * Operators whose TTL switch Flink 2.x still does not migrate: the sink upsert materializer keeps a
 * value state holding a list of rows, and 2.2.0 refuses to restore it with a TTL serializer over
 * the plain one ("StateMigrationException: For heap backends, the new state serializer
 * (TtlSerializer) must not be incompatible with the old state serializer (ListSerializer)").
 */
const TTL_STATE_V2 = new Set(['SinkMaterializer']);

/**
 * Operators a `/*+ STATE_TTL('t' = '1h') *\/` hint gives TTL state (regular joins and group
 * aggregates, FLIP-373). The hint is not in the stream graph, so it is read from the statement.
 */
const HINT_TTL_STATE = new Set([
  'GroupAggregate',
  'GlobalGroupAggregate',
  'IncrementalGroupAggregate',
  'Join',
]);

/**
 * The tables (as the hints name them, lower case) a STATE_TTL hint of the statement gives a TTL,
 * each with whether that TTL is on (not zero): `'o' = '0 ms'` keeps o's state without TTL even
 * when table.exec.state.ttl is set.
 */
function ttlHints(sql: string | undefined): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (!sql) return out;
  for (const hint of sql.matchAll(/\/\*\+(.*?)\*\//gs)) {
    for (const m of hint[1]!.matchAll(/\bSTATE_TTL\s*\(([^)]*)\)/gi)) {
      for (const v of m[1]!.matchAll(/'((?:[^']|'')*)'\s*=\s*'([^']*)'/g))
        out.set(v[1]!.toLowerCase(), ttlOn({ 'table.exec.state.ttl': v[2]! }));
    }
  }
  return out;
}

function ttlSwitched(input: VerdictInput): { why: string; operators: ReadonlySet<string> } | undefined {
  const from = ttlOn(input.old.config);
  const to = ttlOn(input.next.config);
  const major = Number((input.flinkVersion ?? '1').split('.')[0]);
  if (from === to) {
    // A STATE_TTL hint gives the hinted join's or aggregate's state its own TTL, over the option's:
    // one that is not zero wraps it in TTL values, a zero one keeps it plain (real 1.20.3: 'o' = '0 ms'
    // under table.exec.state.ttl = 2 h failed the restore, StateMigrationException).
    if (Number.isFinite(major) && major >= 2) return undefined;
    const [hintsFrom, hintsTo] = [ttlHints(input.old.sql), ttlHints(input.next.sql)];
    const switched = [...new Set([...hintsFrom.keys(), ...hintsTo.keys()])].filter(
      (t) => (hintsFrom.get(t) ?? from) !== (hintsTo.get(t) ?? to),
    );
    if (switched.length === 0) return undefined;
    const on = switched.filter((t) => hintsTo.get(t) ?? to);
    const how =
      hintsFrom.size === 0
        ? 'a STATE_TTL hint added'
        : hintsTo.size === 0
          ? 'a STATE_TTL hint removed'
          : `a STATE_TTL hint switched the TTL of ${switched.map((t) => `${t} ${on.includes(t) ? 'on' : 'off'}`).join(', ')}`;
    return {
      why: `${how}; before Flink 2.0 TTL state and plain state do not read each other`,
      operators: HINT_TTL_STATE,
    };
  }
  const switched = `table.exec.state.ttl switched ${to ? 'on' : 'off'}`;
  if (Number.isFinite(major) && major >= 2)
    return {
      why: `${switched}; Flink 2.x migrates most state between plain and TTL values, but not the sink materializer's list of rows`,
      operators: TTL_STATE_V2,
    };
  return {
    why: `${switched}; before Flink 2.0 TTL state and plain state do not read each other`,
    operators: TTL_STATE,
  };
}

/**
 * The operators a `drops-state` verdict drops though Flink restores them (another deduplication or
 * Top-N, of other state names), when those are all it drops: Flink needs no allowNonRestoredState.
 */
export function restoredUnread(operators: readonly StateOperator[] = []): string | undefined {
  const dropped = operators.filter((o) => o.state === 'dropped');
  if (dropped.length === 0 || dropped.some((o) => !o.unread)) return undefined;
  return dropped.map((o) => o.name).join(', ');
}

/** The key a deduplication or Top-N keeps its state under, from its shape: `key=[k]`, `partitionBy=[k]`. */
function stateKey(shape: string): string {
  return [...shape.matchAll(/\b(?:key|partitionBy|partitionKeys)=\[([^\]]*)\]/g)].map((m) => m[1]).join(', ');
}

/**
 * A state shape with field names replaced by the column types they carry, following the aliases of
 * the graph's Calcs (`k AS key_id`) back to a table column: renaming a key or an aggregated column
 * keeps the state's types, and so its restore; changing which column (of another type) does not.
 * A field a Calc computes (`ABS((v - 50)) AS $f1`, `CAST(v AS BIGINT) AS $f1`) gets the type of its
 * expression where that is plain (computedType): SUM(v) → SUM(ABS(v - 50)) keeps an INT accumulator.
 */
function typedShape(shape: string, node: StreamNode, job: ExplainedJob, calls: ReadonlySet<string>): string {
  const alias = new Map<string, string>();
  const computed: [string, string][] = [];
  // Only this operator and those feeding it: a Calc after it may reuse a name for another value
  // (`CAST(b AS VARCHAR) AS b` of a key the new jar types INT), which would hide the key's type.
  const upstream = upstreamOf(node, job.graph).add(node.id);
  for (const n of job.graph.nodes) {
    if (!upstream.has(n.id)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1];
    if (!select) continue;
    for (const m of select.matchAll(/(?:^|,\s*)([A-Za-z_][\w$]*) AS ([A-Za-z_][\w$]*)/g)) {
      if (m[1] !== m[2]) alias.set(m[2]!.toLowerCase(), m[1]!.toLowerCase());
    }
    if (/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) {
      for (const item of splitTopLevel(select)) {
        const m = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        if (m && !/^[A-Za-z_][\w$]*$/.test(m[1]!)) computed.push([m[2]!.toLowerCase(), m[1]!]);
      }
    }
  }
  const types = new Map<string, string | null>();
  // The columns of the tables read upstream: a sink's column of the same name (`b STRING` of the
  // table a retyped key is cast back for) says nothing of the key.
  const read = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  for (const [name, t] of job.tables) {
    if (read.size > 0 && !read.has(name)) continue;
    for (const [col, type] of t.columns) {
      const seen = types.get(col);
      types.set(col, seen === undefined || seen === type ? type : null);
    }
  }
  const columnType = (word: string): string | null | undefined => {
    let name = word.toLowerCase();
    for (let i = 0; i < 8 && alias.has(name); i++) name = alias.get(name)!;
    return types.get(name);
  };
  // A name computed twice with other types (or once untyped) is left as it is.
  const computedTypes = new Map<string, string | null>();
  // A Calc that computes a table column's name anew (`CAST(v AS BIGINT) AS v`, as the planner
  // writes a legacy GROUP BY SESSION's input) gives it the expression's type, where that is plain.
  const recast = new Map<string, string>();
  for (const [name, expr] of computed) {
    if (types.has(name)) {
      const t = computedType(expr, columnType);
      if (t !== undefined && t !== types.get(name)) recast.set(name, t);
      continue;
    }
    const called = calls.has(expr.trim()) ? job.functionTypes?.get(expr.trim()) : undefined;
    const t = called ?? computedType(expr, columnType) ?? null;
    const seen = computedTypes.get(name);
    computedTypes.set(name, seen === undefined || seen === t ? t : null);
  }
  return shape.replace(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g, (word) => {
    const type = word.startsWith('$') ? undefined : (recast.get(word.toLowerCase()) ?? columnType(word));
    const typed = type ?? computedTypes.get(word.toLowerCase());
    return typed ? `<${typed}>` : word;
  });
}

/**
 * The names of one state shape (`a`, the same text on both sides) that one side types and the
 * other leaves as they are, when that is the only difference between the typed shapes: an
 * expression flinkops cannot type (`(CAST(v AS BIGINT) + id) AS $f1`) says nothing of a change.
 * Undefined when the typed shapes differ anywhere else (a type changed on both sides).
 */
function untypedOnOneSide(shape: string, typedA: string, typedB: string): string[] | undefined {
  const words = [...shape.matchAll(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g)];
  // Each typed shape is `shape` with some of its words replaced: split both at the same words.
  const pieces = (typed: string): string[] | undefined => {
    const out: string[] = [];
    let at = 0;
    let from = 0;
    for (const w of words) {
      const before = shape.slice(from, w.index);
      if (!typed.startsWith(before, at)) return undefined;
      at += before.length;
      const piece = typed.startsWith(w[0], at) ? w[0] : /^<[^<>]*>/.exec(typed.slice(at))?.[0];
      if (piece === undefined) return undefined;
      out.push(piece);
      at += piece.length;
      from = w.index + w[0].length;
    }
    return typed.slice(at) === shape.slice(from) ? out : undefined;
  };
  const [pa, pb] = [pieces(typedA), pieces(typedB)];
  if (!pa || !pb) return undefined;
  const unknown: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (pa[i] === pb[i]) continue;
    const untyped = pa[i] === words[i]![0] || pb[i] === words[i]![0];
    if (!untyped) return undefined;
    if (!unknown.includes(words[i]![0])) unknown.push(words[i]![0]);
  }
  return unknown.length > 0 ? unknown : undefined;
}

/**
 * The row a deduplication keeps per key, as its input's columns (` row=[order_id, user_id, pt]`),
 * which the node's own text does not show; '' when it keeps no row or the input is not known. A
 * processing-time deduplication keeping the first row keeps a flag only; the others keep the whole
 * input row (real 1.20.3: a column added to the output of a processing-time keep-last
 * deduplication failed the restore, StateMigrationException of the row's RowDataSerializer).
 */
function storedRow(n: StreamNode, graph: StreamGraph): string {
  const op = operatorName(n);
  if (op !== 'Deduplicate' && op !== 'WindowDeduplicate') return '';
  if (
    op === 'Deduplicate' &&
    /\bkeep=\[FirstRow\]/.test(n.contents) &&
    /\border=\[PROCTIME\]/.test(n.contents)
  )
    return '';
  const columns = n.inputs.length === 1 ? outputColumns(n.inputs[0]!.from, graph) : undefined;
  return columns ? ` row=[${columns.join(', ')}]` : '';
}

/**
 * The columns a node emits, by name: a Calc's select list (`PROCTIME() AS pt` → `pt`), a source's
 * fields, through watermark assigners; undefined for anything else.
 */
function outputColumns(id: number, graph: StreamGraph): string[] | undefined {
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let at = byId.get(id);
  for (let hops = 0; at && hops < 16; hops++) {
    const text = at.contents.replace(/^\[\d+\]:/, '');
    if (/^Calc\(/.test(text)) {
      const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(text)?.[1];
      if (select === undefined) return undefined;
      return splitTopLevel(select).map((item) => {
        const m = /\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        return m ? m[1]! : item.trim();
      });
    }
    if (operatorKind(at).kind === 'source') {
      const fields = /\bfields=\[([^\]]*)\]/.exec(text)?.[1];
      return fields === undefined ? undefined : fields.split(/,\s*/);
    }
    if (!/^WatermarkAssigner\(/.test(text) || at.inputs.length !== 1) return undefined;
    at = byId.get(at.inputs[0]!.from);
  }
  return undefined;
}

/**
 * Why Flink restores a keyed state of the same types and then reads it as other keys' or rows'
 * state, or '' when it does not:
 * - the same columns in another order (GROUP BY a, b → b, a): restored by position, each key and row
 *   read crossed (real 1.20.3: a Top-N over `GROUP BY category, product_id` reordered emitted
 *   product ids as categories);
 * - the key moved to another column that both jobs read (GROUP BY k → GROUP BY v, a join on k → on
 *   v): each key's state is restored under the new column's value;
 * - the key computed from other columns (GROUP BY MOD(k, 5) → MOD(v, 5), or k → MOD(k, 5)): the
 *   state of one value of the old key becomes that of the same value of the new one (real 1.20.3:
 *   group MOD(v, 5) = 2 printed MIN(v) = 0, from the old state of MOD(k, 5) = 2).
 */
function crossedState(
  [a, n, oldJob]: [string, StreamNode, ExplainedJob],
  [b, twin, newJob]: [string, StreamNode, ExplainedJob],
): string {
  if (a !== b && sameWords(a, b))
    return `its columns are reordered (${a} → ${b}); Flink restores the state by position and reads each key and row with its columns crossed`;
  const [oldColumns, newColumns] = [inputColumns(n, oldJob), inputColumns(twin, newJob)];
  const moved = a !== b ? switchedKey(a, b, oldColumns, newColumns) : '';
  const recomputed = moved ? '' : recomputedKey([a, n, oldJob, oldColumns], [b, twin, newJob, newColumns]);
  const how = moved
    ? `its key is another column now (${moved})`
    : recomputed
      ? `its key is computed otherwise now (${recomputed})`
      : '';
  return how ? `${how}; Flink restores the state and reads each key's state as that of another key` : '';
}

/**
 * Whether an event-time OVER window's bounded ROWS frame became a bounded RANGE frame, the rest of
 * its state the same. The RANGE function keeps the same `inputState` rows and `accState`
 * accumulator as the ROWS one, and on its first row retracts the restored rows older than its
 * range: the state is read as its own (real 2.2.0: ROWS 100 → RANGE 1 min restored, and the first
 * count of key 7, 17, was its rows of the last minute, 16 restored and 1 new). The other way the
 * ROWS function finds no row count of its own and retracts nothing until it has counted its frame
 * anew (real 2.2.0: RANGE 1 min → ROWS 10 printed counts up to 48): that stays reshaped. Processing
 * time keeps other state names (not measured): reshaped as well.
 */
function rowsToRange(a: string, b: string, n: StreamNode, graph: StreamGraph): boolean {
  if (!rowsFrameBecomesRange(a, b)) return false;
  const order = /\borderBy=\[(\$?[A-Za-z_][\w$]*) ASC\]/.exec(n.contents)?.[1];
  return order !== undefined && !isProcTime(order, n, graph);
}

/** ` (ROWS → RANGE frame: …)` for a kept OVER window whose frame widened so; else ''. */
function overFrameNote(n: StreamNode, twin: StreamNode, input: VerdictInput): string {
  if (operatorName(n) !== 'OverAggregate') return '';
  const [a, b] = [stateShape(n), stateShape(twin)];
  return a !== b && rowsToRange(a, b, n, input.old.graph)
    ? ' (its ROWS frame becomes a RANGE frame: the RANGE function reads the rows and the accumulator kept, and retracts those older than its range)'
    : '';
}

/**
 * ` (…)` for a kept operator whose state is read on in a way worth knowing: a MATCH_RECOGNIZE
 * pattern that gains variables, a window join whose windows change size, a SESSION window computed
 * by the other syntax; else ''.
 */
function keptNote(n: StreamNode, twin: StreamNode): string {
  const [a, b] = [stateShape(n), stateShape(twin)];
  if (patternExtended(a, b))
    return ' (its pattern gains variables after the old ones: the partial matches kept continue into them)';
  if (operatorName(n) === 'WindowJoin') {
    const size = (x: StreamNode) => /\bleftWindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(x.contents)?.[1];
    if (size(n) !== size(twin))
      return ' (its windows change: a window open at the upgrade closes at its old end with the rows kept, and the new windows join only the rows after the upgrade; rows on either side of it are not joined)';
  }
  // The slices stay, the windows grow (HOP 5 s / 10 s → 5 s / 20 s, TUMBLE 10 s → HOP 20 s / 10 s):
  // the old job dropped each slice once its last window had fired, so the first new windows
  // spanning the upgrade miss the slices older than the old windows (real 2.2.0, HOP 5 s / 10 s →
  // 5 s / 20 s at 4 rows a second: the first 20 s windows printed 40 and 52 rows, the later ones
  // 80, less the rows of the restart).
  if (/WindowAggregate$/.test(operatorName(n))) {
    const [from, to] = [windowSizeMs(n.contents), windowSizeMs(twin.contents)];
    if (from !== undefined && to !== undefined && to > from)
      return ' (its windows grow: the first windows after the upgrade may lack slices the old job had already dropped, and then emit partial results)';
  }
  // A Top-N whose order flips keeps the rows the old order ranked: Flink's TopNRecordsCombiner
  // puts only each bundle's first N (by the old order) into a window's state, and the append-only
  // Rank keeps a key's first N. The new order ranks those and the rows read after the upgrade, not
  // every row read.
  if (/^(?:Window)?Rank$/.test(operatorName(n))) {
    const order = (x: StreamNode) => /\borderBy=\[([^\]]*)\]/.exec(x.contents)?.[1];
    if (order(n) !== order(twin))
      return operatorName(n) === 'WindowRank'
        ? ' (its order changes: a window open at the upgrade ranks the rows the old order kept of it, at most N of each bundle read, and the rows read after the upgrade)'
        : ' (its order changes: each key ranks the N rows the old order kept and the rows read after the upgrade, not every row it read)';
  }
  if (baseName(n) !== baseName(twin) && stateFunction(n) === stateFunction(twin))
    return ` (becomes ${displayName(twin)}: the same session window state, and the sessions open at the upgrade go on)`;
  return '';
}

/** The tables a node reads, through every operator upstream of it (`events`; `a, b` for a union). */
function sourceTables(id: number, graph: StreamGraph): string {
  const node = graph.nodes.find((g) => g.id === id);
  if (!node) return '';
  const ids = new Set([id, ...upstreamOf(node, graph)]);
  const tables = graph.nodes
    .filter((g) => ids.has(g.id))
    .map((g) => operatorKind(g))
    .filter((k) => k.kind === 'source' && k.table !== undefined)
    .map((k) => k.table!);
  return [...new Set(tables)].sort().join(', ');
}

/**
 * `events ⋈ clicks → clicks ⋈ events` when a two-input join reads the same tables as before but
 * each input the other's: the left rows a join kept are restored as its left rows, whatever stream
 * the new job feeds there (real 2.2.0: an interval join FROM events JOIN clicks → FROM clicks JOIN
 * events, of the same columns, restored and printed clicks joined with clicks: `+I[1, 1059, 1054]`,
 * a v only clicks have where an event's v was selected). '' otherwise.
 */
function swappedInputs(
  [n, oldGraph]: [StreamNode, StreamGraph],
  [twin, newGraph]: [StreamNode, StreamGraph],
): string {
  if (!JOINS.has(operatorName(n)) || n.inputs.length !== 2 || twin.inputs.length !== 2) return '';
  const [l, r] = n.inputs.map((e) => sourceTables(e.from, oldGraph));
  const [l2, r2] = twin.inputs.map((e) => sourceTables(e.from, newGraph));
  if (!l || !r || l === r || l !== r2 || r !== l2) return '';
  return `${l} ⋈ ${r} → ${l2} ⋈ ${r2}`;
}

const JOINS = new Set(['Join', 'IntervalJoin', 'TemporalJoin', 'WindowJoin']);

/** Window operators that keep state per window: they assign rows to windows by a time column. */
const WINDOWED = new Set([
  'WindowAggregate',
  'GlobalWindowAggregate',
  'WindowRank',
  'WindowDeduplicate',
  'WindowJoin',
]);

/**
 * The time column(s) a window operator's windows follow: its own `time_col=[ts]` (a one-phase
 * WindowAggregate), else that of the nearest operators feeding it that name one — the
 * LocalWindowAggregate of a two-phase aggregate, whose global side prints only
 * `slice_end=[$slice_end]`; the WindowTableFunction before a window Top-N, deduplication or join.
 */
function windowTimeColumns(n: StreamNode, graph: StreamGraph): string | undefined {
  if (!WINDOWED.has(operatorName(n))) return undefined;
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let level: StreamNode[] = [n];
  const seen = new Set<number>();
  for (let hops = 0; level.length > 0 && hops < 16; hops++) {
    const found = level
      .map((g) => /\btime_col=\[([^\]]*)\]/.exec(g.contents)?.[1]?.trim().toLowerCase())
      .filter((c): c is string => c !== undefined);
    if (found.length > 0) return found.join(', ');
    const next: StreamNode[] = [];
    for (const g of level)
      for (const e of g.inputs) {
        const up = byId.get(e.from);
        if (up && !seen.has(up.id)) {
          seen.add(up.id);
          next.push(up);
        }
      }
    level = next;
  }
  return undefined;
}

/** The columns (lower case) of the job's tables, computed ones included. */
function declaredColumns(job: ExplainedJob): Set<string> {
  const out = new Set<string>();
  for (const t of job.tables.values()) {
    for (const c of t.columns.keys()) out.add(c.toLowerCase());
    for (const c of t.computed ?? []) out.add(c);
  }
  return out;
}

/**
 * `ts → ts_b` when a window operator's windows follow another time column, one of the two
 * declared on both sides (the watermark moved to another column); '' when it is the same column,
 * or the column was renamed (neither name in the other job's tables).
 */
function switchedTimeColumn(
  [n, oldJob]: [StreamNode, ExplainedJob],
  [twin, newJob]: [StreamNode, ExplainedJob],
): string {
  const [from, to] = [windowTimeColumns(n, oldJob.graph), windowTimeColumns(twin, newJob.graph)];
  if (from === undefined || to === undefined || from === to) return '';
  const [oldColumns, newColumns] = [declaredColumns(oldJob), declaredColumns(newJob)];
  const names = (t: string) => t.split(', ');
  const renamed = !names(from).some((c) => newColumns.has(c)) && !names(to).some((c) => oldColumns.has(c));
  return renamed ? '' : `${from} → ${to}`;
}

/**
 * The column names of a shape's keys (`groupBy=[…]`, `partitionBy=[…]`, `key=[…]`, `joinKey=[…]`,
 * a window deduplication's `partitionKeys=[…]`).
 */
function keyColumns(shape: string): Set<string> {
  const out = new Set<string>();
  for (const m of shape.matchAll(/\b(?:groupBy|partitionBy|partitionKeys|key|joinKey)=\[([^\]]*)\]/g))
    for (const w of m[1]!.match(/\$?[A-Za-z_][\w$]*/g) ?? []) out.add(w.toLowerCase());
  return out;
}

/**
 * `k → v` when the keys of `a` and `b` differ by columns that are all still there on both sides
 * (the old key's column in the new job's tables, the new one's in the old job's): another key, not
 * a renamed one. Empty when the keys are the same, or the difference is a rename.
 */
function switchedKey(a: string, b: string, oldColumns: Set<string>, newColumns: Set<string>): string {
  const [x, y] = [keyColumns(a), keyColumns(b)];
  const gone = [...x].filter((c) => !y.has(c) && oldColumns.has(c));
  const came = [...y].filter((c) => !x.has(c) && newColumns.has(c));
  if (gone.length === 0 || came.length === 0) return '';
  if (!gone.every((c) => newColumns.has(c)) || !came.every((c) => oldColumns.has(c))) return '';
  return `${gone.join(', ')} → ${came.join(', ')}`;
}

/**
 * `g: MOD(k, 5) → MOD(v, 5)` when a key of the same place in both shapes is another expression
 * (one side at least computed by a Calc), over columns both jobs read: another key, not a renamed
 * one. Empty when every key is the same expression, or one names a column only one side has.
 */
function recomputedKey(
  [a, n, oldJob, oldColumns]: [string, StreamNode, ExplainedJob, Set<string>],
  [b, twin, newJob, newColumns]: [string, StreamNode, ExplainedJob, Set<string>],
): string {
  const [x, y] = [[...keyColumns(a)], [...keyColumns(b)]];
  if (x.length === 0 || x.length !== y.length) return '';
  const norm = (e: string) => e.replace(/\s+/g, ' ').trim().toLowerCase();
  const changed: string[] = [];
  for (let i = 0; i < x.length; i++) {
    const [from, to] = [keyExpression(x[i]!, n, oldJob), keyExpression(y[i]!, twin, newJob)];
    if (norm(from) === norm(to) || (from === x[i] && to === y[i])) continue;
    // Words of either expression: columns both jobs read, or SQL words (CAST … AS INT) of neither.
    for (const w of `${from} ${to}`.match(/(?<![\w$])[A-Za-z_][\w$]*(?![\w$])(?!\s*\()/g) ?? []) {
      const c = w.toLowerCase();
      const both = oldColumns.has(c) && newColumns.has(c);
      const keyword = /^[A-Z_]+$/.test(w) && !oldColumns.has(c) && !newColumns.has(c);
      if (!both && !keyword) return '';
    }
    changed.push(from === x[i] && x[i] === y[i] ? `${from} → ${to}` : `${x[i]}: ${from} → ${to}`);
  }
  return changed.join(', ');
}

/**
 * What a key column of `node` is, from the nearest Calc feeding it that computes it
 * (`MOD(k, 5) AS g` → `MOD(k, 5)`), following plain renames; the column itself when none does.
 */
function keyExpression(column: string, node: StreamNode, job: ExplainedJob): string {
  const byId = new Map(job.graph.nodes.map((g) => [g.id, g]));
  let name = column;
  let at: StreamNode | undefined = node;
  for (let hops = 0; at && hops < 16; hops++) {
    const input: StreamNode | undefined = at.inputs.length === 1 ? byId.get(at.inputs[0]!.from) : undefined;
    if (!input || !/^(?:\[\d+\]:)?Calc\(/.test(input.contents)) return name;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(input.contents)?.[1] ?? '';
    for (const item of splitTopLevel(select)) {
      const m = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
      if (!m || m[2]!.toLowerCase() !== name.toLowerCase()) continue;
      if (!/^\$?[A-Za-z_][\w$]*$/.test(m[1]!)) return m[1]!;
      name = m[1]!;
    }
    at = input;
  }
  return name;
}

/** The columns of the tables read by `node` and the operators feeding it (lower case). */
function inputColumns(node: StreamNode, job: ExplainedJob): Set<string> {
  const upstream = upstreamOf(node, job.graph).add(node.id);
  const read = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  const out = new Set<string>();
  for (const [name, t] of job.tables) {
    if (read.size > 0 && !read.has(name)) continue;
    for (const [col] of t.columns) out.add(col.toLowerCase());
  }
  return out;
}

/** Whether two shapes name the same columns the same number of times, in any order. */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) => (t.match(/\$?[A-Za-z_][\w$]*/g) ?? []).sort().join(' ');
  return words(a) === words(b);
}

/**
 * The type of a Calc expression where Flink's typing is plain: `CAST(col AS T)` is T (with the
 * column's nullability); `+`, `-`, `*`, ABS over columns of one type, INT or BIGINT, and INT
 * literals keep that type (INT - INT is INT, BIGINT + INT is BIGINT), and MOD keeps INT. Anything
 * else (other functions, mixed types, decimals, division): undefined, not known.
 */
function computedType(
  expr: string,
  columnType: (c: string) => string | null | undefined,
): string | undefined {
  const CAST = /CAST\(([A-Za-z_][\w$]*) AS ([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)\)/g;
  const castType = (col: string, to: string): string | undefined => {
    const from = columnType(col);
    if (!from) return undefined;
    return `${to === 'INTEGER' ? 'INT' : to}${/\sNOT NULL$/i.test(from) ? ' NOT NULL' : ''}`;
  };
  const text = expr.trim();
  const whole = new RegExp(`^${CAST.source}$`).exec(text);
  if (whole) return castType(whole[1]!, whole[2]!);
  // A column cast inside arithmetic (`(CAST(v AS BIGINT) + id)`) is an operand of the cast's type.
  const casts = new Map<string, string | undefined>();
  const flat = text.replace(CAST, (_, col: string, to: string) => {
    const name = `cast$${casts.size}`;
    casts.set(name, castType(col, to));
    return name;
  });
  const operandType = (word: string) => (casts.has(word) ? casts.get(word) : columnType(word));
  const tokens = flat.match(/[A-Za-z_][\w$]*|\d+|\S/g) ?? [];
  let type: string | undefined;
  let mod = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (/^\d+$/.test(tok)) {
      if (Number(tok) > 2147483647) return undefined;
    } else if (/^[A-Za-z_]/.test(tok)) {
      if (tokens[i + 1] === '(') {
        if (!/^(?:ABS|MOD)$/i.test(tok)) return undefined;
        mod ||= /^MOD$/i.test(tok);
        continue;
      }
      const t = operandType(tok);
      if (!t || !/^(?:INT|INTEGER|BIGINT)(?:\s+NOT NULL)?$/i.test(t)) return undefined;
      if (type !== undefined && type !== t) return undefined;
      type = t;
    } else if (!['+', '-', '*', '(', ')', ','].includes(tok)) return undefined;
  }
  if (type === undefined || (mod && !/^INT/i.test(type))) return undefined;
  return type;
}

/**
 * The tables (last name part, lower-case) the nodes scan or look up: a scan's
 * `table=[[cat, db, orders, project=[…]]]`, a lookup join's `table=[cat.db.drivers]`.
 */
function readTables(nodes: readonly StreamNode[]): Set<string> {
  const out = new Set<string>();
  for (const n of nodes)
    for (const m of n.contents.matchAll(/table=\[(\[?)([^\]]*?)\]/g)) {
      const parts = m[1] ? m[2]!.split(/,\s*/).filter((p) => !p.includes('=')) : m[2]!.split('.');
      const name = m[1] ? parts[Math.min(2, parts.length - 1)] : parts[parts.length - 1];
      if (name) out.add(name.replace(/`/g, '').trim().toLowerCase());
    }
  return out;
}

/** Functions of both scripts created from another class or jar. */
function changedFunctions(a: ExplainedJob, b: ExplainedJob): string[] {
  if (!a.functions || !b.functions) return [];
  return [...a.functions]
    .filter(([name, def]) => b.functions!.has(name) && b.functions!.get(name) !== def)
    .map(([name]) => name);
}

/** Whether `text` calls the function `name`. */
function callsFunction(text: string, name: string): boolean {
  return new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\s*\\(`, 'i').test(text);
}

/** Whether `text` names the column `col` (as a whole word). */
function mentions(text: string, col: string): boolean {
  return new RegExp(`\\b${escapeRegExp(col)}\\b`, 'i').test(text);
}

/**
 * The part of a state shape a column's nullability reaches: the key of an aggregate, else all. An
 * aggregate keeps only accumulators besides its key, whose types do not follow a column's
 * nullability (real 1.20.3: SUM(v) restores after v INT → INT NOT NULL, GROUP BY k fails after
 * k INT → INT NOT NULL, the key serializer being another RowDataSerializer); operators keeping
 * rows keep them with their types.
 */
function nullabilityHeld(n: StreamNode, shape: string): string {
  if (!AGGREGATES.has(operatorName(n))) return shape;
  return [...shape.matchAll(/\b(?:groupBy|partitionBy|key|partitionKeys)=\[([^\]]*)\]/g)]
    .map((m) => m[1])
    .join(', ');
}

/**
 * The tables whose columns can reach an operator's state: those read upstream of it on either
 * side; undefined (every table) when the graphs name none, or for a SinkMaterializer, which keeps
 * rows cast to its sink's types. A column of the same name in another table (the sink's `name`
 * made NOT NULL for a primary key) says nothing of the state: real 2.2.0 restored a
 * deduplication keeping `name` after that edit.
 */
function tablesReaching(
  [n, g]: [StreamNode, StreamGraph],
  [twin, h]: [StreamNode, StreamGraph],
): Set<string> | undefined {
  if (operatorName(n) === 'SinkMaterializer') return undefined;
  const upstream = (x: StreamNode, graph: StreamGraph) => {
    const ids = upstreamOf(x, graph);
    return graph.nodes.filter((m) => ids.has(m.id));
  };
  const read = readTables([...upstream(n, g), ...upstream(twin, h)]);
  return read.size > 0 ? read : undefined;
}

/** Columns of tables in both scripts (of `scope`, when given) that became NOT NULL or nullable. */
function renulledColumns(a: ExplainedJob, b: ExplainedJob, scope?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const [table, x] of a.tables) {
    if (scope && !scope.has(table)) continue;
    const y = b.tables.get(table);
    if (!y || !x.notNull || !y.notNull) continue;
    for (const col of x.columns.keys())
      if (y.columns.has(col) && x.notNull.has(col) !== y.notNull.has(col)) out.add(col);
  }
  return [...out];
}

/** Columns of tables in both scripts (of `scope`, when given) whose type changed: state holding them changes shape. */
function retypedColumns(a: ExplainedJob, b: ExplainedJob, scope?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const [table, x] of a.tables) {
    if (scope && !scope.has(table)) continue;
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
  input: {
    allowNonRestoredState?: boolean;
    settingsFile?: string;
    restoreFrom?: string;
    /** The job's former name, when this plan renames it (movedFrom): restoreFrom is refused beside it (FO734). */
    renamedFrom?: string;
    /** The state dropped is all restored unread: Flink needs no allowNonRestoredState for it. */
    restoredUnread?: boolean;
  },
): string[] {
  if (verdict === 'compatible') return [];
  const where = input.settingsFile ?? 'the job settings';
  const out: string[] = [];
  if (input.restoredUnread && verdict === 'drops-state') {
    out.push(
      input.allowNonRestoredState
        ? 'allowNonRestoredState is set: losing that state is accepted'
        : `set allowNonRestoredState: true in ${where} to accept losing that state (Flink restores without it all the same)`,
    );
  } else if (verdict === 'drops-state' || verdict === 'unknown') {
    out.push(
      input.allowNonRestoredState
        ? 'allowNonRestoredState is set: state that no longer matches an operator is dropped on restore'
        : `set allowNonRestoredState: true in ${where} to drop the state that no longer matches`,
    );
  }
  out.push(`set upgradeMode: stateless in ${where} to start the new version without state`);
  // The job's own savepoints hold the old shape: only state rewritten for the new version helps.
  // A rename starts from the old job's own state: restoreFrom beside movedFrom is refused (FO734),
  // so the rename goes first, with the script as it runs, and the pin comes with the script change.
  if (input.renamedFrom)
    out.push(
      `or rename first and change the script after: apply movedFrom: ${input.renamedFrom} with ${input.renamedFrom}'s script as it runs (its state restores), then change the script and pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}; restoreFrom beside movedFrom is refused while ${input.renamedFrom} exists (FO734)`,
    );
  else if (!input.restoreFrom)
    out.push(
      `or pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}`,
    );
  return out;
}
