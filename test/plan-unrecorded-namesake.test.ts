/**
 * Two repositories deploying one project name to a shared cluster label their jobs alike. The
 * plan of the one whose store never recorded a job must not tell its user "nothing restarts"
 * while it upgrades or deletes that job (found on Flink 2.2: a second repository of project
 * teamb planned `orders will be upgraded` and `payments will be deleted` of the first one's jobs,
 * and FO626 said only "the store was reset or lost … nothing restarts").
 */
import { describe, expect, it } from 'vitest';
import { diff } from '../src/plan';
import {
  DEFAULT_QUERY,
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  script,
  stateDoc,
} from './plan-fixtures';

const theirs = desiredJob('orders');
const payments = desiredJob('payments');
const ours = desiredJob('orders', {
  script: script('orders_out', DEFAULT_QUERY.replace('SUM(`amount`)', 'SUM(`amount`) * 2')),
});

describe('labelled jobs the store never recorded (FO626)', () => {
  it('says which of them the plan changes, and that another repository may own them', () => {
    const plan = diff(
      desiredState([ours]),
      liveState([liveOf(theirs), liveOf(payments)]),
      { doc: stateDoc({}), version: 0 },
      { allowDelete: false },
    );
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([
      ['orders', 'upgrade'],
      ['payments', 'delete'],
    ]);
    const said = plan.diagnostics.filter((d) => d.code === 'FO626');
    expect(said).toHaveLength(1);
    expect(said[0]!.summary).toBe(
      '2 jobs run with flinkops labels, but the state store has no record of them',
    );
    expect(said[0]!.detail).toMatch(/^orders, payments\. /);
    expect(said[0]!.detail).toContain('another repository deploys a project named shop');
    expect(said[0]!.detail).toContain('orders: upgrade, payments: delete (refused)');
    expect(said[0]!.detail).not.toContain('nothing restarts');
  });

  it('still says nothing restarts when the plan leaves them as they run', () => {
    const plan = diff(
      desiredState([theirs]),
      liveState([liveOf(theirs)]),
      { doc: stateDoc({}), version: 0 },
      {
        allowDelete: false,
      },
    );
    const said = plan.diagnostics.find((d) => d.code === 'FO626');
    expect(said?.detail).toContain('nothing restarts');
  });
});
