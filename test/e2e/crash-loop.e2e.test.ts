/**
 * Jobs that fail at runtime (a division by zero on the first row): a new job that crash-loops
 * is reported with Flink's cause and cancelled; an upgrade to a crash-looping version is rolled
 * back to the previous version from the same savepoint, and not tried again while the repository
 * asks for it unchanged.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './fixtures';
import { apply, jobsOf, makeRepo, restoredFrom, runningJob, userConfig } from './support';

const HEALTHY = 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n';
const CRASHING = 'INSERT INTO sink_rows\nSELECT id, v / (k - k) AS v\nFROM events;\n';

const repo = makeRepo('crash', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/sink_rows.yaml': ROWS_BLACKHOLE,
  'jobs/steady.sql': HEALTHY,
  'jobs/steady.yaml': jobYaml(['parallelism: 1']),
  'jobs/broken.sql': CRASHING,
  'jobs/broken.yaml': jobYaml(['parallelism: 1']),
});
afterAll(() => repo.cleanup());

/** Nothing of `job` is alive on the cluster: every job under its name is over. */
async function nothingAlive(job: string) {
  const jobs = await jobsOf(repo, job);
  expect(jobs.length).toBeGreaterThanOrEqual(1);
  for (const j of jobs) expect(['FAILED', 'CANCELED', 'FINISHED']).toContain(j.state);
}

describe('a job that fails at runtime', () => {
  let steadyHash = '';

  it("fails the create with Flink's cause and leaves nothing restarting", async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/ArithmeticException/);
    expect(r.out).toMatch(/by zero/);
    await nothingAlive('broken');
    expect(repo.state().jobs.broken?.status).toBe('failed');
    // The other job of the same apply is not held back by it.
    const steady = await runningJob(repo, 'steady');
    steadyHash = (await userConfig(repo.cluster, steady.jid))['flinkops.spec-hash']!;
    expect(steadyHash).toBe(repo.state().jobs.steady!.current!.specHash);
  });

  it('rolls an upgrade to a crashing version back from the same savepoint', async () => {
    const before = await runningJob(repo, 'steady');
    // The failed job leaves the repository (nothing of it runs: its deletion only records that).
    repo.write({ 'jobs/broken.sql': null, 'jobs/broken.yaml': null, 'jobs/steady.sql': CRASHING });
    const r = await apply(repo, ['--allow-delete']);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/by zero/);
    expect(r.out).toMatch(/rolled.back/);

    const rec = repo.state().jobs.steady!;
    const sp = rec.savepoints.find((s) => s.kind === 'upgrade' && s.jobId === before.jid);
    expect(sp, JSON.stringify(rec.savepoints)).toBeDefined();
    const back = await runningJob(repo, 'steady');
    expect(back.jid).not.toBe(before.jid);
    expect(await restoredFrom(repo.cluster, back.jid)).toBe(sp!.path);
    expect((await userConfig(repo.cluster, back.jid))['flinkops.spec-hash']).toBe(steadyHash);
    // The crashing version is over: only the rolled-back job is alive.
    const alive = (await jobsOf(repo, 'steady')).filter(
      (j) => !['FAILED', 'CANCELED', 'FINISHED'].includes(j.state),
    );
    expect(alive.map((j) => j.jid)).toEqual([back.jid]);
  });

  it('holds the rolled-back change: the next apply leaves the rolled-back job running', async () => {
    const back = await runningJob(repo, 'steady');
    const count = (await jobsOf(repo, 'steady')).length;
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('FO601');
    expect(r.out).toContain('1 rolled-back change held');
    // Flink's answer: the same job runs on, and no job was started.
    expect((await runningJob(repo, 'steady')).jid).toBe(back.jid);
    expect(await jobsOf(repo, 'steady')).toHaveLength(count);
    expect(repo.state().jobs.steady!.rolledBack?.cause).toMatch(/by zero/);
  });
});
