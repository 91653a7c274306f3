/**
 * What the cluster tells us, in our own shapes. Wire names (`jid`, `start-time`,
 * `external_path`, …) stop at the parsers; nothing past src/flink sees raw JSON.
 */

export { isLocallyTerminal, isTerminal, type JobState } from '../core/job-state';

import type { JobState } from '../core/job-state';

export type { FlinkVersion } from '../core/flink-version';

export interface ClusterConfig {
  flinkVersion: string;
  flinkRevision?: string;
  features: { webSubmit?: boolean; webCancel?: boolean; webRescale?: boolean; webHistory?: boolean };
}

/** `GET /overview`: the task slots of a session cluster, what a new job waits for. */
export interface ClusterOverview {
  taskManagers: number;
  slotsTotal: number;
  slotsAvailable: number;
}

export interface JobSummary {
  id: string;
  name: string;
  /** Kept as a string: newer releases may add states. */
  state: JobState | (string & {});
  startTime: number;
  /** Absent while the job has not ended (the wire says -1). */
  endTime?: number;
  durationMs: number;
  lastModification: number;
  tasks?: Record<string, number>;
}

/** `GET /jobs/:jobid/checkpoints/config`: only what flinkops reads. */
export interface CheckpointConfig {
  /** Checkpoint interval in ms; absent when periodic checkpointing is off (Flink says Long.MAX_VALUE). */
  intervalMs?: number;
  /**
   * What Flink keeps of the job's checkpoints when it ends (`externalization`): nothing (the
   * default), those of a failed job, or those of a failed or cancelled job. Absent when not said.
   */
  retention?: 'none' | 'on-failure' | 'on-cancellation';
  /**
   * The state backend the job runs (`state_backend`, Flink's class name: `HashMapStateBackend`,
   * `EmbeddedRocksDBStateBackend`, `ForStStateBackend`) by its short name: the cluster's default
   * when the job names none.
   */
  stateBackend?: string;
}

/** `GET /taskmanagers`: one TaskManager, only what flinkops reads. */
export interface TaskManagerInfo {
  id: string;
  slots: number;
  /** Bytes of task heap (`memoryConfiguration.taskHeap`): the heap state of a hashmap backend lives there. */
  taskHeapBytes?: number;
}

export interface JobVertex {
  id: string;
  name: string;
  parallelism: number;
  maxParallelism: number;
  status?: string;
  /**
   * When its first task of the current attempt was deployed (`start-time`); absent (Flink says -1)
   * while none was: its tasks never got a task slot.
   */
  startTime?: number;
  /** From the job's plan: a source reads no other vertex, a sink feeds none. */
  role?: 'source' | 'inner' | 'sink';
}

export interface JobDetails {
  id: string;
  name: string;
  state: JobState | (string & {});
  isStoppable?: boolean;
  startTime: number;
  endTime?: number;
  durationMs: number;
  /** Job-wide max parallelism (-1 when not set). */
  maxParallelism?: number;
  /** Time each state was entered, e.g. `{ RUNNING: 1700000000000 }`. */
  timestamps: Record<string, number>;
  vertices: JobVertex[];
  /** STREAMING / BATCH (1.20+). */
  jobType?: string;
}

export interface JobConfig {
  id: string;
  name: string;
  /** `execution-config.user-config` (global job parameters: our labels). Absent while the job initializes. */
  userConfig?: Record<string, string>;
  jobParallelism?: number;
  restartStrategy?: string;
}

export interface CheckpointRef {
  id: number;
  /** Absent when the checkpoint is not externally addressable. */
  externalPath?: string;
  timestamp?: number;
  /** Bytes of state (`state_size`), when the cluster reports it. */
  stateSize?: number;
  /** Bytes written for this checkpoint (`checkpointed_size`; incremental checkpoints write less). */
  checkpointedSize?: number;
  /** Trigger to the last acknowledgement, ms (`end_to_end_duration`). */
  durationMs?: number;
  /** Flink deleted it (`discarded`): the job ended, and its checkpoints were not retained. */
  discarded?: true;
  /** A savepoint's format (`savepointFormat`, Flink 1.15+): NATIVE restores only into its own state backend. */
  format?: 'CANONICAL' | 'NATIVE';
}

export interface RestoredCheckpoint {
  id: number;
  externalPath?: string;
  isSavepoint: boolean;
  restoreTimestamp?: number;
}

export interface CheckpointStats {
  counts: { completed: number; failed: number; inProgress: number; restored: number; total: number };
  latestCompleted?: CheckpointRef;
  latestSavepoint?: CheckpointRef;
  latestRestored?: RestoredCheckpoint;
  latestFailed?: { id: number; message?: string };
  /** Completed savepoints in the cluster's recent history (`history`, newest first), with their sizes. */
  recentSavepoints?: CheckpointRef[];
}

export interface ExceptionEntry {
  /** The root cause, short class name and message, e.g. `IOException: disk full`. */
  message: string;
  /** Exception headlines, outermost first. */
  causes: string[];
  exceptionName?: string;
  timestamp?: number;
  taskName?: string;
  failureLabels?: Record<string, string>;
  /** Full stack trace as the cluster sent it (for a details view; never in a summary). */
  stacktrace?: string;
}

/** Pre-2.0 (`root-exception`, `all-exceptions`) and 2.0+ (`exceptionHistory` only) in one model. */
export interface JobExceptions {
  /** The latest root cause, if the job ever failed. */
  rootCause?: ExceptionEntry;
  /** Newest first. */
  history: ExceptionEntry[];
  truncated: boolean;
}

/** `GET /jobs/:jobid/vertices/:vertexid/backpressure`: the vertex's level once sampled. */
export interface VertexBackpressure {
  /** ok (≤ 10% of time back-pressured), low (≤ 50%), high; absent while Flink is still sampling. */
  level?: 'ok' | 'low' | 'high';
  /** `ok`, or `deprecated` while a sample is being taken. */
  status?: string;
  /** Highest back-pressured ratio of its subtasks (0..1), when reported. */
  maxRatio?: number;
}

export type FormatType = 'CANONICAL' | 'NATIVE';

export type SavepointStatus =
  | { state: 'pending' }
  | { state: 'completed'; location: string }
  | { state: 'failed'; cause: string; causes: string[] }
  /** 404: the trigger expired (rest.async.store-duration) or the JobManager failed over. */
  | { state: 'unknown-trigger' };

export type DisposalStatus =
  | { state: 'pending' }
  | { state: 'completed' }
  | { state: 'failed'; cause: string; causes: string[] }
  | { state: 'unknown-trigger' };

export type CancelOutcome =
  /** 202: cancellation started. */
  | 'cancelling'
  /** 404: the cluster does not know the job. */
  | 'not-found'
  /** 409: the job is already terminal. */
  | 'already-terminal';

/** Per-vertex parallelism bounds for the adaptive scheduler, keyed by vertex id. */
export type ResourceRequirements = Record<string, { lowerBound: number; upperBound: number }>;

export interface GatewayInfo {
  productName: string;
  version: string;
}

export type OperationStatus =
  | 'INITIALIZED'
  | 'PENDING'
  | 'RUNNING'
  | 'FINISHED'
  | 'CANCELED'
  | 'CLOSED'
  | 'ERROR'
  | 'TIMEOUT'
  | (string & {});

export interface ResultColumn {
  name: string;
  /** Logical type root, e.g. `VARCHAR`, `BIGINT`. */
  type?: string;
  /** DECIMAL's scale (`logicalType.scale`), for showing its digits as Flink does. */
  scale?: number;
  nullable?: boolean;
  comment?: string;
}

export interface ResultRow {
  /** INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE. */
  kind: string;
  fields: unknown[];
}

export interface ResultPage {
  resultType: 'NOT_READY' | 'PAYLOAD' | 'EOS' | (string & {});
  columns: ResultColumn[];
  rows: ResultRow[];
  /** Top-level `jobID` (1.17+). */
  jobId?: string;
  isQueryResult?: boolean;
  resultKind?: string;
  /** Path of the next page as the gateway gave it; absent at the end. */
  nextResultUri?: string;
}

export interface StatementResult {
  columns: ResultColumn[];
  rows: unknown[][];
  /** The change kind of each row (INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE), parallel to `rows`. */
  kinds?: string[];
  /** The submitted job: top-level `jobID` (1.17+) or the `job id` column (1.16). */
  jobId?: string;
  operationHandle: string;
  /** True when `maxRows` cut the result short. */
  truncated: boolean;
}

/**
 * One metric aggregated over a vertex's subtasks, as `GET /jobs/:id/vertices/:vid/subtasks/metrics`
 * answers it (`{"id","min","max","avg","sum","skew"}`, only the aggregations asked for).
 */
export interface AggregatedMetric {
  id: string;
  min?: number;
  max?: number;
  avg?: number;
  sum?: number;
}
