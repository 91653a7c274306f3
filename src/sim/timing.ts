/** How long the simulated cluster takes for each thing it does; tests shorten these. */

export interface SimTiming {
  /** INITIALIZING → RUNNING (also after a restart). Default 1000. */
  startMs: number;
  /**
   * How long the tasks of a job started from a savepoint or checkpoint stay INITIALIZING (restoring
   * their state) once the job is RUNNING; Flink refuses a checkpoint or savepoint meanwhile. Real
   * Flink takes tens of seconds for state of a few hundred MB. Default 0.
   */
  restoreMs?: number;
  /** Duration of a savepoint (trigger or stop). Default 500. */
  savepointMs: number;
  /** CANCELLING → CANCELED. Default 100. */
  cancelMs: number;
  /** Savepoint disposal. Default 100. */
  disposeMs: number;
  /** Overrides `execution.checkpointing.interval` when set. */
  checkpointMs?: number;
  /** Time between failures with the jobRestartLoop fault. Default 2000. */
  restartLoopMs: number;
  /** `jobstore.expiration-time`: finished jobs leave the overview after this. Default 3 600 000. */
  jobStoreExpirationMs: number;
  /** `rest.async.store-duration`: trigger results are kept this long. Default 300 000. */
  asyncStoreMs: number;
  /** `sql-gateway.session.idle-timeout`. Default 600 000. */
  sessionIdleTimeoutMs: number;
  /**
   * `jobmanager.adaptive-scheduler.resource-wait-timeout`: how long the adaptive scheduler lets a
   * job wait for task slots before it fails it (NoResourceAvailableException). Default 300 000.
   */
  resourceWaitMs: number;
  /**
   * `resourcemanager.standalone.start-up-time` (default: the slot request timeout, i.e.
   * `resourceWaitMs`): for this long after the cluster starts, the ResourceManager lets a slot
   * request it cannot fulfil wait; afterwards it fails it at once. Real Flink 1.20.3 (default
   * scheduler, a session cluster up for more than 5 minutes): a job asking for more slots than are
   * free failed with NoResourceAvailableException as it was submitted.
   */
  startupPeriodMs?: number;
  /**
   * `rest.cache.checkpoint-statistics.timeout` (default `web.refresh-interval`, 3 s): how long
   * `/jobs/:jid/checkpoints` answers from one snapshot of a job's checkpoint statistics. The
   * snapshot holds the checkpoints themselves, so one subsumed since shows `discarded: true`.
   * Real Flink caches 3 s; the default 0 answers fresh statistics, as tests written before the
   * cache was modelled expect. Set it where a test is about stale statistics.
   */
  checkpointStatsCacheMs: number;
  /** A batch job (`execution.runtime-mode: batch`) reads its bounded input and ends FINISHED after this. Default 2000. */
  batchRunMs?: number;
}

export const DEFAULT_TIMING: SimTiming = {
  startMs: 1000,
  savepointMs: 500,
  cancelMs: 100,
  disposeMs: 100,
  restartLoopMs: 2000,
  jobStoreExpirationMs: 3_600_000,
  asyncStoreMs: 300_000,
  sessionIdleTimeoutMs: 600_000,
  resourceWaitMs: 300_000,
  checkpointStatsCacheMs: 0,
};
