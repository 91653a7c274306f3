/**
 * A project renamed in flinkops.yaml, on a cluster it shares: its jobs run on under the old
 * `<project>.<env>.<job>` names. The first plan of the new name (its store records nothing yet:
 * the Action's state branch keeps one folder per project, a fresh clone has no .flinkops/) says
 * so before it creates the jobs again beside them without their state (FO635).
 */
import { describe, expect, it } from 'vitest';
import type { Namesake } from '../src/observe/model';
import { diff } from '../src/plan';
import { desiredJob, desiredState, ENV, liveOf, liveState, PROJECT, record, stateDoc } from './plan-fixtures';

const orders = desiredJob('orders');
const namesake = (project: string, job: string, env = ENV): Namesake => ({
  name: `${project}.${env}.${job}`,
  jobId: `${project}-${job}`.padEnd(32, '0'),
  project,
  job,
});
const planWith = (namesakes: Namesake[], records = {}) =>
  diff(
    desiredState([orders]),
    liveState([], { namesakes }),
    { doc: stateDoc(records), version: 1 },
    {
      allowDelete: false,
    },
  );
const said = (plan: ReturnType<typeof diff>) => plan.diagnostics.filter((d) => d.code === 'FO635');

describe('the first plan of a project whose job names run for another project', () => {
  it('warns, naming the jobs and the way to carry their state over', () => {
    const plan = planWith([namesake('oldshop', 'orders'), namesake('oldshop', 'payments')]);
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['orders', 'create']]);
    const d = said(plan);
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.summary).toBe(
      `This is the first plan of ${PROJECT}/${ENV}, and jobs it creates run on the cluster for project oldshop: orders (oldshop.${ENV}.orders, ${namesake('oldshop', 'orders').jobId})`,
    );
    expect(d[0]!.detail).toContain(`If project ${PROJECT} is oldshop renamed (project: in flinkops.yaml)`);
    expect(d[0]!.detail).toContain(`set state: suspended on environment ${ENV} and apply it`);
  });

  it('says nothing once the store records a job, or when no created job has a namesake', () => {
    expect(
      said(planWith([namesake('oldshop', 'orders')], { payments: record(desiredJob('payments')) })),
    ).toEqual([]);
    expect(said(planWith([namesake('oldshop', 'payments')]))).toEqual([]);
    expect(said(planWith([]))).toEqual([]);
    // A job that runs already (adopted or its own) is not created: nothing to say.
    const running = diff(
      desiredState([orders]),
      liveState([liveOf(orders)], { namesakes: [namesake('oldshop', 'orders')] }),
      { doc: stateDoc({}), version: 1 },
      { allowDelete: false },
    );
    expect(said(running)).toEqual([]);
  });
});
