/**
 * Two jobs on one Kafka topic, each through a table its own script creates: the producer writes
 * (id, name), the consumer reads (id, name, extra). Real 2.2.0 and 1.20.3 with Kafka 3.9.2: the consumer runs,
 * RUNNING, and reads extra as NULL in every record, without an error. The plan says so before
 * apply (FO288 at the consumer's column), and apply starts the consumer once the producer is
 * applied. Asserted on Flink's answers: the jobs' states and the records the consumer wrote to
 * disk.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobYaml } from './fixtures';
import { apply, cancelJobs, flinkops, kafka, makeRepo, runningJob, scratch, waitFor } from './support';

const broker = kafka();
const out = scratch('ctasgraph-out');

const produce = (topic: string) => `CREATE TABLE gen (id BIGINT, name STRING) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '5'
);
CREATE TABLE rides_out (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'kafka',
  'topic' = '${topic}',
  'properties.bootstrap.servers' = '${broker.brokers}',
  'format' = 'json'
);
INSERT INTO rides_out SELECT id, name FROM gen;
`;

const consume = (topic: string) => `CREATE TABLE rides_in (
  id BIGINT,
  name STRING,
  extra STRING
) WITH (
  'connector' = 'kafka',
  'topic' = '${topic}',
  'properties.bootstrap.servers' = '${broker.brokers}',
  'properties.group.id' = 'ctasgraph-consume',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);
CREATE TABLE files (id BIGINT, name STRING, extra STRING) WITH (
  'connector' = 'filesystem',
  'path' = 'file://${out}',
  'format' = 'json'
);
INSERT INTO files SELECT id, name, extra FROM rides_in;
`;

const repo = makeRepo('ctasgraph', {
  'jobs/produce.yaml': jobYaml(['parallelism: 1']),
  'jobs/consume.yaml': jobYaml(['parallelism: 1']),
});

beforeAll(async () => {
  const topic = await broker.topic('ctasgraph');
  repo.write({ 'jobs/produce.sql': produce(topic), 'jobs/consume.sql': consume(topic) });
});
afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
  rmSync(out, { recursive: true, force: true });
});

/** The records the consumer's filesystem sink wrote (finished and in-progress files alike). */
function written(): { id: number | null; extra: string | null }[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .flatMap((f) => readFileSync(join(f.parentPath, f.name), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

describe("a topic between two jobs' own tables", () => {
  it('warns before apply of the column the producer does not write, and Flink reads it as NULL', async () => {
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--json']);
    const fo288 = JSON.parse(plan.stdout).diagnostics.filter((d: { code: string }) => d.code === 'FO288');
    expect(fo288, plan.out).toMatchObject([
      {
        summary: expect.stringMatching(
          /^Table rides_in reads column extra from Kafka topic ctasgraph-\w+, which rides_out \(created and written by job produce\) does not write/,
        ),
        range: { file: 'jobs/consume.sql', start: { line: 4, column: 3 } },
      },
    ]);

    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    // The reader waits for the writer of its topic.
    const lines = r.out.split('\n');
    const applied = lines.findIndex((l) => l.startsWith('produce: create applied'));
    const submitted = lines.findIndex((l) => l.startsWith('consume: submit the script'));
    expect(applied, r.out).toBeGreaterThanOrEqual(0);
    expect(submitted, r.out).toBeGreaterThan(applied);

    await runningJob(repo, 'produce');
    await runningJob(repo, 'consume');
    const records = await waitFor('the consumer to write records', async () => {
      const got = written();
      return got.length >= 5 ? got : undefined;
    });
    expect(records.every((x) => x.id !== null)).toBe(true);
    expect(records.filter((x) => x.extra !== null)).toEqual([]);
  });
});
