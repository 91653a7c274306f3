/**
 * A suspended job resumes with the repository's script: when that script changed while the job
 * was stopped, the plan asks Flink's planner about it, as it does for an upgrade. A resume of the
 * script that ran is not asked about again.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 10, savepointMs: 20 });

describe('a resume and the cluster planner', () => {
  it('checks a script changed while the job was suspended; not one that ran before', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    const yaml = join(t.repo, 'jobs/totals.yaml');
    const settings = readFileSync(yaml, 'utf8');
    appendFileSync(yaml, 'state: suspended\n');
    expect((await t.apply(state)).code).toBe(0);
    writeFileSync(yaml, settings);

    // The script that ran: resumed as it was.
    const same = await t.plan(state);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/totals will be resumed/);

    // A table of a catalog the repository does not define passes offline; the cluster has none.
    const sql = join(t.repo, 'jobs/totals.sql');
    writeFileSync(sql, readFileSync(sql, 'utf8').replace('FROM orders', 'FROM hive.db.orders'));
    const changed = await t.plan(state);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/totals will be resumed/);
    expect(changed.stdout).toMatch(
      /jobs\/totals\.sql:\d+:\d+: error FO630: Flink's planner rejects job totals: Object '[\w.]*orders' not found/,
    );
    // Nothing was stopped or started by the plan; the job stays suspended.
    expect(t.sim.control.snapshot().jobs.filter((j) => j.state === 'RUNNING')).toEqual([]);
  });
});
