/**
 * An apply killed during a rollback after it had started the previous version again and before
 * the store heard of that job: the rerun finds the previous version running, restored from the
 * savepoint the rollback chose, and records it rather than start the failing version again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { advance, desiredState, type Harness, harness, running } from './apply-harness.test';
import { CrashError } from './support/crash';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const V1 = desiredState([{ name: 'orders' }]);
const V2 = desiredState([{ name: 'orders', version: 2 }]);

/** orders at V1, then an upgrade to V2 whose new job fails; the process dies as the rollback's job is recorded. */
async function killedAfterRollbackSubmit(x: Harness) {
  await x.apply(V1);
  const store = x.store;
  const write = store.write.bind(store);
  const dies = (message: string) => message === 'apply: roll back orders';
  store.write = (doc, v, meta) =>
    dies(meta.message)
      ? Promise.reject(new CrashError('killed before the rolled-back job was recorded'))
      : write(doc, v, meta);
  await expect(
    x.apply(V2, {
      onEvent: (e) => {
        if (e.type === 'step-finished' && e.step.kind === 'submit')
          x.sim.control.faults.jobFailsAfterMs = 1_000;
        if (e.type === 'rollback-started') x.sim.control.faults.jobFailsAfterMs = null;
      },
    }),
  ).rejects.toThrow(CrashError);
  store.write = write;
  if (await x.store.lockInfo()) await x.store.breakLock();
  advance(x, 60_000);
}

const specOf = (x: Harness, jid: string) =>
  x.sim.control.snapshot().jobs.find((j) => j.jid === jid)?.userConfig['flinkops.spec-hash'];

/**
 * The rollback's savepoint as the store holds it: as Flink reported it (`file:/x`), or as a store
 * an older release wrote may spell it (`file:///x`, `/x`), while the cluster reports `file:/x`.
 */
const SPELLINGS: [string, (p: string) => string][] = [
  ['as Flink reports it', (p) => p],
  ['recorded as file:///x', (p) => p.replace(/^file:\//, 'file:///')],
  ['recorded as /x', (p) => p.replace(/^file:/, '')],
];

describe('apply killed after a rollback started the previous version', () => {
  it.each(SPELLINGS)(
    'the rerun records the rolled-back job running and holds the failing change (savepoint %s)',
    async (_, spell) => {
      h = await harness();
      const x = h;
      await killedAfterRollbackSubmit(x);
      const live = running(x, 'orders');
      expect(live).toHaveLength(1);
      expect(specOf(x, live[0]!.jid)).toBe(V1.jobs[0]!.restartHash);
      const read = await x.store.read();
      const before = read.doc.jobs.orders!;
      const upgradeSavepoint = before.savepoints.find((s) => s.kind === 'upgrade')!.path;
      expect(before.pending).toMatchObject({ kind: 'rollback', savepoint: upgradeSavepoint });
      expect(live[0]!.restoredFrom).toBe(upgradeSavepoint);
      const recorded = spell(upgradeSavepoint);
      await x.store.write(
        {
          ...read.doc,
          jobs: {
            ...read.doc.jobs,
            orders: {
              ...before,
              pending: { ...before.pending!, savepoint: recorded } as typeof before.pending,
            },
          },
        },
        read.version,
        { message: 'test: the rollback savepoint in another spelling' },
      );
      const submitted = x.sim.control.snapshot().jobs.length;

      const plan = await x.plan(V2);
      expect(plan.changes[0]).toMatchObject({ action: 'recover', liveJobId: live[0]!.jid });
      expect(plan.changes[0]!.reason).toMatch(
        new RegExp(
          `finish the rollback, record job ${live[0]!.jid} \\(RUNNING, restored from .*\\).*nothing is started`,
        ),
      );
      expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO612');

      const r = await x.apply(V2, { plan });
      expect(r.changes).toMatchObject([{ job: 'orders', action: 'recover', outcome: 'rolled-back' }]);
      expect(r.diags.find((d) => d.code === 'FO712')?.detail).toMatch(
        new RegExp(`started the previous version again \\(job ${live[0]!.jid}, from .*it is recorded now`),
      );
      // Nothing started: the previous version, restored from the savepoint, runs and is recorded.
      expect(x.sim.control.snapshot().jobs).toHaveLength(submitted);
      expect(running(x, 'orders').map((j) => j.jid)).toEqual([live[0]!.jid]);
      const rec = (await x.store.read()).doc.jobs.orders!;
      expect(rec.pending).toBeUndefined();
      expect(rec.status).toBe('running');
      expect(rec.current).toMatchObject({
        jobId: live[0]!.jid,
        specHash: V1.jobs[0]!.restartHash,
        restoredFrom: recorded,
      });
      expect(rec.lastStable?.jobId).toBe(live[0]!.jid);
      expect(rec.rolledBack?.specHash).toBe(V2.jobs[0]!.restartHash);
      expect(rec.history.filter((e) => e.action === 'rollback')).toMatchObject([
        { jobId: live[0]!.jid, savepoint: recorded },
      ]);

      // Converged: the failing change is held (FO601) until the repository changes it.
      const again = await x.plan(V2);
      expect(again.changes[0]!.action).toBe('none');
      expect(again.diagnostics.map((d) => d.code)).toContain('FO601');
    },
  );

  it('with the repository changed since, upgrades the rolled-back job it finds, from its own savepoint', async () => {
    h = await harness();
    const x = h;
    await killedAfterRollbackSubmit(x);
    const back = running(x, 'orders')[0]!;
    const V3 = desiredState([{ name: 'orders', version: 3 }]);
    const plan = await x.plan(V3);
    // Not a change made outside flinkops: the job the rollback started is what the upgrade replaces.
    expect(plan.changes[0]).toMatchObject({ action: 'upgrade', liveJobId: back.jid });
    expect(plan.changes[0]!.from?.specHash).toBe(V1.jobs[0]!.restartHash);
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO612');
    const r = await x.apply(V3, { plan });
    expect(r.changes).toMatchObject([{ action: 'upgrade', outcome: 'applied' }]);
    const live = running(x, 'orders');
    expect(live).toHaveLength(1);
    expect(specOf(x, live[0]!.jid)).toBe(V3.jobs[0]!.restartHash);
    const rec = (await x.store.read()).doc.jobs.orders!;
    const own = rec.savepoints.find((s) => s.jobId === back.jid);
    expect(own).toBeDefined();
    expect(live[0]!.restoredFrom).toBe(own!.path);
    expect(rec.pending).toBeUndefined();
    expect((await x.plan(V3)).changes[0]!.action).toBe('none');
  });
});
