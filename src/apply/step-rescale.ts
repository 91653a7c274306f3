/** In-place rescale (adaptive scheduler, 1.18+): every vertex's upper bound set, then awaited. */
import { poll } from '../flink/poll';
import { clearPending, setPending } from '../state/records';
import { APPLY_CODES } from './codes';
import { guard, iso, pollOptions, type RunContext } from './context';
import { type JobRun, OK, type StepResult } from './job-run';
import { failure, type Of } from './step-util';

/**
 * A failed in-place rescale leaves nothing to resolve: `pending` goes, or every later plan would
 * warn of an interrupted apply and scheduled savepoints of the job would be skipped.
 */
async function failed(ctx: RunContext, job: string, r: StepResult): Promise<StepResult> {
  await ctx.store.update(`apply: rescale of ${job} failed`, (d) => clearPending(d, job));
  return r;
}

export async function rescaleInPlace(
  ctx: RunContext,
  run: JobRun,
  s: Of<'put-resource-requirements'>,
): Promise<StepResult> {
  const job = run.change.job;
  await ctx.store.update(`apply: rescale ${job}`, (d) =>
    setPending(d, job, { kind: 'rescale', jobId: s.jobId, startedAt: iso(ctx.clock) }),
  );
  const [details, current] = await Promise.all([
    ctx.client.getJob(s.jobId),
    ctx.client.getResourceRequirements(s.jobId),
  ]);
  const bad = !details.ok ? details.error : !current.ok ? current.error : undefined;
  if (bad || !details.ok || !current.ok) {
    return failed(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `cannot read job ${s.jobId} to rescale ${job}: ${bad?.message}`,
        'Run plan again.',
      ),
    );
  }
  const next: Record<string, { lowerBound: number; upperBound: number }> = {};
  for (const v of details.value.vertices) {
    const max = v.maxParallelism > 0 ? v.maxParallelism : s.parallelism;
    next[v.id] = { lowerBound: 1, upperBound: Math.min(s.parallelism, max) };
  }
  for (const id of Object.keys(current.value)) next[id] ??= current.value[id]!;
  guard(ctx.signal);
  const put = await ctx.client.putResourceRequirements(s.jobId, next);
  if (!put.ok) {
    return failed(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `in-place rescale of job ${job} refused: ${put.error.message}`,
        'The cluster needs jobmanager.scheduler: adaptive (Flink 1.18+). Set rescale through a savepoint restart instead.',
      ),
    );
  }
  return OK;
}

export async function awaitParallelism(
  ctx: RunContext,
  run: JobRun,
  s: Of<'await-parallelism'>,
): Promise<StepResult> {
  const o = await poll<true, string>(
    async () => {
      const r = await ctx.client.getJob(s.jobId);
      if (!r.ok) return { state: 'pending', progress: r.error.message };
      if (['FAILED', 'CANCELED', 'FINISHED'].includes(r.value.state))
        return { state: 'failed', cause: `job went ${r.value.state}` };
      const done = r.value.vertices.every(
        (v) =>
          v.parallelism === Math.min(s.parallelism, v.maxParallelism > 0 ? v.maxParallelism : s.parallelism),
      );
      return done && r.value.state === 'RUNNING'
        ? { state: 'completed', value: true }
        : { state: 'pending', progress: r.value.state };
    },
    {
      ...pollOptions(ctx, run.change.job, `rescale of job ${s.jobId}`, ctx.timing.rescaleTimeoutMs),
      what: `rescale of job ${s.jobId}`,
    },
  );
  guard(ctx.signal);
  if (o.state === 'completed') return OK;
  const why = o.state === 'failed' ? o.cause : `not at parallelism ${s.parallelism} in time`;
  return failed(
    ctx,
    run.change.job,
    failure(
      APPLY_CODES.rescaleFailed,
      `in-place rescale of job ${run.change.job} failed: ${why}`,
      'Check the job in the Flink UI; apply again.',
    ),
  );
}
