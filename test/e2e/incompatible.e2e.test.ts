/**
 * An upgrade whose restore really fails on Flink: the aggregate's state has no operator to go
 * to in the new query. Apply reports Flink's own cause and rolls back from the same savepoint;
 * allowNonRestoredState then lets the upgrade drop that state and go through.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COUNT_BY_KEY, COUNTS_BLACKHOLE, jobYaml, SLOW_EVENTS } from './fixtures';
import {
  apply,
  flinkops,
  jobsOf,
  makeRepo,
  restoredFrom,
  runningJob,
  savepointOnDisk,
  userConfig,
} from './support';

const repo = makeRepo('incompat', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/counts.yaml': COUNTS_BLACKHOLE,
  'jobs/count_by_key.sql': COUNT_BY_KEY,
  'jobs/count_by_key.yaml': jobYaml(['parallelism: 1']),
});
afterAll(() => repo.cleanup());

/** The same sink, fed without the aggregate: its keyed state cannot be mapped. */
const WITHOUT_AGGREGATE = 'INSERT INTO counts\nSELECT k, CAST(v AS BIGINT) AS c\nFROM events;\n';

describe('an upgrade Flink cannot restore', () => {
  let firstJob = '';
  let firstHash = '';

  it('creates the stateful job', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    firstJob = (await runningJob(repo, 'count_by_key')).jid;
    firstHash = (await userConfig(repo.cluster, firstJob))['flinkops.spec-hash']!;
    expect(firstHash).toBeTruthy();
  });

  it("fails with Flink's cause and rolls back from the savepoint the upgrade took", async () => {
    repo.write({ 'jobs/count_by_key.sql': WITHOUT_AGGREGATE });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/Cannot map checkpoint\/savepoint state for operator/);
    expect(r.out).toMatch(/rolled.back/);

    const rec = repo.state().jobs.count_by_key!;
    const sp = rec.savepoints.find((s) => s.kind === 'upgrade' && s.jobId === firstJob);
    expect(sp, JSON.stringify(rec.savepoints)).toBeDefined();
    expect(savepointOnDisk(sp!.path)).toBe(true);

    const jobs = await jobsOf(repo, 'count_by_key');
    expect(jobs.find((j) => j.jid === firstJob)?.state).toBe('FINISHED');
    // The failed attempt is over, not restarting.
    const others = jobs.filter((j) => j.jid !== firstJob && j.state !== 'RUNNING');
    expect(others.length).toBeGreaterThanOrEqual(1);
    for (const j of others) expect(['FAILED', 'CANCELED']).toContain(j.state);

    const back = await runningJob(repo, 'count_by_key');
    expect(await restoredFrom(repo.cluster, back.jid)).toBe(sp!.path);
    expect((await userConfig(repo.cluster, back.jid))['flinkops.spec-hash']).toBe(firstHash);
    expect(rec.current).toMatchObject({ jobId: back.jid, specHash: firstHash, restoredFrom: sp!.path });
  });

  it('goes through with allowNonRestoredState, restored from a fresh savepoint', async () => {
    const before = await runningJob(repo, 'count_by_key');
    repo.write({ 'jobs/count_by_key.yaml': jobYaml(['parallelism: 1', 'allowNonRestoredState: true']) });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.stdout).toMatch(/count_by_key will be upgraded/);

    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'count_by_key');
    expect(job.jid).not.toBe(before.jid);
    const sp = repo.state().jobs.count_by_key!.savepoints.at(-1)!;
    expect(sp).toMatchObject({ kind: 'upgrade', jobId: before.jid });
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(sp.path);
    expect((await userConfig(repo.cluster, job.jid))['flinkops.spec-hash']).not.toBe(firstHash);
  });
});
