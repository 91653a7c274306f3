/**
 * An apply killed during a rollback: after it cancelled the failing new version and before it
 * started the previous one again. The store recorded the rollback first, so the rerun finishes it
 * (the previous version, from the savepoint the rollback chose) rather than start the failing
 * version once more.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FlinkClient } from '../src/flink/client';
import { advance, desiredState, type Harness, harness, running, withCalls } from './apply-harness.test';
import { CrashError } from './support/crash';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const V1 = desiredState([{ name: 'orders' }]);
const V2 = desiredState([{ name: 'orders', version: 2 }]);

/**
 * orders at V1, then an upgrade to V2 whose new job fails; the process dies as the rollback submits
 * V1 (after its cancel of the V2 job), or, `beforeCancel`, as it is about to cancel the V2 job.
 */
async function killedDuringRollback(x: Harness, beforeCancel = false) {
  await x.apply(V1);
  const real = x.client;
  let rollingBack = false;
  x.client = withCalls(
    real,
    beforeCancel
      ? {
          cancelJob: (...a: Parameters<FlinkClient['cancelJob']>) => {
            if (rollingBack) throw new CrashError('killed before the cancel of the failed job');
            return real.cancelJob(...a);
          },
        }
      : {
          openSession: (...a: Parameters<FlinkClient['openSession']>) => {
            if (rollingBack)
              throw new CrashError('killed between the cancel and the restart of the previous version');
            return real.openSession(...a);
          },
        },
  );
  await expect(
    x.apply(V2, {
      onEvent: (e) => {
        // The new version fails (before a cancel: keeps restarting, so that it is still alive).
        if (e.type === 'step-finished' && e.step.kind === 'submit') {
          if (beforeCancel) x.sim.control.faults.jobRestartLoop = true;
          else x.sim.control.faults.jobFailsAfterMs = 1_000;
        }
        if (e.type === 'rollback-started') {
          rollingBack = true;
          x.sim.control.faults.jobFailsAfterMs = null;
        }
      },
    }),
  ).rejects.toThrow(CrashError);
  x.sim.control.faults.jobRestartLoop = false;
  x.client = real;
  if (await x.store.lockInfo()) await x.store.breakLock();
  advance(x, 60_000);
}

const specOf = (x: Harness, jid: string) =>
  x.sim.control.snapshot().jobs.find((j) => j.jid === jid)?.userConfig['flinkops.spec-hash'];

describe('apply killed during a rollback', () => {
  it('leaves the rollback recorded, and the rerun finishes it instead of starting the failing version again', async () => {
    h = await harness();
    const x = h;
    await killedDuringRollback(x);
    expect(running(x, 'orders')).toEqual([]);
    const before = (await x.store.read()).doc.jobs.orders!;
    const upgradeSavepoint = before.savepoints.find((s) => s.kind === 'upgrade')!.path;
    expect(before.pending).toMatchObject({
      kind: 'rollback',
      specHash: V1.jobs[0]!.restartHash,
      failedSpecHash: V2.jobs[0]!.restartHash,
      savepoint: upgradeSavepoint,
    });
    const submitted = x.sim.control.snapshot().jobs.length;

    const plan = await x.plan(V2);
    expect(plan.changes[0]).toMatchObject({ action: 'recover', restoreFrom: upgradeSavepoint });
    expect(plan.changes[0]!.reason).toMatch(
      /was rolling job \w+ back to the last stable version .*finish the rollback/,
    );
    expect(plan.changes[0]!.reason).not.toMatch(/while the repo wants it running/);
    expect(plan.diagnostics.map((d) => d.code)).toContain('FO616');

    const r = await x.apply(V2, { plan });
    expect(r.changes).toMatchObject([{ job: 'orders', action: 'recover', outcome: 'rolled-back' }]);
    expect(r.diags.find((d) => d.code === 'FO712')?.summary).toMatch(
      /the rollback an earlier apply started .* is finished/,
    );
    // One job started, the previous version, from the savepoint the rollback chose: V2 not again.
    const jobs = x.sim.control.snapshot().jobs;
    expect(jobs).toHaveLength(submitted + 1);
    const live = running(x, 'orders');
    expect(live).toHaveLength(1);
    expect(specOf(x, live[0]!.jid)).toBe(V1.jobs[0]!.restartHash);
    expect(live[0]!.restoredFrom).toBe(upgradeSavepoint);
    const rec = (await x.store.read()).doc.jobs.orders!;
    expect(rec.pending).toBeUndefined();
    expect(rec.current?.jobId).toBe(live[0]!.jid);
    expect(rec.lastStable?.jobId).toBe(live[0]!.jid);
    expect(rec.rolledBack?.specHash).toBe(V2.jobs[0]!.restartHash);
    expect(rec.history.filter((e) => e.action === 'rollback')).toMatchObject([
      { jobId: live[0]!.jid, savepoint: upgradeSavepoint },
    ]);

    // Converged: the change is held (FO601) until the repository changes it.
    const again = await x.plan(V2);
    expect(again.changes[0]!.action).toBe('none');
    expect(again.diagnostics.map((d) => d.code)).toContain('FO601');
  });

  it('with the repository changed since, recovers the new version from that savepoint', async () => {
    h = await harness();
    const x = h;
    await killedDuringRollback(x);
    const upgradeSavepoint = (await x.store.read()).doc.jobs.orders!.savepoints.find(
      (s) => s.kind === 'upgrade',
    )!.path;
    const V3 = desiredState([{ name: 'orders', version: 3 }]);
    const plan = await x.plan(V3);
    expect(plan.changes[0]).toMatchObject({ action: 'recover' });
    expect(plan.changes[0]!.reason).not.toMatch(/finish the rollback/);
    const r = await x.apply(V3, { plan });
    expect(r.changes).toMatchObject([{ outcome: 'applied' }]);
    const live = running(x, 'orders');
    expect(live).toHaveLength(1);
    expect(specOf(x, live[0]!.jid)).toBe(V3.jobs[0]!.restartHash);
    expect(live[0]!.restoredFrom).toBe(upgradeSavepoint);
    expect((await x.store.read()).doc.jobs.orders!.pending).toBeUndefined();
  });

  it('killed before the failed job was cancelled: the rerun cancels it and finishes the rollback', async () => {
    h = await harness();
    const x = h;
    await killedDuringRollback(x, true);
    const failedJob = (await x.store.read()).doc.jobs.orders!.pending;
    expect(failedJob).toMatchObject({ kind: 'rollback' });
    const failedId = failedJob?.kind === 'rollback' ? failedJob.jobId! : '';
    const alive = x.sim.control.snapshot().jobs.find((j) => j.jid === failedId);
    expect(alive?.state).not.toMatch(/CANCELED|FAILED|FINISHED/);

    const plan = await x.plan(V2);
    expect(plan.changes[0]).toMatchObject({ action: 'recover', liveJobId: failedId });
    expect(plan.changes[0]!.reason).toMatch(new RegExp(`finish the rollback, cancel job ${failedId}`));
    const r = await x.apply(V2, { plan });
    expect(r.changes).toMatchObject([{ action: 'recover', outcome: 'rolled-back' }]);
    const live = running(x, 'orders');
    expect(live).toHaveLength(1);
    expect(live[0]!.jid).not.toBe(failedId);
    expect(specOf(x, live[0]!.jid)).toBe(V1.jobs[0]!.restartHash);
    expect((await x.plan(V2)).diagnostics.map((d) => d.code)).toContain('FO601');
  });
});
