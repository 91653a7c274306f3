/** JSON bodies of the JobManager REST API, shaped per emulated release (README §3, §6). */

import {
  type CheckpointRetention,
  checkpointRetention,
  maskMap,
  parallelismOf,
  parseDuration,
} from './config-keys';
import { stackTrace } from './job-exceptions';
import {
  type AsyncOp,
  type CheckpointEntry,
  type CheckpointStatsSnapshot,
  isBatch,
  JOB_STATUSES,
  runningParallelism,
  type SimJob,
  type SimVertex,
} from './model';
import type { VersionFeatures } from './versions';

type Json = Record<string, unknown>;

const EXECUTION_STATES = [
  'CREATED',
  'SCHEDULED',
  'DEPLOYING',
  'RUNNING',
  'FINISHED',
  'CANCELING',
  'CANCELED',
  'FAILED',
  'RECONCILING',
  'INITIALIZING',
] as const;

/** The execution state every task of a job is in, given the job's status. */
function taskState(job: SimJob): (typeof EXECUTION_STATES)[number] {
  switch (job.state) {
    case 'RUNNING':
      return job.unscheduled ? 'CREATED' : job.restoring ? 'INITIALIZING' : 'RUNNING';
    case 'FINISHED':
      return 'FINISHED';
    case 'CANCELED':
    case 'CANCELLING':
      return job.state === 'CANCELED' ? 'CANCELED' : 'CANCELING';
    case 'FAILED':
      return 'FAILED';
    case 'CREATED':
    case 'INITIALIZING':
    case 'RESTARTING':
      return 'CREATED';
    default:
      return 'SCHEDULED';
  }
}

function taskCounts(job: SimJob, total: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of EXECUTION_STATES) out[s] = 0;
  out[taskState(job)] = total;
  return out;
}

function duration(job: SimJob, now: number): number {
  return (job.endTime >= 0 ? job.endTime : now) - job.startTime;
}

/** One `/jobs/overview` entry (JobDetails serializer). */
export function overviewEntry(job: SimJob, f: VersionFeatures, now: number): Json {
  const total = job.vertices.length;
  const counts = taskCounts(job, total);
  const tasks: Record<string, number> = { total };
  for (const [k, v] of Object.entries(counts)) tasks[k.toLowerCase()] = v;
  const out: Json = {
    jid: job.jid,
    name: job.name,
    state: job.state,
    'start-time': job.startTime,
    'end-time': job.endTime,
    duration: duration(job, now),
    'last-modification': job.lastModification,
    tasks,
  };
  if (f.pendingOperators) out['pending-operators'] = 0;
  if (f.overviewJobType) {
    out.jobType = isBatch(job) ? 'BATCH' : 'STREAMING';
    out.schedulerType = schedulerType(job);
  }
  return out;
}

/** The scheduler Flink names for the job: a batch job runs on the AdaptiveBatchScheduler whatever the cluster's. */
function schedulerType(job: SimJob): 'AdaptiveBatch' | 'Adaptive' | 'Default' {
  return isBatch(job) ? 'AdaptiveBatch' : job.adaptive ? 'Adaptive' : 'Default';
}

/** Every SQL job's vertices share the default slot sharing group. */
const SLOT_SHARING_GROUP = 'a'.repeat(32);

/**
 * The tasks of one vertex. A job the default scheduler runs on fewer slots than it needs (real
 * Flink 1.20): the subtasks that got a slot RUNNING, the others SCHEDULED, and the vertex's status
 * RUNNING, as Flink aggregates it.
 */
function vertexTasks(job: SimJob, v: SimVertex): { status: string; tasks: Record<string, number> } {
  const p = runningParallelism(job, v);
  // A batch job runs stage by stage (real 1.20.3): what reads a source's blocking output is
  // CREATED while the sources run.
  if (job.state === 'RUNNING' && isBatch(job) && !v.name.startsWith('Source: ')) {
    const tasks = taskCounts(job, 0);
    tasks.RUNNING = 0;
    tasks.CREATED = p;
    return { status: 'CREATED', tasks };
  }
  const held = job.slots ?? 0;
  if (job.state === 'RUNNING' && job.unscheduled && held > 0) {
    const tasks = taskCounts(job, 0);
    tasks.RUNNING = Math.min(p, held);
    tasks.SCHEDULED = p - tasks.RUNNING;
    return { status: 'RUNNING', tasks };
  }
  return { status: taskState(job), tasks: taskCounts(job, p) };
}

export function jobDetails(job: SimJob, f: VersionFeatures, now: number): Json {
  const running = job.state === 'RUNNING' || job.state === 'FINISHED' || job.state === 'CANCELED';
  const timestamps: Record<string, number> = {};
  for (const s of JOB_STATUSES) timestamps[s] = job.timestamps[s] ?? 0;
  const vertices = job.vertices.map((v) => ({
    id: v.id,
    name: v.name,
    maxParallelism: v.maxParallelism,
    parallelism: runningParallelism(job, v),
    ...vertexTasks(job, v),
    'start-time': running && job.deployedAt !== undefined ? job.deployedAt : -1,
    'end-time': job.endTime,
    duration: running ? duration(job, now) : -1,
    ...(f.slotSharingGroupInDetails ? { slotSharingGroupId: SLOT_SHARING_GROUP } : {}),
    metrics: {
      'read-bytes': 0,
      'read-bytes-complete': true,
      'write-bytes': 0,
      'write-bytes-complete': true,
      'read-records': 0,
      'read-records-complete': true,
      'write-records': 0,
      'write-records-complete': true,
      'accumulated-backpressured-time': 0,
      'accumulated-idle-time': 0,
      'accumulated-busy-time': 0,
    },
  }));
  const nodes = job.vertices.map((v, i) => {
    const node: Json = {
      id: v.id,
      parallelism: runningParallelism(job, v),
      operator: '',
      operator_strategy: '',
      description: v.name,
      optimizer_properties: {},
    };
    // Sources read nothing, the calc reads every source, each sink reads the calc (job-graph.ts).
    const calc = job.vertices.findIndex((x) => !x.name.startsWith('Source:'));
    const from = v.name.startsWith('Source:')
      ? []
      : i === calc
        ? job.vertices.slice(0, calc)
        : [job.vertices[calc]!];
    if (from.length)
      node.inputs = from.map((x, num) => ({
        num,
        id: x.id,
        ship_strategy: 'FORWARD',
        exchange: 'pipelined_bounded',
      }));
    return node;
  });
  const out: Json = {
    jid: job.jid,
    name: job.name,
    isStoppable: false,
    state: job.state,
    'start-time': job.startTime,
    'end-time': job.endTime,
    duration: duration(job, now),
    maxParallelism: job.maxParallelism,
    now,
    timestamps,
    vertices,
    'status-counts': taskCounts(job, job.vertices.length),
    plan: { jid: job.jid, name: job.name, type: isBatch(job) ? 'BATCH' : 'STREAMING', nodes },
  };
  if (f.jobTypeInDetails) out['job-type'] = isBatch(job) ? 'BATCH' : 'STREAMING';
  // `stream-graph` is only there for jobs submitted as a stream graph, never for SQL jobs (2.2).
  if (f.pendingOperators) out['pending-operators'] = 0;
  if (f.schedulerTypeInDetails) out.schedulerType = schedulerType(job);
  // 2.3 runs every submitted job as a single-job application whose id is the job's (SingleJobApplication).
  if (f.overviewJobType) out['application-id'] = job.jid;
  return out;
}

/** `/jobs/:jid/config` on the wire (JobConfigInfo serializer, README §1). */
export function jobConfig(job: SimJob, f: VersionFeatures): Json {
  const exec: Json = {
    'restart-strategy': 'Cluster level default restart strategy',
    // What the job was submitted with: an in-place rescale (adaptive scheduler) changes the
    // vertices and their resource requirements, never the job's ExecutionConfig.
    'job-parallelism': parallelismOf(job.config),
    'object-reuse-mode': job.config['pipeline.object-reuse'] === 'true',
    'user-config': maskMap(job.userConfig),
  };
  if (f.executionMode) exec['execution-mode'] = 'PIPELINED';
  return { jid: job.jid, name: job.name, 'execution-config': exec };
}

function checkpointStats(job: SimJob, c: CheckpointEntry, f: VersionFeatures): Json {
  const className = c.status === 'COMPLETED' ? 'completed' : c.status === 'FAILED' ? 'failed' : 'in_progress';
  const n = job.vertices.reduce((a, v) => a + v.parallelism, 0);
  const out: Json = {
    className,
    id: c.id,
    status: c.status,
    is_savepoint: c.isSavepoint,
    trigger_timestamp: c.triggerTimestamp,
    latest_ack_timestamp: c.latestAck,
    checkpointed_size: job.stateSizeBytes ?? 1024,
    state_size: job.stateSizeBytes ?? 1024,
    end_to_end_duration: c.latestAck - c.triggerTimestamp,
    alignment_buffered: 0,
    processed_data: 0,
    persisted_data: 0,
    num_subtasks: n,
    num_acknowledged_subtasks: c.status === 'COMPLETED' ? n : 0,
    checkpoint_type: c.type,
    tasks: {},
  };
  if (f.savepointFormat) out.savepointFormat = c.isSavepoint ? (c.format ?? 'CANONICAL') : null;
  if (className === 'completed') {
    out.external_path = c.externalPath;
    out.discarded = c.discarded === true;
  }
  if (className === 'failed') {
    out.failure_timestamp = c.latestAck;
    out.failure_message = c.failureMessage ?? 'Checkpoint failed.';
  }
  return out;
}

const SUMMARY = { min: 0, max: 0, avg: 0, p50: 0, p90: 0, p95: 0, p99: 0, p999: 0 };

/** `ExternalizedCheckpointInfo`, as Flink reports each retention. */
function externalization(r: CheckpointRetention): Json {
  return r === 'NO_EXTERNALIZED_CHECKPOINTS'
    ? { enabled: false, delete_on_cancellation: true }
    : { enabled: true, delete_on_cancellation: r === 'DELETE_ON_CANCELLATION' };
}

/**
 * The class of the state backend a job runs, as `state_backend` names it: the job's
 * `state.backend.type` (or the older `state.backend`), else the cluster's, else Flink's default
 * (real 1.20.3 and 2.2.0: `EmbeddedRocksDBStateBackend` for a cluster configured with rocksdb and a
 * job that names none).
 */
export function stateBackendClass(job: SimJob, cluster: Readonly<Record<string, string>> = {}): string {
  const pick = (c: Readonly<Record<string, string | undefined>>) =>
    c['state.backend.type'] ?? c['state.backend'];
  const name = (pick(job.config) ?? pick(cluster) ?? 'hashmap').trim().toLowerCase();
  if (name.includes('rocksdb')) return 'EmbeddedRocksDBStateBackend';
  if (name.includes('forst')) return 'ForStStateBackend';
  return 'HashMapStateBackend';
}

/** `CheckpointConfigInfo`; a disabled periodic checkpoint reads as Long.MAX_VALUE, as Flink writes it. */
export function checkpointConfig(job: SimJob, cluster: Readonly<Record<string, string>> = {}): Json {
  return {
    mode: 'exactly_once',
    interval: job.checkpointIntervalMs ?? 2 ** 63,
    timeout: 600000,
    min_pause: minPause(job, cluster),
    max_concurrent: 1,
    externalization: externalization(checkpointRetention(job.config)),
    state_backend: stateBackendClass(job, cluster),
    checkpoint_storage: 'FileSystemCheckpointStorage',
    unaligned_checkpoints: false,
    tolerable_failed_checkpoints: 0,
    aligned_checkpoint_timeout: 0,
    checkpoints_after_tasks_finish: true,
    ...changelog(job, cluster),
  };
}

/**
 * `execution.checkpointing.min-pause` of the job, else the cluster's, in ms; Flink's default 0
 * (real 1.20.3 and 2.2.0 on a flink:up cluster, which sets `1 s`: `"min_pause": 1000`).
 */
function minPause(job: SimJob, cluster: Readonly<Record<string, string>>): number {
  const key = 'execution.checkpointing.min-pause';
  return parseDuration(job.config[key] ?? cluster[key]) ?? 0;
}

/** Flink's default of `state.changelog.periodic-materialize.interval`: 10 min. */
const MATERIALIZE_MS = 600000;

/**
 * The changelog fields of `CheckpointConfigInfo`, as real 1.20.3 and 2.2.0 answer them whether the
 * changelog is on or not: `state_changelog_enabled` as the job's `state.changelog.enabled` (else
 * the cluster's) sets it; the storage is the TaskManagers' own (`state.changelog.storage` of the
 * cluster's configuration; a job's is ignored, real 2.2.0), `memory` by default.
 */
function changelog(job: SimJob, cluster: Readonly<Record<string, string>>): Json {
  const pick = (k: string) => job.config[k] ?? cluster[k];
  const interval = parseDuration(pick('state.changelog.periodic-materialize.interval'));
  return {
    state_changelog_enabled: pick('state.changelog.enabled')?.trim().toLowerCase() === 'true',
    changelog_periodic_materialization_interval: interval ?? MATERIALIZE_MS,
    changelog_storage: cluster['state.changelog.storage']?.trim().toLowerCase() || 'memory',
  };
}

/**
 * `/jobmanager/config`: `[{"key","value"}]`, the keys the cluster's configuration sets (real 1.20.3
 * and 2.2.0 list those of its config.yaml and the memory sizes the JobManager derived; a state
 * backend only when the configuration names one: `state.backend.type`, or 1.20's `state.backend`).
 */
export function jobManagerConfig(
  cluster: Readonly<Record<string, string>>,
  base: Readonly<Record<string, string>>,
): Json[] {
  return Object.entries({ ...base, ...cluster }).map(([key, value]) => ({ key, value }));
}

/**
 * `/jobs/:jid/checkpoints`. A job the adaptive scheduler has waiting for resources (CREATED) is
 * answered from a sparse graph, as on real Flink: empty statistics, its past checkpoints unseen.
 * Answered from a snapshot of the statistics kept `cacheMs` (Flink's
 * `rest.cache.checkpoint-statistics.timeout`): a checkpoint completed since is not in it, and the
 * one it subsumed shows `discarded: true` as the latest completed, as on real Flink 2.3.
 */
export function checkpoints(job: SimJob, f: VersionFeatures, now = 0, cacheMs = 0): Json {
  const cached = job.statsSnapshot;
  const snap = cached && now - cached.at < cacheMs ? cached : statsSnapshot(job, now);
  if (cacheMs > 0) job.statsSnapshot = snap;
  const { counts, sparse } = snap;
  const stats = (c: CheckpointEntry | undefined) => (c && !sparse ? checkpointStats(job, c, f) : null);
  return {
    counts: {
      restored: sparse ? 0 : counts.restored,
      total: sparse ? 0 : counts.completed + counts.failed + counts.inProgress,
      in_progress: sparse ? 0 : counts.inProgress,
      completed: sparse ? 0 : counts.completed,
      failed: sparse ? 0 : counts.failed,
    },
    summary: {
      checkpointed_size: SUMMARY,
      state_size: SUMMARY,
      end_to_end_duration: SUMMARY,
      ...(f.checkpointDataSummary
        ? { alignment_buffered: SUMMARY, processed_data: SUMMARY, persisted_data: SUMMARY }
        : {}),
    },
    latest: {
      completed: stats(snap.latestCompleted),
      savepoint: stats(snap.latestSavepoint),
      failed: stats(snap.latestFailed),
      restored:
        snap.restored && !sparse
          ? {
              id: snap.restored.id,
              restore_timestamp: snap.restored.restoreTimestamp,
              is_savepoint: snap.restored.isSavepoint,
              external_path: snap.restored.externalPath,
            }
          : null,
    },
    history: sparse ? [] : snap.history.map((c) => checkpointStats(job, c, f)),
  };
}

/** The statistics as they are now; the checkpoints are shared, so a later subsumption shows. */
function statsSnapshot(job: SimJob, now: number): CheckpointStatsSnapshot {
  return {
    at: now,
    sparse: job.adaptive && job.state === 'CREATED',
    counts: { ...job.counts },
    ...(job.latestCompleted ? { latestCompleted: job.latestCompleted } : {}),
    ...(job.latestSavepoint ? { latestSavepoint: job.latestSavepoint } : {}),
    ...(job.latestFailed ? { latestFailed: job.latestFailed } : {}),
    ...(job.restored ? { restored: { ...job.restored } } : {}),
    history: [...job.history],
  };
}

/** `/jobs/:jid/exceptions`: exceptionHistory everywhere, the deprecated root fields before 2.0. */
const BACKPRESSURE_RATIO = { ok: 0.05, low: 0.3, high: 0.8 } as const;

/** `JobVertexBackPressureInfo`: one level for the vertex and each subtask, sampled "now". */
export function backpressure(job: SimJob, now: number): Json {
  const level = job.backpressure ?? 'ok';
  const ratio = BACKPRESSURE_RATIO[level];
  // Both spellings of the level are on the wire (1.20, 2.2), and a busy ratio Flink has no
  // measurement for is NaN, which its JSON writer sends as the string "NaN".
  return {
    status: 'ok',
    'backpressure-level': level,
    backpressureLevel: level,
    'end-timestamp': now,
    subtasks: Array.from({ length: job.parallelism }, (_, subtask) => ({
      subtask,
      'backpressure-level': level,
      backpressureLevel: level,
      ratio,
      idleRatio: Math.max(0, 1 - ratio),
      busyRatio: 'NaN',
    })),
  };
}

export function exceptions(job: SimJob, f: VersionFeatures, maxExceptions: number): Json {
  const entries = job.exceptions.slice(0, maxExceptions).map((e) => {
    const out: Json = {
      exceptionName: e.exceptionName,
      stacktrace: e.stacktrace,
      timestamp: e.timestamp,
      concurrentExceptions: [],
    };
    if (e.taskName) out.taskName = e.taskName;
    if (f.failureLabels) out.failureLabels = {};
    return out;
  });
  const truncated = job.exceptions.length > maxExceptions;
  const out: Json = { exceptionHistory: { entries, truncated } };
  if (f.legacyExceptions) {
    const root = job.exceptions[0];
    out['root-exception'] = root ? root.stacktrace : null;
    out.timestamp = root ? root.timestamp : null;
    out['all-exceptions'] = [];
    out.truncated = false;
  }
  return out;
}

/** `/jobs/:jid/savepoints/:triggerid` and friends (AsynchronousOperationResult). */
export function asyncResult(op: AsyncOp): Json {
  if (op.status === 'IN_PROGRESS') return { status: { id: 'IN_PROGRESS' }, operation: null };
  const failure = op.failure
    ? {
        class: op.failure.className,
        'stack-trace': stackTrace(op.failure.className, op.failure.message, op.failure.cause),
        'serialized-throwable': Buffer.from(`${op.failure.className}: ${op.failure.message}`).toString(
          'base64',
        ),
      }
    : undefined;
  let operation: Json;
  if (op.kind === 'checkpoint')
    operation = failure ? { failureCause: failure } : { checkpointId: op.checkpointId };
  else if (op.kind === 'disposal') operation = failure ? { 'failure-cause': failure } : {};
  else operation = failure ? { 'failure-cause': failure } : { location: op.location };
  return { status: { id: 'COMPLETED' }, operation };
}
