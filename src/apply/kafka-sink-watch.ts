/**
 * After a passed grace period: Kafka sinks that took records in and sent none, watched until they
 * send or the job fails.
 */

import { poll } from '../flink/poll';
import { guard, pollOptions, type RunContext } from './context';
import { type Health, interrupted, leftRunning, stoppable } from './health';
import { KAFKA_SEND_MARGIN_MS, type KafkaSendWait } from './kafka-send-wait';

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
export async function kafkaSinkWaits(
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
