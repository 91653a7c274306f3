/**
 * A job an ops engineer submits by hand under a name of the project's namespace that the repository
 * does not declare (`shop.dev.scratch`): flinkops never started it, so no plan deletes it, even with
 * --allow-delete (found on Flink 2.2: `apply --allow-delete` stopped such a job with a "final
 * savepoint" and reported `jobs/scratch.sql: removed`, a file that never existed).
 */
import { describe, expect, it } from 'vitest';
import { diff } from '../src/plan';
import {
  desiredJob,
  desiredState,
  jobId,
  liveJob,
  liveOf,
  liveState,
  record,
  stateDoc,
} from './plan-fixtures';

const orders = desiredJob('orders');
const handJob = liveJob('scratch', { specHash: null, jobId: jobId('h') });

describe('a hand-started job under a managed name the repository does not declare', () => {
  it('is not deleted, even with --allow-delete, and the plan says it is left alone (FO639)', () => {
    const plan = diff(
      desiredState([orders]),
      liveState([liveOf(orders), handJob]),
      { doc: stateDoc({ orders: record(orders) }), version: 1 },
      { allowDelete: true },
    );
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['orders', 'none']]);
    const said = plan.diagnostics.filter((d) => d.code === 'FO639');
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe('warning');
    expect(said[0]!.summary).toContain(`${handJob.name} (${handJob.jobId}, RUNNING)`);
    expect(said[0]!.summary).toMatch(/left alone/);
  });

  it('is left alone too when the store retired a job of that name before', () => {
    const scratch = desiredJob('scratch');
    const plan = diff(
      desiredState([]),
      liveState([handJob]),
      { doc: stateDoc({ scratch: record(scratch, { status: 'deleted' }) }), version: 1 },
      { allowDelete: true },
    );
    expect(plan.changes).toEqual([]);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['FO639']);
  });

  it('a job flinkops deployed and recorded is still deleted, labelled or adopted', () => {
    const scratch = desiredJob('scratch');
    const adopted = diff(
      desiredState([]),
      liveState([handJob]),
      {
        doc: stateDoc({
          scratch: record(scratch, { current: { ...record(scratch).current!, jobId: handJob.jobId } }),
        }),
        version: 1,
      },
      { allowDelete: true },
    );
    expect(adopted.changes.map((c) => c.action)).toEqual(['delete']);
    // Labelled by flinkops, though the store lost it: the repository's own job, removed from it.
    const labelled = diff(
      desiredState([]),
      liveState([liveOf(scratch)]),
      { doc: stateDoc({}), version: 1 },
      {
        allowDelete: true,
      },
    );
    expect(labelled.changes.map((c) => c.action)).toEqual(['delete']);
    expect(labelled.diagnostics.map((d) => d.code)).not.toContain('FO639');
  });

  it("is left alone when it carries another project's labels, copied by hand (FO654)", () => {
    // Another team's job settings submitted under this project's name: its labels say teama, so
    // observe keeps them aside (test/plan-copied-labels.test.ts) and the job counts as unlabelled.
    const { labels, ...copied } = liveJob('payments', { jobId: jobId('copied') });
    copied.copiedLabels = { ...labels!, 'flinkops.project': 'teama' };
    const plan = diff(
      desiredState([orders]),
      liveState([liveOf(orders), copied]),
      { doc: stateDoc({ orders: record(orders) }), version: 1 },
      { allowDelete: true },
    );
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['orders', 'none']]);
    const said = plan.diagnostics.filter((d) => d.code === 'FO639');
    expect(said).toHaveLength(1);
    expect(said[0]!.summary).toContain(`${copied.name} (${copied.jobId}, RUNNING, labelled teama.`);
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO626');
  });
});
