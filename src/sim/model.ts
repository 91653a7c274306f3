/** The simulator's own data: jobs, savepoints and async operations as Flink keeps them. */

import type { JobState } from '../core/job-state';
import type { StreamGraph } from '../core/stream-graph';
import type { Config } from './config-keys';

/** Flink's job states, as core names them. */
export type JobStatus = JobState;

export const JOB_STATUSES: readonly JobStatus[] = [
  'INITIALIZING',
  'CREATED',
  'RUNNING',
  'FAILING',
  'FAILED',
  'CANCELLING',
  'CANCELED',
  'FINISHED',
  'RESTARTING',
  'SUSPENDED',
  'RECONCILING',
];

export const TERMINAL: ReadonlySet<JobStatus> = new Set(['FAILED', 'CANCELED', 'FINISHED', 'SUSPENDED']);

export function isTerminal(s: JobStatus): boolean {
  return TERMINAL.has(s);
}

/** A job submitted in batch mode: it ends FINISHED by itself and has no checkpoint coordinator. */
export function isBatch(job: Pick<SimJob, 'config'>): boolean {
  return job.config['execution.runtime-mode']?.trim().toLowerCase() === 'batch';
}

/** What a job is built from: the SQL gateway's INSERT / statement set, or a test seed. */
export interface JobSpec {
  name: string;
  /** Effective job configuration (session config layered with executionConfig). */
  config: Config;
  /** Fully qualified tables read, in order (one source vertex each). */
  sources: string[];
  /** Fully qualified tables written (one sink vertex each). */
  sinks: string[];
  /** Normalised query text. */
  query: string;
  /** The job's stream graph (job-graph.ts); built from `query` when absent (seeded jobs). */
  graph?: StreamGraph;
  /** Connector options of the tables the graph names, by last name part (lower case). */
  tableOptions?: Record<string, Record<string, string>>;
  /**
   * EXECUTE PLAN: the uid of each graph node (`<ExecNode id>_<transformation>`), by node id. Its
   * operator id is the uid's hash, as Flink gives a transformation with a uid.
   */
  uids?: ReadonlyMap<number, string>;
  /**
   * Column name (lower case) → type, of the tables the job reads (a name two of them type apart is
   * left out): Flink checks a restored state's serializers, which know types, not column names.
   */
  columnTypes?: Record<string, string>;
}

export interface JobOperator {
  id: string;
  name: string;
  holds: 'keyed' | 'operator' | 'none' | 'unknown';
  shape: string;
  /** The names a deduplication or Top-N keeps its state under (core/operator-state.ts `keyedStateNames`). */
  stateNames?: string[];
}

export interface SimVertex {
  id: string;
  name: string;
  parallelism: number;
  maxParallelism: number;
}

export interface CheckpointEntry {
  id: number;
  isSavepoint: boolean;
  /** CHECKPOINT, SAVEPOINT or SYNC_SAVEPOINT (stop-with-savepoint). */
  type: 'CHECKPOINT' | 'SAVEPOINT' | 'SYNC_SAVEPOINT';
  status: 'COMPLETED' | 'FAILED' | 'IN_PROGRESS';
  triggerTimestamp: number;
  latestAck: number;
  externalPath?: string;
  failureMessage?: string;
  /** A savepoint's format (the trigger's `formatType`; CANONICAL, Flink's default, when absent). */
  format?: 'CANONICAL' | 'NATIVE';
  /**
   * Deleted (`discarded` in the REST answers): subsumed by a newer checkpoint, or not retained
   * when its job ended.
   */
  discarded?: boolean;
}

/** What `/jobs/:jid/checkpoints` answers from until it expires (CheckpointStatsSnapshot). */
export interface CheckpointStatsSnapshot {
  at: number;
  sparse: boolean;
  counts: SimJob['counts'];
  latestCompleted?: CheckpointEntry;
  latestSavepoint?: CheckpointEntry;
  latestFailed?: CheckpointEntry;
  restored?: RestoredInfo;
  history: CheckpointEntry[];
}

export interface RestoredInfo {
  id: number;
  restoreTimestamp: number;
  isSavepoint: boolean;
  externalPath: string;
}

export interface ExceptionEntry {
  exceptionName: string;
  stacktrace: string;
  timestamp: number;
  taskName?: string;
}

export interface SimJob {
  jid: string;
  name: string;
  state: JobStatus;
  startTime: number;
  endTime: number;
  lastModification: number;
  timestamps: Partial<Record<JobStatus, number>>;
  vertices: SimVertex[];
  /** Every stream node's operator id and, for those that keep state, its shape. */
  operators: JobOperator[];
  parallelism: number;
  maxParallelism: number;
  /** Global job parameters, unmasked; masking happens in the views. */
  userConfig: Config;
  config: Config;
  spec: JobSpec;
  restored?: RestoredInfo;
  checkpointIntervalMs?: number;
  checkpointDir: string;
  history: CheckpointEntry[];
  counts: { completed: number; failed: number; restored: number; inProgress: number };
  nextCheckpointId: number;
  latestCompleted?: CheckpointEntry;
  latestSavepoint?: CheckpointEntry;
  latestFailed?: CheckpointEntry;
  /** The checkpoint statistics the REST API answers from while they are cached. */
  statsSnapshot?: CheckpointStatsSnapshot;
  exceptions: ExceptionEntry[];
  restarts: number;
  /**
   * The restore the JobMaster refused as it started, on the default scheduler (which restores
   * state while it builds the execution graph): the submission itself fails with it.
   */
  initFailure?: { className: string; message: string };
  /** Stop-with-savepoint or rescale under way. */
  stopping: boolean;
  rescaling: boolean;
  /**
   * RUNNING with its tasks waiting for task slots (the default scheduler, no TaskManager): real
   * Flink 2.3 shows the job RUNNING and every vertex CREATED until one registers.
   */
  unscheduled?: boolean;
  /** RUNNING with its tasks INITIALIZING: restoring state (`SimTiming.restoreMs`). */
  restoring?: boolean;
  /**
   * Task slots the job holds (its widest vertex's parallelism under slot sharing, or what was free
   * for it): counted off `/overview`'s `slots-available`. Held while RUNNING (and CANCELLING,
   * FAILING), released as it restarts, waits or ends.
   */
  slots?: number;
  /** Runs below its parallelism for want of slots (adaptive scheduler): its vertices show this. */
  cap?: number;
  /** Waits for task slots; called once it has them all (default) or some (adaptive). */
  awaiting?: () => void;
  /** Per-vertex bounds last set through resource requirements. */
  requirements: Record<string, { lowerBound: number; upperBound: number }>;
  /** Bumped on every restart and terminal transition so stale timers do nothing. */
  epoch: number;
  adaptive: boolean;
  runningSince?: number;
  /**
   * When a task of its current attempt was first deployed (its vertices' `start-time`); unset
   * while none has a slot and from each restart on: real Flink 1.20.3 reports -1 for the vertices
   * of a job the default scheduler showed RUNNING while its tasks waited for slots, until it ended.
   */
  deployedAt?: number;
  /** Back-pressure level every vertex reports (`backpressure-level`); default ok. */
  backpressure?: 'ok' | 'low' | 'high';
  /** Bytes of state each of its checkpoints and savepoints reports (`state_size`); default 1024. */
  stateSizeBytes?: number;
  /**
   * Set when a restored operator's state no longer fits it: every start of its tasks fails
   * with this (Flink's StateMigrationException), so the job restarts over and over.
   */
  stateFailure?: { operator: string; message: string };
  /** Overrides of what its metrics show (`control.setMetrics`). */
  metricShape?: Partial<MetricShape>;
  /**
   * Writer operators (`out[4]: Writer`) of its Kafka sinks blocked in their first send: their
   * topic is one the brokers do not have (`faults.missingKafkaTopics`), set as it runs.
   */
  kafkaBlocked?: string[];
}

/** The parallelism a vertex runs at: its own, or less when its job got fewer slots. */
export function runningParallelism(job: SimJob, v: SimVertex): number {
  return job.cap !== undefined && job.state === 'RUNNING' ? Math.min(v.parallelism, job.cap) : v.parallelism;
}

/** Slots a job asks for under slot sharing: its widest vertex's parallelism. */
export function slotsNeeded(job: SimJob): number {
  return Math.max(1, ...job.vertices.map((v) => v.parallelism));
}

export interface SavepointRecord {
  path: string;
  jid: string;
  /** Ids of the operators whose state the snapshot holds (core/operator-state.ts decides which). */
  operators: string[];
  /**
   * Operator id → the shape of its keyed state (core/operator-state.ts `stateShape`), each column
   * of the tables read written as its type (`groupBy=[<INT>]`).
   */
  shapes: Record<string, string>;
  /** Operator id → the names its keyed state is kept under, where known (deduplications, Top-Ns). */
  stateNames?: Record<string, string[]>;
  /** The job's max parallelism when it was taken: the key groups the state is split into. */
  maxParallelism?: number;
  createdAt: number;
  kind: 'savepoint' | 'checkpoint';
  disposed: boolean;
  /** The Flink version (major.minor) of the cluster that wrote it: a 1.x release cannot read a 2.x one's metadata. */
  flinkVersion?: string;
}

export interface FailureCause {
  className: string;
  message: string;
  /** The exception it wraps, shown as "Caused by:" in the stack trace. */
  cause?: { className: string; message: string };
}

/** An async operation behind a trigger id (savepoint, stop, checkpoint, disposal). */
export interface AsyncOp {
  kind: 'savepoint' | 'stop' | 'checkpoint' | 'disposal';
  jid?: string;
  triggerId: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  location?: string;
  checkpointId?: number;
  failure?: FailureCause;
  completedAt?: number;
}

/** What a simulated job's metrics look like (tests make a job back-pressured or lagging). */
export interface MetricShape {
  /** Records each source subtask reads per second. */
  recordsPerSecond: number;
  /** Share of time (0..1) the sources spend back-pressured; the vertex after them is busy for it. */
  backPressure: number;
  /** now − the watermark, ms; null: the job has no event time. */
  watermarkLagMs: number | null;
  /** Records behind the end of the Kafka topic per source subtask; null: no Kafka source. */
  consumerLag: number | null;
}
