/**
 * What the cluster says beside an empty or wrong state store: a labelled job the store does not
 * know is said (FO626), and a hand-started job the repository wants suspended is taken over and
 * suspended in one apply, not adopted running first.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../src/state/model';
import { desiredState, ENV, harness, PROJECT } from './apply-harness.test';
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

describe('a state store that misses many jobs', () => {
  it('says so once, naming them, not once a job', async () => {
    const h = await harness();
    try {
      const desired = desiredState([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
      await h.apply(desired);
      const { version } = await h.store.read();
      await h.store.write(emptyState(PROJECT, ENV), version, { message: 'lost' });
      const plan = await h.plan(desired);
      const said = plan.diagnostics.filter((d) => d.code === 'FO626');
      expect(said).toHaveLength(1);
      expect(said[0]!.summary).toBe(
        '3 jobs run with flinkops labels, but the state store has no record of them',
      );
      expect(said[0]!.detail).toMatch(/^a, b, c\. The store was reset/);
      expect(plan.changes.every((c) => c.action === 'none')).toBe(true);
    } finally {
      await h.close();
    }
  });
});
