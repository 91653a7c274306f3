/**
 * Savepoints on demand and by policy: `flinkops savepoint JOB` and `flinkops savepoints run`
 * take real savepoints; retention disposes real savepoint folders, never a restore point.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COUNTS_BLACKHOLE, jobYaml, SLOW_EVENTS } from './fixtures';
import { apply, flinkops, makeRepo, restoredFrom, runningJob, savepointOnDisk } from './support';

const settings = jobYaml(['parallelism: 1', 'savepoints:', '  every: 1h', '  keep: 1']);
const repo = makeRepo('savepoints', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/counts.yaml': COUNTS_BLACKHOLE,
  'jobs/count_by_key.sql': 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nGROUP BY k;\n',
  'jobs/count_by_key.yaml': settings,
});
afterAll(() => repo.cleanup());

const savepoints = () => repo.state().jobs.count_by_key!.savepoints;

describe('savepoints taken by hand and by policy, and their retention', () => {
  let restorePoint = '';
  const manual: string[] = [];

  it('starts the job from an upgrade savepoint (the restore point retention must keep)', async () => {
    expect((await apply(repo)).code).toBe(0);
    repo.write({
      'jobs/count_by_key.sql':
        'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nWHERE k >= 0\nGROUP BY k;\n',
    });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'count_by_key');
    restorePoint = savepoints().at(-1)!.path;
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(restorePoint);
  });

  it('takes manual savepoints while the job keeps running', async () => {
    const job = await runningJob(repo, 'count_by_key');
    for (let i = 0; i < 2; i++) {
      const r = await flinkops(repo, ['savepoint', 'count_by_key', '--env', 'local', '--json']);
      expect(r.code, r.out).toBe(0);
      const out = JSON.parse(r.stdout) as { jobId: string; savepoint: string };
      expect(out.jobId).toBe(job.jid);
      expect(savepointOnDisk(out.savepoint)).toBe(true);
      expect(savepoints().at(-1)).toMatchObject({ path: out.savepoint, kind: 'manual', jobId: job.jid });
      manual.push(out.savepoint);
    }
    expect((await runningJob(repo, 'count_by_key')).jid).toBe(job.jid);
  });

  it('takes a periodic savepoint when due and disposes the old ones on disk, never the restore point', async () => {
    const now = new Date(Date.now() + 2 * 3600_000).toISOString();
    const r = await flinkops(repo, ['savepoints', 'run', '--env', 'local', '--now', now]);
    expect(r.code, r.out).toBe(0);
    const all = savepoints();
    const periodic = all.filter((s) => s.kind === 'periodic');
    expect(periodic).toHaveLength(1);
    const taken = periodic[0]!.path;
    expect(savepointOnDisk(taken)).toBe(true);
    expect(savepointOnDisk(restorePoint)).toBe(true);
    for (const path of manual) {
      expect(savepointOnDisk(path), path).toBe(false);
      expect(all.find((s) => s.path === path)?.disposed).toBe(true);
    }
    expect(all.find((s) => s.path === restorePoint)?.disposed).toBeFalsy();
    expect(all.find((s) => s.path === taken)?.disposed).toBeFalsy();

    // Run again now (the savepoint just taken is not an hour old): nothing due, nothing to dispose.
    const again = await flinkops(repo, ['savepoints', 'run', '--env', 'local']);
    expect(again.code, again.out).toBe(0);
    expect(savepoints()).toEqual(all);
    expect(savepointOnDisk(taken)).toBe(true);
    expect(savepointOnDisk(restorePoint)).toBe(true);
  });

  it('disposes of savepoints older than maxAge on disk, keeping the restore point and the newest', async () => {
    // A policy change restarts nothing.
    repo.write({
      'jobs/count_by_key.yaml': jobYaml(['parallelism: 1', 'savepoints:', '  keep: 10', '  maxAge: 1d']),
    });
    const job = await runningJob(repo, 'count_by_key');
    const periodic = savepoints().find((s) => s.kind === 'periodic' && !s.disposed)!.path;
    const r = await flinkops(repo, ['savepoint', 'count_by_key', '--env', 'local', '--json']);
    expect(r.code, r.out).toBe(0);
    const newest = (JSON.parse(r.stdout) as { savepoint: string }).savepoint;

    const now = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const run = await flinkops(repo, ['savepoints', 'run', '--env', 'local', '--now', now, '--json']);
    expect(run.code, run.out).toBe(0);
    expect(savepointOnDisk(periodic), periodic).toBe(false);
    expect(savepointOnDisk(restorePoint)).toBe(true);
    expect(savepointOnDisk(newest)).toBe(true);
    const record = repo.state().jobs.count_by_key!;
    expect(record.savepoints.find((s) => s.path === periodic)?.disposed).toBe(true);
    expect(record.history.at(-1)).toMatchObject({
      action: 'dispose',
      savepoint: periodic,
      detail: 'older than maxAge: 1d',
    });
    expect((await runningJob(repo, 'count_by_key')).jid).toBe(job.jid);
  });
});
