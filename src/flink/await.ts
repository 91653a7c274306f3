/**
 * Waiting on the JobManager's asynchronous operations with the one poll():
 * savepoints (also stop-with-savepoint) and disposals. Transient read errors
 * count as "still pending" — the operation runs on regardless — until the
 * timeout; an unknown trigger (expired or JobManager failover) ends the wait.
 */
import type { Clock } from '../core/clock';
import type { FlinkClient } from './client';
import type { FlinkError } from './errors';
import { type PollOptions, type PollOutcome, poll } from './poll';

export type AwaitOptions = Omit<PollOptions, 'what' | 'clock'> & { clock: Clock };

export type OperationCause =
  | { kind: 'failed'; message: string; causes: string[] }
  /** The JobManager forgot the trigger: look at `/checkpoints` `latest.savepoint` before retrying. */
  | { kind: 'unknown-trigger' }
  | { kind: 'error'; error: FlinkError };

export function awaitSavepoint(
  client: Pick<FlinkClient, 'getSavepointStatus'>,
  jobId: string,
  triggerId: string,
  opts: AwaitOptions,
): Promise<PollOutcome<string, OperationCause>> {
  return poll<string, OperationCause>(
    async () => {
      const r = await client.getSavepointStatus(jobId, triggerId);
      if (!r.ok) {
        if (r.error.kind === 'http' && r.error.status !== undefined && r.error.status < 500) {
          return { state: 'failed', cause: { kind: 'error', error: r.error } };
        }
        return { state: 'pending', progress: r.error.message };
      }
      switch (r.value.state) {
        case 'pending':
          return { state: 'pending', progress: 'IN_PROGRESS' };
        case 'completed':
          return { state: 'completed', value: r.value.location };
        case 'failed':
          return {
            state: 'failed',
            cause: { kind: 'failed', message: r.value.cause, causes: r.value.causes },
          };
        case 'unknown-trigger':
          return { state: 'failed', cause: { kind: 'unknown-trigger' } };
      }
    },
    { ...opts, what: `savepoint ${triggerId} of job ${jobId}` },
  );
}

export function awaitDisposal(
  client: Pick<FlinkClient, 'getDisposalStatus'>,
  triggerId: string,
  opts: AwaitOptions,
): Promise<PollOutcome<true, OperationCause>> {
  return poll<true, OperationCause>(
    async () => {
      const r = await client.getDisposalStatus(triggerId);
      if (!r.ok) {
        return r.error.kind === 'http' && r.error.status !== undefined && r.error.status < 500
          ? { state: 'failed', cause: { kind: 'error', error: r.error } }
          : { state: 'pending', progress: r.error.message };
      }
      switch (r.value.state) {
        case 'pending':
          return { state: 'pending' };
        case 'completed':
          return { state: 'completed', value: true };
        case 'failed':
          return {
            state: 'failed',
            cause: { kind: 'failed', message: r.value.cause, causes: r.value.causes },
          };
        case 'unknown-trigger':
          return { state: 'failed', cause: { kind: 'unknown-trigger' } };
      }
    },
    { ...opts, what: `disposal ${triggerId}` },
  );
}
