import { afterEach, describe, expect, it } from 'vitest';
import { advance, desiredState, type Harness, harness, running } from '../../test/apply-harness.test';
import { applyFailed, applyPlan, planMatchesRepository } from './apply-run';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('applyPlan', () => {
  it('applies a fresh plan and refuses to apply it twice (the second time it is stale)', async () => {
    h = await harness();
    const desired = desiredState([{ name: 'alpha' }]);
    const plan = await h.plan(desired);
    const opts = {
      plan,
      desired,
      client: h.client,
      store: h.store,
      clock: h.clock,
      secrets: {},
      commit: 'c0ffee',
      owner: { who: 'alice', command: 'apply' },
      timing: { graceMs: 10_000 },
    };
    const first = await applyPlan(opts);
    expect(applyFailed(first)).toBe(false);
    expect(first.changes.map((c) => [c.job, c.action, c.outcome])).toEqual([['alpha', 'create', 'applied']]);
    expect(running(h, 'alpha')).toHaveLength(1);
    const second = await applyPlan(opts);
    expect(applyFailed(second)).toBe(true);
    expect(second.diags.map((d) => d.code)).toEqual(['FO701']);
    expect(running(h, 'alpha')).toHaveLength(1);
  });

  it('reports who holds the lock when another apply runs', async () => {
    h = await harness();
    const desired = desiredState([{ name: 'alpha' }]);
    const plan = await h.plan(desired);
    await h.store.lock({ who: 'bob', command: 'apply', host: 'ci-1' }, 60_000);
    const r = await applyPlan({
      plan,
      desired,
      client: h.client,
      store: h.store,
      clock: h.clock,
      secrets: {},
      owner: { who: 'alice', command: 'apply' },
    });
    expect(r.diags.map((d) => d.code)).toEqual(['FO805']);
    expect(r.diags[0]!.summary).toMatch(/^state is locked by bob \(apply on ci-1.*\) since 2025-01-01T/);
    expect(running(h, 'alpha')).toHaveLength(0);
  });

  it('a stale plan names the job whose cluster job changed behind it (cancelled in the REST API)', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }, { name: 'beta' }]));
    const changed = desiredState([{ name: 'alpha' }, { name: 'beta', version: 2 }]);
    const saved = await h.plan(changed);
    expect(saved.changes.map((c) => [c.job, c.action])).toEqual([
      ['alpha', 'none'],
      ['beta', 'upgrade'],
    ]);
    const alpha = running(h, 'alpha')[0]!.jid;
    expect((await h.client.cancelJob(alpha)).ok).toBe(true);
    advance(h, 5_000);
    const r = await h.apply(changed, { plan: saved });
    expect(r.diags.map((d) => d.code)).toEqual(['FO701']);
    expect(r.diags[0]!.detail).toContain(
      `the jobs on the cluster changed: alpha (job ${alpha.slice(0, 12)}… running, now CANCELED)`,
    );
    expect(running(h, 'beta')).toHaveLength(1);
  });

  it('refuses a saved plan that deletes a job the repository has again', async () => {
    h = await harness();
    const alpha = desiredState([{ name: 'alpha' }]);
    await h.apply(alpha);
    const saved = await h.plan(desiredState([]), { allowDelete: true });
    expect(saved.changes.map((c) => c.action)).toEqual(['delete']);
    expect(planMatchesRepository(saved, desiredState([]))).toEqual([]);
    expect(planMatchesRepository(saved, alpha).map((d) => d.code)).toEqual(['FO714']);
  });

  it('says a plan from the same commit that no longer matches was made by another flinkops version', async () => {
    h = await harness();
    const alpha = desiredState([{ name: 'alpha' }]);
    // A plan saved by a flinkops that compiled the job to another spec, from the same commit.
    const saved = { ...(await h.plan(alpha)), commit: 'c0ffee'.repeat(6) };
    saved.changes = saved.changes.map((c) =>
      c.to ? { ...c, to: { ...c.to, specHash: 'a'.repeat(16) } } : c,
    );
    const [same] = planMatchesRepository(saved, alpha, 'c0ffee'.repeat(6));
    expect(same!.code).toBe('FO714');
    expect(same!.summary).toBe(
      'the plan does not match what this flinkops compiles from the repository (job alpha)',
    );
    expect(same!.detail).toContain('at commit c0ffeec0ffee, the commit the plan was made from');
    expect(same!.detail).toContain('made by another flinkops version');
    expect(same!.detail).not.toContain('it was edited since');
    // From another commit, the repository changed.
    const [moved] = planMatchesRepository(saved, alpha, 'beef'.repeat(10));
    expect(moved!.summary).toBe('the repository changed since the plan was made (job alpha)');
  });
});
