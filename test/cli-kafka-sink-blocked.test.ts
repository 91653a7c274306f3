/**
 * A Kafka sink writing a topic the brokers do not have, through the CLI and the simulator
 * (`faults.missingKafkaTopics`; `flinkops sim --missing-topics`). Real Flink 1.20.3 and 2.2.0 with
 * Kafka 3.9.2 (auto.create.topics.enable=false): the job RUNNING, its writer holding its first
 * record with nothing sent, until `properties.max.block.ms` later Kafka's `Topic … not present in
 * metadata after N ms.` failed it. Apply watches the sink past the grace period as long as that
 * option says and fails with Flink's cause (FO705): a create leaves nothing running, an upgrade is
 * rolled back to the version that sends.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, localSim, QUICK } from './ops-cli';

/** The copy job's sink as a Kafka table writing `topic`, its producer blocking at most `blockMs`. */
const sink = (topic: string, blockMs: number) =>
  [
    'kind: sink',
    'connector: kafka',
    'columns:',
    '  - { name: id, type: BIGINT }',
    '  - { name: v, type: INT }',
    'with:',
    `  topic: ${topic}`,
    '  properties.bootstrap.servers: kafka:9092',
    `  properties.max.block.ms: "${blockMs}"`,
    '  format: json',
    '',
  ].join('\n');

const t = localSim();

const copyJobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.local.copy');

/** The copy job's Kafka writer metrics, as `/jobs/:id/vertices/:vid/subtasks/metrics` answers them. */
async function writerMetrics(jid: string): Promise<{ names: string[]; values: Record<string, number> }> {
  const jm = t.sim.jobmanagerUrl;
  const job = (await (await fetch(`${jm}/jobs/${jid}`)).json()) as {
    vertices: { id: string; name: string }[];
  };
  const v = job.vertices.find((x) => x.name.includes(': Writer'))!;
  expect(v.name).toMatch(/^sink_rows\[\d+\]: Writer$/);
  const base = `${jm}/jobs/${jid}/vertices/${v.id}/subtasks/metrics`;
  const names = ((await (await fetch(base)).json()) as { id: string }[]).map((m) => m.id);
  const scope = v.name.replace(': Writer', '__Writer');
  const get = ['numRecordsIn', 'numRecordsSend', 'KafkaProducer.record-send-total'].map(
    (n) => `${scope}.${n}`,
  );
  const got = (await (await fetch(`${base}?get=${encodeURIComponent(get.join(','))}&agg=sum`)).json()) as {
    id: string;
    sum: number;
  }[];
  return {
    names: names.filter((n) => n.startsWith(`${scope}.`)).map((n) => n.slice(scope.length + 1)),
    values: Object.fromEntries(got.map((m) => [m.id.slice(scope.length + 1), m.sum])),
  };
}

it('fails a create with Flink’s cause once the sink’s max.block.ms is over, and leaves nothing running', async () => {
  writeFileSync(join(t.dir, 'tables/sink_rows.yaml'), sink('gone', 1500));
  t.sim.control.faults.missingKafkaTopics = ['gone'];
  const started = Date.now();
  const r = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.stdout + r.stderr).toMatch(
    /error FO705: job copy did not become healthy: job [0-9a-f]{32} went FAILED: TimeoutException: Topic gone not present in metadata after 1500 ms\./,
  );
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(copyJobs().map((j) => j.state)).toEqual(['FAILED']);
});

it('answers the writer’s metrics as real Flink names them: records sent on a topic the brokers have, one in and none sent on one they do not', async () => {
  t.sim.control.faults.missingKafkaTopics = ['gone'];
  writeFileSync(join(t.dir, 'tables/sink_rows.yaml'), sink('rows', 1500));
  const ok = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(ok.code, ok.stdout + ok.stderr).toBe(0);
  const [running] = copyJobs().filter((j) => j.state === 'RUNNING');
  await new Promise((r) => setTimeout(r, 50));
  const sending = await writerMetrics(running!.jid);
  expect(sending.names).toEqual(
    expect.arrayContaining([
      'numRecordsIn',
      'numRecordsSend',
      'numRecordsSendErrors',
      'currentSendTime',
      'KafkaProducer.record-send-total',
      'KafkaProducer.record-error-total',
    ]),
  );
  expect(sending.values.numRecordsSend).toBeGreaterThan(0);
  expect(sending.values['KafkaProducer.record-send-total']).toBe(sending.values.numRecordsSend);
  // The brokers lose the topic: the writer blocks on its next record.
  t.sim.control.faults.missingKafkaTopics = ['gone', 'rows'];
  expect((await writerMetrics(running!.jid)).values).toEqual({
    numRecordsIn: 1,
    numRecordsSend: 0,
    'KafkaProducer.record-send-total': 0,
  });
  t.sim.control.faults.missingKafkaTopics = ['gone'];
});

it('rolls an upgrade to a sink on a missing topic back to the version that sends', async () => {
  t.sim.control.faults.missingKafkaTopics = ['gone'];
  const [before] = copyJobs().filter((j) => j.state === 'RUNNING');
  writeFileSync(join(t.dir, 'tables/sink_rows.yaml'), sink('gone', 1500));
  const r = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.stdout + r.stderr).toMatch(
    /error FO705: job copy did not become healthy: job [0-9a-f]{32} went FAILED: TimeoutException: Topic gone not present in metadata after 1500 ms\./,
  );
  expect(r.stdout).toMatch(/copy +upgrade +rolled-back/);
  const running = copyJobs().filter((j) => j.state === 'RUNNING');
  expect(running).toHaveLength(1);
  expect(running[0]!.jid).not.toBe(before!.jid);
  expect(running[0]!.restoredFrom).toBeDefined();
  expect((await writerMetrics(running[0]!.jid)).values.numRecordsSend).toBeGreaterThan(0);
});

it('with checkpointing on: no checkpoint completes while the sink blocks, and the job restarts with Kafka’s cause', async () => {
  t.sim.control.faults.missingKafkaTopics = ['gone'];
  writeFileSync(
    join(t.dir, 'jobs/copy.yaml'),
    'parallelism: 1\nconfig:\n  execution.checkpointing.interval: 100 ms\n',
  );
  writeFileSync(join(t.dir, 'tables/sink_rows.yaml'), sink('gone', 1500));
  const before = new Set(copyJobs().map((j) => j.jid));
  const r = await cli(['apply', ...t.base, '--auto-approve', '--health-grace', '0s'], t.dir, t.env);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.stdout + r.stderr).toMatch(
    /error FO705: job copy did not become healthy: job [0-9a-f]{32} restarted: TimeoutException: Topic gone not present in metadata after 1500 ms\./,
  );
  const failed = copyJobs().filter((j) => !before.has(j.jid) && j.exceptions.length > 0);
  expect(failed).toHaveLength(1);
  expect(failed[0]!.checkpoints).toBe(0);
  expect(copyJobs().filter((j) => j.state === 'RUNNING')).toHaveLength(1);
});
