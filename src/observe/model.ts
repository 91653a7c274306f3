/** What flinkops saw on the cluster: the `live` input of diff(desired, live, state). */
import type { JobState } from '../flink/types';

/** Flink job states (JobStatus), as the client reads them. */
export type FlinkJobState = JobState;

export interface LiveVertex {
  id: string;
  name: string;
  parallelism: number;
  maxParallelism: number;
  /** Upper bound of the adaptive scheduler's resource requirements (running jobs on adaptive clusters). */
  upperBound?: number;
}

export interface LiveJob {
  jobId: string;
  /** `pipeline.name` as the cluster reports it. */
  name: string;
  state: FlinkJobState;
  startTime: number;
  /**
   * The job's own parallelism (`execution-config.job-parallelism`, as submitted). After an in-place
   * rescale the vertices' `upperBound`s carry the new one; see `effectiveParallelism` in plan/.
   */
  parallelism: number;
  vertices: LiveVertex[];
  /** `flinkops.*` labels from `user-config`; undefined when the job carries none (unmanaged or still initialising). */
  labels?: Record<string, string>;
  /** The repository job this maps to, from the name `<project>.<env>.<job>`. */
  job: string;
  /** Restarts seen (from exceptions history), when observed. */
  restarts?: number;
  /** Latest completed checkpoint / savepoint / restored paths, when observed. */
  latestCheckpoint?: { path: string; time: number };
  latestSavepoint?: { path: string; time: number };
  restoredFrom?: string;
  /** Completion time of the latest completed checkpoint, addressable or not, when observed. */
  lastCheckpointTime?: number;
  /** Health data, read by `observeHealth` only (status --check): */
  /** Failure times from the exceptions history, newest first; each failure is a restart. */
  failureTimes?: number[];
  /** The exceptions history was cut off (older failures not listed). */
  failureHistoryTruncated?: boolean;
  /** Back-pressure per vertex where the cluster reported a level. */
  backpressure?: { vertexId: string; vertex: string; level: 'ok' | 'low' | 'high' }[];
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
}
