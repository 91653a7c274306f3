/**
 * Two applies with their own state stores (two clones of one repository, each with its own
 * .flinkops/) planned at once against one cluster: each created the job, and both reported
 * "create applied", exit 0, with two instances of the job running (found on Flink 2.2:
 * teamc.dev.orders RUNNING twice). Now the apply that finds another instance beside the job it
 * started, once that job proved healthy, fails with FO728 and names both.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFailed } from '../src/apply';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('another instance of a job started while apply ran', () => {
  it('fails the apply with FO728, naming the other job, and leaves both running', async () => {
    h = await harness();
    const desired = desiredState([{ name: 'alpha' }]);
    let other: string | undefined;
    const report = await h.apply(desired, {
      onEvent: (e) => {
        // The other apply's submission lands while this one watches its new job.
        if (e.type === 'step-finished' && e.step.kind === 'submit')
          other = h!.sim.control.seedJob({ name: 'shop.prod.alpha', parallelism: 2 });
      },
    });
    expect(other).toBeDefined();
    expect(report.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'applied']]);
    const said = report.diags.filter((d) => d.code === 'FO728');
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe('error');
    expect(said[0]!.summary).toContain(other!);
    expect(said[0]!.summary).toContain(report.changes[0]!.newJobId!);
    expect(applyFailed(report)).toBe(true);
    expect(running(h, 'alpha')).toHaveLength(2);
  });

  it('says nothing when the job runs once', async () => {
    h = await harness();
    const report = await h.apply(desiredState([{ name: 'alpha' }]));
    expect(report.diags.map((d) => d.code)).not.toContain('FO728');
    expect(applyFailed(report)).toBe(false);
  });
});
