/**
 * What the cluster says beside an empty or wrong state store: a labelled job the store does not
 * know is said (FO626), and a hand-started job the repository wants suspended is taken over and
 * suspended in one apply, not adopted running first.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 10, savepointMs: 20 });
const alive = () => t.sim.control.snapshot().jobs.filter((j) => j.state === 'RUNNING');

describe('the state store and the cluster disagree', () => {
  it('a labelled job the store has no record of is said (FO626), and nothing restarts', async () => {
    const first = join(t.base, 'first.json');
    const applied = await t.apply(first, '--health-grace', '0s');
    expect(applied.code, applied.stderr).toBe(0);
    const lost = join(t.base, 'lost.json');
    const plan = await t.plan(lost);
    expect(plan.stdout + plan.stderr).toContain(
      'warning FO626: Job totals runs with flinkops labels, but the state store has no record of it',
    );
    // Nothing restarts: the plan has nothing to do but say so.
    expect(plan.stdout).toContain('No changes.');
    expect(alive()).toHaveLength(1);
    // With the right store again, nothing is said.
    const quiet = await t.plan(first);
    expect(quiet.stdout + quiet.stderr).not.toContain('FO626');
  });

  it('a hand-started job the repository wants suspended is stopped with a savepoint in one apply', async () => {
    appendFileSync(join(t.repo, 'jobs/totals.yaml'), 'state: suspended\n');
    const jid = t.sim.control.seedJob({ name: 'shop.dev.totals', parallelism: 2 });
    const state = join(t.base, 'state.json');
    const plan = await t.plan(state);
    expect(plan.stdout).toMatch(/totals will be suspended/);
    expect(plan.stdout).not.toMatch(/adopted/);
    const r = await t.apply(state);
    expect(r.code, r.stderr).toBe(0);
    expect(t.sim.control.snapshot().jobs.find((j) => j.jid === jid)?.state).toBe('FINISHED');
    const rec = JSON.parse(readFileSync(state, 'utf8')).state.jobs.totals;
    expect(rec.status).toBe('suspended');
    expect(rec.savepoints.map((s: { jobId: string }) => s.jobId)).toEqual([jid]);
  });
});
