/**
 * JobManager wire → model. The wire names are those of Flink's serializers
 * (README §1 "Where the OpenAPI files are wrong"), with the OpenAPI names read
 * as a fallback so either shape parses.
 */
import { savepointPathKey } from '../core/restore-point';
import { stackHeadlines } from './errors';
import type {
  AggregatedMetric,
  CheckpointConfig,
  CheckpointRef,
  CheckpointStats,
  ClusterConfig,
  ClusterOverview,
  ExceptionEntry,
  JobConfig,
  JobDetails,
  JobExceptions,
  JobSummary,
  JobVertex,
  ResourceRequirements,
  TaskManagerInfo,
  VertexBackpressure,
} from './types';
import { arr, asObj, bool, type Json, num, numberMap, obj, str, stringMap } from './wire';

export function parseConfig(body: unknown): ClusterConfig | undefined {
  const o = asObj(body);
  const flinkVersion = str(o, 'flink-version');
  if (!flinkVersion) return undefined;
  const f = obj(o, 'features');
  const features: ClusterConfig['features'] = {};
  const map = [
    ['web-submit', 'webSubmit'],
    ['web-cancel', 'webCancel'],
    ['web-rescale', 'webRescale'],
    ['web-history', 'webHistory'],
  ] as const;
  for (const [w, k] of map) {
    const b = bool(f, w);
    if (b !== undefined) features[k] = b;
  }
  const c: ClusterConfig = { flinkVersion, features };
  const rev = str(o, 'flink-revision');
  if (rev) c.flinkRevision = rev;
  return c;
}

/** `/overview`: task managers and their slots. */
export function parseClusterOverview(body: unknown): ClusterOverview | undefined {
  const o = asObj(body);
  const taskManagers = num(o, 'taskmanagers');
  const slotsTotal = num(o, 'slots-total');
  const slotsAvailable = num(o, 'slots-available');
  if (taskManagers === undefined || slotsTotal === undefined || slotsAvailable === undefined)
    return undefined;
  return { taskManagers, slotsTotal, slotsAvailable };
}

/** `/jobs/overview`: wire `jid/name/state`, or the 1.16 OpenAPI's `jobId/jobName/status`. */
export function parseJobsOverview(body: unknown): JobSummary[] | undefined {
  const jobs = arr(asObj(body), 'jobs');
  if (!jobs) return undefined;
  const out: JobSummary[] = [];
  for (const j of jobs) {
    const o = asObj(j);
    const id = str(o, 'jid', 'jobId', 'id');
    if (!o || !id) continue;
    const s: JobSummary = {
      id,
      name: str(o, 'name', 'jobName') ?? '',
      state: str(o, 'state', 'status') ?? 'UNKNOWN',
      startTime: num(o, 'start-time', 'startTime') ?? -1,
      durationMs: num(o, 'duration') ?? 0,
      lastModification: num(o, 'last-modification', 'lastModification') ?? 0,
    };
    const end = num(o, 'end-time', 'endTime');
    if (end !== undefined && end >= 0) s.endTime = end;
    const tasks = numberMap(o.tasks);
    if (tasks) s.tasks = tasks;
    out.push(s);
  }
  return out;
}

export function parseJobDetails(body: unknown): JobDetails | undefined {
  const o = asObj(body);
  const id = str(o, 'jid', 'jobId');
  if (!o || !id) return undefined;
  // The plan's edges tell sources (no inputs) and sinks (nobody's input) apart, for job throughput.
  const nodes = (arr(obj(o, 'plan'), 'nodes') ?? []).map(asObj);
  const inputsOf = new Map<string, string[]>();
  for (const n of nodes) {
    const nid = str(n, 'id');
    if (nid)
      inputsOf.set(
        nid,
        (arr(n, 'inputs') ?? []).map((i) => str(asObj(i), 'id') ?? ''),
      );
  }
  const feeding = new Set([...inputsOf.values()].flat());
  const vertices: JobVertex[] = [];
  for (const v of arr(o, 'vertices') ?? []) {
    const vo = asObj(v);
    const vid = str(vo, 'id');
    if (!vo || !vid) continue;
    const vertex: JobVertex = {
      id: vid,
      name: str(vo, 'name') ?? '',
      parallelism: num(vo, 'parallelism') ?? 0,
      maxParallelism: num(vo, 'maxParallelism') ?? -1,
    };
    const started = num(vo, 'start-time');
    if (started !== undefined && started > 0) vertex.startTime = started;
    const st = str(vo, 'status');
    if (st) vertex.status = waitingTasks(vo) > 0 && st === 'RUNNING' ? 'SCHEDULED' : st;
    const inputs = inputsOf.get(vid);
    if (inputs) vertex.role = inputs.length === 0 ? 'source' : feeding.has(vid) ? 'inner' : 'sink';
    vertices.push(vertex);
  }
  const d: JobDetails = {
    id,
    name: str(o, 'name', 'jobName') ?? '',
    state: str(o, 'state', 'status') ?? 'UNKNOWN',
    startTime: num(o, 'start-time') ?? -1,
    durationMs: num(o, 'duration') ?? 0,
    timestamps: numberMap(o.timestamps) ?? {},
    vertices,
  };
  const end = num(o, 'end-time');
  if (end !== undefined && end >= 0) d.endTime = end;
  const stoppable = bool(o, 'isStoppable');
  if (stoppable !== undefined) d.isStoppable = stoppable;
  const mp = num(o, 'maxParallelism');
  if (mp !== undefined) d.maxParallelism = mp;
  // `job-type` since 1.20; the plan's `type` says the same before it.
  const jt = str(o, 'job-type', 'jobType') ?? str(asObj(o.plan) ?? {}, 'type');
  if (jt) d.jobType = jt;
  return d;
}

/** `/jobs/:jobid/config`: wire `jid/name/execution-config.user-config`; `user-config` may be missing while initializing. */
export function parseJobConfig(body: unknown, jobId: string): JobConfig | undefined {
  const o = asObj(body);
  if (!o) return undefined;
  const ec = obj(o, 'execution-config') ?? obj(o, 'executionConfigInfo');
  const c: JobConfig = { id: str(o, 'jid', 'jobId') ?? jobId, name: str(o, 'name', 'jobName') ?? '' };
  const uc = stringMap(ec?.['user-config'] ?? ec?.userConfig);
  if (uc) c.userConfig = uc;
  const p = num(ec, 'job-parallelism', 'parallelism');
  if (p !== undefined) c.jobParallelism = p;
  const rs = str(ec, 'restart-strategy', 'restartStrategy');
  if (rs) c.restartStrategy = rs;
  return c;
}

const NOT_ADDRESSABLE = '<checkpoint-not-externally-addressable>';

/** A checkpoint's or savepoint's path, in the one spelling flinkops compares (savepointPathKey). */
function externalPath(o: Json | undefined): string | undefined {
  const p = str(o, 'external_path');
  return p && p !== NOT_ADDRESSABLE ? savepointPathKey(p) : undefined;
}

function checkpointRef(o: Json | undefined): CheckpointRef | undefined {
  const id = num(o, 'id');
  if (!o || id === undefined) return undefined;
  const r: CheckpointRef = { id };
  const p = externalPath(o);
  if (p) r.externalPath = p;
  const ts = num(o, 'latest_ack_timestamp', 'trigger_timestamp');
  if (ts !== undefined) r.timestamp = ts;
  const size = num(o, 'state_size');
  if (size !== undefined && size >= 0) r.stateSize = size;
  const written = num(o, 'checkpointed_size');
  if (written !== undefined && written >= 0) r.checkpointedSize = written;
  const duration = num(o, 'end_to_end_duration');
  if (duration !== undefined && duration >= 0) r.durationMs = duration;
  if (bool(o, 'discarded') === true) r.discarded = true;
  // 1.15+: a savepoint's format (`savepointFormat`, null for a checkpoint).
  const format = str(o, 'savepointFormat');
  if (format === 'CANONICAL' || format === 'NATIVE') r.format = format;
  return r;
}

export function parseCheckpoints(body: unknown): CheckpointStats | undefined {
  const o = asObj(body);
  if (!o) return undefined;
  const c = obj(o, 'counts');
  const latest = obj(o, 'latest');
  const stats: CheckpointStats = {
    counts: {
      completed: num(c, 'completed') ?? 0,
      failed: num(c, 'failed') ?? 0,
      inProgress: num(c, 'in_progress') ?? 0,
      restored: num(c, 'restored') ?? 0,
      total: num(c, 'total') ?? 0,
    },
  };
  const completed = checkpointRef(obj(latest, 'completed'));
  if (completed) stats.latestCompleted = completed;
  const savepoint = checkpointRef(obj(latest, 'savepoint'));
  if (savepoint) stats.latestSavepoint = savepoint;
  const ro = obj(latest, 'restored');
  const rid = num(ro, 'id');
  if (ro && rid !== undefined) {
    stats.latestRestored = { id: rid, isSavepoint: bool(ro, 'is_savepoint') ?? false };
    const p = externalPath(ro);
    if (p) stats.latestRestored.externalPath = p;
    const ts = num(ro, 'restore_timestamp');
    if (ts !== undefined) stats.latestRestored.restoreTimestamp = ts;
  }
  const fo = obj(latest, 'failed');
  const fid = num(fo, 'id');
  if (fo && fid !== undefined) {
    stats.latestFailed = { id: fid };
    const m = str(fo, 'failure_message');
    if (m) stats.latestFailed.message = m;
  }
  const recent: CheckpointRef[] = [];
  for (const h of arr(o, 'history') ?? []) {
    const ho = asObj(h);
    if (bool(ho, 'is_savepoint') !== true || str(ho, 'status') !== 'COMPLETED') continue;
    const ref = checkpointRef(ho);
    if (ref?.externalPath) recent.push(ref);
  }
  if (recent.length) stats.recentSavepoints = recent;
  return stats;
}

function exceptionEntry(o: Json | undefined): ExceptionEntry | undefined {
  if (!o) return undefined;
  const stacktrace = str(o, 'stacktrace');
  const name = str(o, 'exceptionName');
  const causes = stacktrace ? stackHeadlines(stacktrace) : name ? [name] : [];
  const e: ExceptionEntry = { message: causes[causes.length - 1] ?? 'unknown failure', causes };
  if (name) e.exceptionName = name;
  if (stacktrace) e.stacktrace = stacktrace;
  const ts = num(o, 'timestamp');
  if (ts !== undefined) e.timestamp = ts;
  const task = str(o, 'taskName');
  if (task) e.taskName = task;
  const labels = stringMap(o.failureLabels);
  if (labels && Object.keys(labels).length > 0) e.failureLabels = labels;
  return e;
}

/** Pre-2.0 bodies also carry `root-exception`/`timestamp`; 2.0+ only `exceptionHistory`. */
export function parseExceptions(body: unknown): JobExceptions | undefined {
  const o = asObj(body);
  if (!o) return undefined;
  const hist = obj(o, 'exceptionHistory');
  const history = (arr(hist, 'entries') ?? [])
    .map((e) => exceptionEntry(asObj(e)))
    .filter((e) => e !== undefined);
  const out: JobExceptions = {
    history,
    truncated: bool(hist, 'truncated') ?? bool(o, 'truncated') ?? false,
  };
  if (history[0]) out.rootCause = history[0];
  else {
    const legacy = str(o, 'root-exception');
    if (legacy) {
      const causes = stackHeadlines(legacy);
      out.rootCause = { message: causes[causes.length - 1] ?? legacy, causes, stacktrace: legacy };
      const ts = num(o, 'timestamp');
      if (ts !== undefined) out.rootCause.timestamp = ts;
    }
  }
  return out;
}

/**
 * `/jobs/:jobid/execution-result`: `{"status":{"id"},"job-execution-result":{"application-status",
 * "failure-cause":{"class","stack-trace"}}}`; the cause of a failed job, undefined otherwise.
 */
export function parseFailureCause(body: unknown): { value: ExceptionEntry | undefined } | undefined {
  const o = asObj(body);
  if (!o) return undefined;
  const fc = obj(obj(o, 'job-execution-result'), 'failure-cause');
  const stacktrace = str(fc, 'stack-trace');
  const name = str(fc, 'class');
  if (!stacktrace && !name) return { value: undefined };
  const causes = stacktrace ? stackHeadlines(stacktrace) : [name!];
  const e: ExceptionEntry = { message: causes[causes.length - 1] ?? name ?? 'unknown failure', causes };
  if (name) e.exceptionName = name;
  if (stacktrace) e.stacktrace = stacktrace;
  return { value: e };
}

const LEVELS = new Set(['ok', 'low', 'high']);

/**
 * Back-pressure of a vertex. The level is `backpressure-level` on the wire (the OpenAPI
 * files of 1.17+ spell it `backpressureLevel`; both are read).
 */
export function parseBackpressure(body: unknown): VertexBackpressure | undefined {
  const o = asObj(body);
  if (!o) return undefined;
  const out: VertexBackpressure = {};
  const level = str(o, 'backpressure-level', 'backpressureLevel')?.toLowerCase();
  if (level && LEVELS.has(level)) out.level = level as NonNullable<VertexBackpressure['level']>;
  const status = str(o, 'status');
  if (status) out.status = status;
  const ratios = (arr(o, 'subtasks') ?? [])
    .map((x) => num(asObj(x), 'ratio', 'backPressuredRatio'))
    .filter((r): r is number => r !== undefined);
  if (ratios.length) out.maxRatio = Math.max(...ratios);
  return out;
}

export type AsyncOperation =
  | { state: 'pending' }
  | { state: 'completed'; location?: string }
  | { state: 'failed'; cause: string; causes: string[] };

/** `{"status":{"id":"IN_PROGRESS"|"COMPLETED"},"operation":{location}|{failure-cause}|null}` */
export function parseAsyncOperation(body: unknown): AsyncOperation | undefined {
  const o = asObj(body);
  const id = str(obj(o, 'status'), 'id');
  if (!id) return undefined;
  if (id !== 'COMPLETED') return { state: 'pending' };
  const op = obj(o, 'operation');
  const fc = obj(op, 'failure-cause');
  if (fc) {
    const trace = str(fc, 'stack-trace');
    const causes = trace ? stackHeadlines(trace) : [str(fc, 'class') ?? 'unknown failure'];
    return { state: 'failed', cause: causes[causes.length - 1] ?? 'unknown failure', causes };
  }
  // Kept in the one spelling flinkops compares (savepointPathKey), whichever this endpoint
  // returns, so that the path recorded and the path a job reports it restored agree.
  const location = str(op, 'location');
  return location ? { state: 'completed', location: savepointPathKey(location) } : { state: 'completed' };
}

/** Flat map `{"<vertexId>":{"parallelism":{"lowerBound","upperBound"}}}` (`@JsonAnyGetter`). */
export function parseResourceRequirements(body: unknown): ResourceRequirements | undefined {
  const o = asObj(body);
  if (!o) return undefined;
  const out: ResourceRequirements = {};
  for (const [vid, v] of Object.entries(o)) {
    const p = obj(asObj(v), 'parallelism');
    const lo = num(p, 'lowerBound');
    const hi = num(p, 'upperBound');
    if (lo !== undefined && hi !== undefined) out[vid] = { lowerBound: lo, upperBound: hi };
  }
  return out;
}

export function resourceRequirementsBody(req: ResourceRequirements): Json {
  const out: Json = {};
  for (const [vid, b] of Object.entries(req)) {
    out[vid] = { parallelism: { lowerBound: b.lowerBound, upperBound: b.upperBound } };
  }
  return out;
}

/**
 * `{"mode","interval",…}`. Flink reports a disabled periodic checkpoint as an interval of
 * Long.MAX_VALUE (or -1 on some releases), which JSON numbers round: anything ≥ 2^53 is "off".
 */
export function parseCheckpointConfig(body: unknown): CheckpointConfig | undefined {
  const o = asObj(body);
  if (!o) return undefined;
  const interval = o.interval;
  const out: CheckpointConfig =
    typeof interval === 'number' && interval > 0 && interval < Number.MAX_SAFE_INTEGER
      ? { intervalMs: interval }
      : {};
  const ext = obj(o, 'externalization');
  const enabled = bool(ext, 'enabled');
  if (enabled === false) out.retention = 'none';
  else if (enabled === true)
    out.retention = bool(ext, 'delete_on_cancellation') === false ? 'on-cancellation' : 'on-failure';
  const backend = backendShortName(str(o, 'state_backend'));
  if (backend) out.stateBackend = backend;
  return out;
}

/**
 * A state backend's short name (`hashmap`, `rocksdb`, `forst`) from the class name Flink reports
 * (real 1.20.3 and 2.2.0: `HashMapStateBackend`, `EmbeddedRocksDBStateBackend`; 1.x's legacy
 * `MemoryStateBackend` and `FsStateBackend` keep state on the heap too). Undefined when unknown.
 */
export function backendShortName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.toLowerCase();
  if (n.includes('rocksdb')) return 'rocksdb';
  if (n.includes('forst')) return 'forst';
  if (/hashmap|memorystatebackend|fsstatebackend/.test(n)) return 'hashmap';
  return undefined;
}

/**
 * `/jobmanager/config`: `[{"key","value"}]`, the keys the cluster's configuration sets (real 1.20.3
 * and 2.2.0: `{"key":"state.backend.type","value":"rocksdb"}` when it names a state backend, 1.20's
 * older `state.backend` as written, neither when it names none).
 */
export function parseJobManagerConfig(body: unknown): Record<string, string> | undefined {
  if (!Array.isArray(body)) return undefined;
  const out: Record<string, string> = {};
  for (const x of body) {
    const o = asObj(x);
    const key = str(o, 'key');
    const value = o?.value;
    if (key && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
      out[key] = String(value);
  }
  return out;
}

/** `{"taskmanagers":[{"id","slotsNumber","memoryConfiguration":{"taskHeap"}}]}`. */
export function parseTaskManagers(body: unknown): TaskManagerInfo[] | undefined {
  const o = asObj(body);
  const list = o?.taskmanagers;
  if (!Array.isArray(list)) return undefined;
  const out: TaskManagerInfo[] = [];
  for (const x of list) {
    const t = asObj(x);
    const id = str(t, 'id');
    if (!id) continue;
    const info: TaskManagerInfo = { id, slots: num(t, 'slotsNumber') ?? 0 };
    const heap = num(obj(t, 'memoryConfiguration'), 'taskHeap');
    if (heap !== undefined && heap > 0) info.taskHeapBytes = heap;
    out.push(info);
  }
  return out;
}

/** `[{"id":"numRecordsInPerSecond","max":12.5,"sum":20.1}]`; a value Flink cannot aggregate is absent. */
export function parseAggregatedMetrics(body: unknown): AggregatedMetric[] | undefined {
  if (!Array.isArray(body)) return undefined;
  const out: AggregatedMetric[] = [];
  for (const x of body) {
    const o = asObj(x);
    const id = str(o, 'id');
    if (!id) continue;
    const m: AggregatedMetric = { id };
    for (const k of ['min', 'max', 'avg', 'sum'] as const) {
      const raw = o?.[k];
      const v = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
      if (Number.isFinite(v)) m[k] = v;
    }
    out.push(m);
  }
  return out;
}

/**
 * A vertex's subtasks still waiting for a task slot. Flink calls a vertex RUNNING once any of its
 * subtasks runs: real Flink 1.20's default scheduler, given 2 of the 5 slots a job needs, runs 2
 * subtasks of each vertex and keeps 3 SCHEDULED (until the slot request timeout fails the job),
 * and the vertex says RUNNING. Such a vertex is reported SCHEDULED: it waits for slots.
 */
function waitingTasks(vertex: Json | undefined): number {
  const tasks = obj(vertex, 'tasks');
  return (num(tasks, 'SCHEDULED') ?? 0) + (num(tasks, 'CREATED') ?? 0);
}
