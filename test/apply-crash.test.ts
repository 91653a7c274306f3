/**
 * Crash consistency (STYLE principle 9): an apply that creates, upgrades, rescales
 * and suspends jobs is cut off after every step in turn (simulated process death);
 * a fresh plan and apply must converge with every job as the repo wants it, one
 * running instance per job, and no savepoint missing from the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApplyReport } from '../src/apply';
import { toSteps } from '../src/apply';
import type { DesiredState } from '../src/compile/model';
import { desiredState, type Harness, harness, running } from './apply-harness.test';
import { CrashError } from './support/crash';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const BEFORE = [
  { name: 'keep' },
  { name: 'upgraded' },
  { name: 'rescaled', parallelism: 2 },
  { name: 'suspended' },
];
const AFTER = [
  { name: 'created' },
  { name: 'keep' },
  { name: 'upgraded', version: 2 },
  { name: 'rescaled', parallelism: 4 },
  { name: 'suspended', settings: { state: 'suspended' as const } },
];

/** Plans and applies until the plan is fresh (a crash can leave jobs starting, which a plan may see mid-way). */
async function converge(x: Harness, desired: DesiredState): Promise<ApplyReport> {
  for (let i = 0; i < 5; i++) {
    const r = await x.apply(desired);
    if (!r.diags.some((d) => d.code === 'FO701')) return r;
  }
  throw new Error('plan stayed stale');
}

async function setup(): Promise<{ x: Harness; desired: DesiredState; total: number }> {
  const x = await harness();
  const first = await x.apply(desiredState(BEFORE));
  expect(first.changes.every((c) => c.outcome === 'applied')).toBe(true);
  const desired = desiredState(AFTER);
  const plan = await x.plan(desired);
  expect(plan.changes.map((c) => [c.job, c.action])).toEqual([
    ['created', 'create'],
    ['keep', 'none'],
    ['rescaled', 'rescale'],
    ['suspended', 'suspend'],
    ['upgraded', 'upgrade'],
  ]);
  const total = toSteps(plan, desired).reduce((n, j) => n + j.steps.length, 0);
  return { x, desired, total };
}

async function assertConverged(x: Harness, desired: DesiredState): Promise<void> {
  const { doc } = await x.store.read();
  for (const j of desired.jobs) {
    const live = running(x, j.name);
    const rec = doc.jobs[j.name]!;
    expect(rec.pending, `${j.name} pending`).toBeUndefined();
    if (j.settings.state === 'suspended') {
      expect(live, `${j.name} runs`).toHaveLength(0);
      expect(rec.status).toBe('suspended');
      expect(rec.savepoints.length).toBeGreaterThan(0);
      continue;
    }
    expect(live, `${j.name} instances`).toHaveLength(1);
    expect(live[0]!.state).toBe('RUNNING');
    expect(live[0]!.userConfig['flinkops.spec-hash']).toBe(j.restartHash);
    expect(live[0]!.parallelism).toBe(j.settings.parallelism);
    expect(rec.status).toBe('running');
    expect(rec.current?.jobId).toBe(live[0]!.jid);
    expect(rec.current?.specHash).toBe(j.restartHash);
    expect(rec.current?.parallelism).toBe(j.settings.parallelism);
    expect(rec.lastStable?.jobId).toBe(live[0]!.jid);
  }
  // No savepoint lost: every savepoint the cluster took is in the store.
  const stored = new Set(Object.values(doc.jobs).flatMap((r) => r.savepoints.map((s) => s.path)));
  for (const sp of x.sim.control.snapshot().savepoints.filter((s) => s.kind === 'savepoint')) {
    expect(stored.has(sp.path), `savepoint ${sp.path} in the store`).toBe(true);
  }
  // A plan now has nothing left to do.
  const plan = await x.plan(desired);
  expect(plan.changes.filter((c) => c.action !== 'none').map((c) => c.job)).toEqual([]);
}

describe('apply crash consistency', () => {
  it('the uninterrupted apply converges in one run', async () => {
    const s = await setup();
    h = s.x;
    const r = await h.apply(s.desired, { parallelism: 1 });
    expect(r.diags).toEqual([]);
    expect(r.changes.map((c) => [c.job, c.outcome])).toEqual([
      ['created', 'applied'],
      ['rescaled', 'applied'],
      ['suspended', 'applied'],
      ['upgraded', 'applied'],
    ]);
    await assertConverged(h, s.desired);
  });

  // Step counts are fixed by the plan: create 4, sync 1, rescale in place 3, suspend 3, savepoint upgrade 6.
  it.each(Array.from({ length: 17 }, (_, i) => i + 1))(
    'converges after a crash right after step %i',
    async (k) => {
      const s = await setup();
      h = s.x;
      expect(s.total).toBe(17);
      let finished = 0;
      await expect(
        h.apply(s.desired, {
          parallelism: 1,
          onEvent: (e) => {
            if (e.type === 'step-finished' && ++finished === k) throw new CrashError(`crash after step ${k}`);
          },
        }),
      ).rejects.toThrow(CrashError);
      // The dead process left its lock: the operator breaks it (flinkops --force-unlock).
      expect(await h.store.lockInfo()).toBeDefined();
      await h.store.breakLock();
      const r = await converge(h, s.desired);
      expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.changes.every((c) => c.outcome === 'applied')).toBe(true);
      await assertConverged(h, s.desired);
    },
  );

  it('converges after a crash in the middle of parallel work', async () => {
    for (const k of [3, 7, 11]) {
      const s = await setup();
      h = s.x;
      let finished = 0;
      await expect(
        h.apply(s.desired, {
          parallelism: 4,
          onEvent: (e) => {
            if (e.type === 'step-finished' && ++finished === k) throw new CrashError();
          },
        }),
      ).rejects.toThrow(CrashError);
      await h.store.breakLock();
      const r = await converge(h, s.desired);
      expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
      await assertConverged(h, s.desired);
      await h.close();
      h = undefined;
    }
  });
});
