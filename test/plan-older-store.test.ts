/**
 * A state store put back from a backup taken before the last apply (or another clone's store):
 * the job that runs carries flinkops labels but is not the one the store recorded. The plan
 * restarts nothing, and FO612 says where the job came from, not only "changed outside flinkops".
 * Seen on real Flink 1.20. The next apply records the job that runs, as FO612 says it will (on real
 * Flink 2.2 an apply with nothing else to change left the store as it was, and FO612 stayed).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 100, savepointMs: 20, checkpointMs: 50 });

describe('a state store older than the last apply', () => {
  it('plans nothing and names the job the labels came from', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    const backup = join(t.base, 'backup.json');
    copyFileSync(state, backup);
    const before = JSON.parse(readFileSync(state, 'utf8')).state.jobs.totals.current.jobId as string;
    const sql = join(t.repo, 'jobs/totals.sql');
    writeFileSync(sql, readFileSync(sql, 'utf8').replace('GROUP BY', 'WHERE TRUE GROUP BY'));
    const up = await t.apply(state, '--health-grace', '0s');
    expect(up.code, up.stderr).toBe(0);
    const after = JSON.parse(readFileSync(state, 'utf8')).state.jobs.totals.current.jobId as string;
    copyFileSync(backup, state);
    const plan = JSON.parse((await t.plan(state, '--json')).stdout);
    expect(plan.changes[0].action).toBe('none');
    const drift = plan.diagnostics.find((d: { code: string }) => d.code === 'FO612');
    expect(drift.detail).toContain(`Job ${after} carries flinkops labels`);
    expect(drift.detail).toContain(`the store recorded job ${before}`);
    expect(drift.detail).toContain('older than the last apply (restored from a backup)');

    // The next apply records the job that runs, though nothing else changes (real Flink 2.2).
    expect((await t.plan(state)).stdout).toContain(
      'No changes to the cluster: 1 job to record in the state store (FO612); apply records it.',
    );
    expect(JSON.parse((await t.plan(state, '--json')).stdout).changes[0].syncs).toEqual({ jobId: after });
    const synced = await t.apply(state, '--health-grace', '0s');
    expect(synced.code, synced.stderr).toBe(0);
    const live = JSON.parse((await t.plan(state, '--json')).stdout);
    expect(live.diagnostics.filter((d: { code: string }) => d.code === 'FO612')).toEqual([]);
    expect(live.changes[0].syncs).toBeUndefined();
    expect((await t.plan(state)).stdout).toContain('No changes. The cluster matches the repository.');
  });
});
