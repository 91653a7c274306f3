/**
 * `plan --detailed-exitcode` as a drift check: a job running on the cluster that the repository no
 * longer declares is a difference (exit 2) even while its deletion is refused for want of
 * --allow-delete — apply would skip it, but the cluster is not what the repository says.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, localSim, QUICK } from './ops-cli';

describe('plan --detailed-exitcode', () => {
  const t = localSim();

  it('exits 2 for a refused deletion, 0 once the cluster matches the repository', async () => {
    const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
    expect(created.code, created.stderr).toBe(0);
    const same = await cli(['plan', ...t.base, '--detailed-exitcode'], t.dir, t.env);
    expect(same.code, same.stderr).toBe(0);

    for (const f of ['jobs/copy.sql', 'jobs/copy.yaml']) rmSync(join(t.dir, f));
    const drift = await cli(['plan', ...t.base, '--detailed-exitcode'], t.dir, t.env);
    expect(drift.stdout, drift.stderr).toContain('1 change refused and will be skipped: copy.');
    expect(drift.code, drift.stderr).toBe(2);
    const asJson = await cli(['plan', ...t.base, '--detailed-exitcode', '--json'], t.dir, t.env);
    expect(asJson.code).toBe(2);

    const deleted = await cli(['apply', ...t.base, ...QUICK, '--allow-delete'], t.dir, t.env);
    expect(deleted.code, deleted.stderr).toBe(0);
    const jobs = (await (await fetch(`${t.sim.jobmanagerUrl}/jobs/overview`)).json()) as {
      jobs: { state: string }[];
    };
    expect(jobs.jobs.map((j) => j.state)).not.toContain('RUNNING');
    const after = await cli(['plan', ...t.base, '--detailed-exitcode'], t.dir, t.env);
    expect(after.code, after.stdout + after.stderr).toBe(0);
  });
});
