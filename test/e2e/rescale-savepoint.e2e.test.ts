/**
 * Rescale on the default scheduler, which cannot change parallelism in place: the plan says it
 * goes through a savepoint, and apply stops the job with one and starts it again from it.
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
  vertexParallelism,
} from './support';

const repo = makeRepo(
  'rescale_sp',
  {
    'tables/events.yaml': SLOW_EVENTS,
    'tables/counts.yaml': COUNTS_BLACKHOLE,
    'jobs/count_by_key.sql': COUNT_BY_KEY,
    'jobs/count_by_key.yaml': jobYaml(['parallelism: 1']),
  },
  { cluster: 'standard' },
);
afterAll(() => repo.cleanup());

describe('rescale through a savepoint on the default scheduler', () => {
  it('creates the job at parallelism 1', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'count_by_key');
    expect(new Set(Object.values(await vertexParallelism(repo.cluster, job.jid)))).toEqual(new Set([1]));
  });

  it('plans a parallelism change as a savepoint restart and applies it as one', async () => {
    const before = await runningJob(repo, 'count_by_key');
    repo.write({ 'jobs/count_by_key.yaml': jobYaml(['parallelism: 2']) });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.stdout).toMatch(/count_by_key will be rescaled \(savepoint-restart\)/);
    expect(plan.stdout).not.toMatch(/in-place/);

    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const old = (await jobsOf(repo, 'count_by_key')).find((j) => j.jid === before.jid);
    expect(old?.state).toBe('FINISHED');
    const job = await runningJob(repo, 'count_by_key');
    expect(job.jid).not.toBe(before.jid);
    expect(new Set(Object.values(await vertexParallelism(repo.cluster, job.jid)))).toEqual(new Set([2]));

    const rec = repo.state().jobs.count_by_key!;
    const sp = rec.savepoints.at(-1)!;
    expect(sp).toMatchObject({ kind: 'rescale', jobId: before.jid });
    expect(savepointOnDisk(sp.path)).toBe(true);
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(sp.path);
    expect(rec.current).toMatchObject({ jobId: job.jid, parallelism: 2, restoredFrom: sp.path });

    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
  });
});
