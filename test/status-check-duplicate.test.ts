/**
 * A managed job running twice (a copy submitted by hand under its name, a second apply with another
 * state store) writes its sinks twice. Plan said so (FO610), but `status --check` — what a
 * scheduled health check and its alerts run — exited 0 when the job set no health rules.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo } from './ops-cli';

let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
  });
  dir = copyRepo(
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n',
  );
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('status --check of a job that runs twice', () => {
  it('fails the check and names both instances, with no health rules set', async () => {
    const base = ['--dir', dir, '--env', 'local'];
    const first = await cli(['apply', ...base, '--auto-approve', '--health-grace', '0s'], dir, env);
    expect(first.code, first.stderr).toBe(0);
    const healthy = await cli(['status', ...base, '--check'], dir, env);
    expect(healthy.code, healthy.stderr).toBe(0);

    const copy = sim.control.seedJob({ name: 'shop.local.copy', startedAgoMs: 1000 });
    const r = await cli(['status', ...base, '--check', '--json'], dir, env);
    expect(r.code).toBe(1);
    const job = JSON.parse(r.stdout).health.jobs.find((j: { job: string }) => j.job === 'copy');
    expect(job.healthy).toBe(false);
    expect(job.breaches.map((b: { rule: string }) => b.rule)).toEqual(['duplicate']);
    expect(job.breaches[0].detail).toContain(copy);
  });
});
