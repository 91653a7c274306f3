/**
 * Targeted plans (`-target`): the diff keeps only the changes of its target — the suspend/resume
 * a schedule asks for, or some jobs — with a summary, affected tables and lineage of those, and
 * records what it left out; the stale-plan fingerprints stay the whole world's.
 */
import { describe, expect, it } from 'vitest';
import { diff, type Plan, type PlanTarget } from '../src/plan';
import { parsePlanJson } from '../src/plan/plan-file';
import { renderPlanJson } from '../src/render';
import {
  deployed,
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  record,
  savepoint,
  script,
  stateDoc,
} from './plan-fixtures';

const office = {
  timezone: 'UTC',
  windows: [{ start: '0 8 * * 1-5', stop: '0 20 * * 1-5' }],
};
/** Monday 20:30 UTC: the window of `reports` closed at 20:00. */
const EVENING = '2026-01-05T20:30:00Z';

// reports: its window closed (suspend); orders: its script changed (upgrade);
// refunds: new (create); stock: in sync (none).
const reports = desiredJob('reports', { settings: { schedule: office } });
const orders = desiredJob('orders', {
  script: script('orders_out', 'SELECT `customer_id`, 1 AS `total` FROM `orders`'),
});
const oldOrders = desiredJob('orders');
const refunds = desiredJob('refunds', { sources: ['orders'] });
const stock = desiredJob('stock');

function plan(target?: PlanTarget): Plan {
  return diff(
    desiredState([reports, orders, refunds, stock]),
    liveState([liveOf(reports), liveOf(oldOrders), liveOf(stock)]),
    {
      doc: stateDoc({
        reports: record(reports, { savepoints: [savepoint('s3://sp/r')] }),
        orders: record(oldOrders, { current: deployed(oldOrders) }),
        stock: record(stock),
      }),
      version: 7,
    },
    { allowDelete: false, now: EVENING, ...(target ? { target } : {}) },
  );
}

const actions = (p: Plan) => p.changes.map((c) => [c.job, c.action]);

describe('targeted plans', () => {
  it('a whole plan has every job and no target', () => {
    const whole = plan();
    expect(actions(whole)).toEqual([
      ['orders', 'upgrade'],
      ['refunds', 'create'],
      ['reports', 'suspend'],
      ['stock', 'none'],
    ]);
    expect(whole.target).toBeUndefined();
  });

  it('targeting schedule causes keeps the due suspend, counts only it, and names what waits', () => {
    const whole = plan();
    const due = plan({ causes: ['schedule'] });
    expect(actions(due)).toEqual([['reports', 'suspend']]);
    expect(due.summary).toMatchObject({ suspend: 1, upgrade: 0, create: 0, none: 0 });
    expect(due.target).toEqual({
      causes: ['schedule'],
      omitted: [
        { job: 'orders', action: 'upgrade' },
        { job: 'refunds', action: 'create' },
      ],
    });
    // Only the kept change is drawn: the upgraded and created jobs are not in the lineage.
    expect(due.lineage.nodes.filter((n) => n.kind === 'job').map((n) => n.label)).toEqual(['reports']);
    // Apply's stale check compares the same world as the whole plan's.
    expect([due.stateVersion, due.liveFingerprint]).toEqual([whole.stateVersion, whole.liveFingerprint]);
  });

  it('inside the window nothing is due, and the repository changes are all omitted', () => {
    const noon = diff(
      desiredState([reports, orders]),
      liveState([liveOf(reports), liveOf(oldOrders)]),
      {
        doc: stateDoc({ reports: record(reports), orders: record(oldOrders) }),
        version: 1,
      },
      { allowDelete: false, now: '2026-01-05T12:00:00Z', target: { causes: ['schedule'] } },
    );
    expect(noon.changes).toEqual([]);
    expect(Object.values(noon.summary).every((n) => n === 0)).toBe(true);
    expect(noon.target?.omitted).toEqual([{ job: 'orders', action: 'upgrade' }]);
  });

  it('targeting jobs keeps those jobs, a job in sync included', () => {
    const some = plan({ jobs: ['orders', 'stock'] });
    expect(actions(some)).toEqual([
      ['orders', 'upgrade'],
      ['stock', 'none'],
    ]);
    expect(some.summary).toMatchObject({ upgrade: 1, none: 1, suspend: 0, create: 0 });
    expect(some.target?.omitted).toEqual([
      { job: 'refunds', action: 'create' },
      { job: 'reports', action: 'suspend' },
    ]);
  });

  it('both parts must match: a job whose change has no schedule cause is left out', () => {
    expect(actions(plan({ jobs: ['orders', 'reports'], causes: ['schedule'] }))).toEqual([
      ['reports', 'suspend'],
    ]);
  });

  it('a targeted plan saved as JSON reads back whole (the schema knows the target)', () => {
    const due = plan({ causes: ['schedule'] });
    const read = parsePlanJson(renderPlanJson(due), 'plan.json');
    expect(read.diags).toEqual([]);
    expect(read.value?.target).toEqual(due.target);
  });
});
