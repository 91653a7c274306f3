/**
 * Is the new job healthy? It must reach RUNNING in time, then stay up through a
 * grace period without a restart and, when checkpointing is on, complete a
 * checkpoint. Every wait is the one poll(); transient read errors count as pending.
 */
import { failureCause } from '../flink/errors';
import { describeTimeout, type PollStep, poll } from '../flink/poll';
import { isLocallyTerminal, type JobDetails } from '../flink/types';
import { DEFAULT_TIMING, guard, pollOptions, type RunContext } from './context';
import { DEFAULT_KAFKA_SEND_WAIT, KAFKA_SEND_MARGIN_MS, type KafkaSendWait } from './kafka-send-wait';

export type Health =
  /** `withoutCheckpoints`: the job checkpoints nothing, and was judged on its tasks alone. */
  | { ok: true; runningSince: number; withoutCheckpoints?: true }
  /** `unknown`: the JobManager did not answer to the end: nothing is known of the job's health. */
  | { ok: false; cause: string; interrupted?: true; unknown?: true; timedOut?: true };

/** A health wait ends early when the run is asked to stop: the next plan sees it unfinished. */
function stoppable(ctx: RunContext): AbortSignal {
  return AbortSignal.any([ctx.signal, ctx.stop]);
}

function interrupted(ctx: RunContext, jobId: string, what: string): Health | undefined {
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
async function leftRunning(
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

function checkpointingOn(config: Record<string, string>): boolean {
  const v = config['execution.checkpointing.interval']?.trim();
  return v !== undefined && v !== '' && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
}

/**
 * Whether the job checkpoints periodically. The JobManager's answer counts first: checkpointing
 * may be switched on in the cluster's configuration, not only in the job's SET lines.
 */
async function checkpointing(
  ctx: RunContext,
  jobId: string,
  config: Record<string, string>,
): Promise<boolean> {
  if (checkpointingOn(config)) return true;
  const r = await ctx.client.getCheckpointConfig?.(jobId);
  return r?.ok === true && r.value.intervalMs !== undefined;
}

/** How long past its grace period a job without checkpointing may take to have every task running. */
const TASKS_SLACK_MS = 30_000;

/**
 * Watches the job for `graceMs` from `since`: any restart (a new exception, a state other
 * than RUNNING) fails it. With checkpointing on, one completed checkpoint is also required;
 * without, every task must run (RUNNING, or FINISHED) as the grace period ends. Then a Kafka sink
 * that took records in and sent none is watched on for `kafka.ms` (kafka-send-wait.ts).
 */
export async function healthGrace(
  ctx: RunContext,
  job: string,
  jobId: string,
  since: number,
  config: Record<string, string>,
  kafka: KafkaSendWait = DEFAULT_KAFKA_SEND_WAIT,
): Promise<Health> {
  // checkpointWaitMs 0 turns the checkpoint requirement off (`--checkpoint-wait 0`).
  const checkpoints = await checkpointing(ctx, jobId, config);
  const needCheckpoint = checkpoints && ctx.timing.checkpointWaitMs > 0;
  // Measured on our clock from now (the cluster's clock may be skewed); `since` filters its exceptions.
  const checkStart = ctx.clock.now();
  const graceEnd = checkStart + ctx.timing.graceMs;
  // Without a checkpoint to wait for, tasks still deploying as the grace period ends get a while more.
  const budget =
    Math.max(0, graceEnd - ctx.clock.now()) + (needCheckpoint ? ctx.timing.checkpointWaitMs : TASKS_SLACK_MS);
  // Why the last read of the job failed; cleared by a read that answers.
  let unread: string | undefined;
  const o = await poll<true, string>(
    async () => {
      const r = await ctx.client.getJob(jobId);
      unread = r.ok ? undefined : r.error.message;
      if (!r.ok) return { state: 'pending', progress: r.error.message };
      const left = await leftRunning(ctx, jobId, r.value, since);
      if (left) return left;
      if (ctx.clock.now() < graceEnd) return { state: 'pending', progress: 'grace period' };
      if (!needCheckpoint) {
        // No checkpoint to prove that every task runs (a checkpoint completes only then): they must
        // be RUNNING (or FINISHED, a bounded source) as the grace period ends, not deploying or
        // waiting for a slot behind a job Flink shows RUNNING.
        const idle = r.value.vertices.find(
          (v) => v.status !== undefined && v.status !== 'RUNNING' && v.status !== 'FINISHED',
        );
        if (idle)
          return { state: 'pending', progress: `tasks not all running (${idle.name}: ${idle.status})` };
        return { state: 'completed', value: true };
      }
      const cp = await ctx.client.getCheckpoints(jobId);
      if (cp.ok && cp.value.counts.completed > 0) return { state: 'completed', value: true };
      return { state: 'pending', progress: 'waiting for a completed checkpoint' };
    },
    {
      ...pollOptions(ctx, job, `health of job ${jobId}`, budget),
      signal: stoppable(ctx),
      what: `health check of job ${jobId}`,
    },
  );
  guard(ctx.signal);
  if (o.state === 'aborted')
    return interrupted(ctx, jobId, 'the health check') ?? { ok: false, cause: 'aborted' };
  switch (o.state) {
    case 'completed':
      return (
        (await kafkaSinkWaits(ctx, job, jobId, since, kafka, checkStart)) ??
        (checkpoints
          ? { ok: true, runningSince: since }
          : { ok: true, runningSince: since, withoutCheckpoints: true })
      );
    case 'failed':
      return { ok: false, cause: o.cause };
    default:
      // Unread to the end: nothing is known of the job, not that it missed a checkpoint.
      if (unread !== undefined)
        return {
          ok: false,
          unknown: true,
          cause: `the JobManager did not answer about job ${jobId} when its ${Math.round(budget / 1000)} s health check ended, so its health is unknown: ${unread}`,
        };
      return {
        ok: false,
        cause: needCheckpoint
          ? `job ${jobId} completed no checkpoint within ${Math.round(budget / 1000)} s`
          : `${describeTimeout(o)}${o.lastProgress ? `; ${o.lastProgress}` : ''}`,
      };
  }
}

/** A Kafka sink writer's metrics: `<operator>__Writer.KafkaProducer.*` beside the sink's counts. */
const KAFKA_WRITER = /^(.+__Writer)\.KafkaProducer\.record-send-total$/;

/** What the Kafka sink writers of a job report: those that took records in and sent none, and those that sent. */
interface KafkaWriters {
  silent: string[];
  sending: number;
}

/**
 * The Kafka sink writers of `jobId` that took records in and sent none: each blocks in its first
 * send while the producer waits for the topic's metadata. Real Flink 1.20.3 and 2.2.0 (Kafka 3.9,
 * auto.create.topics.enable=false), a sink on a topic the brokers do not have: RUNNING, the
 * writer busy with its first record and nothing sent, until the send fails after max.block.ms
 * ("Topic … not present in metadata after 60000 ms") and the job with it.
 */
async function kafkaWriters(ctx: RunContext, jobId: string): Promise<KafkaWriters> {
  const out: KafkaWriters = { silent: [], sending: 0 };
  const { listVertexMetrics: list, getVertexMetrics: get } = ctx.client;
  if (!list || !get) return out;
  const job = await ctx.client.getJob(jobId);
  if (!job.ok) return out;
  for (const v of job.value.vertices.filter((x) => x.name.includes('Writer'))) {
    const names = await list.call(ctx.client, jobId, v.id);
    if (!names.ok) continue;
    for (const n of names.value) {
      const writer = KAFKA_WRITER.exec(n)?.[1];
      if (!writer) continue;
      const m = await get.call(ctx.client, jobId, v.id, [
        `${writer}.numRecordsIn`,
        `${writer}.numRecordsSend`,
      ]);
      if (!m.ok) continue;
      const sum = (id: string) => m.value.find((x) => x.id === id)?.sum;
      const taken = sum(`${writer}.numRecordsIn`);
      const sent = sum(`${writer}.numRecordsSend`);
      if (sent !== undefined && sent > 0) out.sending++;
      else if (taken !== undefined && taken > 0 && sent === 0)
        out.silent.push(writer.slice(0, -'__Writer'.length));
    }
  }
  return out;
}

/**
 * How long after the health check began a Kafka sink that has not sent yet may still show as
 * blocked: the JobManager serves task metrics from a store it refreshes every 10 s
 * (`metrics.fetcher.update-interval`), and the first record reaches the writer a moment after its
 * task runs. Real 1.20.3, `--health-grace 0s`: the check read the writer before it had a record,
 * passed the job, and its send to a missing topic failed it 20 s later.
 */
export const KAFKA_METRICS_SETTLE_MS = 15_000;

/**
 * After a passed grace period: a Kafka sink that has sent nothing of what it took in is watched on
 * until it sends, or the job fails with Flink's cause, or the producer's wait is surely over:
 * `kafka.ms` from when it was first seen silent. Until KAFKA_METRICS_SETTLE_MS after `checkStart`
 * a job with Kafka sinks not all seen sending is read again: its writers may not show their first
 * record yet.
 */
async function kafkaSinkWaits(
  ctx: RunContext,
  job: string,
  jobId: string,
  since: number,
  kafka: KafkaSendWait,
  checkStart: number,
): Promise<Health | undefined> {
  const settleEnd = checkStart + KAFKA_METRICS_SETTLE_MS;
  const expected = kafka.sinks?.length ?? 0;
  let w = await kafkaWriters(ctx, jobId);
  const settled = () => ctx.clock.now() >= settleEnd || w.sending >= expected;
  if (w.silent.length === 0 && settled()) return undefined;
  let silentSince = w.silent.length > 0 ? ctx.clock.now() : undefined;
  let silent = w.silent;
  const what = `first send of the Kafka sinks of job ${jobId}`;
  const o = await poll<true, string>(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return { state: 'pending', progress: r.error.message };
      const left = await leftRunning(ctx, jobId, r.value, since);
      if (left) return left;
      w = await kafkaWriters(ctx, jobId);
      if (w.silent.length === 0) {
        silentSince = undefined;
        if (settled()) return { state: 'completed', value: true };
        return { state: 'pending', progress: 'waiting for the Kafka sinks to report their first records' };
      }
      silent = w.silent;
      silentSince ??= ctx.clock.now();
      if (ctx.clock.now() - silentSince >= kafka.ms) return { state: 'failed', cause: silentCause() };
      return {
        state: 'pending',
        progress: `Kafka sink ${silent.join(', ')} has sent no record yet; watched up to ${Math.round(kafka.ms / 1000)} s (${kafka.decidedBy})`,
      };
    },
    {
      ...pollOptions(ctx, job, what, Math.max(0, settleEnd - ctx.clock.now()) + kafka.ms),
      signal: stoppable(ctx),
      what,
    },
  );
  function silentCause(): string {
    return `the Kafka sink ${silent.join(', ')} of job ${jobId} took records in and sent none in ${Math.round((ctx.clock.now() - since) / 1000)} s (watched ${Math.round(kafka.ms / 1000)} s: ${kafka.decidedBy}, plus ${Math.round(KAFKA_SEND_MARGIN_MS / 1000)} s): its producer waits for the topic's metadata, so the topic does not exist (and the brokers create none) or the brokers are not reachable from the TaskManagers. Create the topic, or correct \`topic\` and \`properties.bootstrap.servers\``;
  }
  guard(ctx.signal);
  if (o.state === 'aborted')
    return interrupted(ctx, jobId, 'the health check') ?? { ok: false, cause: 'aborted' };
  if (o.state === 'completed') return undefined;
  if (o.state === 'failed') return { ok: false, cause: o.cause };
  // Out of time: silent to the end (a sink never seen silent has passed by then).
  return silent.length > 0 ? { ok: false, cause: silentCause() } : undefined;
}

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
