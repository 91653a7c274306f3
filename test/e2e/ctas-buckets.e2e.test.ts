/**
 * A job written as Flink's newer docs write it: CREATE TABLE ... AS SELECT as the job's statement,
 * and DISTRIBUTED BY ... INTO n BUCKETS (Flink 1.20) on its table. Flink's planner refuses to
 * write a distributed table into a sink without SupportsBucketing (every connector a plain Flink
 * ships); validate says so offline (FO235) as Flink's planner says it at plan, and the CTAS job
 * without the clause is applied and runs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS_SOURCE } from './fixtures';
import { apply, flinkops, makeRepo, runningJob } from './support';

const CTAS = (clause: string) =>
  `CREATE TABLE keys_out${clause} WITH ('connector' = 'blackhole')\nAS SELECT k, v FROM events;\n`;
/** The script's own distributed table, its connector from the environment: validate cannot see it. */
const OWN_TABLE = [
  'CREATE TEMPORARY TABLE keys_out (k INT, v INT)',
  "DISTRIBUTED BY HASH(k) INTO 2 BUCKETS WITH ('connector' = '${env.SINK}');",
  'INSERT INTO keys_out SELECT k, v FROM events;',
  '',
].join('\n');

const repo = makeRepo('ctasbuckets', {
  'tables/events.yaml': EVENTS_SOURCE,
  'jobs/keys.sql': CTAS(' DISTRIBUTED BY HASH(k) INTO 2 BUCKETS'),
});
afterAll(async () => {
  repo.write({ 'jobs/keys.sql': null });
  await apply(repo, ['--allow-delete']);
  repo.cleanup();
});

describe('CREATE TABLE ... AS SELECT and DISTRIBUTED BY on real Flink', () => {
  it('validate refuses a CTAS into a blackhole table DISTRIBUTED BY, at DISTRIBUTED', async () => {
    const r = await flinkops(repo, ['validate', '--env', 'local']);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(
      /^jobs\/keys\.sql:1:23: error FO235: Job keys writes table "keys_out", declared DISTRIBUTED BY HASH\(k\) INTO 2 BUCKETS, which the blackhole connector cannot write$/m,
    );
  });

  it("Flink's planner refuses the same write, in the words FO235 quotes", async () => {
    repo.write({ 'jobs/keys.sql': OWN_TABLE });
    const v = await flinkops(repo, ['validate', '--env', 'local'], { SINK: 'blackhole' });
    expect(v.code, v.out).toBe(0);
    const r = await flinkops(repo, ['plan', '--env', 'local'], { SINK: 'blackhole' });
    expect(r.code, r.out).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes('FO630'));
    expect(line, r.out).toContain(
      "Table 'default_catalog.default_database.keys_out' is distributed into buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface.",
    );
  });

  it('without the clause the CTAS job is applied, runs, and plans no change after', async () => {
    repo.write({ 'jobs/keys.sql': CTAS('') });
    const created = await apply(repo);
    expect(created.code, created.out).toBe(0);
    const job = await runningJob(repo, 'keys');
    expect(job.state).toBe('RUNNING');
    expect(repo.state().jobs.keys!.current!.jobId).toBe(job.jid);
    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
  });
});
