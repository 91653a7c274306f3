/** What flinkops saw on the cluster: the `live` input of diff(desired, live, state). */
import { isTerminal, type JobState } from '../core/job-state';

/** Flink job states (JobStatus), as the client reads them. */
export type FlinkJobState = JobState;

export interface LiveVertex {
  id: string;
  name: string;
  parallelism: number;
  maxParallelism: number;
  /** Upper bound of the adaptive scheduler's resource requirements (running jobs on adaptive clusters). */
  upperBound?: number;
  role?: 'source' | 'inner' | 'sink';
  /** Execution state of its tasks (`CREATED` while they wait for task slots). */
  status?: string;
}

export interface LiveJob {
  jobId: string;
  /** `pipeline.name` as the cluster reports it. */
  name: string;
  state: FlinkJobState;
  startTime: number;
  /** When the job ended (FINISHED, FAILED, CANCELED); absent while it has not. */
  endTime?: number;
  /**
   * When the job last switched to RUNNING (`timestamps.RUNNING`): later than `startTime` once Flink
   * restarted it (a failure, a lost TaskManager). What Flink's own `uptime` metric counts from.
   */
  runningSince?: number;
  /**
   * It ended with no task ever deployed (every vertex's `start-time` is -1): the default scheduler
   * shows a job RUNNING while its tasks wait for task slots (real 1.20.3), so `timestamps.RUNNING`
   * is set although nothing ran.
   */
  tasksNeverDeployed?: true;
  /**
   * The job's own parallelism (`execution-config.job-parallelism`, as submitted). After an in-place
   * rescale the vertices' `upperBound`s carry the new one; see `effectiveParallelism` in plan/.
   */
  parallelism: number;
  vertices: LiveVertex[];
  /** `flinkops.*` labels from `user-config`; undefined when the job carries none (unmanaged or still initialising). */
  labels?: Record<string, string>;
  /**
   * `flinkops.*` labels naming another project, environment or job than the job's name (settings
   * copied by hand, FO654): not taken as labels (`labels` is undefined), kept to be named.
   */
  copiedLabels?: Record<string, string>;
  /** The repository job this maps to, from the name `<project>.<env>.<job>`. */
  job: string;
  /** Seen on the cluster the environment moves away from (`moveFrom`), not on its own. */
  previousCluster?: true;
  /** Flink runs it in batch mode (job details' `job-type`, or its plan's `type`, says BATCH). */
  batch?: true;
  /** Restarts seen (from exceptions history), when observed. */
  restarts?: number;
  /** Latest completed checkpoint / savepoint / restored paths, when observed. */
  latestCheckpoint?: { path: string; time: number };
  latestSavepoint?: { path: string; time: number };
  restoredFrom?: string;
  /**
   * The format of each savepoint in the job's checkpoint history (`latest.savepoint` and `history`),
   * by path, when the cluster reports it (Flink 1.15+): a NATIVE one restores only into the state
   * backend that wrote it.
   */
  savepointFormats?: Record<string, 'CANONICAL' | 'NATIVE'>;
  /** Completion time of the latest completed checkpoint, addressable or not, when observed. */
  lastCheckpointTime?: number;
  /** The latest completed checkpoint: duration (trigger to last ack) and sizes in bytes. */
  lastCheckpoint?: { id: number; durationMs?: number; stateSize?: number; checkpointedSize?: number };
  /**
   * Bytes of the job's latest completed savepoint (`latest.savepoint.state_size`), when observed:
   * with the latest checkpoint's, how much state a restore brings back.
   */
  lastSavepointSize?: number;
  /**
   * The state backend the job runs, by its short name (`hashmap`, `rocksdb`, `forst`), as the
   * JobManager reports it (`/jobs/:id/checkpoints/config`): the cluster's default when the job's
   * configuration names none. Read with its checkpoints.
   */
  stateBackend?: string;
  /** The latest failed checkpoint (`latest.failed`) and Flink's count of failed ones, when observed. */
  lastFailedCheckpoint?: { id: number; message?: string; failedCount: number };
  /** Health data, read by `observeHealth` only (status --check): */
  /** Failure times from the exceptions history, newest first; each failure is a restart. */
  failureTimes?: number[];
  /** The latest failure's root cause from the exceptions history, one line (`IOException: disk full`). */
  lastFailure?: string;
  /** The exceptions history was cut off (older failures not listed). */
  failureHistoryTruncated?: boolean;
  /** Back-pressure per vertex where the cluster reported a level. */
  backpressure?: { vertexId: string; vertex: string; level: 'ok' | 'low' | 'high' }[];
  /** Throughput, back-pressure, lag: read by `observeMetrics` only (status with metrics, --check). */
  metrics?: JobMetrics;
}

/** A vertex and a value of it: the worst vertex of a job for a metric. */
export interface VertexValue {
  vertexId: string;
  vertex: string;
  value: number;
}

/**
 * What an on-call reads off a job, from Flink's metrics (one-minute rates, refreshed by the
 * JobManager every `metrics.fetcher.update-interval`). A field is absent when the job does not
 * report it (no event time: no watermark lag; no Kafka source: no consumer lag).
 */
export interface JobMetrics {
  /** Records read by the sources per second (their `numRecordsOutPerSecond`, summed). */
  recordsInPerSecond?: number;
  /** Records the sinks receive per second (their `numRecordsInPerSecond`, summed). */
  recordsOutPerSecond?: number;
  /** Highest share of time a subtask was back-pressured (`backPressuredTimeMsPerSecond` / 1000). */
  backPressure?: VertexValue;
  /** Highest share of time a subtask was busy (`busyTimeMsPerSecond` / 1000). */
  busy?: VertexValue;
  /** now − the lowest `currentInputWatermark` of a vertex, in ms. */
  watermarkLagMs?: number;
  /**
   * A vertex after the sources with a subtask that has no input watermark yet (Long.MIN_VALUE):
   * in a job that reads event time, its watermark has not advanced since the job started.
   */
  watermarkMissingAt?: string;
  /** Records behind in Kafka (`pendingRecords`, or the legacy consumer's `records-lag-max`), summed. */
  consumerLag?: number;
}

/** A job of another project under this environment's name, by its name alone. */
export interface Namesake {
  name: string;
  jobId: string;
  project: string;
  job: string;
}

/** A job alive under a name that is none of the environment's, though it reads as one of its jobs'. */
export interface Lookalike {
  name: string;
  jobId: string;
  /** The job name it reads as: `dedup-users` or `shop-prod-dedup-users` as `dedup_users`. */
  job?: string;
  /**
   * The tables it writes, by Flink's default name of a job whose script set no `pipeline.name`:
   * `insert-into_default_catalog.default_database.orders_out` writes `orders_out`.
   */
  sinks?: string[];
}

export interface LiveState {
  /** False when planned with --offline: `jobs` is empty and says nothing. */
  observed: boolean;
  flinkVersion?: string;
  gatewayVersion?: string;
  /** The cluster runs the adaptive scheduler: in-place rescale is possible on 1.18+. */
  adaptiveScheduler: boolean;
  /**
   * Managed-name jobs of this project and environment, every state (finished ones included,
   * as long as the JobManager still lists them), newest first per job.
   */
  jobs: LiveJob[];
  /** Stable hash of what was seen that a plan depends on (ids, states, labels, parallelism). */
  fingerprint: string;
  /**
   * Jobs alive under `<other project>.<this env>.<job>`: another project sharing the cluster, or
   * this one before its project was renamed. Names only, for a first plan to say (FO635).
   */
  namesakes?: Namesake[];
  /**
   * Jobs alive under a name that is not `<project>.<env>.<job>` but reads as a job name (another
   * case or separator, the job's name alone) or is Flink's default name, which names the tables
   * written: started by hand before the repository, and invisible to it otherwise. Names only, for the plan that creates that job to say (FO633).
   */
  lookalikes?: Lookalike[];
  /**
   * Jobs alive under `<project>.<other env>.<job>` for another environment flinkops.yaml defines,
   * by environment: the cluster is shared with it, or this environment's endpoints reach its
   * cluster by mistake. Names only, for a plan that recovers vanished jobs to say (FO682).
   */
  siblings?: { env: string; names: string[] }[];
  /**
   * The JobManager endpoint observed, as `endpointId` hashes it: a job the store records started
   * through another endpoint, gone from this cluster, may still run on that one (FO739).
   */
  endpoint?: string;
  /** `moveFrom`: the cluster the jobs move away from, observed too (its jobs are in `jobs`, marked). */
  previous?: { jobmanagerUrl: string; flinkVersion?: string };
  /**
   * The cluster's TaskManagers and task slots (`/overview`): read by plan (whether the jobs it
   * starts will get slots, FO603), and otherwise when a job waits to be scheduled (CREATED,
   * RESTARTING): whether it waits for slots is then what to tell.
   */
  slots?: { taskManagers: number; slotsTotal: number; slotsAvailable: number };
  /**
   * Each TaskManager's task heap in bytes (`/taskmanagers`, `memoryConfiguration.taskHeap`) and
   * task slots (`slotsNumber`), read by plan: where a job moved onto the heap state backend keeps
   * its state, and how many of its subtasks one TaskManager may hold.
   */
  taskHeaps?: TaskHeap[];
  /**
   * The state backend a job that names none runs (`hashmap`, `rocksdb`, `forst`): the cluster's
   * `state.backend.type` (1.x: `state.backend`) at `/jobmanager/config`, else Flink's own default,
   * hashmap. Read once by plan, and only when a job's state backend is left to it.
   */
  defaultStateBackend?: string;
}

/** One TaskManager's task heap and slots. */
export interface TaskHeap {
  bytes: number;
  slots: number;
}

/**
 * Why `job` (CREATED, or RESTARTING with no TaskManager) cannot run, when it is for want of task slots: "the cluster
 * has no TaskManager", or how few slots are free. The adaptive scheduler runs a job on whatever
 * slots there are; the default one needs as many as its widest vertex.
 */
export function slotShortage(live: LiveState, job: LiveJob): string | undefined {
  const s = live.slots;
  if (!s || job.previousCluster || !awaitsScheduling(job)) return undefined;
  if (s.taskManagers === 0) return 'the cluster has no TaskManager';
  // RESTARTING is Flink's restart delay after a failure: the job still holds its task slots (the
  // free count leaves them out, real Flink 2.2 with a poison record on a full cluster), and once
  // restarted it waits as CREATED (adaptive) or RUNNING with its tasks unscheduled (default).
  if (job.state === 'RESTARTING') return undefined;
  const needed = live.adaptiveScheduler ? 1 : Math.max(1, ...job.vertices.map((v) => v.parallelism));
  if (s.slotsAvailable >= needed) return undefined;
  const tms = `${s.taskManagers} TaskManager${s.taskManagers === 1 ? '' : 's'}`;
  return `the cluster has ${s.slotsAvailable === 0 ? 'no' : s.slotsAvailable} free task slot${s.slotsAvailable === 1 ? '' : 's'} (${s.slotsTotal} in all on ${tms})${needed > 1 ? `, and the job needs ${needed}` : ''}`;
}

/**
 * The job waits to be scheduled: CREATED or RESTARTING, or RUNNING with tasks not yet given a
 * slot. Real Flink 2.3 on the default scheduler, its TaskManager gone, restarts the job and then
 * shows it RUNNING for as long as its tasks wait, every vertex CREATED.
 */
export function awaitsScheduling(job: LiveJob): boolean {
  if (job.state === 'CREATED' || job.state === 'RESTARTING') return true;
  if (job.state !== 'RUNNING') return false;
  const waits = (v: LiveVertex) => v.status === 'CREATED' || v.status === 'SCHEDULED';
  // A batch job runs stage by stage: the stages after a blocking exchange wait, unscheduled, until
  // the one before has finished (real 1.20.3: the sink CREATED while its source runs). It waits
  // only while no stage runs.
  return job.batch ? job.vertices.length > 0 && job.vertices.every(waits) : job.vertices.some(waits);
}

/** "RESTARTING", or "RUNNING with its tasks unscheduled" for a RUNNING job that waits. */
export function waitingState(job: LiveJob): string {
  return job.state === 'RUNNING' ? 'RUNNING with its tasks unscheduled' : job.state;
}

/**
 * Whether `j` rather than `cur` is the instance of a job that health, metrics and status are about:
 * the newest one that is alive, else the newest that ended. A copy started by hand under the job's
 * name and cancelled since (as FO610 advises) is newer than the job it ran beside, which still runs.
 */
export function isCurrentInstance(j: LiveJob, cur: LiveJob | undefined): boolean {
  if (!cur) return true;
  const alive = !isTerminal(j.state);
  const curAlive = !isTerminal(cur.state);
  return alive !== curAlive ? alive : j.startTime > cur.startTime;
}

/**
 * The instances health, metrics and status are about: the current one of each job and, of a job
 * running more than once (a copy started by hand, a second apply), every copy that is alive, so
 * that each copy is judged.
 */
export function judgedInstances(jobs: readonly LiveJob[]): Set<LiveJob> {
  const current = new Map<string, LiveJob>();
  const alive = new Map<string, LiveJob[]>();
  for (const j of jobs) {
    if (isCurrentInstance(j, current.get(j.job))) current.set(j.job, j);
    if (!isTerminal(j.state)) alive.set(j.job, [...(alive.get(j.job) ?? []), j]);
  }
  const out = new Set(current.values());
  for (const copies of alive.values()) if (copies.length > 1) for (const c of copies) out.add(c);
  return out;
}
