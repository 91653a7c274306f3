/** Diagnostic codes of apply (FO7xx). Stable: documented for users. */
export const APPLY_CODES = {
  /** The plan was computed against another store version or cluster state. */
  stalePlan: 'FO701',
  /** The plan was made without looking at the cluster. */
  offlinePlan: 'FO702',
  /** A savepoint (or stop-with-savepoint) failed. */
  savepointFailed: 'FO703',
  /** A savepoint did not complete in time. */
  savepointTimeout: 'FO704',
  /** The new job did not become healthy. */
  unhealthy: 'FO705',
  /** Rolling back to the last stable version failed too. */
  rollbackFailed: 'FO706',
  /** The script could not be submitted. */
  submitFailed: 'FO707',
  /** The job the plan acts on could not be cancelled or is gone. */
  cancelFailed: 'FO708',
  /** An in-place rescale failed. */
  rescaleFailed: 'FO709',
  /** No completed checkpoint to carry state over (last-state upgrade, or a job that can take no savepoint). */
  noCheckpoint: 'FO710',
  /** The plan and the desired state disagree (a job is missing). */
  planMismatch: 'FO711',
  /** The job was rolled back: the apply failed, the previous version runs. */
  rolledBack: 'FO712',
  /** A saved plan is for another project or environment. */
  planForOtherEnv: 'FO713',
  /** The repository changed since a saved plan was made. */
  repositoryChanged: 'FO714',
  /** The state lock could not be released after the run. */
  unlockFailed: 'FO715',
  /** Warning: a job not RUNNING (crash-looping) could take no savepoint and was stopped by cancel. */
  stoppedByCancel: 'FO716',
  /** Warning: the run was asked to stop (Ctrl-C, CI cancel) before a change finished. */
  interrupted: 'FO717',
  /** planMode: compiled — the plan file is missing, unreadable or not the bytes the plan names. */
  compiledPlanMismatch: 'FO718',
  /** Warning: renewing the state lock failed while the run waited; it is tried again. */
  lockRenewFailed: 'FO723',
  /** Warning: a read the run could go on without (a job's state, its checkpoints) failed. */
  readFailed: 'FO719',
  /** Warning: the adaptive scheduler runs the new job below its parallelism, for want of free task slots. */
  belowParallelism: 'FO724',
  /** The SQL Gateway does not answer, and the plan stops jobs it would then have to start through it. */
  gatewayUnreachable: 'FO725',
  /** A saved plan was made against another cluster (JobManager) than the one this run reaches. */
  planForOtherCluster: 'FO726',
  /** Error: after the new job's health check, another job of its name runs beside it (a second apply with another store). */
  otherInstance: 'FO728',
  /** Info: the new job checkpoints nothing: its health was judged on its tasks running through the grace period. */
  healthWithoutCheckpoints: 'FO741',
} as const;
