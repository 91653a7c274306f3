/**
 * Ctrl-C / CI cancel during an apply (ExecuteOptions.stop): no new job or step starts, a
 * savepoint in progress is awaited and recorded, a health check ends early, the lock is
 * released, and the report says what was done and what was not. A rerun converges.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFailed } from '../src/apply';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('apply asked to stop', () => {
  it('during a stop-with-savepoint: the savepoint is recorded, the new version is not started, the lock is released', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    const oldJob = running(h, 'orders')[0]!.jid;
    const stop = new AbortController();
    const v2 = desiredState([{ name: 'orders', version: 2 }]);
    const report = await h.apply(v2, {
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'stop-with-savepoint') stop.abort('SIGINT');
      },
    });
    expect(report.interrupted).toBe(true);
    expect(applyFailed(report)).toBe(true);
    expect(report.changes).toMatchObject([
      { job: 'orders', action: 'upgrade', outcome: 'interrupted', error: expect.stringMatching(/before/) },
    ]);
    // The savepoint in flight was awaited and recorded, never abandoned.
    const { doc } = await h.store.read();
    const rec = doc.jobs.orders!;
    expect(rec.savepoints.map((s) => s.jobId)).toEqual([oldJob]);
    expect(rec.pending).toBeUndefined();
    expect(report.changes[0]!.savepoint).toBe(rec.savepoints[0]!.path);
    expect(running(h, 'orders')).toHaveLength(0);
    expect(await h.store.lockInfo()).toBeUndefined();
    expect(report.diags.map((d) => d.code)).toContain('FO717');

    // The next run starts the new version from that savepoint.
    const again = await h.apply(v2);
    expect(again.changes.map((c) => c.outcome)).toEqual(['applied']);
    const live = running(h, 'orders');
    expect(live).toHaveLength(1);
    expect(live[0]!.userConfig['flinkops.spec-hash']).toBe(v2.jobs[0]!.restartHash);
  });

  it('before a job starts: it is not started, and the report says so', async () => {
    h = await harness();
    const stop = new AbortController();
    const report = await h.apply(desiredState([{ name: 'a' }, { name: 'b' }]), {
      parallelism: 1,
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-finished' && e.step.kind === 'submit') stop.abort('SIGTERM');
      },
    });
    expect(report.changes.map((c) => [c.job, c.outcome])).toEqual([
      ['a', 'interrupted'],
      ['b', 'interrupted'],
    ]);
    expect(report.changes[1]!.error).toBe('not started: the run was interrupted');
    expect(running(h, 'a')).toHaveLength(1);
    expect(running(h, 'b')).toHaveLength(0);
    expect(await h.store.lockInfo()).toBeUndefined();
  });

  it('during the health grace: the check ends early, nothing is rolled back, the next plan says it is unfinished', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    const oldJob = running(h, 'orders')[0]!.jid;
    const stop = new AbortController();
    const v2 = desiredState([{ name: 'orders', version: 2 }]);
    const report = await h.apply(v2, {
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'poll-progress' && e.what.startsWith('health of')) stop.abort('SIGINT');
      },
    });
    expect(report.changes).toMatchObject([{ outcome: 'interrupted' }]);
    const newJob = report.changes[0]!.newJobId!;
    expect(running(h, 'orders').map((j) => j.jid)).toEqual([newJob]);
    const { doc } = await h.store.read();
    expect(doc.jobs.orders!.current?.jobId).toBe(newJob);
    expect(doc.jobs.orders!.lastStable?.jobId).toBe(oldJob);
    expect(await h.store.lockInfo()).toBeUndefined();

    const plan = await h.plan(v2);
    expect(plan.changes[0]).toMatchObject({ action: 'none', verify: { jobId: newJob } });
    expect(plan.diagnostics.map((d) => d.code)).toContain('FO619');
    const done = await h.apply(v2, { plan });
    expect(done.changes).toMatchObject([{ job: 'orders', outcome: 'applied' }]);
    expect((await h.store.read()).doc.jobs.orders!.lastStable?.jobId).toBe(newJob);
    expect((await h.plan(v2)).changes[0]).not.toHaveProperty('verify');
  });
});
