/**
 * Waiting on the JobManager's asynchronous operations with the one poll():
 * savepoints (also stop-with-savepoint) and disposals. Transient read errors
 * count as "still pending" — the operation runs on regardless — until the
 * timeout; an unknown trigger (expired or JobManager failover) ends the wait.
 */
import type { Clock } from '../core/clock';
import type { FlinkClient } from './client';
import type { FlinkError, FlinkResult } from './errors';
import { type PollOptions, type PollOutcome, type PollStep, poll } from './poll';

export type AwaitOptions = Omit<PollOptions, 'what' | 'clock'> & { clock: Clock };

export type OperationCause =
  | { kind: 'failed'; message: string; causes: string[] }
  /** The JobManager forgot the trigger: look at `/checkpoints` `latest.savepoint` before retrying. */
  | { kind: 'unknown-trigger' }
  | { kind: 'error'; error: FlinkError };

/** What the JobManager answers about an asynchronous operation; `C` is what a completed one carries. */
type OperationStatusOf<C> =
  | { state: 'pending' }
  | ({ state: 'completed' } & C)
  | { state: 'failed'; cause: string; causes: string[] }
  | { state: 'unknown-trigger' };

/**
 * One poll step of an operation: a 4xx on the status read fails the wait, any other read
 * error counts as still pending (the operation runs on regardless).
 */
function operationStep<C, T>(
  r: FlinkResult<OperationStatusOf<C>>,
  completed: (status: { state: 'completed' } & C) => T,
  pendingProgress?: string,
): PollStep<T, OperationCause> {
  if (!r.ok) {
    return r.error.kind === 'http' && r.error.status !== undefined && r.error.status < 500
      ? { state: 'failed', cause: { kind: 'error', error: r.error } }
      : { state: 'pending', progress: r.error.message };
  }
  const status = r.value;
  switch (status.state) {
    case 'pending':
      return pendingProgress === undefined
        ? { state: 'pending' }
        : { state: 'pending', progress: pendingProgress };
    case 'completed':
      return { state: 'completed', value: completed(status) };
    case 'failed':
      return { state: 'failed', cause: { kind: 'failed', message: status.cause, causes: status.causes } };
    case 'unknown-trigger':
      return { state: 'failed', cause: { kind: 'unknown-trigger' } };
  }
}

export function awaitSavepoint(
  client: Pick<FlinkClient, 'getSavepointStatus'>,
  jobId: string,
  triggerId: string,
  opts: AwaitOptions,
): Promise<PollOutcome<string, OperationCause>> {
  return poll<string, OperationCause>(
    async () =>
      operationStep(await client.getSavepointStatus(jobId, triggerId), (s) => s.location, 'IN_PROGRESS'),
    { ...opts, what: `savepoint ${triggerId} of job ${jobId}` },
  );
}

export function awaitDisposal(
  client: Pick<FlinkClient, 'getDisposalStatus'>,
  triggerId: string,
  opts: AwaitOptions,
): Promise<PollOutcome<true, OperationCause>> {
  return poll<true, OperationCause>(
    async () => operationStep(await client.getDisposalStatus(triggerId), () => true as const),
    { ...opts, what: `disposal ${triggerId}` },
  );
}
