import { describe, expect, it } from 'vitest';
import type { DesiredJob } from '../src/compile/model';
import type { PolicySpec } from '../src/load/types';
import type { LiveJob } from '../src/observe/model';
import { diff, hasChanges, type Plan } from '../src/plan';
import type { ExplainedPair } from '../src/plan/explained-job';
import type { JobRecord } from '../src/state/model';
import { explainedFor } from './explain-fixtures';
import {
  DEFAULT_QUERY,
  desiredJob,
  desiredState,
  ENV,
  liveOf,
  liveState,
  record,
  script,
  stateDoc,
} from './plan-fixtures';

const base = desiredJob('orders');
const changedQuery = (settings: Partial<DesiredJob['settings']> = {}) =>
  desiredJob('orders', {
    script: script('orders_out', DEFAULT_QUERY.replace('SUM(`amount`)', 'SUM(`amount`) * 2')),
    settings,
  });

function planWith(
  policy: PolicySpec | undefined,
  jobs: DesiredJob[],
  live: LiveJob[],
  records: Record<string, JobRecord>,
  allowDelete = false,
  explained?: ReadonlyMap<string, ExplainedPair>,
): Plan {
  const desired = { ...desiredState(jobs), ...(policy ? { policy } : {}) };
  return diff(
    desired,
    liveState(live),
    { doc: stateDoc(records), version: 1 },
    { allowDelete, ...(explained ? { explained } : {}) },
  );
}

const codes = (p: Plan) => p.diagnostics.map((d) => `${d.severity}:${d.code}`);

describe('policy.protectedJobs', () => {
  it('refuses deleting a protected job, even with --allow-delete', () => {
    const p = planWith({ protectedJobs: ['orders'] }, [], [liveOf(base)], { orders: record(base) }, true);
    expect(p.changes[0]).toMatchObject({ action: 'delete', refused: { code: 'FO620' } });
    expect(p.changes[0]!.refused!.detail).toMatch(/Bring back jobs\/orders\.sql/);
    expect(codes(p)).toEqual(['error:FO620']);
    expect(hasChanges(p)).toBe(false);
  });

  it('refuses a stateless upgrade of a protected job, allows a savepoint upgrade', () => {
    const stateless = planWith(
      { protectedJobs: ['orders'] },
      [changedQuery({ upgradeMode: 'stateless' })],
      [liveOf(base)],
      { orders: record(base) },
    );
    expect(stateless.changes[0]).toMatchObject({
      action: 'upgrade',
      strategy: 'stateless',
      refused: { code: 'FO621' },
    });
    const savepoint = planWith({ protectedJobs: ['orders'] }, [changedQuery()], [liveOf(base)], {
      orders: record(base),
    });
    expect(savepoint.changes[0]!.refused).toBeUndefined();
  });

  it('leaves unprotected jobs alone', () => {
    const p = planWith({ protectedJobs: ['payments'] }, [], [liveOf(base)], { orders: record(base) }, true);
    expect(p.changes[0]!.refused).toBeUndefined();
    expect(hasChanges(p)).toBe(true);
  });
});

describe('policy.requireAllowDelete', () => {
  const removed = { orders: record(base, { deletionPolicy: 'delete' }) };

  it('needs --allow-delete in the listed environment even with deletionPolicy: delete', () => {
    const p = planWith({ requireAllowDelete: [ENV] }, [], [liveOf(base)], removed);
    expect(p.changes[0]).toMatchObject({ action: 'delete', refused: { code: 'FO622' } });
    expect(codes(p)).toEqual(['warning:FO622']);
    expect(
      planWith({ requireAllowDelete: [ENV] }, [], [liveOf(base)], removed, true).changes[0]!.refused,
    ).toBe(undefined);
  });

  it('does not apply to other environments', () => {
    const p = planWith({ requireAllowDelete: ['staging'] }, [], [liveOf(base)], removed);
    expect(p.changes[0]!.refused).toBeUndefined();
  });
});

describe('policy.maxParallelism', () => {
  it('refuses a rescale above the maximum of the environment', () => {
    const big = desiredJob('orders', { parallelism: 32 });
    const p = planWith({ maxParallelism: { [ENV]: 16 } }, [big], [liveOf(base)], { orders: record(base) });
    expect(p.changes[0]).toMatchObject({ action: 'rescale', refused: { code: 'FO623' } });
    expect(p.diagnostics[0]).toMatchObject({
      severity: 'error',
      summary: 'Job orders has parallelism 32, above the maximum 16 of prod',
      range: { file: 'jobs/orders.yaml' },
    });
  });

  it('reports a running job already above it, and not a job within it', () => {
    const big = desiredJob('orders', { parallelism: 32 });
    const p = planWith({ maxParallelism: { [ENV]: 16 } }, [big], [liveOf(big)], { orders: record(big) });
    expect(p.changes[0]).toMatchObject({ action: 'none' });
    expect(p.changes[0]!.refused).toBeUndefined();
    expect(codes(p)).toEqual(['error:FO623']);
    const ok = planWith({ maxParallelism: { [ENV]: 16 } }, [base], [liveOf(base)], { orders: record(base) });
    expect(ok.diagnostics).toEqual([]);
  });
});

describe('policy.refuseIncompatibleUpgrades', () => {
  const drops = explainedFor('orders', 'agg', 'agg-dedup-before');
  const reshapes = explainedFor('orders', 'agg', 'agg-key-added');
  const refuse = { refuseIncompatibleUpgrades: [ENV] };

  it('refuses an upgrade whose state Flink cannot restore, even with allowNonRestoredState', () => {
    for (const settings of [{}, { allowNonRestoredState: true }]) {
      const p = planWith(
        refuse,
        [changedQuery(settings)],
        [liveOf(base)],
        { orders: record(base) },
        false,
        reshapes,
      );
      expect(p.changes[0]!.compatibility?.verdict).toBe('incompatible');
      expect(p.changes[0]).toMatchObject({ action: 'upgrade', refused: { code: 'FO624' } });
      expect(p.changes[0]!.refused!.summary).toMatch(/will not restore its state/);
      // The advice must not be what the job already does, or what cannot help.
      expect(p.changes[0]!.refused!.detail).toMatch(/upgradeMode: stateless/);
      expect(p.changes[0]!.refused!.detail).not.toMatch(/with allowNonRestoredState: true/);
      expect(codes(p)).toContain('error:FO624');
    }
  });

  it('refuses an upgrade that drops state unless the job allows non-restored state', () => {
    const p = planWith(refuse, [changedQuery()], [liveOf(base)], { orders: record(base) }, false, drops);
    expect(p.changes[0]!.compatibility?.verdict).toBe('drops-state');
    expect(p.changes[0]).toMatchObject({ action: 'upgrade', refused: { code: 'FO624' } });
    expect(p.changes[0]!.refused!.detail).toMatch(/allowNonRestoredState: true/);
    const allowed = planWith(
      refuse,
      [changedQuery({ allowNonRestoredState: true })],
      [liveOf(base)],
      { orders: record(base) },
      false,
      drops,
    );
    expect(allowed.changes[0]!.refused).toBeUndefined();
  });

  it('lets it through in other environments, and when the verdict is only an estimate', () => {
    const elsewhere = planWith(
      { refuseIncompatibleUpgrades: ['staging'] },
      [changedQuery()],
      [liveOf(base)],
      { orders: record(base) },
      false,
      reshapes,
    );
    expect(elsewhere.changes[0]!.refused).toBeUndefined();
    const estimate = planWith(refuse, [changedQuery()], [liveOf(base)], { orders: record(base) });
    expect(estimate.changes[0]!.compatibility).toMatchObject({ verdict: 'unknown', source: 'estimate' });
    expect(estimate.changes[0]!.refused).toBeUndefined();
  });
});

describe('without a policy', () => {
  it('plans exactly as before', () => {
    const p = planWith(undefined, [changedQuery({ upgradeMode: 'stateless' })], [liveOf(base)], {
      orders: record(base),
    });
    expect(p.changes[0]!.refused).toBeUndefined();
  });
});

describe('a refused change and a targeted plan', () => {
  it('counts a refused change in the plan, not in the summary apply goes by', () => {
    const p = planWith({ protectedJobs: ['orders'] }, [], [liveOf(base)], { orders: record(base) }, true);
    expect(p.changes[0]).toMatchObject({ action: 'delete', refused: { code: 'FO620' } });
    expect(p.summary.delete).toBe(0);
  });

  it('a breach in a job the target leaves out does not block the targeted job', () => {
    const other = desiredJob('payments');
    const desired = {
      ...desiredState([changedQuery(), other]),
      policy: { protectedJobs: ['orders'] },
    };
    const live = liveState([liveOf(base)]);
    const doc = { doc: stateDoc({ orders: record(base) }), version: 1 };
    const all = diff(desired, live, doc, { allowDelete: false });
    // Not targeted: orders' stateless upgrade breaks the policy.
    const stateless = { ...desired, jobs: [changedQuery({ upgradeMode: 'stateless' }), other] };
    expect(codes(diff(stateless, live, doc, { allowDelete: false }))).toContain('error:FO621');
    const targeted = diff(stateless, live, doc, { allowDelete: false, target: { jobs: ['payments'] } });
    expect(codes(targeted)).not.toContain('error:FO621');
    expect(targeted.changes.map((c) => [c.job, c.action])).toEqual([['payments', 'create']]);
    expect(all.changes.find((c) => c.job === 'payments')?.action).toBe('create');
  });
});
