/**
 * The grace period after RUNNING: no restart, a completed checkpoint when checkpointing is on, else
 * every task running.
 */

import { describeTimeout, poll } from '../flink/poll';
import { guard, pollOptions, type RunContext } from './context';
import { type Health, interrupted, leftRunning, stoppable } from './health';
import { DEFAULT_KAFKA_SEND_WAIT, type KafkaSendWait } from './kafka-send-wait';
import { kafkaSinkWaits } from './kafka-sink-watch';

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
