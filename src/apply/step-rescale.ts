/**
 * In-place rescale (adaptive scheduler, 1.18+). Like the Kubernetes Operator, only the vertices that
 * run at the job's parallelism move: a vertex pinned by `sink.parallelism`/`scan.parallelism` or a
 * single-instance operator keeps its bounds. Then the new parallelism is awaited, and the job must
 * stay healthy at it as a new job must: an operator may refuse to run at the new parallelism only
 * as it restores its state (a Paimon committer chained with its writer at parallelism 1).
 */
import { unanswered } from '../flink/await';
import { poll } from '../flink/poll';
import { isTerminal, type ResourceRequirements } from '../flink/types';
import { runningBelow } from '../plan';
import { scriptSettings } from '../sql/script-settings';
import { clearPending, setPending } from '../state/records';
import { APPLY_CODES } from './codes';
import { guard, iso, pollOptions, type RunContext } from './context';
import { healthGrace } from './health-grace';
import { type JobRun, OK, type StepResult } from './job-run';
import { kafkaSendWait } from './kafka-send-wait';
import { belowParallelism, failure, type Of } from './step-util';

/**
 * A failed in-place rescale leaves nothing to resolve: `pending` goes, or every later plan would
 * warn of an interrupted apply and scheduled savepoints of the job would be skipped.
 */
async function failed(ctx: RunContext, job: string, r: StepResult): Promise<StepResult> {
  await ctx.store.update(job, `apply: rescale of ${job} failed`, (d) => clearPending(d, job));
  return r;
}

export async function rescaleInPlace(
  ctx: RunContext,
  run: JobRun,
  s: Of<'put-resource-requirements'>,
): Promise<StepResult> {
  const job = run.change.job;
  await ctx.store.update(job, `apply: rescale ${job}`, (d) =>
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
  const next = rescaledRequirements(details.value.vertices, current.value, s.from, s.parallelism);
  guard(ctx.signal);
  run.boundsBefore = current.value;
  const put = await ctx.client.putResourceRequirements(s.jobId, next);
  if (!put.ok) {
    return failed(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `in-place rescale of job ${job} ${unanswered(put.error) ? 'failed' : 'refused'}: ${put.error.message}`,
        unanswered(put.error)
          ? 'The JobManager, or a proxy in front of it, did not answer the new resource requirements; run plan again (it shows the parallelism the job has), then apply.'
          : 'The cluster needs jobmanager.scheduler: adaptive (Flink 1.18+). Set rescale through a savepoint restart instead.',
      ),
    );
  }
  return OK;
}

/**
 * The requirements to PUT: every vertex listed (Flink refuses an incomplete body), those at the
 * job's parallelism `from` moved to `to` (capped by their max parallelism), the others as they are.
 */
export function rescaledRequirements(
  vertices: readonly { id: string; parallelism: number; maxParallelism: number }[],
  current: ResourceRequirements,
  from: number,
  to: number,
): ResourceRequirements {
  const next: ResourceRequirements = {};
  for (const v of vertices) {
    const have = current[v.id] ?? { lowerBound: 1, upperBound: v.parallelism };
    const atJobParallelism =
      have.upperBound === from || (current[v.id] === undefined && v.parallelism === from);
    const max = v.maxParallelism > 0 ? v.maxParallelism : to;
    next[v.id] = atJobParallelism ? { lowerBound: 1, upperBound: Math.min(to, max) } : have;
  }
  for (const id of Object.keys(current)) next[id] ??= current[id]!;
  return next;
}

/**
 * Puts the bounds from before the rescale back; says how that went. Flink refuses an update while
 * the last one is in progress (409, "Another update ... is in progress": a job that restarts at the
 * new parallelism), so it is tried again until accepted.
 */
async function boundsBack(
  ctx: RunContext,
  job: string,
  jobId: string,
  before: ResourceRequirements,
): Promise<string> {
  const o = await poll<true, string>(
    async () => {
      const back = await ctx.client.putResourceRequirements(jobId, before);
      if (back.ok) return { state: 'completed', value: true };
      if (/in progress/i.test(back.error.message)) return { state: 'pending', progress: back.error.message };
      return { state: 'failed', cause: back.error.message };
    },
    { ...pollOptions(ctx, job, `bounds of job ${jobId}`, 60_000), what: `the old bounds of job ${jobId}` },
  );
  if (o.state === 'completed') return '; its upper bounds are back at what they were';
  return `; putting its upper bounds back failed too: ${o.state === 'failed' ? o.cause : 'still refused after 60 s'}`;
}

/** How long a rescale must stay below its bounds, with no slot free, to count as short of slots. */
const BELOW_SETTLE_MS = 60_000;

export async function awaitParallelism(
  ctx: RunContext,
  run: JobRun,
  s: Of<'await-parallelism'>,
): Promise<StepResult> {
  /** The parallelism the job last ran at below the new bounds (adaptive scheduler short of slots). */
  let below: number | undefined;
  /** Since when it has run at `below`: the scheduler may still be taking a slot it was just given. */
  let belowSince = ctx.clock.now();
  const started = ctx.clock.now();
  /** The job failed at the new parallelism and restarts (the adaptive scheduler retries it there). */
  let restarted = false;
  const settleMs = Math.min(BELOW_SETTLE_MS, ctx.timing.rescaleTimeoutMs / 2);
  const o = await poll<'done' | 'short-of-slots', string>(
    async () => {
      const [r, req] = await Promise.all([
        ctx.client.getJob(s.jobId),
        ctx.client.getResourceRequirements(s.jobId),
      ]);
      if (!r.ok) return { state: 'pending', progress: r.error.message };
      if (!req.ok) return { state: 'pending', progress: req.error.message };
      if (isTerminal(r.value.state)) return { state: 'failed', cause: `job went ${r.value.state}` };
      // Done when every vertex runs at the upper bound the scheduler was given.
      const done = r.value.vertices.every((v) => {
        const upper = req.value[v.id]?.upperBound;
        return upper === undefined || v.parallelism === upper;
      });
      if (r.value.state !== 'RUNNING') {
        const ex = await ctx.client.getExceptions(s.jobId, 10);
        const fresh = ex.ok
          ? ex.value.history.find((e) => (e.timestamp ?? Number.POSITIVE_INFINITY) >= started)
          : undefined;
        if (!fresh) return { state: 'pending', progress: r.value.state };
        restarted = true;
        return { state: 'failed', cause: `it restarts at the new parallelism: ${fresh.message}` };
      }
      if (done) return { state: 'completed', value: 'done' };
      // Running below the new bounds, none above them: a scale-up the free slots cannot carry yet.
      // Still so after a while and with no slot free, the adaptive scheduler goes no further until
      // one frees up (as a new job started short of slots): the rescale is made, and said as FO724,
      // not waited out. (Right after the new bounds it takes a free slot first, then rescales.)
      const bounded = r.value.vertices.map((v) => ({
        parallelism: v.parallelism,
        upperBound: req.value[v.id]?.upperBound ?? v.parallelism,
      }));
      const now = bounded.every((v) => v.parallelism <= v.upperBound)
        ? runningBelow(bounded, s.parallelism)
        : undefined;
      if (now !== below) {
        below = now;
        belowSince = ctx.clock.now();
      }
      if (below !== undefined && ctx.clock.now() - belowSince >= settleMs) {
        const slots = await ctx.client.getClusterOverview?.();
        if (slots?.ok && slots.value.slotsAvailable === 0)
          return { state: 'completed', value: 'short-of-slots' };
      }
      return { state: 'pending', progress: r.value.state };
    },
    {
      ...pollOptions(ctx, run.change.job, `rescale of job ${s.jobId}`, ctx.timing.rescaleTimeoutMs),
      what: `rescale of job ${s.jobId}`,
    },
  );
  guard(ctx.signal);
  const job = run.change.job;
  let why = o.state === 'failed' ? o.cause : `not at parallelism ${s.parallelism} in time`;
  if (o.state === 'completed') {
    // Real 1.20.3 with Paimon 1.2.0: every vertex at the new parallelism and the job RUNNING, then
    // its committer failed as it restored ("Committer Operator parallelism in paimon MUST be one"),
    // again at each restart. Only the job staying healthy makes the rescale done.
    const h = await healthGrace(
      ctx,
      job,
      s.jobId,
      started,
      scriptSettings(run.desired?.statements ?? []),
      kafkaSendWait(run.desired?.statements ?? []),
    );
    if (h.ok || h.interrupted || h.unknown) {
      if (o.value === 'short-of-slots' && below !== undefined)
        run.diags.push(belowParallelism(job, below, s.parallelism, 'rescaled'));
      return OK;
    }
    why = `the job does not stay healthy at parallelism ${s.parallelism}: ${h.cause}`;
  }
  const unhealthy = restarted || o.state === 'completed';
  if (o.state !== 'failed' || restarted) {
    if (below !== undefined) why += ` (it runs at parallelism ${below} of ${s.parallelism})`;
    // The store keeps the old parallelism: so must Flink, or the raised bounds would take every
    // slot that frees up later while plan and status go on showing the old parallelism.
    if (run.boundsBefore !== undefined) why += await boundsBack(ctx, job, s.jobId, run.boundsBefore);
  }
  return failed(
    ctx,
    job,
    failure(
      APPLY_CODES.rescaleFailed,
      `in-place rescale of job ${job} failed: ${why}`,
      unhealthy
        ? `Some operator of the job cannot be rescaled in place (see the cause in the Flink UI's Exceptions tab): restart the job at the new parallelism from a savepoint with apply --replace ${job}.`
        : 'Check the job in the Flink UI (free task slots: flinkops status); apply again.',
    ),
  );
}
