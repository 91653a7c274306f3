/**
 * What deciding one job needs: the planning context, the job's inputs gathered
 * once (desired job, its live jobs, its store record, the run state it should be
 * in), and the small rules shared by every branch (liveness, duplicates, restore
 * points, the spec change of a restart with its causes, SQL diff and state verdict).
 */

import type { DesiredJob } from '../compile/model';
import type { Diagnostic, SourceRange } from '../core/diagnostics';
import { error, warning } from '../core/diagnostics';
import { formatAge } from '../core/duration';
import { atLeast, majorMinor, parseFlinkVersion } from '../core/flink-version';
import { isTerminal, refusesSavepoint } from '../core/job-state';
import { LABEL_KEYS } from '../core/names';
import { operatorKind, tableKey } from '../core/operator-state';
import { restorePointKind } from '../core/restore-point';
import type { StreamGraph } from '../core/stream-graph';
import type { LiveJob, TaskHeap } from '../observe/model';
import { analyzeScript } from '../sql/analyze';
import { splitStatements } from '../sql/splitter';
import type { Statement } from '../sql/types';
import type { DeployedVersion, JobRecord, SavepointRecord } from '../state/model';
import {
  isRecordedRun,
  lastRestorableSavepoint,
  runsAdoptedState,
  sameSavepointPath,
  unreadableSavepoints,
  writtenByNewerMajor,
} from '../state/records';
import { rebuiltFunctions, specCauses } from './causes';
import { PLAN_CODES } from './codes';
import { ADOPTED_SCRIPT_UNKNOWN, cdcTableName, compatibility, sourceStartFindings } from './compat';
import { keptDefinitions } from './kept-definitions';
import { relationsOf } from './lineage';
import type { Cause, Compatibility, JobChange, RescaleMode, UpgradeStrategy } from './model';
import type { RunDecision } from './schedule';
import { unifiedDiff } from './sql-diff';
import {
  type ExplainedJob,
  type ExplainedPair,
  restoredUnread,
  stateVerdict,
  type TableFacts,
  tableFacts,
} from './state-verdict';

export interface PlanContext {
  /** The cluster was observed; false plans from the store alone. */
  observed: boolean;
  adaptiveScheduler: boolean;
  /** Cluster version if observed, else the project's. */
  flinkVersion?: string;
  allowDelete: boolean;
  now?: string;
  /** Flink's stream graphs of running and new scripts, by job, where the gateway gave them. */
  explained?: ReadonlyMap<string, ExplainedPair>;
  /** Jobs to restart with the repository's script although nothing differs (`--replace JOB`). */
  replace?: ReadonlySet<string>;
  /** Each TaskManager's task heap and slots, when observed (`LiveState.taskHeaps`). */
  taskHeaps?: readonly TaskHeap[];
  /** The state backend of a job that names none, when the plan read it (`LiveState.defaultStateBackend`). */
  defaultStateBackend?: string;
  /** Who holds the state lock, said of a run that may still be going (DiffOptions.lockHolder). */
  lockHolder?: string;
  /** The hash of the JobManager endpoint the plan reached (LiveState.endpoint). */
  endpoint?: string;
  /** The job is renamed from this name (movedFrom) in this plan: its state verdict's advice says what a rename allows. */
  renamedFrom?: string;
  /** Where a table's column or option is written (engine/table-location.ts), when the plan was given the files. */
  locateInTable?: TableLocator;
}

/** A column of a table (its name, as the script now writes it), or one of its connector options. */
export type TablePlace = { column: string } | { option: string };
/**
 * Where `place` of `table` (its tableKey) is written, in the file the job takes the table from;
 * undefined for a table of no file (another catalog's). Asked only for a warning that fires.
 */
export type TableLocator = (job: DesiredJob, table: string, place: TablePlace) => SourceRange | undefined;

/** What FO616 / FO619 add after the lock holder: the apply they speak of may still run. */
export const MEANWHILE =
  'This plan was made meanwhile: if that run is still going, plan again once it has finished; if it ended, the next apply finishes what it left.';

/** What a spec change adds to a restart: causes, SQL diff, state verdict. */
export interface SpecPart {
  causes?: Cause[];
  sqlDiff?: string;
  compatibility?: Compatibility;
}

export interface Decision {
  change: JobChange;
  diags: Diagnostic[];
}

export function isAlive(j: LiveJob): boolean {
  return !isTerminal(j.state);
}

/** A job SUSPENDED by the JobManager comes back by itself: acting now could start a second instance. */
export function suspendedDecision(name: string, pipelineName: string, j: LiveJob): Decision {
  return {
    change: {
      job: name,
      pipelineName,
      action: 'none',
      reason: 'SUSPENDED by the JobManager (leader change): left alone until it is recovered',
      causes: [],
      liveJobId: j.jobId,
      liveState: j.state,
    },
    diags: [
      {
        code: PLAN_CODES.transitional,
        severity: 'info',
        summary: `Job ${name} is suspended by the JobManager (leader change); plan again once it is recovered`,
        detail:
          'Flink suspends the jobs of a JobManager that loses leadership; with high availability the next leader ' +
          'recovers them. Nothing is started, stopped or recorded until it runs again.',
      },
    ],
  };
}

export function fileRange(file: string): SourceRange {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/**
 * What tells the instances of a job running twice apart, so the user knows which to stop: the one
 * the state store records as the job's, one carrying flinkops' labels, or one started outside it.
 */
function instanceNote(j: LiveJob, recordedJobId: string | undefined): string {
  const started = j.startTime > 0 ? `, started ${new Date(j.startTime).toISOString()}` : '';
  if (j.jobId === recordedJobId) return `${j.state}${started}, the one flinkops deployed and recorded`;
  if (j.labels?.[LABEL_KEYS.specHash] !== undefined)
    return `${j.state}${started}, flinkops labels, not the recorded one`;
  return `${j.state}${started}, no flinkops labels: started outside flinkops`;
}

export function duplicateDecision(
  name: string,
  pipelineName: string,
  alive: readonly LiveJob[],
  recordedJobId?: string,
): Decision {
  const ids = alive.map((j) => `${j.jobId} (${instanceNote(j, recordedJobId)})`).join('; ');
  return {
    change: {
      job: name,
      pipelineName,
      action: 'none',
      reason: `runs ${alive.length} times on the cluster: left alone until one instance remains`,
      causes: [{ kind: 'cluster', path: pipelineName, to: `${alive.length} instances` }],
    },
    diags: [
      error(
        PLAN_CODES.duplicateJob,
        `Job ${name} runs ${alive.length} times on the cluster`,
        `Instances: ${ids}. A job running twice writes its sinks twice. Stop all but one, then plan ` +
          "again: with a savepoint through Flink's own tools (`flink stop --savepointPath <dir> <job id>`, " +
          'or POST /jobs/<job id>/stop on the JobManager REST API), or cancel it in the Flink UI.',
      ),
    ],
  };
}

export function rescaleMode(ctx: PlanContext): RescaleMode {
  return ctx.adaptiveScheduler && atLeast(parseFlinkVersion(ctx.flinkVersion), 1, 18)
    ? 'in-place'
    : 'savepoint-restart';
}

interface RestorePoint {
  path: string;
  time: number;
  what: string;
}

/**
 * Newest savepoint or checkpoint known, from the cluster's jobs and the store. The savepoint the
 * store's current version was started from counts too, as of its start, as Flink's own failover
 * restores it while the job has no checkpoint of its own: a version started from a pinned
 * `restoreFrom:` that failed before it checkpointed (no task slots, a sink down) still owns that
 * state, which no savepoint in the store holds.
 */
export function latestRestorePoint(
  live: readonly LiveJob[],
  record: JobRecord | undefined,
  /** The cluster's Flink major.minor: savepoints a newer major release wrote are passed over. */
  cluster?: string,
): RestorePoint | undefined {
  const points: RestorePoint[] = [];
  for (const j of live) {
    if (j.latestSavepoint) points.push({ ...j.latestSavepoint, what: 'savepoint' });
    if (j.latestCheckpoint) points.push({ ...j.latestCheckpoint, what: 'checkpoint' });
  }
  const sp = lastRestorableSavepoint(record, cluster);
  if (sp) points.push({ path: sp.path, time: Date.parse(sp.time), what: restorePointKind(sp.path) });
  const started = record?.current;
  // Not once retention disposed of it (a store savepoint the version has long checkpointed past),
  // nor when a newer major release than the cluster's wrote it.
  const disposed = record?.savepoints.some(
    (s) =>
      sameSavepointPath(s.path, started?.restoredFrom) && (s.disposed || writtenByNewerMajor(s, cluster)),
  );
  if (started?.restoredFrom && !disposed && !Number.isNaN(Date.parse(started.deployedAt)))
    points.push({
      path: started.restoredFrom,
      time: Date.parse(started.deployedAt),
      what: restorePointKind(started.restoredFrom),
    });
  const since = startedWithoutState(record) ?? Number.NEGATIVE_INFINITY;
  const own = points.filter((p) => p.time >= since);
  own.sort(
    (a, b) =>
      b.time - a.time || (a.what < b.what ? 1 : a.what > b.what ? -1 : 0) || (a.path < b.path ? -1 : 1),
  );
  return own[0];
}

/**
 * When the version the store records as current was started without state (a create, or an
 * upgradeMode: stateless upgrade), the instant it was deployed: savepoints and checkpoints from
 * before it hold an earlier version's state, which its operators may not read (a stateless
 * upgrade is how an incompatible change is deployed), so they are not its restore points.
 */
export function startedWithoutState(record: JobRecord | undefined): number | undefined {
  const current = record?.current;
  if (!current?.startedWithoutState || current.restoredFrom) return undefined;
  const t = Date.parse(current.deployedAt);
  return Number.isNaN(t) ? undefined : t;
}

/** The job ended through a stop with a savepoint that an interrupted apply started (FO616). */
export function stoppedByInterruptedApply(record: JobRecord | undefined, jobId: string): boolean {
  const p = record?.pending;
  return p?.kind === 'stop-with-savepoint' && p.jobId === jobId;
}

/**
 * The job FINISHED through a stop with a savepoint an apply took to restart it (an upgrade or a
 * rescale, recorded), and that apply ended before the new job started (killed, interrupted).
 */
export function stoppedForRestart(record: JobRecord | undefined, last: LiveJob): boolean {
  return (
    last.state === 'FINISHED' &&
    (record?.savepoints ?? []).some(
      (s) => s.jobId === last.jobId && (s.kind === 'upgrade' || s.kind === 'rescale') && !s.disposed,
    )
  );
}

/** The newest savepoint in the store the current version may restore (see startedWithoutState). */
export function ownRestorableSavepoint(
  record: JobRecord | undefined,
  /** The cluster's Flink major.minor: savepoints a newer major release wrote are passed over. */
  cluster?: string,
): SavepointRecord | undefined {
  const sp = lastRestorableSavepoint(record, cluster);
  const since = startedWithoutState(record);
  return sp && (since === undefined || Date.parse(sp.time) >= since) ? sp : undefined;
}

/** One desired job with everything known about it, gathered once. */
export interface JobInputs {
  job: DesiredJob;
  /** This job's cluster jobs, newest first (empty offline). */
  live: readonly LiveJob[];
  record: JobRecord | undefined;
  /** The store's current version, unless the job was retired. */
  current: DeployedVersion | undefined;
  run: RunDecision;
  ctx: PlanContext;
  /** Diagnostics raised while deciding; the branch returns them with its change. */
  diags: Diagnostic[];
  base: { job: string; pipelineName: string };
  to: { specHash: string; parallelism: number };
}

/**
 * The spec change a restart (upgrade, resume, recover) carries: causes, SQL diff and,
 * when asked, the state verdict. `runsStoredScript` is false after drift: what runs
 * is not the store's script, so its state is judged unknown. So is an adopted job's: the
 * store holds the repository's script at the adoption, not the one that wrote its state,
 * and its first restart restores that state into the repository's script, changed or not.
 */
export function specChange(
  j: JobInputs,
  strategy: UpgradeStrategy,
  withCompat: boolean,
  runsStoredScript = true,
): SpecPart {
  const { job, current } = j;
  const changed = current?.specHash !== job.restartHash;
  const adopted = current !== undefined && runsAdoptedState(j.record);
  if (!changed && runsStoredScript && !adopted) return {};
  const causes = changed ? specCauses(current, job) : [];
  const sqlDiff = changed ? diffScripts(current?.script, job) : undefined;
  if (changed && current?.script !== undefined)
    j.diags.push(...keptDefinitions(job, current.script, fileRange(job.sqlFile)));
  const known = runsStoredScript && !adopted;
  const oldScript = known ? current?.script : undefined;
  const deployed = known ? current?.settings : undefined;
  // The running job's key groups, when the repository sets a value to compare them with: the store
  // may record a maxParallelism Flink never got (builds before 25 Nov 2026 did not send it).
  const from =
    (job.settings.maxParallelism !== undefined ? liveMaxParallelism(j.live) : undefined) ??
    recordedMaxParallelism(deployed);
  const maxParallelism = deployed
    ? {
        ...(from !== undefined ? { from } : {}),
        ...(job.settings.maxParallelism !== undefined ? { to: job.settings.maxParallelism } : {}),
      }
    : undefined;
  const common = {
    ...(job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
    ...(job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {}),
    ...(j.ctx.renamedFrom ? { renamedFrom: j.ctx.renamedFrom } : {}),
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
    ...(maxParallelism ? { maxParallelism } : {}),
  };
  const explained =
    oldScript !== undefined && strategy !== 'stateless' ? j.ctx.explained?.get(job.name) : undefined;
  const compat = !withCompat
    ? undefined
    : explained && 'old' in explained
      ? withSourceStarts(
          stateVerdict({
            old: explained.old,
            next: explained.next,
            ...common,
            rebuiltFunctions: rebuiltFunctions(causes, job),
            ...(job.scriptJarFunctions || job.scriptPythonFunctions
              ? { rebuiltFrom: { ...job.scriptJarFunctions, ...job.scriptPythonFunctions } }
              : {}),
            ...runningMaxParallelism(j),
            ...(j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}),
          }),
          job.script,
        )
      : withUnavailable(
          compatibility({
            ...(oldScript !== undefined ? { oldScript } : {}),
            ...(adopted ? { oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN } : {}),
            newScript: job.script,
            strategy,
            ...common,
            ...(current ? { parallelism: { from: current.parallelism, to: j.to.parallelism } } : {}),
          }),
          explained,
        );
  const running = j.live.find((l) => !isTerminal(l.state));
  const fromCheckpoint =
    strategy === 'last-state' || (strategy === 'savepoint' && refusesSavepoint(running?.state));
  // The backend the job runs, when its configuration names none: the cluster's default, which
  // Flink reports (real 1.20.3 and 2.2.0, `state_backend` of /jobs/:id/checkpoints/config).
  const runs = runningBackend(deployed?.config, running);
  if (compat && fromCheckpoint && !job.settings.restoreFrom)
    backendSwitch(
      compat,
      runs,
      job.settings.config,
      common.settingsFile,
      undefined,
      undefined,
      j.ctx.defaultStateBackend,
    );
  if (strategy !== 'stateless') warnHeapState(j, runs, running);
  if (compat) warnIfStateLost(j, compat, 'Upgrade', oldScript);
  if (compat) warnKafkaTopicMoved(j, explained);
  if (compat) warnKafkaStartIgnored(j, explained, compat);
  if (compat) warnUpsertSinkMoved(j, explained, compat);
  if (compat) warnFieldsReadElsewhere(j, explained);
  warnFieldsReadAgain(j, oldScript, strategy);
  if (compat) warnCdcTableMoved(j, explained);
  if (compat && adopted && strategy !== 'stateless') warnAdoptedState(j);
  return {
    ...(causes.length ? { causes } : {}),
    ...(sqlDiff ? { sqlDiff } : {}),
    ...(compat ? { compatibility: compat } : {}),
  };
}

/** An instant as ISO-8601 to the second: what the plan's reasons, findings and warnings print. */
export function at(t: number): string {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A `restoreFrom` pin older than the job's newest state (its last completed checkpoint, or a
 * savepoint recorded since the pinned one): restoring it rewinds the sources' offsets too. The pin
 * is meant, its cost is not obvious: the findings say how far back, and what the sinks then get.
 * Said only of a pin the store records (its time is known).
 */
export function pinRewinds(
  compat: Compatibility | undefined,
  pinned: string | undefined,
  record: JobRecord | undefined,
  live: LiveJob | undefined,
): void {
  const pin =
    pinned === undefined ? undefined : record?.savepoints.find((s) => sameSavepointPath(s.path, pinned));
  if (!compat || !pin || !record) return;
  const pinTime = Date.parse(pin.time);
  const later = record.savepoints
    .filter((s) => !s.disposed && !sameSavepointPath(s.path, pin.path))
    .map((s) => Date.parse(s.time));
  const newest = Math.max(live?.lastCheckpointTime ?? Number.NEGATIVE_INFINITY, ...later);
  // Within a minute: the pin is the job's newest state, give or take a checkpoint.
  if (!(newest - pinTime > 60_000)) return;
  compat.findings.push(
    `restoreFrom rewinds the job to ${pin.path} of ${at(pinTime)}, ${formatAge(newest - pinTime)} before its newest state (${at(newest)}): its sources read again what they read since, and its sinks get it again (an append or exactly-once Kafka sink writes it twice; an upsert sink by key ends the same)`,
  );
}

/**
 * A source whose state is dropped (its operator id changes: an INSERT removed from a statement set
 * renumbers the ones that stay) restores no offsets: like a source after a stateless upgrade, it
 * starts where its `scan.startup.mode` says — the whole topic again, or only newer records — while
 * the operators after it start empty. The findings say where, as a stateless upgrade's do.
 */
function withSourceStarts(c: Compatibility, script: string): Compatibility {
  const ops = c.operators ?? [];
  const restarted = ops.filter(
    (o) =>
      o.state === 'dropped' &&
      o.name.startsWith('source ') &&
      ops.some((n) => n.state === 'new' && n.name === o.name),
  );
  if (restarted.length === 0) return c;
  const starts = sourceStartFindings(script).filter((f) => restarted.some((o) => f.startsWith(`${o.name} `)));
  return starts.length === 0 ? c : { ...c, findings: [...c.findings, ...starts] };
}

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
function runningBackend(config: unknown, running: LiveJob | undefined): unknown {
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
function warnHeapState(j: JobInputs, runs: unknown, running: LiveJob | undefined): void {
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

/** The running job's max parallelism, for the state verdict (its savepoint's key groups). */
function runningMaxParallelism(j: JobInputs): { runningMaxParallelism?: number } {
  const max = liveMaxParallelism(j.live);
  return max !== undefined ? { runningMaxParallelism: max } : {};
}

function recordedMaxParallelism(deployed: DeployedVersion['settings'] | undefined): number | undefined {
  return typeof deployed?.maxParallelism === 'number' ? deployed.maxParallelism : undefined;
}

/**
 * The max parallelism of the job that runs (the newest one alive), when its vertices agree: the
 * number of key groups its keyed state is split into, which a restore must keep. Vertices that
 * cannot run in parallel (max parallelism 1) are left out.
 */
export function liveMaxParallelism(live: readonly LiveJob[]): number | undefined {
  const running = live.find((l) => !isTerminal(l.state));
  const values = new Set(running?.vertices.map((v) => v.maxParallelism).filter((m) => m > 1));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * FO636 where the job runs with another max parallelism than the store recorded for it and the
 * repository asks for: an older flinkops recorded `maxParallelism` without sending it to Flink.
 * Its keyed state restores only under the value it runs with.
 */
export function maxParallelismDrift(j: JobInputs, running: LiveJob): Diagnostic | undefined {
  const wanted = j.job.settings.maxParallelism;
  const runsWith = liveMaxParallelism([running]);
  if (wanted === undefined || runsWith === undefined || runsWith === wanted) return undefined;
  if (recordedMaxParallelism(j.current?.settings) !== wanted) return undefined;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return warning(
    PLAN_CODES.maxParallelismDrift,
    `Job ${j.job.name} runs with max parallelism ${runsWith}, not the repository's ${wanted}`,
    `The state store records maxParallelism ${wanted} for job ${running.jobId}, but Flink runs it with ${runsWith}: ` +
      `it was started by an older flinkops, which did not pass maxParallelism to Flink. Its keyed state is split into ` +
      `${runsWith} key groups and restores only under ${runsWith}: an upgrade under ${wanted} fails to restore it. ` +
      `Set maxParallelism: ${runsWith} in ${file} (the next apply restarts the job through a savepoint under it), ` +
      'or upgradeMode: stateless there to start it without its state.',
    fileRange(j.job.yamlFile ?? j.job.sqlFile),
  );
}

/** FO617 where the restore will fail, or drop state the job does not allow to drop. */
function warnIfStateLost(j: JobInputs, compat: Compatibility, what: string, oldScript?: string): void {
  const d = stateLostDiagnostic(
    j.job,
    compat,
    what,
    (oldScript !== undefined ? changedStatement(j.job, oldScript) : undefined) ?? submittedStatement(j.job),
  );
  if (d) j.diags.push(d);
}

type Options = Readonly<Record<string, string>>;

/** Whether both stream graphs read (or write) the table. */
function usedInBoth(
  explained: { old: ExplainedJob; next: ExplainedJob },
  name: string,
  kind: 'source' | 'sink',
): boolean {
  const uses = (g: StreamGraph) =>
    g.nodes.some((n) => {
      const k = operatorKind(n);
      return k.kind === kind && tableKey(k.table ?? '') === name;
    });
  return uses(explained.old.graph) && uses(explained.next.graph);
}

/**
 * The source (or sink) tables of an upgrade from a savepoint whose `where` (a topic, a database
 * table) changed: tables `connector` accepts in both scripts (it returns the connector's name),
 * read (or written) in both stream graphs.
 */
function movedSources(
  explained: ExplainedPair | undefined,
  connector: (old: Options, next: Options) => string | undefined,
  where: (o: Options) => string | undefined,
  kind: 'source' | 'sink' = 'source',
): Moved[] {
  if (!explained || !('old' in explained)) return [];
  const out: Moved[] = [];
  for (const [name, next] of explained.next.tables) {
    const old = explained.old.tables.get(name);
    const c = old ? connector(old.options, next.options) : undefined;
    if (!old || c === undefined) continue;
    const was = where(old.options);
    const now = where(next.options);
    if (was === undefined || was === now) continue;
    if (!usedInBoth(explained, name, kind)) continue;
    out.push({ name, connector: c, was, now, old: old.options, next: next.options });
  }
  return out;
}

/** A table `movedSources` found: its connector, where it was and is, and its options before and after. */
interface Moved {
  name: string;
  connector: string;
  was: string;
  now: string | undefined;
  old: Options;
  next: Options;
}

/** The first of `keys` whose value differs between the two options: the one to locate. */
function changedKey(m: Moved, keys: readonly string[]): string {
  return keys.find((k) => m.old[k] !== m.next[k]) ?? keys[0]!;
}

/**
 * A Kafka source whose `topic` (or `topic-pattern`) changed in an upgrade from a savepoint: Flink's
 * KafkaSource restores the partitions it was assigned and goes on reading them, so the new job reads
 * the old topic as well as the new one (real Flink 2.2.0).
 */
function warnKafkaTopicMoved(j: JobInputs, explained: ExplainedPair | undefined): void {
  const kafka = (old: Options, next: Options) =>
    old.connector === 'kafka' && next.connector === 'kafka' ? 'kafka' : undefined;
  for (const m of movedSources(explained, kafka, (o) => o.topic ?? o['topic-pattern'])) {
    const { name, was, now } = m;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaTopicMoved,
        `Job ${j.job.name}: Kafka source ${name} moves from topic ${was} to ${now ?? 'another subscription'}, but restored from the savepoint it goes on reading ${was}`,
        `Flink's KafkaSource restores the partitions it was assigned from the savepoint and keeps reading them, whatever the table's topic now says: the new job reads ${was} as well. To read only the new topic, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too; scan.startup.mode says where the new topic is read from), or let nothing write ${was} any more.`,
        inTable(j, name, { option: changedKey(m, ['topic', 'topic-pattern']) }),
      ),
    );
  }
}

/** The options that say where a Kafka source starts (kafkaStart), the mode first. */
const START_KEYS = [
  'scan.startup.mode',
  'scan.startup.specific-offsets',
  'scan.startup.timestamp-millis',
  'properties.group.id',
];

/** Where a Kafka table starts without restored offsets: its mode and what the mode reads. */
function kafkaStart(o: Options): string {
  const mode = (o['scan.startup.mode'] ?? 'group-offsets').toLowerCase();
  const at =
    mode === 'specific-offsets'
      ? o['scan.startup.specific-offsets']
      : mode === 'timestamp'
        ? o['scan.startup.timestamp-millis']
        : mode === 'group-offsets'
          ? o['properties.group.id']
          : undefined;
  return at === undefined ? mode : `${mode} ${at}`;
}

/**
 * A Kafka source whose start (`scan.startup.mode`, its offsets or timestamp, the group it reads
 * `group-offsets` of) changed in an upgrade that restores its state: the KafkaSource resumes from
 * the offsets in the savepoint and uses the new setting only for partitions it never read (real
 * 2.2.0: earliest-offset → latest-offset with a new group id, and the restored job counted every
 * record once, none skipped, none read again).
 */
function warnKafkaStartIgnored(
  j: JobInputs,
  explained: ExplainedPair | undefined,
  compat: Compatibility,
): void {
  const kafka = (old: Options, next: Options) =>
    old.connector === 'kafka' && next.connector === 'kafka' ? 'kafka' : undefined;
  for (const m of movedSources(explained, kafka, kafkaStart)) {
    const { name, was, now } = m;
    if (!compat.operators?.some((o) => o.name === `source ${name}` && o.state === 'kept')) continue;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaStartIgnored,
        `Job ${j.job.name}: Kafka source ${name} starts at ${now} instead of ${was}, but restored from the savepoint it resumes where the old job stopped`,
        `Flink's KafkaSource restores each partition's offset from the savepoint and reads on from there: scan.startup.mode and its group or offsets apply only to partitions it never read, so no record is skipped or read again. To start where the new setting says, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too), or under a new job name.`,
        inTable(j, name, { option: changedKey(m, START_KEYS) }),
      ),
    );
  }
}

/**
 * An upsert sink (upsert-kafka, jdbc) moved to another topic or table in an upgrade that restores
 * the job's keyed state: the restored aggregates (deduplications, joins) emit a key only when it
 * changes again, so the new topic or table gets the keys updated from now on, and lacks the others
 * (real 2.2.0: a deduplication's upsert-kafka sink moved to a new topic; restored, the job began
 * the new topic with the keys of the rows it read next, and deletes of rows only the old topic held).
 */
function warnUpsertSinkMoved(
  j: JobInputs,
  explained: ExplainedPair | undefined,
  compat: Compatibility,
): void {
  const keyed = compat.operators?.some(
    (o) => o.state === 'kept' && !o.name.startsWith('source ') && !o.name.startsWith('sink '),
  );
  if (!keyed) return;
  const upsert = (old: Options, next: Options) =>
    old.connector === next.connector && (next.connector === 'upsert-kafka' || next.connector === 'jdbc')
      ? next.connector
      : undefined;
  const target = (o: Options) => (o.connector === 'jdbc' ? o['table-name'] : o.topic);
  for (const m of movedSources(explained, upsert, target, 'sink')) {
    const { name, connector, was, now } = m;
    const what = connector === 'jdbc' ? 'table' : 'topic';
    j.diags.push(
      warning(
        PLAN_CODES.upsertSinkMoved,
        `Job ${j.job.name}: ${connector} sink ${name} moves from ${what} ${was} to ${now ?? 'another one'}, which will hold only the keys updated after the upgrade`,
        `Restored from the savepoint, the job's operators emit a key's row only when the key changes again: ${now ?? `the new ${what}`} gets those, and no row of a key not updated since; ${was} keeps the rest. To fill the new ${what} with every key, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} and sources that read their input from the start (scan.startup.mode: earliest-offset), or copy ${was}'s rows into ${now ?? `the new ${what}`} before the upgrade.`,
        inTable(j, name, { option: connector === 'jdbc' ? 'table-name' : 'topic' }),
      ),
    );
  }
}

/** Formats that read each column from the record's field of the column's name. */
const BY_NAME_FORMATS = new Set(['json', 'debezium-json', 'canal-json', 'maxwell-json', 'ogg-json']);
/** Formats that read each column from the record's field at the column's place. */
const BY_POSITION_FORMATS = new Set(['csv']);

/**
 * A source whose physical columns read other fields of the records after an upgrade, without an
 * error: in a format that reads by name (json), a column renamed (another name at the same place,
 * retyped or not) reads a field the records do not have, NULL (real 2.2.0 and 1.20.3: v → val under
 * SUM(val), restored, and the sum stopped growing while the count went on); in one that reads by
 * position (csv), a column moved reads another column's field (real 1.20.3: k and v swapped,
 * GROUP BY k printed keys 44, 47 and 88 of a k of 0..9).
 */
function warnFieldsReadElsewhere(j: JobInputs, explained: ExplainedPair | undefined): void {
  if (!explained || !('old' in explained)) return;
  fieldsReadElsewhere(j, explained.old.tables, explained.next.tables, (name) =>
    usedInBoth(explained, name, 'source') ? '' : undefined,
  );
}

/**
 * The same after a stateless upgrade of a job that reads the topic again from a start before the
 * change (earliest-offset, a timestamp, its group's offsets): the records written in the old shape
 * are read again, and nothing of the job's state hides them (real 2.2.0: amount renamed amount_eur
 * in a producer, its table and its consumer at once; the consumer, upgraded stateless, re-read the
 * topic from earliest-offset and summed NULL for every record written before).
 */
function warnFieldsReadAgain(j: JobInputs, oldScript: string | undefined, strategy: UpgradeStrategy): void {
  if (strategy !== 'stateless' || oldScript === undefined) return;
  const facts = (statements: readonly Statement[]) =>
    new Map(
      statements.flatMap((st) =>
        st.table ? [[tableKey(st.table.name.name), tableFacts(st.table)] as const] : [],
      ),
    );
  const old = facts(analyzeScript(oldScript, j.job.sqlFile).statements);
  const next = facts(j.job.statements);
  const oldReads = new Set(relationsOf(oldScript).reads.map(tableKey));
  const reads = new Set(j.job.sources.map(tableKey));
  fieldsReadElsewhere(j, old, next, (name) => {
    const o = next.get(name)?.options ?? {};
    const connector = o.connector?.toLowerCase();
    if (!reads.has(name) || !oldReads.has(name)) return undefined;
    const mode =
      connector === 'upsert-kafka'
        ? 'earliest-offset'
        : connector === 'kafka'
          ? (o['scan.startup.mode'] ?? 'group-offsets').toLowerCase()
          : undefined;
    if (mode === undefined || mode === 'latest-offset') return undefined;
    return ` (upgraded stateless, it reads the topic again from ${mode}: records written before the change are read again)`;
  });
}

/**
 * Renamed (json) or moved (csv) physical columns of the source tables `why` names: what it returns
 * is added to the summary; undefined leaves the table alone.
 */
function fieldsReadElsewhere(
  j: JobInputs,
  oldTables: ReadonlyMap<string, TableFacts>,
  nextTables: ReadonlyMap<string, TableFacts>,
  why: (name: string) => string | undefined,
): void {
  const format = (o: Options) => o.format ?? o['value.format'];
  for (const [name, next] of nextTables) {
    const old = oldTables.get(name);
    const f = format(next.options);
    if (!old || f === undefined || format(old.options) !== f) continue;
    if (!BY_NAME_FORMATS.has(f) && !BY_POSITION_FORMATS.has(f)) continue;
    const because = why(name);
    if (because === undefined) continue;
    const was = old.physical ?? [];
    const now = next.physical ?? [];
    if (BY_POSITION_FORMATS.has(f)) {
      // A value without its key fields (EXCEPT_KEY) has other places than the table's columns.
      if (next.options['value.fields-include']?.toUpperCase() === 'EXCEPT_KEY') continue;
      const moved = now.filter((col, i) => was.includes(col) && was.indexOf(col) !== i);
      if (moved.length === 0) continue;
      const where = moved.map((col) => `${col} field ${now.indexOf(col) + 1} (was ${was.indexOf(col) + 1})`);
      j.diags.push(
        warning(
          PLAN_CODES.fieldMoved,
          `Job ${j.job.name}: columns of source ${name} move, but format ${f} reads fields by position: ${where.join(', ')}${because}`,
          `The ${f} format reads each column from the record's field at the column's place: records written in the old order give ${moved.join(', ')} another column's value, without an error where it parses as the column's type. Keep the columns in the order the producers write them, and add new ones at the end; or have the producers write the new order first.`,
          inTable(j, name, { column: moved[0]! }),
        ),
      );
      continue;
    }
    for (const [i, col] of was.entries()) {
      const renamed = now[i];
      if (renamed === undefined || now.includes(col) || was.includes(renamed)) continue;
      // Retyped as well (v INT → val BIGINT): the records still hold no field `val`, NULL all the same.
      const from = old.columns.get(col);
      const to = next.columns.get(renamed);
      const retyped =
        from !== undefined && to !== undefined && from !== to ? ` (and retyped ${from} → ${to})` : '';
      j.diags.push(
        warning(
          PLAN_CODES.fieldRenamed,
          `Job ${j.job.name}: column ${col} of source ${name} is renamed ${renamed}${retyped}, but format ${f} reads the field named ${renamed}: it is NULL in every record written with ${col}${because}`,
          `The ${f} format reads each column from the record's field of the same name, and cannot read a field under another name: records that hold ${col} and no ${renamed} give NULL, and what the job computes from ${renamed} (sums, keys, filters) changes without an error. Keep ${col} in the table and rename it in the query (SELECT ${retyped ? `CAST(${col} AS ${to}) AS ${renamed}` : `${col} AS ${renamed}`} …), or have the producers write ${renamed} first.`,
          inTable(j, name, { column: renamed }),
        ),
      );
    }
  }
}

/**
 * A Flink CDC source pointed at another database table (`database-name`, `schema-name`,
 * `table-name`) in an upgrade from a savepoint. Real 1.20.3 with postgres-cdc 3.5.0 restored it,
 * read a snapshot of the new table and its changes from then on, and no more changes of the old
 * one: the sinks keep the old table's rows, which no delete will ever reach.
 */
function warnCdcTableMoved(j: JobInputs, explained: ExplainedPair | undefined): void {
  const cdc = (old: Options, next: Options) => {
    const c = next.connector?.toLowerCase();
    return c?.endsWith('-cdc') && old.connector?.toLowerCase() === c ? c : undefined;
  };
  for (const m of movedSources(explained, cdc, (o) => cdcTableName((k) => o[k]))) {
    const { name, connector, was, now } = m;
    j.diags.push(
      warning(
        PLAN_CODES.cdcTableMoved,
        `Job ${j.job.name}: ${connector} source ${name} moves from table ${was} to ${now}: the sinks keep what ${was} gave them`,
        `Restored from the savepoint, the source reads a snapshot of ${now} and its changes from then on, and no more changes of ${was}: rows ${was} gave the sinks stay there, also when they are deleted from it later. Delete them from the sinks if they should go, or write the new table to sinks of its own.`,
        inTable(j, name, { option: changedKey(m, ['table-name', 'schema-name', 'database-name']) }),
      ),
    );
  }
}

/**
 * Where the change of `table` a warning speaks of is written (the table's column or option, in its
 * own file), located only now that the warning fires; else the job's statement.
 */
function inTable(j: JobInputs, table: string, place: TablePlace): SourceRange {
  return j.ctx.locateInTable?.(j.job, table, place) ?? submittedStatement(j.job);
}

/**
 * The job's last own statement (what it submits), where nothing of its SQL file changed (a table,
 * a view, a UDF or a setting did): the file's first line may well be a comment.
 */
function submittedStatement(job: DesiredJob): SourceRange {
  return job.statementRanges?.at(-1) ?? fileRange(job.sqlFile);
}

/** The FO617 warning of a verdict whose restore fails (or drops state not allowed to drop); else undefined. */
export function stateLostDiagnostic(
  job: DesiredJob,
  compat: Compatibility,
  what: string,
  range: SourceRange,
): Diagnostic | undefined {
  const lost =
    compat.verdict === 'incompatible' ||
    (compat.verdict === 'drops-state' && !job.settings.allowNonRestoredState);
  if (!lost) return undefined;
  // The advice is written for the plan's list (`→ set …`); here it starts a sentence.
  const advice = compat.advice.map((a) => a.replace(/\.$/, '')).join('; ');
  const unread = restoredUnread(compat.operators);
  return warning(
    PLAN_CODES.stateIncompatible,
    compat.verdict === 'incompatible'
      ? compat.restore === 'read-wrong'
        ? `${what} of job ${job.name} restores its state and reads it wrong`
        : `${what} of job ${job.name} will not restore its state${compat.restore === 'fails-or-read-wrong' ? ', or reads it wrong' : ''}`
      : unread
        ? `${what} of job ${job.name} drops state: Flink restores the savepoint, but ${unread} starts with empty state`
        : `${what} of job ${job.name} drops state: its restore fails without allowNonRestoredState`,
    // Advice may end a sentence of its own: one full stop, not two.
    `${compat.findings.filter((f) => !/(?:keeps its state|starts with empty state)$/.test(f)).join('; ')}. ${advice.charAt(0).toUpperCase()}${advice.slice(1)}.`,
    range,
  );
}

/**
 * FO613 where a restart restores state that a script flinkops never saw wrote (an adopted job)
 * into the repository's script; once per job. Nothing to say when the job may drop what does not map.
 */
export function warnAdoptedState(j: JobInputs): void {
  const { job } = j;
  if (job.settings.allowNonRestoredState || j.diags.some((d) => d.code === PLAN_CODES.adoptUnknownScript))
    return;
  j.diags.push(
    warning(
      PLAN_CODES.adoptUnknownScript,
      `Job ${job.name} runs a script flinkops never saw: its state may not map onto the repository's`,
      `It was adopted, not started by flinkops. If it was not started from the repository's query, the restore from its savepoint fails, and so does the rollback to the same script: the job is left stopped, its savepoint kept (flinkops savepoints list ${job.name}). To drop the state that does not map, set allowNonRestoredState: true in ${job.yamlFile ?? `jobs/${job.name}.yaml`}.`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * A rescale through a savepoint restarts the same script at another parallelism, which can re-chain
 * operators and move their ids: judged from Flink's stream graphs at both parallelisms, when asked.
 * An adopted job's restart is the first start of the repository's script on its state: unknown.
 */
export function rescaleVerdict(j: JobInputs): Compatibility | undefined {
  if (j.current !== undefined && runsAdoptedState(j.record)) {
    const compat = compatibility({
      oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN,
      newScript: j.job.script,
      strategy: 'savepoint',
      ...(j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
      settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`,
    });
    warnAdoptedState(j);
    return compat;
  }
  const explained = j.ctx.explained?.get(j.job.name);
  if (!explained || !('old' in explained)) return undefined;
  const compat = stateVerdict({
    old: explained.old,
    next: explained.next,
    ...(j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
    ...(j.job.settings.restoreFrom ? { restoreFrom: j.job.settings.restoreFrom } : {}),
    settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`,
    ...runningMaxParallelism(j),
    ...(j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}),
  });
  warnIfStateLost(j, compat, 'Rescale');
  return compat;
}

/** An estimate made because Flink's planner could not be asked says why. */
function withUnavailable(c: Compatibility, explained: ExplainedPair | undefined): Compatibility {
  if (!explained || !('unavailable' in explained) || c.verdict === 'compatible') return c;
  // No state setting helps a script the planner rejects: the plan's error says what to fix.
  if (explained.rejected)
    return {
      ...c,
      findings: [`not judged: Flink's planner rejects the new script (${explained.unavailable})`],
      advice: [],
    };
  return { ...c, findings: [...c.findings, `Flink's planner was not asked: ${explained.unavailable}`] };
}

export function noRestorePoint(job: DesiredJob, what: string, ended?: LiveJob): Diagnostic {
  // The job had checkpointed: Flink discarded its checkpoints when it ended (cancelled without retention).
  const discarded =
    ended?.lastCheckpointTime !== undefined
      ? `Job ${ended.jobId} completed checkpoints, but Flink discarded them when it ended (${ended.state}): ${
          ended.state === 'FAILED'
            ? 'a job that fails for good keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: DELETE_ON_CANCELLATION or RETAIN_ON_CANCELLATION'
            : 'a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION'
        } (set it in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} for the next time). `
      : '';
  return warning(
    PLAN_CODES.noRestorePoint,
    `No savepoint or checkpoint known for the ${what} of job ${job.name}`,
    `${discarded}It starts without state. To start from a known savepoint, set restoreFrom: <path> in the job settings.`,
  );
}

/**
 * FO666: a resume or recovery on a cluster of Flink `ctx.flinkVersion` passes over the job's
 * savepoints that a newer major release wrote (taken while the job ran on a 2.x cluster, before
 * it moved back): the cluster cannot read them, so the start restores older state, or none.
 */
export function warnNewerReleaseSavepoints(
  j: JobInputs,
  what: 'resume' | 'recovery',
  restoreFrom: string | undefined,
  /** When the state it restores was written (ms): older savepoints are not passed over. */
  since: number | undefined,
): void {
  const cluster = majorMinor(j.ctx.flinkVersion);
  const skipped = unreadableSavepoints(j.record, cluster, since);
  if (skipped.length === 0 || cluster === undefined) return;
  const newest = skipped[0]!;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.newerReleaseSavepoint,
      `The ${what} of job ${j.job.name} on Flink ${cluster} passes over ${skipped.length === 1 ? 'its savepoint' : `${skipped.length} of its savepoints`} that Flink ${newest.flinkVersion} wrote (newest ${newest.path}, ${newest.time})`,
      `A Flink ${cluster.split('.')[0]}.x release cannot read a savepoint a newer major release wrote ("Unrecognized checkpoint version number"), so the job ${restoreFrom ? `restores from ${restoreFrom} instead` : 'starts without state'}: the state written since is not restored. ` +
        `To keep it, run the job on a cluster of Flink ${newest.flinkVersion} (or newer) again; to start from other state, set restoreFrom: <path> in ${settings} (flinkops savepoints list ${j.job.name} shows which release wrote each).`,
      fileRange(j.job.sqlFile),
    ),
  );
}

export function specHashOf(j: LiveJob): { specHash?: string } {
  const h = j.labels?.[LABEL_KEYS.specHash];
  return h !== undefined ? { specHash: h } : {};
}

/**
 * The parallelism a live job runs at. Its configured parallelism, unless the job was rescaled in
 * place: the adaptive scheduler then carries the new one in the vertices' upper bounds while the
 * job's configuration keeps the one it was submitted with. The store says so for a run it
 * recorded. For an in-place rescale it does not hold (a run it does not know: a lost store, the
 * Action's first run on a new state branch; or a rescale an apply was stopped in), the bounds say
 * it when they hold the repository's parallelism `desired` and no vertex is left at the job's.
 */
export function effectiveParallelism(
  running: LiveJob,
  record: Pick<JobRecord, 'current' | 'pending'> | undefined,
  desired?: number,
): number {
  const current = record?.current;
  const recorded = isRecordedRun(current, running);
  // A job that has ended (stopped for a suspend) has no upper bounds to read: its vertices say
  // the parallelism they last ran at, the one an in-place rescale gave them.
  const ended = isTerminal(running.state);
  if (
    recorded &&
    current.parallelism !== running.parallelism &&
    running.vertices.some(
      (v) => v.upperBound === current.parallelism || (ended && v.parallelism === current.parallelism),
    )
  )
    return current.parallelism;
  const interrupted = record?.pending?.kind === 'rescale' && record.pending.jobId === running.jobId;
  // A vertex of max parallelism 1 (a global aggregation: Flink's GlobalWindowAggregate of a
  // window without keys) runs at 1 whatever the job's parallelism, and a rescale leaves its bound.
  const bounds = running.vertices.filter((v) => v.maxParallelism !== 1).map((v) => v.upperBound);
  if (recorded && !interrupted) return rescaledByHand(bounds, current) ?? running.parallelism;
  const moved =
    desired !== undefined &&
    desired !== running.parallelism &&
    bounds.includes(desired) &&
    !bounds.some((b) => b === undefined || b === running.parallelism);
  return moved ? desired : running.parallelism;
}

/** Options that give vertices a parallelism of their own, apart from the job's. */
const PINS_VERTICES = /'(?:sink\.parallelism|scan\.parallelism|table\.exec\.resource\.default-parallelism)'/;

/**
 * The parallelism a job flinkops started was rescaled to in place behind its back (`PUT
 * /jobs/:id/resource-requirements` by hand, or Flink's web UI): the adaptive scheduler's upper
 * bounds were read for every vertex, they are all one value, and it is not the parallelism the
 * store recorded. Only where every vertex runs at the job's parallelism: a script that pins some
 * (`sink.parallelism`, `scan.parallelism`) leaves bounds that are not the job's, and an adopted
 * job's recorded script is not the one it runs, so neither is read this way.
 */
function rescaledByHand(
  bounds: readonly (number | undefined)[],
  current: DeployedVersion,
): number | undefined {
  if (current.adopted || PINS_VERTICES.test(current.script)) return undefined;
  const [first] = bounds;
  if (first === undefined || first === current.parallelism || bounds.some((b) => b !== first))
    return undefined;
  return first;
}

/**
 * The parallelism a job's vertices run at when the adaptive scheduler runs them below `parallelism`
 * (their upper bound), for want of free task slots; undefined at full strength, or when no vertex
 * is bounded by it (the default scheduler, or bounds not read).
 */
export function runningBelow(
  vertices: readonly { parallelism: number; upperBound?: number }[],
  parallelism: number,
): number | undefined {
  const bounded = vertices.filter((v) => v.upperBound === parallelism);
  if (bounded.length === 0) return undefined;
  const running = Math.max(...bounded.map((v) => v.parallelism));
  return running < parallelism ? running : undefined;
}

export function storeAsLive(job: DesiredJob, jobId: string, specHash: string, parallelism: number): LiveJob {
  return {
    jobId,
    name: job.pipelineName,
    state: 'RUNNING',
    startTime: 0,
    parallelism,
    vertices: [],
    labels: { [LABEL_KEYS.specHash]: specHash },
    job: job.name,
  };
}

export function diffScripts(oldScript: string | undefined, job: DesiredJob): string | undefined {
  // The diff is of the compiled scripts (`flinkops compile` shows them): its line numbers are theirs.
  const name = `compiled/${job.name}.sql`;
  const d = unifiedDiff(oldScript ?? '', job.script, { oldName: name, newName: name });
  return d === '' ? undefined : d;
}

/**
 * The first of the job's own statements whose text is not in the old script: where a state
 * problem of an upgrade comes from, in the user's file. Undefined when none can be told apart
 * (only a table or a setting changed).
 */
export function changedStatement(job: DesiredJob, oldScript: string | undefined): SourceRange | undefined {
  const ranges = job.statementRanges;
  if (!ranges?.length || oldScript === undefined) return undefined;
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const spans = splitStatements(job.script, job.sqlFile).statements;
  if (spans.length < ranges.length) return undefined;
  const old = new Set(splitStatements(oldScript, job.sqlFile).statements.map((s) => squash(s.text)));
  const own = spans.slice(spans.length - ranges.length);
  const i = own.findIndex((s) => !old.has(squash(s.text)));
  return i < 0 ? undefined : ranges[i];
}
