/**
 * Real Flink 2.3 on the default scheduler, its only TaskManager killed: the job restarts, then
 * shows RUNNING for as long as its tasks wait for a slot, every vertex CREATED (`/overview`: no
 * TaskManager). The plan must not read that as running: it says the job waits (FO658) and
 * refuses a restart of it, which would take no savepoint and start a version that waits as well.
 */
import { describe, expect, it } from 'vitest';
import { evaluateHealth } from '../src/engine/health';
import { refuseByRetention } from '../src/engine/plan-retention';
import type { LiveJob } from '../src/observe';
import { diff } from '../src/plan';
import { desiredJob, desiredState, liveOf, liveState, record, stateDoc } from './plan-fixtures';

const base = desiredJob('orders');
const unscheduled = (o: Partial<LiveJob> = {}) =>
  liveOf(base, {
    vertices: [
      { id: 'v1', name: 'Source: orders', parallelism: 2, maxParallelism: 128, status: 'CREATED' },
      { id: 'v2', name: 'GroupAggregate', parallelism: 2, maxParallelism: 128, status: 'CREATED' },
    ],
    ...o,
  });
const noTaskManager = { slots: { taskManagers: 0, slotsTotal: 0, slotsAvailable: 0 } };

function planFor(job: typeof base, live: LiveJob, stored = record(base)) {
  const state = liveState([live], noTaskManager);
  const doc = stateDoc({ orders: stored });
  const plan = diff(
    desiredState([job]),
    state,
    { doc, version: 3 },
    {
      allowDelete: false,
    },
  );
  const diags = refuseByRetention(plan, new Map(), state, doc);
  return { plan, diags };
}

describe('a RUNNING job whose tasks wait for task slots', () => {
  it('is said not to run when the plan leaves it alone', () => {
    const { plan, diags } = planFor(base, unscheduled());
    expect(plan.changes[0]).toMatchObject({ action: 'none' });
    expect(plan.changes[0]!.reason).toContain(
      'RUNNING with its tasks unscheduled on the cluster, waiting for task slots (the cluster has no TaskManager)',
    );
    expect(diags.map((d) => [d.code, d.severity, d.summary])).toEqual([
      [
        'FO658',
        'warning',
        'job orders is RUNNING with its tasks unscheduled, waiting for task slots (the cluster has no TaskManager): it does not run',
      ],
    ]);
  });

  it('has its upgrade refused until it runs', () => {
    const changed = desiredJob('orders', {
      settings: { config: { 'execution.checkpointing.interval': '7 s' } },
    });
    const { plan, diags } = planFor(changed, unscheduled());
    expect(plan.changes[0]).toMatchObject({ action: 'upgrade', refused: { code: 'FO658' } });
    expect(plan.summary.upgrade).toBe(0);
    expect(diags.map((d) => [d.code, d.severity])).toEqual([['FO658', 'error']]);
    expect(diags[0]!.detail).toContain('Start TaskManagers (or free slots)');
    // Its tasks running again: the upgrade goes ahead.
    const running = planFor(
      changed,
      unscheduled({ vertices: unscheduled().vertices.map((v) => ({ ...v, status: 'RUNNING' })) }),
    );
    expect(running.plan.changes[0]).toMatchObject({ action: 'upgrade' });
    expect(running.plan.changes[0]!.refused).toBeUndefined();
    expect(running.diags).toEqual([]);
  });
});

describe('a job waiting for task slots beside a change that gives slots back', () => {
  // Real Flink 1.20 (4 slots, an apply interrupted between a resume and the suspend meant to make
  // room for it): the job restored by the rerun waited for a slot, and the error refusing its
  // upgrade held back the whole apply, the suspend that would free its slot too.
  it('is refused with a warning, and the suspend goes ahead', () => {
    const changed = desiredJob('orders', {
      settings: { config: { 'execution.checkpointing.interval': '7 s' } },
    });
    const other = desiredJob('sums');
    const suspended = desiredJob('sums', { settings: { state: 'suspended' } });
    const state = liveState([unscheduled(), liveOf(other, { state: 'RUNNING' })], noTaskManager);
    const doc = stateDoc({ orders: record(base), sums: record(other) });
    const plan = diff(desiredState([changed, suspended]), state, { doc, version: 3 }, { allowDelete: false });
    const diags = refuseByRetention(plan, new Map(), state, doc);
    expect(plan.changes.map((c) => [c.job, c.action, c.refused?.code])).toEqual([
      ['orders', 'upgrade', 'FO658'],
      ['sums', 'suspend', undefined],
    ]);
    const d = diags.find((x) => x.code === 'FO658')!;
    expect(d.severity).toBe('warning');
    expect(d.detail).toContain(
      "The plan's other changes go ahead: the suspend of sums gives task slots back, after which the job can run",
    );
    // Alone, the refusal is an error, as before.
    expect(planFor(changed, unscheduled()).diags.map((x) => x.severity)).toEqual(['error']);
  });
});

describe('a new job the adaptive scheduler has waiting for task slots since its submission', () => {
  const created = (o: Partial<LiveJob> = {}) => liveOf(base, { state: 'CREATED', vertices: [], ...o });

  it('is said never to have run, with no checkpoint to restore, and what Flink does after its wait', () => {
    const { diags } = planFor(base, created());
    const d = diags.find((x) => x.code === 'FO658')!;
    expect(d.summary).toBe(
      'job orders is CREATED, waiting for task slots (the cluster has no TaskManager): it does not run',
    );
    expect(d.detail).toContain('it has never run');
    expect(d.detail).toContain('NoResourceAvailableException');
    expect(d.detail).not.toContain('restoring its latest checkpoint');
  });

  it('is said to restore its latest checkpoint once it has run before', () => {
    const { diags } = planFor(base, created({ runningSince: 1_700_000_100_000 }));
    expect(diags.find((x) => x.code === 'FO658')!.detail).toContain('restoring its latest checkpoint');
  });

  // Real Flink 1.20.3 (adaptive scheduler), the TaskManager of a job that ran 2 minutes killed:
  // GET /jobs/:id says CREATED with timestamps RUNNING 0, CREATED 0, only INITIALIZING set, and
  // /checkpoints counts nothing, yet the job restores its latest checkpoint once slots come back.
  it('is said to restore its latest checkpoint when the store recorded it stable, though Flink shows no RUNNING time', () => {
    const live = created();
    const stable = record(base, { lastStable: { ...record(base).current!, jobId: live.jobId } });
    const d = planFor(base, live, stable).diags.find((x) => x.code === 'FO658')!;
    expect(d.detail).toContain('restoring its latest checkpoint');
    expect(d.detail).not.toContain('it has never run');
    // Real 1.20.3: 5 minutes later all four FAILED (NoResourceAvailableException), and the three
    // without a retention setting had no chk-<n> left on disk.
    expect(d.detail).toContain(
      'deletes its checkpoints unless execution.checkpointing.externalized-checkpoint-retention keeps them',
    );
  });
});

describe('status --check of a job that lost its TaskManager (adaptive scheduler)', () => {
  // Real 1.20.3: CREATED, then FAILED after 5 minutes (NoResourceAvailableException), the
  // checkpoints of the jobs without a retention setting gone from disk.
  it("names Flink's deadline and what it deletes then", () => {
    const live = liveState([liveOf(base, { state: 'CREATED', vertices: [] })], {
      ...noTaskManager,
      adaptiveScheduler: true,
    });
    const report = evaluateHealth(desiredState([base]), live, '2026-12-05T22:15:07Z');
    const detail = report.jobs[0]!.breaches.find((b) => b.rule === 'notRunning')!.detail;
    expect(detail).toContain('from its latest checkpoint, unless its wait for them runs out first');
    expect(detail).toContain('NoResourceAvailableException');
  });
});
