/**
 * The state backend a restart moves a job's state between, and what the move costs (FO685 among
 * them).
 */

import { warning } from '../core/diagnostics';
import type { LiveJob, TaskHeap } from '../observe/model';
import type { JobRecord } from '../state/model';
import { sameSavepointPath } from '../state/records';
import { PLAN_CODES } from './codes';
import { fileRange, type JobInputs } from './job-inputs';
import type { Compatibility } from './model';

/**
 * The state backend a job's `config` names (`state.backend.type`, or the older `state.backend`),
 * by Flink's short name; undefined when it names none (the cluster's default then).
 */
export function configuredBackend(config: unknown): string | undefined {
  const c = config && typeof config === 'object' ? (config as Record<string, unknown>) : {};
  const v = c['state.backend.type'] ?? c['state.backend'];
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const t = v.trim().toLowerCase();
  // Flink 1.x still reads the legacy names of the heap backend.
  if (['hashmap', 'filesystem', 'jobmanager', 'memory'].includes(t) || /hashmapstatebackend$/.test(t))
    return 'hashmap';
  if (/rocksdb/.test(t)) return 'rocksdb';
  if (/forst/.test(t)) return 'forst';
  return t;
}

/**
 * The configuration to judge the running job's backend by: the store's, when it names one; else
 * the backend Flink reports the job runs (the cluster's default), when known.
 */
export function runningBackend(config: unknown, running: LiveJob | undefined): unknown {
  if (configuredBackend(config) !== undefined || !running?.stateBackend) return config;
  return { 'state.backend.type': running.stateBackend };
}

/** A tenth of a TaskManager's task heap: above it, state moved onto the heap is warned of (FO685). */
export const HEAP_STATE_SHARE = 0.1;

/** The backend a job's new configuration runs: the one it names, else the cluster's default, when read. */
function targetBackend(j: JobInputs): { backend?: string; defaulted: boolean } {
  const named = configuredBackend(j.job.settings.config);
  if (named !== undefined) return { backend: named, defaulted: false };
  const d = j.ctx.defaultStateBackend;
  return d !== undefined ? { backend: d, defaulted: true } : { defaulted: false };
}

/**
 * The TaskManager a job's restored state weighs on most: each of its `parallelism` subtasks
 * restores an equal share of the key groups, and Flink fills one TaskManager's slots before the
 * next (real 2.2.0: a job of parallelism 2 on two TaskManagers of 4 slots ran both subtasks on
 * the first), so a TaskManager of s slots may hold min(s, parallelism) of them. The one with the
 * least task heap per subtask it may hold is the one to weigh.
 */
export function heaviestTaskManager(
  heaps: readonly TaskHeap[],
  parallelism: number,
): { heap: TaskHeap; subtasks: number } | undefined {
  const p = Math.max(1, parallelism);
  let best: { heap: TaskHeap; subtasks: number } | undefined;
  for (const heap of heaps) {
    const subtasks = Math.min(p, heap.slots > 0 ? heap.slots : p);
    if (!best || subtasks * best.heap.bytes > best.subtasks * heap.bytes) best = { heap, subtasks };
  }
  return best;
}

/**
 * An upgrade that moves a job onto the heap state backend (hashmap) restores its whole state as
 * Java objects on the TaskManagers' task heap, which take several times the bytes of a checkpoint
 * or a canonical savepoint (real 1.20.3: a canonical savepoint of 84 MB restored into hashmap ran a
 * TaskManager with 505 MB of task heap out of memory, and the rollback with it). Warned of when
 * the job's state (its latest completed checkpoint or savepoint, as Flink reports their sizes:
 * `state_size` is the whole state on real 1.20.3 and 2.2.0, incremental checkpoints included), as
 * much of it as one TaskManager may hold, exceeds a tenth of that TaskManager's task heap.
 * Nothing is refused: how many times its size state takes on the heap depends on its types.
 */
export function warnHeapState(j: JobInputs, runs: unknown, running: LiveJob | undefined): void {
  const from = configuredBackend(runs);
  const to = targetBackend(j);
  const heaps = j.ctx.taskHeaps;
  if (!running || to.backend !== 'hashmap' || from === undefined || from === 'hashmap' || !heaps?.length)
    return;
  const size = Math.max(running.lastCheckpoint?.stateSize ?? 0, running.lastSavepointSize ?? 0);
  const p = Math.max(1, j.to.parallelism);
  const heaviest = heaviestTaskManager(heaps, p);
  if (!heaviest) return;
  const { heap, subtasks } = heaviest;
  const onOne = (size * subtasks) / p;
  if (!(onOne > heap.bytes * HEAP_STATE_SHARE)) return;
  const mb = (b: number) => `${Math.max(1, Math.round(b / 2 ** 20))} MB`;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  const target = to.defaulted ? "hashmap, the cluster's default" : 'hashmap';
  const placed =
    p === 1
      ? ''
      : ` Each of the job's ${p} subtasks restores 1/${p} of it, and Flink fills one TaskManager's slots before the next: ${subtasks === p ? `all ${p}` : `${subtasks} of them`} fit in the ${heap.slots} slots of a TaskManager with ${mb(heap.bytes)} of task heap.`;
  const keep = to.defaulted
    ? `Name ${from} in ${settings} (state.backend.type: ${from}; it names none, so the cluster's default applies)`
    : `Keep ${from} in ${settings} (state.backend.type: ${from})`;
  j.diags.push(
    warning(
      PLAN_CODES.heapStateTooLarge,
      `Job ${j.job.name}: the state backend changes (${from} → ${target}) with ${mb(size)} of state, ${mb(onOne)} on one TaskManager of ${mb(heap.bytes)} task heap: the restore may run out of memory`,
      `The hashmap backend keeps the whole state as Java objects on the task heap, several times its ${mb(size)} in a checkpoint; flinkops warns above a tenth of the task heap (${mb(heap.bytes * HEAP_STATE_SHARE)} here).${placed} A TaskManager out of memory fails the restore and the rollback with it. ${keep}, or give the TaskManagers more heap (taskmanager.memory.task.heap.size, or taskmanager.memory.process.size), or the job a parallelism above one TaskManager's ${heap.slots || p} slots on TaskManagers to spare, before applying.`,
      fileRange(j.job.yamlFile ?? j.job.sqlFile),
    ),
  );
}

/** A pinned savepoint's format and who says so. */
export interface PinnedFormat {
  format: 'CANONICAL' | 'NATIVE';
  source: string;
}

/**
 * The format of a pinned savepoint, when known: Flink's checkpoint history of a job of the
 * cluster (`savepointFormat`, 1.15+) lists it, or flinkops took it (its savepoints are in Flink's
 * default, canonical format). Undefined for a checkpoint or a savepoint neither knows.
 */
export function pinnedFormat(
  pinned: string,
  live: readonly LiveJob[],
  record: JobRecord | undefined,
): PinnedFormat | undefined {
  if (/\/chk-\d+\/?$/.test(pinned)) return undefined;
  for (const l of live) {
    for (const [path, format] of Object.entries(l.savepointFormats ?? {})) {
      if (sameSavepointPath(path, pinned))
        return { format, source: `Flink's checkpoint history of job ${l.jobId} says so` };
    }
  }
  if (record?.savepoints.some((sp) => sameSavepointPath(sp.path, pinned)))
    return { format: 'CANONICAL', source: 'flinkops took it' };
  return undefined;
}

/**
 * A restore from a checkpoint (a last-state upgrade, or the upgrade of a job that restarts and so
 * takes no savepoint) into another state backend: a checkpoint keeps its state in its backend's own
 * format (RocksDB's incremental files), and Flink restores another backend only from a canonical
 * savepoint (real 1.20.3, rocksdb with incremental checkpoints → hashmap: "Unexpected state handle
 * type, expected one of: class KeyGroupsStateHandle, but found: class
 * IncrementalRemoteKeyedStateHandle"). Both named: incompatible; the new one left to the
 * cluster's default: judged by that default when the plan read it (`clusterDefault`), else
 * unknown. Changes `compat` in place.
 */
export function backendSwitch(
  compat: Compatibility,
  before: unknown,
  after: unknown,
  settingsFile: string,
  pinned?: string,
  format?: PinnedFormat,
  clusterDefault?: string,
): void {
  const named = configuredBackend(after);
  const [a, b] = [configuredBackend(before), named ?? clusterDefault];
  // Neither names one: both run the cluster's default.
  if (a === b || (a === undefined && named === undefined) || compat.verdict === 'incompatible') return;
  const name = (x: string | undefined) => x ?? "the cluster's default";
  const shownB = named === undefined && b !== undefined ? `${b}, the cluster's default` : name(b);
  const switched = `the state backend changes (${name(a)} → ${shownB})`;
  // A pinned savepoint may be canonical (restores into any backend) or NATIVE (real 1.20.3 and
  // 2.2.0, a NATIVE savepoint of an incremental RocksDB job pinned with hashmap: "Unexpected state
  // handle type, expected one of: class KeyGroupsStateHandle, but found: class
  // IncrementalRemoteKeyedStateHandle"). Its format, when known, decides.
  if (pinned !== undefined && !/\/chk-\d+\/?$/.test(pinned)) {
    if (format?.format === 'CANONICAL') return;
    if (format?.format === 'NATIVE') {
      compat.verdict = 'incompatible';
      compat.findings.push(
        `${switched} while the job restores the pinned ${pinned}, a NATIVE savepoint (${format.source}): Flink restores a NATIVE savepoint only into the state backend that wrote it; the restore fails`,
      );
      compat.advice = [
        `pin a canonical savepoint instead (flinkops savepoint takes one; Flink's default format) in ${settingsFile}, or keep the old state backend for this restore`,
        ...compat.advice.filter((x) => !/allowNonRestoredState/.test(x)),
      ];
      return;
    }
    if (compat.verdict !== 'compatible') return;
    compat.verdict = 'unknown';
    compat.findings.push(
      `${switched} while the job restores the pinned ${pinned}: Flink restores it into another backend only if it is a canonical savepoint (the default format); a NATIVE one fails the restore`,
    );
    return;
  }
  const why = `${switched} while the job restores ${pinned ? `the checkpoint ${pinned}` : 'its latest checkpoint'}, which keeps state in the old backend's own format: Flink restores state into another backend only from a canonical savepoint`;
  if (a !== undefined && b !== undefined) {
    compat.verdict = 'incompatible';
    compat.findings.push(`${why}; the restore fails`);
    compat.advice = [
      `set upgradeMode: savepoint in ${settingsFile} for this change (a savepoint restores into either backend), then back to last-state`,
      ...compat.advice.filter((x) => !/allowNonRestoredState/.test(x)),
    ];
  } else if (compat.verdict === 'compatible') {
    compat.verdict = 'unknown';
    compat.findings.push(`${why}, unless the cluster's default is the same backend`);
  }
}
