/**
 * What plan's FO606 check asks of Flink: the exceptions of a job left alone only where it may be
 * failing. Right after an apply of many jobs every one of them reached RUNNING a moment ago; the
 * check must not read all their exceptions (a second request per job), nor send them all at once.
 */
import { describe, expect, it } from 'vitest';
import { unhealthyJobs } from '../src/engine/plan-health';

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);

/** `n` managed jobs left alone, each RUNNING since `runningFor` ms, started `startedBefore` ms before that. */
function setup(n: number, runningFor: number, startedBefore: number) {
  const names = Array.from({ length: n }, (_, i) => `job_${i}`);
  const plan = {
    changes: names.map((job, i) => ({
      job,
      action: 'none',
      reason: 'up to date',
      causes: [],
      liveJobId: `j${i}`,
    })),
  };
  const live = {
    observed: true,
    adaptiveScheduler: true,
    jobs: names.map((job, i) => ({
      job,
      jobId: `j${i}`,
      name: `shop.prod.${job}`,
      state: 'RUNNING',
      startTime: NOW - runningFor - startedBefore,
      runningSince: NOW - runningFor,
      labels: { 'flinkops.job': job },
    })),
  };
  const desired = {
    env: 'prod',
    jobs: names.map((name) => ({ name, sqlFile: `jobs/${name}.sql`, settings: {} })),
  };
  const doc = { jobs: {} };
  let inFlight = 0;
  let most = 0;
  const asked: string[] = [];
  const client = {
    getExceptions: async (jobId: string) => {
      asked.push(jobId);
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return { ok: true, value: { history: [], truncated: false } };
    },
  };
  const run = () =>
    unhealthyJobs(client as never, plan as never, live as never, desired as never, doc as never, NOW, 4);
  return { run, asked, most: () => most };
}

describe("plan's reads of the exceptions of jobs left alone (FO606)", () => {
  it('reads those of a few jobs that reached RUNNING lately, at most the concurrency at once', async () => {
    const s = setup(3, 60_000, 2_000);
    expect(await s.run()).toEqual([]);
    expect(s.asked).toEqual(['j0', 'j1', 'j2']);
  });

  it('does not read those of many jobs freshly started by an apply, only of the ones restarted since', async () => {
    const fresh = setup(200, 60_000, 2_000);
    expect(await fresh.run()).toEqual([]);
    expect(fresh.asked).toEqual([]);
    // Restarted: RUNNING again long after the job started.
    const restarted = setup(40, 60_000, 120_000);
    await restarted.run();
    expect(restarted.asked).toHaveLength(40);
    expect(restarted.most()).toBeLessThanOrEqual(4);
  });

  it('reads nothing of jobs RUNNING for longer than the health window', async () => {
    const s = setup(3, 11 * 60_000, 120_000);
    await s.run();
    expect(s.asked).toEqual([]);
  });
});
