/**
 * A change an apply rolled back is not tried again while the repository asks for exactly it (as
 * Flink's Kubernetes Operator does not retry a failed spec): the next applies leave the
 * rolled-back version running; a change to the job, or `--replace JOB`, tries again.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import type { StateFile } from '../src/state/document';
import { cli } from './support/cli';
import { heldRepo } from './support/held-repo';

const COUNTS = 'INSERT INTO counts SELECT city, COUNT(*) FROM src GROUP BY city;\n';
/** Drops the aggregate's state: Flink refuses to restore it without allowNonRestoredState. */
const NO_STATE = 'INSERT INTO counts SELECT city, CAST(1 AS BIGINT) FROM src;\n';

let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  ({ sim, dir } = await heldRepo('flinkops-held-'));
  writeFileSync(join(dir, 'jobs/counts.sql'), COUNTS);
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
});

afterEach(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const APPLY = ['apply', '--env', 'dev', '--auto-approve', '--health-grace', '0s'];
const run = (args: string[]) => cli([...args, '--dir', dir], { env });
const state = (): StateFile =>
  JSON.parse(readFileSync(join(dir, '.flinkops/state/dev.json'), 'utf8')) as StateFile;

/** The jobs of the counts pipeline that are alive on the simulated cluster. */
function alive(): string[] {
  return sim.control
    .snapshot()
    .jobs.filter((j) => j.name === 'held.dev.counts' && !['FAILED', 'CANCELED', 'FINISHED'].includes(j.state))
    .map((j) => j.jid);
}

async function rolledBackUpgrade(): Promise<string> {
  expect((await run(APPLY)).code).toBe(0);
  writeFileSync(join(dir, 'jobs/counts.sql'), NO_STATE);
  const bad = await run(APPLY);
  expect(bad.code, bad.stdout + bad.stderr).toBe(1);
  expect(bad.stderr).toContain('FO712');
  expect(bad.stderr).toContain('plans hold this change');
  const [back] = alive();
  expect(back).toBeDefined();
  return back!;
}

describe('a rolled-back change', () => {
  it('is held by the next plans and applies: the rolled-back job keeps running', async () => {
    const back = await rolledBackUpgrade();
    const rec = state().state.jobs.counts!;
    expect(rec.rolledBack).toMatchObject({
      parallelism: 1,
      upgradeMode: 'savepoint',
      allowNonRestoredState: false,
    });
    expect(rec.rolledBack!.cause).toMatch(/Cannot map checkpoint\/savepoint state/);

    const plan = await run(['plan', '--env', 'dev', '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('FO601');
    expect(plan.stdout).toContain('Job counts: the change rolled back at');
    expect(plan.stdout).toContain('with --replace counts');
    expect(plan.stdout).toContain('No changes: 1 rolled-back change held (FO601).');
    const status = await run(['status', '--env', 'dev']);
    expect(status.stdout).toMatch(/^counts\s+RUNNING\s.*none \(rolled-back change held\)$/m);
    const jobs = sim.control.snapshot().jobs.length;
    const again = await run(APPLY);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    // Nothing was stopped or started: the same job runs, no job was added.
    expect(alive()).toEqual([back]);
    expect(sim.control.snapshot().jobs).toHaveLength(jobs);
  });

  it('is forgotten once the repository goes back to what runs (a revert): asked for again, it is tried', async () => {
    const back = await rolledBackUpgrade();
    // `git revert` of the failed change: the repository asks for the version that runs.
    writeFileSync(join(dir, 'jobs/counts.sql'), COUNTS);
    const plan = await run(['plan', '--env', 'dev', '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toContain(
      'No changes to the cluster: 1 rolled-back change no longer held (FO605); apply records it.',
    );
    expect(plan.stdout).toContain('info FO605: Job counts: the change rolled back at');
    const ok = await run(APPLY);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    // Nothing restarted, and the store no longer holds the failed change.
    expect(alive()).toEqual([back]);
    const rec = state().state.jobs.counts!;
    expect(rec.rolledBack).toBeUndefined();
    expect(rec.history.at(-1)).toMatchObject({ action: 'sync', jobId: back });
    expect((await run(['plan', '--env', 'dev', '--detailed-exitcode'])).code).toBe(0);
    // A revert of the revert asks for the failed change again: a new request, planned and tried.
    writeFileSync(join(dir, 'jobs/counts.sql'), NO_STATE);
    const again = await run(['plan', '--env', 'dev', '--detailed-exitcode']);
    expect(again.code, again.stdout + again.stderr).toBe(2);
    expect(again.stdout).not.toContain('FO601');
    expect(again.stdout).toContain('1 to upgrade');
  });

  it('is tried again once the job changes: allowNonRestoredState goes through', async () => {
    const back = await rolledBackUpgrade();
    writeFileSync(join(dir, 'jobs/counts.yaml'), 'allowNonRestoredState: true\n');
    const plan = await run(['plan', '--env', 'dev', '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).not.toContain('FO601');
    const ok = await run(APPLY);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const [now] = alive();
    expect(now).not.toBe(back);
    // The new version runs: nothing is held any more.
    expect(state().state.jobs.counts!.rolledBack).toBeUndefined();
    writeFileSync(join(dir, 'jobs/counts.yaml'), 'allowNonRestoredState: false\n');
    expect((await run(['plan', '--env', 'dev', '--detailed-exitcode'])).code).toBe(0);
  });

  it("points at the job's settings when the held change is in them (a max parallelism its state cannot take)", async () => {
    expect((await run(APPLY)).code).toBe(0);
    writeFileSync(join(dir, 'jobs/counts.yaml'), 'maxParallelism: 64\n');
    const bad = await run(APPLY);
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    const plan = await run(['plan', '--env', 'dev']);
    expect(plan.stdout).toMatch(
      /jobs\/counts\.yaml:1:1: warning FO601: Job counts: the change rolled back at/,
    );
  });

  it('points at the SQL file when the held change is in the script', async () => {
    await rolledBackUpgrade();
    writeFileSync(join(dir, 'jobs/counts.yaml'), 'parallelism: 1\n');
    const plan = await run(['plan', '--env', 'dev']);
    expect(plan.stdout).toMatch(/jobs\/counts\.sql:1:1: warning FO601/);
  });

  it('is not held when the previous version fails as well: the cause is outside the change', async () => {
    // As a wrong password of a source's database does to both versions (real Flink 1.20.3,
    // postgres-cdc: "PSQLException: FATAL: password authentication failed" in each).
    await sim.close();
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing: { startMs: 10, savepointMs: 10, restartLoopMs: 20 },
    });
    env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
    expect((await run(APPLY)).code).toBe(0);
    writeFileSync(join(dir, 'jobs/counts.sql'), COUNTS.replace('FROM src', "FROM src WHERE city <> 'x'"));
    const [first] = alive();
    const applying = run([...APPLY, '--health-grace', '500ms']);
    // The running version stops with its savepoint; from then on every start fails.
    while (sim.control.snapshot().jobs.find((j) => j.jid === first)?.state === 'RUNNING')
      await new Promise((r) => setTimeout(r, 2));
    sim.control.faults.jobRestartLoop = true;
    const bad = await applying;
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stderr).toContain('FO706');
    expect(bad.stderr).toContain('the next plan tries the change again');
    expect(state().state.jobs.counts!.rolledBack).toBeUndefined();
    sim.control.faults.jobRestartLoop = false;
    const plan = await run(['plan', '--env', 'dev', '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toMatch(/counts will be upgraded/);
    expect(plan.stdout).not.toContain('FO601');
  });

  it('is tried again as it is with --replace', async () => {
    await rolledBackUpgrade();
    const plan = await run(['plan', '--env', 'dev', '--detailed-exitcode', '--replace', 'counts']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toMatch(/counts will be upgraded/);
    expect(plan.stdout).not.toContain('FO601');
  });
});
