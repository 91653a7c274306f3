/**
 * A managed job running twice (a copy submitted by hand under its name, a second apply with another
 * state store) writes its sinks twice. Plan said so (FO610), but `status --check` — what a
 * scheduled health check and its alerts run — exited 0 when the job set no health rules.
 */
import { describe, expect, it } from 'vitest';
import { cli, localSim } from './ops-cli';

const t = localSim();

describe('status --check of a job that runs twice', () => {
  it('fails the check and names both instances, with no health rules set', async () => {
    const first = await cli(['apply', ...t.base, '--auto-approve', '--health-grace', '0s'], t.dir, t.env);
    expect(first.code, first.stderr).toBe(0);
    const healthy = await cli(['status', ...t.base, '--check'], t.dir, t.env);
    expect(healthy.code, healthy.stderr).toBe(0);

    const copy = t.sim.control.seedJob({ name: 'shop.local.copy', startedAgoMs: 1000 });
    const r = await cli(['status', ...t.base, '--check', '--json'], t.dir, t.env);
    expect(r.code).toBe(1);
    const job = JSON.parse(r.stdout).health.jobs.find((j: { job: string }) => j.job === 'copy');
    expect(job.healthy).toBe(false);
    expect(job.breaches.map((b: { rule: string }) => b.rule)).toEqual(['duplicate']);
    expect(job.breaches[0].detail).toContain(copy);
  });
});
