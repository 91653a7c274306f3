/**
 * A job cancelled by hand is recovered; a restoreFrom pinned before the recovery is where it
 * restarts (the way back when the latest savepoint is gone, as FO614 advises), and once that
 * pin is deployed the next recovery uses the latest savepoint again; taking the spent pin out
 * restarts nothing. Checked in Flink's answers: the job states and `latest.restored.external_path`
 * of each new job.
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
  waitFor,
} from './support';

const repo = makeRepo('recover_pinned', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/counts.yaml': COUNTS_BLACKHOLE,
  'jobs/counts.sql': COUNT_BY_KEY,
  'jobs/counts.yaml': jobYaml(['parallelism: 1']),
});
afterAll(() => repo.cleanup());

/** Cancels the running job as a user does in the Flink UI, and waits until Flink says CANCELED. */
async function cancelByHand(jid: string): Promise<void> {
  const res = await fetch(`${repo.cluster.jobmanagerUrl}/jobs/${jid}?mode=cancel`, { method: 'PATCH' });
  expect(res.status).toBe(202);
  await waitFor(`job ${jid} CANCELED`, async () => {
    const jobs = await jobsOf(repo, 'counts');
    return jobs.find((j) => j.jid === jid)?.state === 'CANCELED' ? true : undefined;
  });
}

async function savepointNow(): Promise<string> {
  const r = await flinkops(repo, ['savepoint', 'counts', '--env', 'local', '--json']);
  expect(r.code, r.out).toBe(0);
  const path = JSON.parse(r.stdout).savepoint as string;
  expect(savepointOnDisk(path)).toBe(true);
  return path;
}

describe('recovering a job cancelled by hand', () => {
  let pinned = '';
  let latest = '';

  it('restarts from a restoreFrom pinned since the last deployment', async () => {
    const created = await apply(repo);
    expect(created.code, created.out).toBe(0);
    pinned = await savepointNow();
    latest = await savepointNow();
    const first = await runningJob(repo, 'counts');
    await cancelByHand(first.jid);

    repo.write({ 'jobs/counts.yaml': jobYaml(['parallelism: 1', `restoreFrom: ${pinned}`]) });
    const plan = await flinkops(repo, ['plan', '--env', 'local']);
    expect(plan.code, plan.out).toBe(0);
    expect(plan.stdout).toMatch(/counts will be recovered/);
    expect(plan.stdout).toMatch(/restart from the pinned savepoint/);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'counts');
    expect(job.jid).not.toBe(first.jid);
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(pinned);
    expect(repo.state().jobs.counts!.current?.restoredFrom).toBe(pinned);

    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
  });

  it('restarts from the latest savepoint once the pin is deployed', async () => {
    const before = await runningJob(repo, 'counts');
    // A savepoint of the version that runs (started from the pin): the newest state, which the
    // recovery takes over the spent pin (and over `latest`, taken before the rewind to the pin).
    const newest = await savepointNow();
    await cancelByHand(before.jid);
    const plan = await flinkops(repo, ['plan', '--env', 'local']);
    expect(plan.stdout).toMatch(/restart from its latest savepoint/);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'counts');
    expect(job.jid).not.toBe(before.jid);
    const restored = await restoredFrom(repo.cluster, job.jid);
    expect(restored).toBe(newest);
    expect(restored).not.toBe(pinned);
    expect(restored).not.toBe(latest);
    expect(restored).toBe(repo.state().jobs.counts!.current?.restoredFrom);
  });

  it('restarts nothing when the spent pin is taken out', async () => {
    const before = await runningJob(repo, 'counts');
    repo.write({ 'jobs/counts.yaml': jobYaml(['parallelism: 1']) });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(0);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    // Flink still runs the same job.
    const job = await runningJob(repo, 'counts');
    expect(job.jid).toBe(before.jid);
  });
});
