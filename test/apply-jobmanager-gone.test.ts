/**
 * The JobManager stops answering at all (killed, its network gone) while apply waits on a
 * stop-with-savepoint. Polling a dead JobManager for the savepoint's whole ten-minute budget
 * learns nothing and ends in "did not finish within 600 s … check for slow checkpoints": the
 * wait ends after `unreachableMs` instead, says the JobManager does not answer, and keeps the
 * trigger pending, so the next apply (the JobManager back) finds the savepoint's outcome first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('stop-with-savepoint with the JobManager gone', () => {
  it('ends the wait after unreachableMs, names the JobManager, keeps the trigger pending; the next apply converges', async () => {
    h = await harness({ retries: 1 });
    const x = h;
    await x.apply(desiredState([{ name: 'alpha' }]));
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    const started = x.clock.now();
    let cut = 0;
    const r = await x.apply(v2, {
      onEvent: (e) => {
        // The trigger reached the JobManager; then nothing answers any more.
        if (e.type === 'poll-progress' && /savepoint/.test(e.what) && cut === 0) {
          cut = x.clock.now();
          x.sim.control.faults.set({ connectionResetRate: 1, stopHangs: true });
        }
      },
    });
    const c = r.changes[0]!;
    expect(c.outcome).toBe('failed');
    expect(r.diags.map((d) => d.code)).toEqual(['FO704']);
    expect(r.diags[0]!.summary).toMatch(
      /the JobManager has not answered for 1[2-3]\d s \(.+\); savepoint \w+ of job \w+ may still complete/,
    );
    expect(r.diags[0]!.summary).toMatch(/^savepoint of job alpha \(\w+\) is unknown: /);
    expect(r.diags[0]!.detail).toContain('recorded as pending');
    expect(r.diags[0]!.detail).toContain('nothing of alpha runs until the next apply');
    // Two minutes of silence, not the savepoint's ten-minute budget.
    expect(x.clock.now() - cut).toBeLessThan(200_000);
    expect(x.clock.now() - started).toBeLessThan(300_000);
    const pending = (await x.store.read()).doc.jobs.alpha!.pending;
    expect(pending?.kind).toBe('stop-with-savepoint');

    // The JobManager answers again: the next apply looks for that trigger first, then upgrades.
    x.sim.control.faults.reset();
    const again = await x.apply(v2);
    expect(again.diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(again.changes[0]!.outcome).toBe('applied');
    expect(running(x, 'alpha')).toHaveLength(1);
    expect((await x.store.read()).doc.jobs.alpha!.pending).toBeUndefined();
  });
});
