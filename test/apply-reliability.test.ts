/**
 * Apply against a misbehaving cluster (the simulator's fault switches, virtual
 * time): failed savepoints, jobs that fail after the upgrade, flaky networks,
 * JobManager failover mid-savepoint, and two applies racing for the lock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFailed } from '../src/apply';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const savepointsTaken = (x: Harness) =>
  x.sim.control.snapshot().savepoints.filter((s) => s.kind === 'savepoint');

async function deployed(x: Harness) {
  const v1 = desiredState([{ name: 'alpha' }]);
  const r = await x.apply(v1);
  expect(r.changes.map((c) => c.outcome)).toEqual(['applied']);
  return { v1, jobId: r.changes[0]!.newJobId! };
}

describe('apply reliability', () => {
  it('a failed savepoint leaves the old job running and its record unchanged', async () => {
    h = await harness();
    const { jobId } = await deployed(h);
    const before = (await h.store.read()).doc.jobs.alpha!;
    h.sim.control.faults.savepointFails = 1;
    const r = await h.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect(applyFailed(r)).toBe(true);
    expect(r.changes[0]).toMatchObject({ job: 'alpha', action: 'upgrade', outcome: 'failed' });
    expect(r.changes[0]!.error).toContain('Simulated savepoint failure');
    expect(r.diags.map((d) => d.code)).toEqual(['FO703']);
    expect(running(h, 'alpha').map((j) => [j.jid, j.state])).toEqual([[jobId, 'RUNNING']]);
    const after = (await h.store.read()).doc.jobs.alpha!;
    for (const k of ['current', 'lastStable', 'savepoints', 'status', 'pending'] as const)
      expect(after[k]).toEqual(before[k]);
  });

  it.each([
    ['fails on start (state does not map)', { query: 2 }, undefined],
    ['fails 5 s after it starts', { version: 2 }, { jobFailsAfterMs: 5_000 }],
    ['restarts in a loop', { version: 2 }, { jobRestartLoop: true }],
  ] as const)(
    'a new job that %s is rolled back to the old script from the same savepoint',
    async (_n, change, fault) => {
      h = await harness();
      const { v1 } = await deployed(h);
      const x = h;
      const r = await x.apply(desiredState([{ name: 'alpha', ...change }]), {
        onEvent: (e) => {
          // The fault hits the new job only: switched on once it is submitted, off when the rollback starts.
          if (fault && e.type === 'step-finished' && e.step.kind === 'submit')
            x.sim.control.faults.set(fault);
          if (e.type === 'rollback-started') x.sim.control.faults.reset();
        },
      });
      expect(applyFailed(r)).toBe(true);
      const c = r.changes[0]!;
      expect(c.outcome).toBe('rolled-back');
      expect(c.error).toMatch(/Cannot map checkpoint|Simulated failure|restart loop/);
      expect(r.diags.map((d) => d.code)).toEqual(['FO705', 'FO712']);
      const live = running(x, 'alpha');
      expect(live).toHaveLength(1);
      expect(live[0]!.jid).toBe(c.newJobId);
      expect(live[0]!.restoredFrom).toBe(c.savepoint);
      expect(live[0]!.userConfig['flinkops.spec-hash']).toBe(v1.jobs[0]!.restartHash);
      const rec = (await x.store.read()).doc.jobs.alpha!;
      expect(rec.current).toMatchObject({
        jobId: c.newJobId,
        specHash: v1.jobs[0]!.restartHash,
        restoredFrom: c.savepoint,
      });
      expect(rec.lastStable?.jobId).toBe(c.newJobId);
      expect(rec.savepoints.map((s) => s.path)).toEqual([c.savepoint]);
      expect(rec.history.map((e) => e.action)).toContain('rollback');
      expect(savepointsTaken(x)).toHaveLength(1);
    },
  );

  it('survives 5xx bursts, latency and connection resets while polling, with exactly one savepoint', async () => {
    h = await harness();
    await deployed(h);
    const x = h;
    const flaky = { http5xxRate: 0.3, connectionResetRate: 0.15, latencyMs: 2 };
    const r = await x.apply(desiredState([{ name: 'alpha', version: 2 }]), {
      onEvent: (e) => {
        if (e.type !== 'step-started') return;
        // The gateway submission is covered by its own look-before-resubmit rule; here the polls are flaky.
        if (e.step.kind === 'submit') x.sim.control.faults.reset();
        else x.sim.control.faults.set(flaky);
      },
    });
    expect(r.diags).toEqual([]);
    expect(r.changes[0]!.outcome).toBe('applied');
    expect(savepointsTaken(x)).toHaveLength(1);
    expect(running(x, 'alpha')).toHaveLength(1);
  });

  it('finds the savepoint again after a JobManager failover forgot the trigger', async () => {
    h = await harness();
    await deployed(h);
    const x = h;
    let failedOver = false;
    const r = await x.apply(desiredState([{ name: 'alpha', version: 2 }]), {
      onEvent: (e) => {
        if (e.type === 'poll-progress' && !failedOver && /savepoint/.test(e.what)) {
          failedOver = true;
          // The savepoint completes, then the JobManager fails over before we read the result.
          x.clock.advance(600);
          x.sim.control.tick();
          x.sim.control.jobManagerFailover();
        }
      },
    });
    expect(failedOver).toBe(true);
    expect(r.diags).toEqual([]);
    expect(savepointsTaken(x)).toHaveLength(1);
    expect((await x.store.read()).doc.jobs.alpha!.savepoints.map((s) => s.path)).toEqual([
      savepointsTaken(x)[0]!.path,
    ]);
  });

  it('triggers again safely when a failover dropped a savepoint in progress', async () => {
    h = await harness();
    await deployed(h);
    const x = h;
    let failedOver = false;
    const r = await x.apply(desiredState([{ name: 'alpha', version: 2 }]), {
      onEvent: (e) => {
        if (e.type === 'poll-progress' && !failedOver && /savepoint/.test(e.what)) {
          failedOver = true;
          x.sim.control.jobManagerFailover();
        }
      },
    });
    expect(r.diags).toEqual([]);
    expect(r.changes[0]!.outcome).toBe('applied');
    expect(savepointsTaken(x)).toHaveLength(1);
    expect(running(x, 'alpha')).toHaveLength(1);
  });

  it('lets exactly one of two concurrent applies proceed', async () => {
    h = await harness();
    await deployed(h);
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    const plan = await h.plan(v2);
    const [a, b] = await Promise.all([h.apply(v2, { plan }), h.apply(v2, { plan })]);
    const refused = [a, b].filter((r) => r.diags.some((d) => d.code === 'FO805'));
    const proceeded = [a, b].filter((r) => r.changes.length > 0);
    expect(refused).toHaveLength(1);
    expect(proceeded).toHaveLength(1);
    expect(refused[0]!.diags[0]!.summary).toMatch(/locked by test \(apply on .*\) since \d{4}-/);
    expect(proceeded[0]!.changes[0]!.outcome).toBe('applied');
    expect(savepointsTaken(h)).toHaveLength(1);
  });

  it('refuses a stale plan', async () => {
    h = await harness();
    await deployed(h);
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    const plan = await h.plan(v2);
    h.sim.control.seedJob({ name: 'shop.prod.intruder' });
    const r = await h.apply(v2, { plan });
    expect(r.changes).toEqual([]);
    expect(r.diags.map((d) => [d.code, d.summary])).toEqual([['FO701', 'plan is stale, run plan again']]);
    expect(await h.store.lockInfo()).toBeUndefined();
  });
});
