/**
 * A Kafka sink writing a topic the brokers do not have (Kafka 3.9.2, auto.create.topics.enable=false),
 * its producer's `properties.max.block.ms` set to 8 s (past the 1 s grace period). Real 1.20.3 and 2.2.0: the job RUNNING,
 * its writer holding its first record with nothing sent, until Kafka's `Topic … not present in
 * metadata after 8000 ms.` fails it. Apply watches the sink past the grace period for that long
 * and fails the change with Flink's cause (FO705): the upgrade is rolled back to the version that
 * writes an existing topic, the new job is not left running. Asserted on Flink's answers: the jobs'
 * states, the sink writer's own counters, and the records on the topic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobYaml, SLOW_EVENTS } from './fixtures';
import {
  apply,
  cancelJobs,
  jobsOf,
  kafka,
  makeRepo,
  rest,
  restoredFrom,
  runningJob,
  waitFor,
} from './support';

const BLOCK_MS = 8_000;
const broker = kafka();
const missing = `kafkablock-missing-${Math.random().toString(36).slice(2, 8)}`;

const sink = (topic: string) => `kind: sink
connector: kafka
columns:
  - { name: id, type: BIGINT }
  - { name: v, type: INT }
with:
  topic: ${topic}
  properties.bootstrap.servers: ${broker.brokers}
  properties.max.block.ms: "${BLOCK_MS}"
  format: json
`;

const repo = makeRepo('kafkablock', {
  'tables/events.yaml': SLOW_EVENTS,
  'jobs/copy.sql': 'INSERT INTO sink_out\nSELECT id, v\nFROM events;\n',
  'jobs/copy.yaml': jobYaml(['parallelism: 1']),
});
let topic = '';

/**
 * Without the wait for a first checkpoint, the health check goes from a 1 s grace period to the
 * Kafka sinks: a sink that sends nothing is found there, not by the grace period.
 */
const OPTS = ['--health-grace', '1s', '--checkpoint-wait', '0'];

beforeAll(async () => {
  topic = await broker.topic('kafkablock');
  repo.write({ 'tables/sink_out.yaml': sink(topic) });
});
afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
});

/** The sum over its subtasks of a counter of the job's sink writer (`<sink>[N]__Writer.<name>`), as Flink reports it. */
async function writerCount(jid: string, name: string): Promise<number | undefined> {
  const job = await rest<{ vertices: { id: string; name: string }[] }>(repo.cluster, `/jobs/${jid}`);
  const v = job.vertices.find((x) => x.name.includes(': Writer'))!;
  const path = `/jobs/${jid}/vertices/${v.id}/subtasks/metrics`;
  const listed = await rest<{ id: string }[]>(repo.cluster, path);
  const id = listed.map((m) => m.id).find((m) => m.endsWith(`__Writer.${name}`));
  if (!id) return undefined;
  const got = await rest<{ id: string; sum: number }[]>(
    repo.cluster,
    `${path}?get=${encodeURIComponent(id)}&agg=sum`,
  );
  return got[0]?.sum;
}

describe('a Kafka sink on a topic the brokers do not have', () => {
  it('passes a sink writing an existing topic: Flink counts records sent, and they are on the topic', async () => {
    const r = await apply(repo, OPTS);
    expect(r.code, r.out).toBe(0);
    const { jid } = await runningJob(repo, 'copy');
    await waitFor('the sink writer to count records sent', async () =>
      ((await writerCount(jid, 'numRecordsSend')) ?? 0) > 0 ? true : undefined,
    );
    expect(await broker.count(topic)).toBeGreaterThan(0);
  });

  it("fails with Kafka's cause after max.block.ms: the upgrade rolled back, the new job not left running", async () => {
    const before = await runningJob(repo, 'copy');
    repo.write({
      'tables/sink_out.yaml': sink(missing),
      'tables/lost_out.yaml': sink(missing),
      'jobs/lost.sql': 'INSERT INTO lost_out\nSELECT id, v\nFROM events;\n',
      'jobs/lost.yaml': jobYaml(['parallelism: 1']),
    });
    const r = await apply(repo, OPTS);
    expect(r.code, r.out).toBe(1);
    // kafka-clients 3.9 (2.2.0's connector) wraps the timeout around `This server does not host this
    // topic-partition.` once the brokers have answered that the topic is unknown; the cause names both.
    const cause = new RegExp(
      `(restarted|went \\w+|is restarting \\(\\w+\\)): TimeoutException: Topic ${missing} not present in metadata after ${BLOCK_MS} ms\\.( <- UnknownTopicOrPartitionException: This server does not host this topic-partition\\.)?$`,
    );
    for (const job of ['copy', 'lost']) {
      const line = r.out
        .split('\n')
        .find((l) => l.startsWith(`error FO705: job ${job} did not become healthy: `));
      expect(line, r.out).toMatch(cause);
    }
    expect(r.out).toMatch(/copy +upgrade +rolled-back/);
    expect(r.out).toMatch(/lost +create +failed/);
    // Flink's answers: the previous version runs again from the upgrade's savepoint, and sends.
    const back = await runningJob(repo, 'copy');
    expect(back.jid).not.toBe(before.jid);
    const savepoint = repo.state().jobs.copy!.savepoints.find((s) => s.jobId === before.jid)?.path;
    expect(savepoint).toBeDefined();
    expect(await restoredFrom(repo.cluster, back.jid)).toBe(savepoint);
    const copies = await jobsOf(repo, 'copy');
    expect(copies.filter((j) => j.state === 'RUNNING').map((j) => j.jid)).toEqual([back.jid]);
    // Nothing of the failed versions runs: the new copy and the new job lost are over.
    for (const j of [
      ...copies.filter((x) => x.jid !== back.jid && x.jid !== before.jid),
      ...(await jobsOf(repo, 'lost')),
    ])
      expect(['FAILED', 'CANCELED'], `${j.name} ${j.jid}`).toContain(j.state);
    expect(await jobsOf(repo, 'lost')).not.toEqual([]);
    await waitFor('the rolled-back job to send again', async () =>
      ((await writerCount(back.jid, 'numRecordsSend')) ?? 0) > 0 ? true : undefined,
    );
  });
});
