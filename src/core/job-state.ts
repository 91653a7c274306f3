/**
 * Flink's job states (JobStatus) and the one rule for which of them have ended. In core, so the
 * pure plan and the apply steps decide liveness the same way the client does.
 */

export type JobState =
  | 'INITIALIZING'
  | 'CREATED'
  | 'RUNNING'
  | 'FAILING'
  | 'FAILED'
  | 'CANCELLING'
  | 'CANCELED'
  | 'FINISHED'
  | 'RESTARTING'
  | 'SUSPENDED'
  | 'RECONCILING';

/**
 * Gone for good: the job holds no slots and will not come back by itself (Flink's
 * `JobStatus.isGloballyTerminalState`). Not SUSPENDED: a JobManager that lost leadership suspends
 * its jobs, and the next leader recovers them. A state this client does not know is not terminal.
 */
export function isTerminal(state: JobState | (string & {})): boolean {
  return state === 'FAILED' || state === 'CANCELED' || state === 'FINISHED';
}

/**
 * Ended on this JobManager (Flink's `JobStatus.isTerminalState`): terminal, or SUSPENDED. What a
 * wait for a stop or cancel accepts, since a suspended job runs nowhere until it is recovered.
 */
export function isLocallyTerminal(state: JobState | (string & {})): boolean {
  return isTerminal(state) || state === 'SUSPENDED';
}

/**
 * Whether Flink can take a savepoint of a job in `state`: only a RUNNING one. A job alive in any
 * other state (restarting, failing, (re)initialising) refuses every stop-with-savepoint; apply
 * stops it by cancel, its latest checkpoint recorded first. Unknown (offline): assumed RUNNING.
 */
export function refusesSavepoint(state: JobState | undefined): boolean {
  return state !== undefined && state !== 'RUNNING' && !isLocallyTerminal(state);
}
