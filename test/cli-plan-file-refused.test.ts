/**
 * A saved plan whose refused change was made un-refused in the file (the `refused` entry taken
 * out) is a change flinkops does not plan: apply refuses the file, as it refuses any other edit.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 5, savepointMs: 5, cancelMs: 5 });

describe('a saved plan with a refused change edited in', () => {
  it('is refused, and the job keeps running', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    rmSync(join(t.repo, 'jobs/totals.sql'));
    rmSync(join(t.repo, 'jobs/totals.yaml'));
    const file = join(t.base, 'plan.json');
    expect((await t.plan(state, '--out', file)).code).toBe(0);
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    const change = plan.changes.find((c: { job: string }) => c.job === 'totals');
    expect(change.refused.code).toBe('FO611');
    delete change.refused;
    plan.summary.delete = 1;
    writeFileSync(file, JSON.stringify(plan, null, 2));
    const r = await t.run(['apply', file], state, '--health-grace', '0s');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO690');
    expect(r.stderr).toContain(
      'would delete job totals, which flinkops refuses: Deletion of job totals refused',
    );
    const jobs = (await (await fetch(`${t.sim.jobmanagerUrl}/jobs/overview`)).json()) as {
      jobs: { name: string; state: string }[];
    };
    expect(jobs.jobs.filter((j) => j.name === 'shop.dev.totals' && j.state === 'RUNNING')).toHaveLength(1);
  });
});
