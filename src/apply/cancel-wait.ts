/** Cancelling a job, and waiting until it is terminal. */

import { describeTimeout, poll } from '../flink/poll';
import { isLocallyTerminal } from '../flink/types';
import { guard, pollOptions, type RunContext } from './context';

/**
 * Waits until a stopped job is terminal. A stop-with-savepoint completes with the savepoint;
 * the job reaches FINISHED a moment later, and until then the JobManager still lists it RUNNING.
 */
export async function awaitTerminal(
  ctx: RunContext,
  job: string,
  jobId: string,
): Promise<{ ok: true } | { ok: false; cause: string }> {
  const o = await poll<string, string>(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return r.error.status === 404 ? { state: 'completed', value: 'gone' } : { state: 'pending' };
      if (isLocallyTerminal(r.value.state)) return { state: 'completed', value: r.value.state };
      return { state: 'pending', progress: r.value.state };
    },
    {
      ...pollOptions(ctx, job, `job ${jobId} to stop`, ctx.timing.cancelTimeoutMs),
      what: `stop of job ${jobId}`,
    },
  );
  guard(ctx.signal);
  return o.state === 'completed'
    ? { ok: true }
    : { ok: false, cause: o.state === 'failed' ? o.cause : describeTimeout(o) };
}

/** Longer than the JobManager's job details cache (`web.refresh-interval`, 3 s by default). */
const RECANCEL_AFTER_MS = 5_000;

/** Cancels a job and waits until it is terminal. A job already gone counts as cancelled. */
export async function cancelAndWait(
  ctx: RunContext,
  job: string,
  jobId: string,
): Promise<{ ok: true } | { ok: false; cause: string }> {
  guard(ctx.signal);
  const c = await ctx.client.cancelJob(jobId);
  // A lost answer to PATCH is harmless: the poll below sees whether it took effect. So is 408:
  // the JobManager's cancel timed out answering but goes on (CancellationFailure is not final).
  if (!c.ok && c.error.status !== 404 && c.error.status !== 408) {
    if (c.error.kind === 'http') return { ok: false, cause: c.error.message };
  }
  // 409: the JobManager says the job already ended (FAILED while we looked): nothing to cancel.
  if (c.ok && (c.value === 'already-terminal' || c.value === 'not-found')) return { ok: true };
  let askedAt = ctx.clock.now();
  const o = await poll<string, string>(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return r.error.status === 404 ? { state: 'completed', value: 'gone' } : { state: 'pending' };
      if (isLocallyTerminal(r.value.state)) return { state: 'completed', value: r.value.state };
      // Not cancelling (the PATCH was lost, or it restarted meanwhile): ask again. Not at every look:
      // the JobManager serves job details from a cache (web.refresh-interval, 3 s by default), so a
      // job cancelled a moment ago still reads RESTARTING or CREATED, and each PATCH on a job that
      // has ended meanwhile logs an error in the JobManager's log.
      if (r.value.state !== 'CANCELLING' && ctx.clock.now() - askedAt >= RECANCEL_AFTER_MS) {
        askedAt = ctx.clock.now();
        const again = await ctx.client.cancelJob(jobId);
        if (again.ok && (again.value === 'already-terminal' || again.value === 'not-found'))
          return { state: 'completed', value: again.value };
      }
      return { state: 'pending', progress: r.value.state };
    },
    {
      ...pollOptions(ctx, job, `cancel of job ${jobId}`, ctx.timing.cancelTimeoutMs),
      what: `cancel of job ${jobId}`,
    },
  );
  guard(ctx.signal);
  return o.state === 'completed'
    ? { ok: true }
    : { ok: false, cause: o.state === 'failed' ? o.cause : describeTimeout(o) };
}
