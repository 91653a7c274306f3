/**
 * A managed job the plan leaves alone while Flink keeps restarting it (FO606). Seen on real Flink
 * 1.20.3 (adaptive scheduler): a job that passed its health check and then failed `/ by zero` on
 * every record was RESTARTING with 16 failures in its exceptions; `status` showed RESTARTING, and
 * plan said "No changes. The cluster matches the repository."
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

let sim: Simulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A cluster whose restart loop fails a job `loopMs` after each start; job `copy` applied on it. */
async function applied(loopMs: number): Promise<void> {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    adaptiveScheduler: true,
    timing: { startMs: 20, restartLoopMs: loopMs },
  });
  dir = copyRepo(
    `project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n`,
  );
  const r = await cli(['apply', '--dir', dir, '--env', 'prod', ...QUICK], dir);
  expect(r.code, r.stdout + r.stderr).toBe(0);
}

const restarts = () => sim!.control.snapshot().jobs.find((j) => j.name === 'shop.prod.copy')?.restarts ?? 0;

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(ok()).toBe(true);
}

const plan = (...extra: string[]) => cli(['plan', '--dir', dir!, '--env', 'prod', ...extra], dir!);

describe('plan of a managed job Flink keeps restarting (FO606)', () => {
  it("says its state, its failures since the last apply and Flink's cause, not a bare No changes", async () => {
    await applied(150);
    sim!.control.faults.jobRestartLoop = true;
    await until(() => restarts() >= 3);
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.changes.map((c) => [c.job, c.action])).toEqual([['copy', 'none']]);
    expect(p.changes[0]!.reason).toMatch(
      /; (RESTARTING|CREATED|INITIALIZING|restarting in a loop) on the cluster \(FO606\)$/,
    );
    const found = p.diagnostics.filter((d) => d.code === 'FO606');
    expect(found).toHaveLength(1);
    expect(found[0]!.summary).toMatch(
      /^job copy is (RESTARTING|CREATED|INITIALIZING|restarting in a loop): it failed \d+ times since the last apply, the latest at .+: RuntimeException: Simulated task failure \(restart loop\)$/,
    );
    expect(found[0]!.detail).toContain('--replace copy');
    expect(found[0]!.detail).toContain('fix jobs/copy.sql');
    // No change to make: the exit code stays that of "no changes".
    const text = await plan('--detailed-exitcode');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No changes, but 1 job is not healthy (FO606).');
    expect(text.stdout).not.toContain('The cluster matches the repository');
  });

  it('says nothing of a job that failed once and runs again', async () => {
    await applied(400);
    sim!.control.faults.jobRestartLoop = true;
    await until(() => restarts() >= 1);
    sim!.control.faults.jobRestartLoop = false;
    await until(() => sim!.control.snapshot().jobs[0]?.state === 'RUNNING');
    expect(restarts()).toBe(1);
    const text = await plan();
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('FO606');
    expect(text.stdout).toContain('No changes. The cluster matches the repository.');
  });
});
