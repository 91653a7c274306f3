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
  keyedStateNames,
  legacySourceConnector,
  operatorKind,
  operatorName,
  patternExtended,
  patternVariablesLost,
  stateFunction,
  stateShape,
  tableKey,
} from '../core/operator-state';
import {
  type HashOptions,
  operatorIds,
  type StreamGraph,
  type StreamNode,
  userUid,
} from '../core/stream-graph';
import {
  callsFunction,
  changedFunctions,
  mentions,
  nullabilityHeld,
  renulledColumns,
  retypedColumns,
  tablesReaching,
} from './column-changes';
import { crossedState } from './crossed-state';
import { displayName, type ExplainedJob, type VerdictInput } from './explained-job';
import { keptNote, overFrameNote, rowsToRange, swappedInputs, switchedTimeColumn } from './kept-notes';
import type { Compatibility, StateOperator } from './model';
import { ttlSwitched } from './ttl-switch';
import { storedRow, typedShape, untypedOnOneSide } from './typed-shape';
import { adviceFor, restoredUnread } from './verdict-advice';

export { defaultMaxParallelism };

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

/** The key a deduplication or Top-N keeps its state under, from its shape: `key=[k]`, `partitionBy=[k]`. */
function stateKey(shape: string): string {
  return [...shape.matchAll(/\b(?:key|partitionBy|partitionKeys)=\[([^\]]*)\]/g)].map((m) => m[1]).join(', ');
}
