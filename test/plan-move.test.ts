/**
 * An environment moving to another cluster (moveFrom), as the pure diff decides it: jobs alive on
 * the cluster being left go across, each change says where it stops the old job, and the steps
 * that touch that job are shown (and run) on the old cluster.
 */
import { describe, expect, it } from 'vitest';
import { describeSteps, toSteps } from '../src/apply';
import { diff } from '../src/plan';
import type { JobChange } from '../src/plan/model';
import {
  deployed,
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  NOW,
  record,
  stateDoc,
} from './plan-fixtures';

const OLD = 'http://flink-1-20:8081';
const orders = desiredJob('orders');
const payments = desiredJob('payments');

function plan(o: {
  jobs?: ReturnType<typeof desiredJob>[];
  live: ReturnType<typeof liveOf>[];
  records?: Parameters<typeof stateDoc>[0];
  previous?: boolean;
  allowVersionUpgrade?: boolean;
  target?: string[];
}) {
  const jobs = o.jobs ?? [orders, payments];
  return diff(
    desiredState(jobs),
    liveState(o.live, {
      flinkVersion: '2.2.0',
      ...(o.previous === false ? {} : { previous: { jobmanagerUrl: OLD, flinkVersion: '1.20.3' } }),
    }),
    { doc: stateDoc(o.records ?? {}), version: 3 },
    {
      allowDelete: false,
      now: NOW,
      ...(o.allowVersionUpgrade ? { compiled: { planErrors: {}, allowVersionUpgrade: true } } : {}),
      ...(o.target ? { target: { jobs: o.target } } : {}),
    },
  );
}

const byJob = (changes: JobChange[]) => Object.fromEntries(changes.map((c) => [c.job, c]));

describe('moveFrom: jobs on the cluster being left', () => {
  it('an up-to-date job on the old cluster is upgraded across with a savepoint; one already moved is left alone', () => {
    const p = plan({
      live: [liveOf(orders, { previousCluster: true }), liveOf(payments)],
      records: {
        orders: record(orders, { current: deployed(orders, { flinkVersion: '1.20' }) }),
        payments: record(payments, { current: deployed(payments, { flinkVersion: '2.2' }) }),
      },
    });
    const c = byJob(p.changes);
    expect(c.orders).toMatchObject({
      action: 'upgrade',
      strategy: 'savepoint',
      move: { from: OLD, fromVersion: '1.20.3' },
      reason: expect.stringContaining('moves to this environment’s cluster (Flink 1.20 → 2.2)'),
    });
    expect(c.orders!.causes).toContainEqual(expect.objectContaining({ kind: 'cluster', from: OLD }));
    // Script mode across versions: unknown until confirmed, so nothing stops for it.
    expect(c.orders!.versionUpgrade?.verdict).toBe('unknown');
    expect(c.orders!.refused?.code).toBe('FO641');
    // No planner was asked: the scripts alone say nothing across releases.
    expect(c.orders!.compatibility).toMatchObject({ verdict: 'unknown', source: 'estimate' });
    expect(c.payments).toMatchObject({ action: 'none' });
    expect(c.payments!.move).toBeUndefined();
  });

  it('confirmed, the steps stop the old job on the old cluster and start the new one here', () => {
    const p = plan({
      live: [liveOf(orders, { previousCluster: true })],
      jobs: [orders],
      records: { orders: record(orders, { current: deployed(orders, { flinkVersion: '1.20' }) }) },
      allowVersionUpgrade: true,
    });
    const steps = toSteps(p, desiredState([orders]));
    const text = describeSteps(steps);
    expect(text).toContain(`orders: upgrade (savepoint), moving from ${OLD} to this environment's cluster`);
    expect(text).toMatch(new RegExp(`1\\. stop job \\S+ with a savepoint \\(upgrade\\).* \\(on ${OLD}\\)`));
    expect(text).toMatch(/3\. submit the script [^\n]*restoring from the savepoint\/checkpoint taken above/);
    expect(text).not.toMatch(/submit[^\n]*\(on http/);
  });

  it('a suspension stops the job where it runs; an unmanaged job there is not moved (FO646)', () => {
    const suspended = desiredJob('orders', { settings: { state: 'suspended' } });
    const p = plan({
      jobs: [suspended, payments],
      live: [
        liveOf(suspended, { previousCluster: true }),
        liveOf(payments, { previousCluster: true, specHash: null }),
      ],
      records: { orders: record(suspended) },
    });
    const c = byJob(p.changes);
    expect(c.orders).toMatchObject({ action: 'suspend', move: { from: OLD } });
    expect(c.payments).toMatchObject({ action: 'adopt', refused: { code: 'FO646' } });
  });

  it('nothing left on the old cluster: the move is done (FO647)', () => {
    const p = plan({ live: [liveOf(orders), liveOf(payments)], records: {} });
    expect(p.diagnostics.find((d) => d.code === 'FO647')?.detail).toContain('Remove moveFrom');
    expect(p.changes.every((c) => c.move === undefined)).toBe(true);
  });

  it('nothing left on the old cluster but a moved job down here: the move is not done', () => {
    // The move stopped orders there, its start and its rollback here failed: it runs nowhere.
    const p = plan({
      jobs: [orders, payments],
      live: [liveOf(orders, { state: 'FAILED' }), liveOf(payments)],
      records: {
        orders: record(orders, { status: 'failed', current: deployed(orders, { flinkVersion: '2.2' }) }),
        payments: record(payments, { current: deployed(payments, { flinkVersion: '2.2' }) }),
      },
    });
    expect(byJob(p.changes).orders).toMatchObject({ action: 'recover' });
    const done = p.diagnostics.find((d) => d.code === 'FO647');
    expect(done?.summary).not.toContain('the move is done');
    expect(done?.summary).toContain('orders');
    expect(done?.detail).not.toContain('Remove moveFrom');
  });

  it('a job running on both clusters is a duplicate, not a move', () => {
    const p = plan({
      jobs: [orders],
      live: [liveOf(orders, { previousCluster: true, jobId: 'a'.repeat(32) }), liveOf(orders)],
      records: { orders: record(orders) },
    });
    expect(byJob(p.changes).orders).toMatchObject({ action: 'none' });
    expect(p.diagnostics.map((d) => d.code)).toContain('FO610');
  });
});

describe('a targeted move', () => {
  it('says nothing of the version verdicts of the jobs it leaves out', () => {
    const records = {
      orders: record(orders, { current: deployed(orders, { flinkVersion: '1.20' }) }),
      payments: record(payments, { current: deployed(payments, { flinkVersion: '1.20' }) }),
    };
    const live = [liveOf(orders, { previousCluster: true }), liveOf(payments, { previousCluster: true })];
    const whole = plan({ live, records });
    const fo641 = (p: ReturnType<typeof plan>) =>
      p.diagnostics.filter((d) => d.code === 'FO641').map((d) => d.summary.split(':')[0]);
    expect(fo641(whole)).toEqual(['job orders', 'job payments']);
    const targeted = plan({ live, records, target: ['orders'] });
    expect(fo641(targeted)).toEqual(['job orders']);
  });
});

describe('without moveFrom', () => {
  it('a job recorded on another Flink version and missing here is not recovered (FO645) unless confirmed', () => {
    const records = { orders: record(orders, { current: deployed(orders, { flinkVersion: '1.20' }) }) };
    const p = plan({ jobs: [orders], live: [], records, previous: false });
    expect(byJob(p.changes).orders).toMatchObject({ action: 'recover', refused: { code: 'FO645' } });
    const ok = plan({ jobs: [orders], live: [], records, previous: false, allowVersionUpgrade: true });
    expect(byJob(ok.changes).orders!.refused?.code).not.toBe('FO645');
  });

  it('a refused recovery (FO645) says why it is not here, not that a JobManager forgot it (no FO659, FO614)', () => {
    const records = { orders: record(orders, { current: deployed(orders, { flinkVersion: '1.20' }) }) };
    const p = plan({ jobs: [orders], live: [], records, previous: false });
    const codes = p.diagnostics.map((d) => d.code);
    expect(codes).toContain('FO645');
    expect(codes).not.toContain('FO659');
    expect(codes).not.toContain('FO614');
    expect(byJob(p.changes).orders!.reason).toBe(
      'not on this cluster (Flink 2.2); the store records it running on Flink 1.20',
    );
    // Confirmed (the old cluster is gone), the recovery happens and its warnings stand.
    const ok = plan({ jobs: [orders], live: [], records, previous: false, allowVersionUpgrade: true });
    expect(ok.diagnostics.map((d) => d.code)).toContain('FO659');
  });

  it('a recover on the same version is not affected', () => {
    const records = { orders: record(orders, { current: deployed(orders, { flinkVersion: '2.2' }) }) };
    const p = plan({ jobs: [orders], live: [], records, previous: false });
    expect(byJob(p.changes).orders).toMatchObject({ action: 'recover' });
    expect(byJob(p.changes).orders!.refused).toBeUndefined();
  });
});
