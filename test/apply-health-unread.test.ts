/**
 * The JobManager stops answering while a new job goes through its health grace: the job may run
 * perfectly well. The failure must say its health could not be read, not blame the job for a
 * missing checkpoint (and point at its exceptions).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { desiredState, type Harness, harness } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('health check with the JobManager unreachable', () => {
  it('says the health could not be read, not that no checkpoint completed', async () => {
    h = await harness({ retries: 1 });
    await h.apply(desiredState([{ name: 'alpha' }]));
    const x = h;
    const r = await x.apply(desiredState([{ name: 'alpha', version: 2 }]), {
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'health-grace')
          x.sim.control.faults.set({ http5xxRate: 1 });
        if (e.type === 'rollback-started') x.sim.control.faults.reset();
      },
    });
    const c = r.changes[0]!;
    expect(c.outcome).toBe('rolled-back');
    expect(c.error).toMatch(/JobManager did not answer about job \w+ when its \d+ s health check ended/);
    expect(c.error).not.toMatch(/completed no checkpoint/);
  });
});
