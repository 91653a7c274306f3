/**
 * The SQL Gateway goes away after the old job was stopped with a savepoint: the new version cannot
 * be submitted, nor can the rollback. The report must say that nothing of the job runs, and where
 * its state is; the next apply restarts it from that savepoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('rollback without a gateway', () => {
  it('says the job is down and where its savepoint is', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const x = h;
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    const r = await x.apply(v2, {
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'submit') void x.sim.control.setGatewayDown(true);
      },
    });
    expect(running(x, 'alpha')).toEqual([]);
    const sp = r.changes[0]!.savepoint!;
    expect(sp).toMatch(/savepoint/);
    const rb = r.diags.find((d) => d.code === 'FO706')!;
    expect(rb.summary).toMatch(/^rollback of job alpha failed: /);
    expect(rb.detail).toContain('Nothing runs for this job now');
    expect(rb.detail).toContain(sp);

    await x.sim.control.setGatewayDown(false);
    const again = await x.apply(v2);
    expect(again.changes[0]).toMatchObject({ action: 'recover', outcome: 'applied' });
    expect(running(x, 'alpha').map((j) => j.restoredFrom)).toEqual([sp]);
  });
});
