/**
 * One job's life on a real cluster, each step checked through Flink's REST API and the disk:
 * create → no changes → savepoint upgrade → in-place rescale → suspend → resume → delete.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COUNT_BY_KEY, COUNTS_SINK, EVENTS_SOURCE, jobYaml } from './fixtures';
import {
  apply,
  flinkops,
  jobsOf,
  makeRepo,
  rest,
  restoredFrom,
  runningJob,
  savepointOnDisk,
  userConfig,
  vertexParallelism,
  waitFor,
} from './support';

const repo = makeRepo('life', {
  'tables/events.yaml': EVENTS_SOURCE,
  'tables/counts.yaml': COUNTS_SINK,
  'jobs/count_by_key.sql': COUNT_BY_KEY,
  'jobs/count_by_key.yaml': jobYaml([
    'parallelism: 2',
    'config:',
    // The job's own parameters must survive beside flinkops' labels.
    '  pipeline.global-job-parameters: "team:rides,tier:gold"',
  ]),
});
afterAll(() => repo.cleanup());

const pipelineName = `${repo.project}.local.count_by_key`;
const ids: string[] = [];

describe('a job from create to delete', () => {
  it('creates the job: RUNNING under its name, with its labels and its own parameters', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'count_by_key');
    ids.push(job.jid);
    expect(job.name).toBe(pipelineName);
    const labels = await userConfig(repo.cluster, job.jid);
    expect(labels).toMatchObject({
      'flinkops.project': repo.project,
      'flinkops.env': 'local',
      'flinkops.job': 'count_by_key',
      team: 'rides',
      tier: 'gold',
    });
    expect(labels['flinkops.spec-hash']).toBe(repo.state().jobs.count_by_key!.current!.specHash);
    // The sink keeps sink.parallelism 1 while the job runs at 2.
    const p = await vertexParallelism(repo.cluster, job.jid);
    expect(Object.values(p).sort()).toEqual(expect.arrayContaining([1, 2]));
  });

  it('plans no changes right after apply, though its vertices run at different parallelisms', async () => {
    const r = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(r.code, r.out).toBe(0);
    expect(r.stdout).toContain('No changes');
  });

  it('upgrades a changed query through a savepoint the new job restores from', async () => {
    repo.write({
      'jobs/count_by_key.sql':
        'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nWHERE v IS NOT NULL\nGROUP BY k;\n',
    });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.stdout).toMatch(/count_by_key will be upgraded/);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const [old] = await jobsOf(repo, 'count_by_key').then((js) => js.filter((j) => j.jid === ids[0]));
    expect(old?.state).toBe('FINISHED');
    const job = await runningJob(repo, 'count_by_key');
    ids.push(job.jid);
    const recorded = repo.state().jobs.count_by_key!.savepoints.at(-1)!;
    expect(recorded).toMatchObject({ kind: 'upgrade', jobId: ids[0] });
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(recorded.path);
    expect(savepointOnDisk(recorded.path)).toBe(true);
    // Restored without claiming: after more checkpoints the savepoint flinkops keeps is still there.
    await waitFor('two checkpoints of the new job', async () => {
      const c = await rest<{ counts: { completed: number } }>(repo.cluster, `/jobs/${job.jid}/checkpoints`);
      return c.counts.completed >= 2 ? true : undefined;
    });
    expect(savepointOnDisk(recorded.path)).toBe(true);
  });

  it('rescales in place on the adaptive scheduler, leaving the pinned sink at 1', async () => {
    repo.write({
      'jobs/count_by_key.yaml': jobYaml([
        'parallelism: 3',
        'config:',
        '  pipeline.global-job-parameters: "team:rides,tier:gold"',
      ]),
    });
    const plan = await flinkops(repo, ['plan', '--env', 'local']);
    expect(plan.stdout).toMatch(/rescaled \(in-place\)/);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'count_by_key');
    expect(job.jid).toBe(ids.at(-1)); // same job: no restart through a savepoint
    const p = Object.values(await vertexParallelism(repo.cluster, job.jid)).sort();
    expect(p).toContain(3);
    expect(p).toContain(1);
    expect(p).not.toContain(2);
    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
    // Flink keeps the submitted parallelism in the job's configuration: a store that does not know
    // the run (lost, or another one) reads the vertices' upper bounds, and plans no rescale again.
    const config = await rest<{ 'execution-config': { 'job-parallelism': number } }>(
      repo.cluster,
      `/jobs/${job.jid}/config`,
    );
    expect(config['execution-config']['job-parallelism']).toBe(2);
    const other = ['--state-file', join(repo.dir, 'other-store.json'), '--json'];
    const fresh = await flinkops(repo, ['plan', '--env', 'local', ...other]);
    const change = JSON.parse(fresh.stdout).changes.find((c: { job: string }) => c.job === 'count_by_key');
    expect(change.action, fresh.out).not.toBe('rescale');
    expect(change.from.parallelism).toBe(3);
  });

  it('suspends with a savepoint and resumes from it', async () => {
    repo.write({
      'jobs/count_by_key.yaml': jobYaml([
        'parallelism: 3',
        'state: suspended',
        'config:',
        '  pipeline.global-job-parameters: "team:rides,tier:gold"',
      ]),
    });
    const s = await apply(repo);
    expect(s.code, s.out).toBe(0);
    expect((await jobsOf(repo, 'count_by_key')).filter((j) => j.state === 'RUNNING')).toEqual([]);
    const sp = repo.state().jobs.count_by_key!.savepoints.at(-1)!;
    expect(sp.kind).toBe('suspend');
    expect(savepointOnDisk(sp.path)).toBe(true);

    repo.write({
      'jobs/count_by_key.yaml': jobYaml([
        'parallelism: 3',
        'config:',
        '  pipeline.global-job-parameters: "team:rides,tier:gold"',
      ]),
    });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'count_by_key');
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(sp.path);
  });

  it('deletes the job when asked, with a final savepoint on disk', async () => {
    repo.write({ 'jobs/count_by_key.sql': null, 'jobs/count_by_key.yaml': null });
    const refused = await apply(repo);
    expect(await runningJob(repo, 'count_by_key')).toBeDefined();
    expect(refused.out).toMatch(/allow-delete/);
    // A drift check sees the job the repository no longer declares, though apply skips it.
    const drift = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(drift.code, drift.out).toBe(2);
    expect(drift.out).toContain('1 change refused and will be skipped: count_by_key.');
    const r = await apply(repo, ['--allow-delete']);
    expect(r.code, r.out).toBe(0);
    expect((await jobsOf(repo, 'count_by_key')).filter((j) => j.state === 'RUNNING')).toEqual([]);
    const rec = repo.state().jobs.count_by_key!;
    expect(rec.status).toBe('deleted');
    const sp = rec.savepoints.at(-1)!;
    expect(sp.kind).toMatch(/delete|final/);
    expect(savepointOnDisk(sp.path)).toBe(true);
  });
});
