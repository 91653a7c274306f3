/**
 * The FlinkClient port: one method per REST call flinkops makes, typed results,
 * errors as values. Observe and apply depend on this interface only; the HTTP
 * implementation is `createFlinkClient` (rest-client.ts), tests may fake it.
 */
import type { FlinkResult } from './errors';
import type { PollOptions } from './poll';
import type {
  AggregatedMetric,
  CancelOutcome,
  CheckpointConfig,
  CheckpointStats,
  ClusterConfig,
  ClusterOverview,
  DisposalStatus,
  ExceptionEntry,
  FormatType,
  GatewayInfo,
  JobConfig,
  JobDetails,
  JobExceptions,
  JobSummary,
  OperationStatus,
  ResourceRequirements,
  ResultPage,
  SavepointStatus,
  StatementResult,
  TaskManagerInfo,
  VertexBackpressure,
} from './types';
import type { Capabilities } from './version';

export interface SavepointOptions {
  /** 32 hex chars (`newTriggerId()`); makes a retried POST start one savepoint, not two. Keep it to poll. */
  triggerId: string;
  /** Omit to use the cluster's configured savepoint directory (else Flink answers 400). */
  targetDirectory?: string;
  formatType?: FormatType;
}

export interface StopOptions extends SavepointOptions {
  /** Emit MAX_WATERMARK before stopping (flushes event-time windows; not for upgrades). */
  drain?: boolean;
}

export interface ExecuteOptions {
  /** Layered over the session config for this statement only (see Capabilities.executionConfigRestores). */
  executionConfig?: Record<string, string>;
  /** Gateway-side timeout of the operation, ms. */
  executionTimeout?: number;
  signal?: AbortSignal;
}

export interface RunStatementOptions extends ExecuteOptions {
  /** Budget for the operation to finish and its results to be fetched. Default 5 min. */
  timeoutMs?: number;
  /** Poll tuning; `clock` comes from the client. */
  poll?: Partial<Pick<PollOptions, 'initialDelayMs' | 'maxDelayMs' | 'factor' | 'onProgress'>>;
  /** Stop fetching after this many rows (an unbounded SELECT never ends); 0: stop at the first row, for success only. */
  maxRows?: number;
  /** Close the operation afterwards (the submitted job keeps running). Default true. */
  closeOperation?: boolean;
}

export interface OpenSessionOptions {
  sessionName?: string;
  properties?: Record<string, string>;
}

export interface FlinkClient {
  /** The JobManager endpoint it calls; absent in test fakes. */
  readonly jobmanagerUrl?: string;
  /** Versions and features of both endpoints, detected once and cached. Never fails: unknowns are conservative. */
  capabilities(): Promise<Capabilities>;

  // JobManager
  getConfig(): Promise<FlinkResult<ClusterConfig>>;
  listJobs(): Promise<FlinkResult<JobSummary[]>>;
  /**
   * `GET /overview`: task managers and free slots, to say why a new job waits (a session cluster
   * without a free slot). Optional so test fakes need not implement it.
   */
  getClusterOverview?(): Promise<FlinkResult<ClusterOverview>>;
  /**
   * `GET /taskmanagers`: each TaskManager's slots and task heap, to weigh state moving onto the heap
   * backend. Optional so test fakes need not implement it.
   */
  getTaskManagers?(): Promise<FlinkResult<TaskManagerInfo[]>>;
  /**
   * `GET /jobmanager/config`: the JobManager's configuration as key → value (the cluster's
   * defaults, such as its state backend). Optional so test fakes need not implement it.
   */
  getJobManagerConfig?(): Promise<FlinkResult<Record<string, string>>>;
  getJob(jobId: string): Promise<FlinkResult<JobDetails>>;
  getJobConfig(jobId: string): Promise<FlinkResult<JobConfig>>;
  getCheckpoints(jobId: string): Promise<FlinkResult<CheckpointStats>>;
  /**
   * The job's checkpointing as the JobManager runs it (cluster defaults included), so checkpointing
   * switched on in the cluster's configuration counts too. Optional so test fakes need not implement it.
   */
  getCheckpointConfig?(jobId: string): Promise<FlinkResult<CheckpointConfig>>;
  getExceptions(jobId: string, maxExceptions?: number): Promise<FlinkResult<JobExceptions>>;
  /**
   * Why a terminal job ended, from `/jobs/:jobid/execution-result`: on 2.x a job that failed while
   * initializing (e.g. its savepoint did not map) has an empty exception history, and this is the
   * only place Flink keeps the cause. Optional so test fakes need not implement it.
   */
  getFailureCause?(jobId: string): Promise<FlinkResult<ExceptionEntry | undefined>>;
  /** Back-pressure of one vertex (health checks). Optional so test fakes need not implement it. */
  getBackpressure?(jobId: string, vertexId: string): Promise<FlinkResult<VertexBackpressure>>;
  /** Names of the metrics a vertex's subtasks report (`status` metrics). Optional for test fakes. */
  listVertexMetrics?(jobId: string, vertexId: string): Promise<FlinkResult<string[]>>;
  /** Those metrics of a vertex, min, max and sum over its subtasks, in one request. */
  getVertexMetrics?(
    jobId: string,
    vertexId: string,
    names: readonly string[],
  ): Promise<FlinkResult<AggregatedMetric[]>>;
  /** Returns the trigger id to poll with `getSavepointStatus`. Retried safely: the triggerId deduplicates. */
  triggerSavepoint(jobId: string, opts: SavepointOptions): Promise<FlinkResult<{ triggerId: string }>>;
  stopWithSavepoint(jobId: string, opts: StopOptions): Promise<FlinkResult<{ triggerId: string }>>;
  /** Serves both savepoint and stop-with-savepoint triggers. */
  getSavepointStatus(jobId: string, triggerId: string): Promise<FlinkResult<SavepointStatus>>;
  cancelJob(jobId: string): Promise<FlinkResult<CancelOutcome>>;
  /** 1.18+; an `unsupported` error before. */
  getResourceRequirements(jobId: string): Promise<FlinkResult<ResourceRequirements>>;
  /** Must list every vertex. 1.18+ with the adaptive scheduler. */
  putResourceRequirements(jobId: string, req: ResourceRequirements): Promise<FlinkResult<void>>;
  /** The REST API takes no triggerId here, so this POST is not retried. */
  disposeSavepoint(path: string): Promise<FlinkResult<{ triggerId: string }>>;
  getDisposalStatus(triggerId: string): Promise<FlinkResult<DisposalStatus>>;
  /**
   * The JobManager's main log as text (`GET /jobmanager/log`), or one of the files listed by
   * `GET /jobmanager/logs` (`GET /jobmanager/logs/:filename`). The whole file: tail it yourself.
   * Optional so test fakes need not implement it.
   */
  getJobManagerLog?(opts?: { file?: string }): Promise<FlinkResult<string>>;

  // SQL Gateway
  getInfo(): Promise<FlinkResult<GatewayInfo>>;
  getApiVersions(): Promise<FlinkResult<string[]>>;
  openSession(opts?: OpenSessionOptions): Promise<FlinkResult<string>>;
  closeSession(sessionHandle: string): Promise<FlinkResult<void>>;
  heartbeat(sessionHandle: string): Promise<FlinkResult<void>>;
  /**
   * `POST /sessions/:sh/configure-session` (gateway API v2+): runs a SET/RESET/CREATE/DROP/ALTER/
   * USE/ADD JAR statement synchronously, with no operation to poll. Not retried.
   */
  configureSession(sessionHandle: string, statement: string): Promise<FlinkResult<void>>;
  getSessionConfig(sessionHandle: string): Promise<FlinkResult<Record<string, string>>>;
  /** Submits once, never retried: a lost answer means "look before resubmitting" (`mayHaveReachedServer`). */
  executeStatement(
    sessionHandle: string,
    statement: string,
    opts?: ExecuteOptions,
  ): Promise<FlinkResult<string>>;
  getOperationStatus(sessionHandle: string, operationHandle: string): Promise<FlinkResult<OperationStatus>>;
  cancelOperation(sessionHandle: string, operationHandle: string): Promise<FlinkResult<OperationStatus>>;
  closeOperation(sessionHandle: string, operationHandle: string): Promise<FlinkResult<OperationStatus>>;
  /**
   * One page. `next` is a token (0 first) or the `nextResultUri` of the previous page. With
   * `noRetry`, a failed call is answered at once: a failed operation's fetch answers 500 by design.
   */
  fetchResults(
    sessionHandle: string,
    operationHandle: string,
    next: number | string,
    noRetry?: boolean,
  ): Promise<FlinkResult<ResultPage>>;
  /**
   * Executes, waits for the operation with poll(), fetches every page until EOS.
   * A failed statement is a `statement` error carrying the SQL error the gateway gave.
   */
  runStatement(
    sessionHandle: string,
    statement: string,
    opts?: RunStatementOptions,
  ): Promise<FlinkResult<StatementResult>>;

  close(): Promise<void>;
}
