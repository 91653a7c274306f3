/**
 * Is the new job healthy? It must reach RUNNING in time, then stay up through a
 * grace period without a restart and, when checkpointing is on, complete a
 * checkpoint. Every wait is the one poll(); transient read errors count as pending.
 * The grace period is in `health-grace.ts`, its watch of silent Kafka sinks in
 * `kafka-sink-watch.ts`, cancelling a job and waiting for its end in `cancel-wait.ts`.
 */

import { failureCause } from '../flink/errors';
import { describeTimeout, type PollStep, poll } from '../flink/poll';
import { isLocallyTerminal, type JobDetails } from '../flink/types';
import { DEFAULT_TIMING, guard, pollOptions, type RunContext } from './context';

export type Health =
  /** `withoutCheckpoints`: the job checkpoints nothing, and was judged on its tasks alone. */
  | { ok: true; runningSince: number; withoutCheckpoints?: true }
  /** `unknown`: the JobManager did not answer to the end: nothing is known of the job's health. */
  | { ok: false; cause: string; interrupted?: true; unknown?: true; timedOut?: true };

/** A health wait ends early when the run is asked to stop: the next plan sees it unfinished. */
export function stoppable(ctx: RunContext): AbortSignal {
  return AbortSignal.any([ctx.signal, ctx.stop]);
}

export function interrupted(ctx: RunContext, jobId: string, what: string): Health | undefined {
  return ctx.stop.aborted
    ? {
        ok: false,
        cause: `apply was interrupted before ${what} of job ${jobId} finished`,
        interrupted: true,
      }
    : undefined;
}

/** The latest failure in the job's exception history (a job still alive has no other). */
async function recordedCause(ctx: RunContext, jobId: string): Promise<string | undefined> {
  const r = await ctx.client.getExceptions(jobId, 10);
  if (!r.ok) return undefined;
  const entry = r.value.rootCause ?? r.value.history[0];
  return entry ? (failureCause(entry.causes ?? []) ?? entry.message) : undefined;
}

/** The root cause the cluster recorded, one line: what a user needs to see first. */
export async function rootCause(ctx: RunContext, jobId: string): Promise<string | undefined> {
  const recorded = await recordedCause(ctx, jobId);
  if (recorded) return recorded;
  // 2.x keeps no exception history for a job that failed while initializing (a savepoint that
  // does not map, on the adaptive scheduler): its cause is only in the execution result.
  const f = await ctx.client.getFailureCause?.(jobId);
  return f?.ok ? f.value?.message : undefined;
}

/**
 * The root cause of a job just seen leaving RUNNING. Flink records the failure in the exception
 * history a moment after the job switches state: real 2.2.0, a job failed by its expired first
 * checkpoint ("Exceeded checkpoint tolerable failure threshold") read as RESTARTING with an empty
 * history, and apply said only "went RESTARTING". Read again a few times before giving up.
 */
export async function settledCause(ctx: RunContext, jobId: string): Promise<string | undefined> {
  for (let attempt = 0; ; attempt++) {
    const cause = await rootCause(ctx, jobId);
    if (cause || attempt >= CAUSE_RETRIES) return cause;
    await ctx.clock.sleep(CAUSE_RETRY_MS, ctx.signal);
  }
}

/**
 * The health check's failure when the job is no longer RUNNING (with Flink's cause) or restarted
 * since `since` (a failure in its exception history); undefined while it runs on.
 */
export async function leftRunning(
  ctx: RunContext,
  jobId: string,
  job: JobDetails,
  since: number,
): Promise<{ state: 'failed'; cause: string } | undefined> {
  if (job.state !== 'RUNNING') {
    const cause = await settledCause(ctx, jobId);
    return { state: 'failed', cause: `job ${jobId} went ${job.state}${cause ? `: ${cause}` : ''}` };
  }
  const ex = await ctx.client.getExceptions(jobId, 10);
  const fresh = ex.ok
    ? ex.value.history.find((e) => (e.timestamp ?? Number.POSITIVE_INFINITY) >= since)
    : undefined;
  // Its cause as failureCause gives it: real 2.2.0 (kafka-clients 3.9) wraps Kafka's `Topic … not
  // present in metadata after N ms.` around `This server does not host this topic-partition.`,
  // which alone names no topic.
  return fresh
    ? {
        state: 'failed',
        cause: `job ${jobId} restarted: ${failureCause(fresh.causes ?? []) ?? fresh.message}`,
      }
    : undefined;
}

const CAUSE_RETRIES = 3;

const CAUSE_RETRY_MS = 1_000;

/**
 * The job's details, or what a failed read of them means to a wait on the job: one the cluster no
 * longer knows (404) has failed; any other error is read again.
 */
async function readJob(
  ctx: RunContext,
  jobId: string,
): Promise<{ value: JobDetails } | { step: PollStep<never, string> }> {
  const r = await ctx.client.getJob(jobId);
  if (r.ok) return { value: r.value };
  return {
    step:
      r.error.status === 404
        ? { state: 'failed', cause: `job ${jobId} is not known to the cluster` }
        : { state: 'pending', progress: r.error.message },
  };
}

export async function awaitRunning(ctx: RunContext, job: string, jobId: string): Promise<Health> {
  const o = await poll<number, string>(
    async () => {
      const r = await readJob(ctx, jobId);
      if ('step' in r) return r.step;
      const s = r.value.state;
      // The job is RUNNING once scheduled; its tasks are deployed and restored only when every
      // vertex runs (a bounded source may already have finished).
      const pendingVertex = r.value.vertices.find(
        (v) => v.status !== undefined && v.status !== 'RUNNING' && v.status !== 'FINISHED',
      );
      if (s === 'RUNNING' && !pendingVertex)
        return { state: 'completed', value: r.value.timestamps.RUNNING ?? ctx.clock.now() };
      if (isLocallyTerminal(s) || s === 'FAILING') {
        const cause = await rootCause(ctx, jobId);
        return { state: 'failed', cause: `job ${jobId} is ${s}${cause ? `: ${cause}` : ''}` };
      }
      // A new job that already failed is crash-looping: on real Flink its tasks fail within
      // milliseconds and it waits out a growing restart delay (RESTARTING, or vertices being
      // redeployed), so it may never be seen fully RUNNING. Report Flink's cause now.
      const failure = await recordedCause(ctx, jobId);
      if (failure) return { state: 'failed', cause: `job ${jobId} is restarting (${s}): ${failure}` };
      // A new job restarting before it ever ran failed to start (e.g. a savepoint its operators
      // cannot restore): real Flink's restart strategy retries it for ever, it never turns FAILED.
      // Once Flink has said why (on 2.x the cause may show only a moment later), that is the answer.
      if (s === 'RESTARTING') {
        const cause = await rootCause(ctx, jobId);
        if (cause) return { state: 'failed', cause: `job ${jobId} went RESTARTING: ${cause}` };
      }
      // Waiting for task slots (another project's jobs may hold them): say so while it waits.
      const short = await slotShortage(ctx, r.value);
      const waits = short ? `, waiting for task slots: ${short.text}` : '';
      return { state: 'pending', progress: `${waitingIn(r.value)}${waits}` };
    },
    {
      ...pollOptions(ctx, job, `job ${jobId} to start`, ctx.timing.startTimeoutMs),
      signal: stoppable(ctx),
      what: `start of job ${jobId}`,
    },
  );
  guard(ctx.signal);
  if (o.state === 'aborted') return interrupted(ctx, jobId, 'the start') ?? { ok: false, cause: 'aborted' };
  switch (o.state) {
    case 'completed':
      return { ok: true, runningSince: o.value };
    case 'failed':
      return { ok: false, cause: o.cause };
    default:
      return { ok: false, cause: await startTimeoutCause(ctx, jobId, o) };
  }
}

/**
 * A batch job runs to its end: FINISHED is its success (the value: when it finished), FAILED or
 * CANCELED its failure with Flink's root cause. No grace period and no checkpoint: a batch job
 * keeps no state to prove, and its end is the proof.
 */
export async function awaitFinished(
  ctx: RunContext,
  job: string,
  jobId: string,
): Promise<Health & { finishedAt?: number }> {
  const budget = ctx.timing.batchTimeoutMs ?? DEFAULT_TIMING.batchTimeoutMs!;
  const o = await poll<{ start?: number; end: number }, string>(
    async () => {
      const r = await readJob(ctx, jobId);
      if ('step' in r) return r.step;
      const s = r.value.state;
      if (s === 'FINISHED') {
        const t = r.value.timestamps;
        return {
          state: 'completed',
          value: { start: t.RUNNING ?? t.INITIALIZING ?? t.CREATED, end: t.FINISHED ?? ctx.clock.now() },
        };
      }
      if (isLocallyTerminal(s)) {
        const cause = await rootCause(ctx, jobId);
        return { state: 'failed', cause: `job ${jobId} is ${s}${cause ? `: ${cause}` : ''}` };
      }
      return { state: 'pending', progress: s };
    },
    {
      ...pollOptions(ctx, job, `batch job ${jobId} to finish`, budget),
      signal: stoppable(ctx),
      what: `run of batch job ${jobId}`,
    },
  );
  guard(ctx.signal);
  if (o.state === 'aborted')
    return interrupted(ctx, jobId, 'the batch run') ?? { ok: false, cause: 'aborted' };
  switch (o.state) {
    case 'completed':
      return {
        ok: true,
        runningSince: o.value.start ?? o.value.end,
        finishedAt: o.value.end,
      };
    case 'failed':
      return { ok: false, cause: o.cause };
    default:
      return {
        ok: false,
        cause: `${describeTimeout(o)}${o.lastProgress ? `; it was still ${o.lastProgress}` : ''}`,
        timedOut: true,
      };
  }
}

/**
 * Why a new job did not start in time. Flink gives up on a job that gets no task slots after a
 * timeout of its own (5 min by default, as ours), so it may have failed it just now: its cause is
 * the answer. Otherwise what the job was still waiting in, and when that is task slots (CREATED
 * on the adaptive scheduler, vertices SCHEDULED on the default one), how many the cluster has free.
 */
async function startTimeoutCause(
  ctx: RunContext,
  jobId: string,
  o: { what: string; elapsedMs: number; attempts: number; lastProgress?: string },
): Promise<string> {
  const timedOut = `${describeTimeout(o)}${o.lastProgress ? `; it was still ${o.lastProgress}` : ''}`;
  const r = await ctx.client.getJob(jobId);
  if (!r.ok) return timedOut;
  const s = r.value.state;
  if (isLocallyTerminal(s) || s === 'FAILING' || s === 'RESTARTING') {
    const cause = await rootCause(ctx, jobId);
    return cause ? `job ${jobId} is ${s}: ${cause}` : timedOut;
  }
  const short = await slotShortage(ctx, r.value);
  if (!short) return timedOut;
  // Lowering the parallelism helps only a job that needs more than one slot where some are free.
  const lower = short.needed > 1 && short.free > 0 ? `, lower this job's parallelism (${short.needed})` : '';
  return `${describeTimeout(o)}; it was still ${waitingIn(r.value)}: it waits for task slots, and the cluster has ${short.text}. Stop or suspend another job${lower}, or add TaskManagers (or raise taskmanager.numberOfTaskSlots)`;
}

/** What a job not yet started waits in: its state, or while RUNNING the first vertex not running. */
function waitingIn(job: JobDetails): string {
  const v = job.vertices.find(
    (x) => x.status !== undefined && x.status !== 'RUNNING' && x.status !== 'FINISHED',
  );
  return job.state === 'RUNNING' && v ? `${v.name}: ${v.status}` : job.state;
}

/**
 * `N of M free (K TaskManagers) where the job needs P` (and P) when the job waits to be scheduled (CREATED
 * on the adaptive scheduler, vertices SCHEDULED on the default one) and the cluster has too few
 * free task slots for it; otherwise undefined.
 */
async function slotShortage(
  ctx: RunContext,
  job: JobDetails,
): Promise<{ text: string; needed: number; free: number } | undefined> {
  const waiting = job.vertices.filter((v) => v.status === 'CREATED' || v.status === 'SCHEDULED');
  if (job.state !== 'CREATED' && !(job.state === 'RUNNING' && waiting.length > 0)) return undefined;
  const slots = await ctx.client.getClusterOverview?.();
  if (!slots?.ok) return undefined;
  const needed = Math.max(1, ...job.vertices.map((v) => v.parallelism));
  const { slotsAvailable, slotsTotal, taskManagers } = slots.value;
  if (slotsAvailable >= needed) return undefined;
  const tms = `${taskManagers} TaskManager${taskManagers === 1 ? '' : 's'}`;
  return {
    text: `${slotsAvailable} of ${slotsTotal} free (${tms}) where the job needs ${needed}`,
    needed,
    free: slotsAvailable,
  };
}
