/**
 * Waiting on the JobManager's asynchronous operations with the one poll():
 * savepoints (also stop-with-savepoint) and disposals. Transient read errors
 * count as "still pending" — the operation runs on regardless — until the
 * timeout; an unknown trigger (expired or JobManager failover) ends the wait, and so
 * does a JobManager that has not answered at all for `unreachableMs` (killed, or its
 * network gone): nothing is learnt by polling it for the rest of a ten-minute budget.
 */
import type { Clock } from '../core/clock';
import type { FlinkClient } from './client';
import type { FlinkError, FlinkResult } from './errors';
import { type PollOptions, type PollOutcome, type PollStep, poll } from './poll';

export type AwaitOptions = Omit<PollOptions, 'what' | 'clock'> & {
  clock: Clock;
  /** How long the JobManager may go without answering before the wait ends (`unreachable`). Default: the whole timeout. */
  unreachableMs?: number;
};

export type OperationCause =
  | { kind: 'failed'; message: string; causes: string[] }
  /** The JobManager forgot the trigger: look at `/checkpoints` `latest.savepoint` before retrying. */
  | { kind: 'unknown-trigger' }
  | { kind: 'error'; error: FlinkError }
  /** No answer at all (refused, reset, timed out, a proxy's 502–504) for `forMs`: the operation's outcome is unknown. */
  | { kind: 'unreachable'; error: FlinkError; forMs: number };

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
    return r.error.kind === 'http' &&
      r.error.status !== undefined &&
      r.error.status < 500 &&
      !unanswered(r.error)
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

/**
 * The JobManager gave no answer of its own: nothing listens, the connection broke, or a proxy in
 * front says it is gone, or answers in its place (a login page, a redirect).
 */
export function unanswered(e: FlinkError): boolean {
  return (
    e.kind === 'network' ||
    e.kind === 'timeout' ||
    (e.kind === 'protocol' && e.message.includes('an HTML page')) ||
    (e.kind === 'http' && e.status !== undefined && e.status >= 300 && e.status < 400) ||
    (e.kind === 'http' && (e.status === 502 || e.status === 503 || e.status === 504))
  );
}

/**
 * Ends the wait once the status reads have gone unanswered for `unreachableMs` in a row; any
 * answer (pending included) starts the count again.
 */
function untilUnreachable<S>(
  read: () => Promise<FlinkResult<S>>,
  opts: AwaitOptions,
): () => Promise<FlinkResult<S> | { unreachable: FlinkError; forMs: number }> {
  let since: number | undefined;
  return async () => {
    const before = opts.clock.now();
    const r = await read();
    if (r.ok || !unanswered(r.error)) {
      since = undefined;
      return r;
    }
    since ??= before;
    const forMs = opts.clock.now() - since;
    return opts.unreachableMs !== undefined && forMs >= opts.unreachableMs
      ? { unreachable: r.error, forMs }
      : r;
  };
}

function awaitOperation<C, T>(
  read: () => Promise<FlinkResult<OperationStatusOf<C>>>,
  completed: (status: { state: 'completed' } & C) => T,
  what: string,
  opts: AwaitOptions,
  pendingProgress?: string,
): Promise<PollOutcome<T, OperationCause>> {
  const { unreachableMs: _unused, ...pollOpts } = opts;
  const next = untilUnreachable(read, opts);
  return poll<T, OperationCause>(
    async () => {
      const r = await next();
      if ('unreachable' in r)
        return { state: 'failed', cause: { kind: 'unreachable', error: r.unreachable, forMs: r.forMs } };
      return operationStep(r, completed, pendingProgress);
    },
    { ...pollOpts, what },
  );
}

export function awaitSavepoint(
  client: Pick<FlinkClient, 'getSavepointStatus'>,
  jobId: string,
  triggerId: string,
  opts: AwaitOptions,
): Promise<PollOutcome<string, OperationCause>> {
  return awaitOperation(
    () => client.getSavepointStatus(jobId, triggerId),
    (s) => s.location,
    `savepoint ${triggerId} of job ${jobId}`,
    opts,
    'IN_PROGRESS',
  );
}

export function awaitDisposal(
  client: Pick<FlinkClient, 'getDisposalStatus'>,
  triggerId: string,
  opts: AwaitOptions,
): Promise<PollOutcome<true, OperationCause>> {
  return awaitOperation(
    () => client.getDisposalStatus(triggerId),
    () => true as const,
    `disposal ${triggerId}`,
    opts,
  );
}
