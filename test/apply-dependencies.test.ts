/**
 * The order apply runs jobs in: a job waits for the jobs of the run that write what it reads, and
 * for a deletion or suspension of a job writing the same table. A renamed job (its old name
 * deleted, its new name created) so never runs beside its old self, both writing one sink.
 */
import { describe, expect, it } from 'vitest';
import { dependencies } from '../src/apply/execute';
import { toSteps } from '../src/apply/steps';
import type { DesiredJob } from '../src/compile/model';
import { diff } from '../src/plan';
import { desiredJob, desiredState, liveOf, liveState, record, script, stateDoc } from './plan-fixtures';

/**
 * `totals` renamed `customer_totals_job`: the store knows the old job by its script alone (its
 * sink is read from it), the new one comes from the repository, beside `also`.
 */
function renamed(allowDelete: boolean, also: DesiredJob[] = []) {
  const old = desiredJob('totals', { script: script('customer_totals') });
  const job = desiredJob('customer_totals_job', {
    script: script('customer_totals'),
    sinks: ['customer_totals'],
  });
  const desired = desiredState([job, ...also]);
  const doc = stateDoc({ totals: record(old) });
  const plan = diff(desired, liveState([liveOf(old)]), { doc, version: 1 }, { allowDelete });
  return { plan, desired, doc, fo628: plan.diagnostics.find((x) => x.code === 'FO628') };
}

describe('apply order', () => {
  it('starts the renamed job after its old name is deleted, not beside it', () => {
    const other = desiredJob('elsewhere', { script: script('other_sink'), sinks: ['other_sink'] });
    const { plan, desired, doc } = renamed(true, [other]);
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([
      ['customer_totals_job', 'create'],
      ['elsewhere', 'create'],
      ['totals', 'delete'],
    ]);
    const deps = dependencies(toSteps(plan, desired, doc), desired, doc);
    expect([...deps.get('customer_totals_job')!]).toEqual(['totals']);
    expect([...deps.get('elsewhere')!]).toEqual([]);
    expect([...deps.get('totals')!]).toEqual([]);
  });
});

describe('FO628', () => {
  it('says a created job writing what a deleted job wrote starts without its state', () => {
    const { fo628 } = renamed(true);
    expect(fo628).toMatchObject({ severity: 'warning' });
    expect(fo628!.summary).toContain('customer_totals_job is created while job totals');
    expect(fo628!.detail).toContain('--target totals');
    // Without state the sources start over: what the old job wrote can be written again.
    expect(fo628!.detail).toMatch(
      /sources read again from their startup position .*what totals already wrote to \S+ can be written again/,
    );
    expect(fo628!.detail).toContain('in the Action, a pull request that only deletes totals');
  });

  it('with the deletion refused, says both jobs would write the table at once, and that --allow-delete replaces the old one', () => {
    const { plan, fo628 } = renamed(false);
    expect(plan.changes.find((c) => c.job === 'totals')?.refused).toBeDefined();
    expect(fo628!.summary).toContain('keeps running (its deletion is refused): both would write it at once');
    expect(fo628!.detail).toContain('plan with --allow-delete');
  });
});
