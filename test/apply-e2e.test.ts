/**
 * Apply end to end against the simulator on virtual time: create three jobs, change
 * one script, upgrade it through a savepoint; the new job restores that savepoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFailed, describeSteps, toSteps } from '../src/apply';
import { LABEL_KEYS } from '../src/core/names';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('apply end to end', () => {
  it('creates three jobs, then upgrades the changed one from a savepoint it restores', async () => {
    h = await harness();
    const v1 = desiredState([{ name: 'alpha' }, { name: 'beta' }, { name: 'gamma', parallelism: 3 }]);
    const created = await h.apply(v1);
    expect(created.diags).toEqual([]);
    expect(created.changes.map((c) => [c.job, c.action, c.outcome])).toEqual([
      ['alpha', 'create', 'applied'],
      ['beta', 'create', 'applied'],
      ['gamma', 'create', 'applied'],
    ]);
    for (const j of ['alpha', 'beta', 'gamma']) expect(running(h, j)).toHaveLength(1);
    const gamma = running(h, 'gamma')[0]!;
    expect(gamma.parallelism).toBe(3);
    expect(gamma.userConfig).toMatchObject({
      [LABEL_KEYS.specHash]: v1.jobs[2]!.restartHash,
      [LABEL_KEYS.commit]: 'c0ffee',
      [LABEL_KEYS.project]: 'shop',
      [LABEL_KEYS.env]: 'prod',
      [LABEL_KEYS.job]: 'gamma',
    });
    const { doc } = await h.store.read();
    expect(doc.jobs.alpha?.lastStable?.jobId).toBe(created.changes[0]!.newJobId);

    // Nothing changed: a second plan has nothing to do.
    const again = await h.plan(v1);
    expect(again.changes.every((c) => c.action === 'none')).toBe(true);

    const v2 = desiredState([
      { name: 'alpha' },
      { name: 'beta', version: 2 },
      { name: 'gamma', parallelism: 3 },
    ]);
    const plan = await h.plan(v2);
    expect(plan.changes.map((c) => c.action)).toEqual(['none', 'upgrade', 'none']);
    const explained = describeSteps(toSteps(plan, v2));
    expect(explained).toContain('beta: upgrade (savepoint)');
    expect(explained).toContain('stop job');
    expect(explained).toContain('on failure');
    const oldBeta = running(h, 'beta')[0]!.jid;
    const upgraded = await h.apply(v2, { plan });
    expect(upgraded.diags).toEqual([]);
    expect(applyFailed(upgraded)).toBe(false);
    const change = upgraded.changes.find((c) => c.job === 'beta')!;
    expect(change.outcome).toBe('applied');
    expect(change.savepoint).toMatch(/savepoint-/);
    const beta = running(h, 'beta');
    expect(beta).toHaveLength(1);
    expect(beta[0]!.jid).toBe(change.newJobId);
    expect(beta[0]!.jid).not.toBe(oldBeta);
    // The new job reports the savepoint under latest.restored.
    const cp = await h.client.getCheckpoints(change.newJobId!);
    expect(cp.ok && cp.value.latestRestored).toMatchObject({
      externalPath: change.savepoint,
      isSavepoint: true,
    });
    const state = (await h.store.read()).doc.jobs.beta!;
    expect(state.savepoints.map((s) => s.path)).toEqual([change.savepoint]);
    expect(state.current).toMatchObject({
      jobId: change.newJobId,
      restoredFrom: change.savepoint,
      specHash: v2.jobs[1]!.restartHash,
    });
    expect(state.lastStable?.jobId).toBe(change.newJobId);
    expect(state.pending).toBeUndefined();
    // Steps were reported through hooks, in order.
    const betaSteps = h.events
      .filter((e) => e.type === 'step-finished' && e.job === 'beta')
      .map((e) => (e.type === 'step-finished' ? e.step.kind : ''));
    expect(betaSteps.slice(-6)).toEqual([
      'stop-with-savepoint',
      'record-savepoint',
      'submit',
      'await-running',
      'health-grace',
      'record-stable',
    ]);
  });
});
