/**
 * The JobManager stops answering while a new job goes through its health grace: the job may run
 * perfectly well. The failure says its health could not be read (not that it missed a checkpoint),
 * and the job is left running, unverified, rather than rolled back: a rollback needs the
 * JobManager too, and would replay what the job processed. The next apply finishes the check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('health check with the JobManager unreachable', () => {
  it('says the health could not be read, leaves the new job running unverified, and the next apply finishes the check', async () => {
    h = await harness({ retries: 1 });
    await h.apply(desiredState([{ name: 'alpha' }]));
    const stable = (await h.store.read()).doc.jobs.alpha!.lastStable!.jobId;
    const x = h;
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    const r = await x.apply(v2, {
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'health-grace')
          x.sim.control.faults.set({ http5xxRate: 1 });
      },
    });
    const c = r.changes[0]!;
    expect(c.outcome).toBe('failed');
    expect(c.error).toMatch(/JobManager did not answer about job \w+ when its \d+ s health check ended/);
    expect(c.error).not.toMatch(/completed no checkpoint/);
    expect(r.diags.map((d) => d.code)).toEqual(['FO705']);
    expect(r.diags[0]!.detail).toContain('left running, not rolled back');
    // The cluster: the new job runs; nothing was cancelled or restarted.
    x.sim.control.faults.reset();
    const now = running(x, 'alpha');
    expect(now.map((j) => j.state)).toEqual(['RUNNING']);
    const doc = (await x.store.read()).doc.jobs.alpha!;
    expect(doc.current?.jobId).toBe(now[0]!.jid);
    expect(doc.lastStable?.jobId).toBe(stable);

    // The JobManager answers again: the plan says the check is unfinished, apply finishes it.
    const plan = await x.plan(v2);
    expect(plan.diagnostics.map((d) => d.code)).toContain('FO619');
    const again = await x.apply(v2, { plan });
    expect(again.diags).toEqual([]);
    expect(running(x, 'alpha').map((j) => j.jid)).toEqual([now[0]!.jid]);
    expect((await x.store.read()).doc.jobs.alpha!.lastStable?.jobId).toBe(now[0]!.jid);
  });
});
