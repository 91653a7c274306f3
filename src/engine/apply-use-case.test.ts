/**
 * runApply, the use case the CLI and the Action share, on example-repo against the simulator
 * (fake clock): a plan that went stale while the run waited is refused, or — with
 * `replanIfStale` — planned again once and carried out; a failed change brings the JobManager
 * log's tail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import { createFlinkClient, type FlinkClient } from '../flink';
import { type Simulator, startSimulator } from '../sim';
import { MemoryStateStore } from '../state';
import { hostName } from '../state/fs-calls';
import { type ApplyUseCaseOptions, runApply } from './apply-run';
import { type PlanRunOptions, runPlan } from './plan-run';

const ROOT = join(import.meta.dirname, '../..');
const SECRETS = { DRIVERS_DB_PASSWORD: 'pw-apply-use-case-0001' };

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function setup() {
  const clock = new FakeClock(Date.UTC(2026, 0, 5, 9, 0));
  sim = await startSimulator({ flinkVersion: '1.20', clock });
  const client: FlinkClient = createFlinkClient({
    jobmanagerUrl: sim.jobmanagerUrl,
    sqlGatewayUrl: sim.gatewayUrl,
    clock,
  });
  const dir = join(mkdtempSync(join(tmpdir(), 'flinkops-apply-use-case-')), 'repo');
  cpSync(join(ROOT, 'example-repo'), dir, { recursive: true });
  rmSync(join(dir, '.flinkops'), { recursive: true, force: true });
  const store = new MemoryStateStore({ project: 'rides', env: 'staging', clock });
  const planOptions: PlanRunOptions = {
    dir,
    env: 'staging',
    envVars: {},
    secrets: SECRETS,
    offline: false,
    allowDelete: false,
    now: '2026-01-05T09:00:00Z',
    clock,
    store: () => store,
    client: () => client,
  };
  const first = await runPlan(planOptions);
  expect(first.diags.filter((d) => d.severity === 'error')).toEqual([]);
  const use = (o: Partial<ApplyUseCaseOptions> = {}): ApplyUseCaseOptions => ({
    plan: first.plan!,
    desired: first.desired!,
    client,
    store,
    clock,
    secrets: SECRETS,
    secretValues: Object.values(SECRETS),
    owner: { who: 'alice', command: 'apply' },
    timing: { graceMs: 10_000, checkpointWaitMs: 0 },
    ...o,
  });
  /** Another run writes the store meanwhile: a plan made before is stale. */
  const otherRunWrites = async () => {
    const r = await store.read();
    await store.write(r.doc, r.version, { message: 'another run' });
  };
  const running = () =>
    sim!.control.snapshot().jobs.filter((j) => j.name.startsWith('rides.staging.') && j.state === 'RUNNING');
  return { plan: first.plan!, planOptions, use, otherRunWrites, running };
}

describe('runApply', () => {
  it('without replanIfStale a stale plan is refused and nothing runs', async () => {
    const t = await setup();
    await t.otherRunWrites();
    let told = 0;
    const out = await runApply(t.use({ onReplan: () => told++ }));
    expect(out.report.diags.map((d) => d.code)).toEqual(['FO701']);
    expect(out.replanned).toBe(false);
    expect(out.plan).toBe(t.plan);
    expect(told).toBe(0);
    expect(t.running()).toEqual([]);
  });

  it('with replanIfStale a stale plan is planned again once and the fresh plan is carried out', async () => {
    const t = await setup();
    await t.otherRunWrites();
    let told = 0;
    const out = await runApply(t.use({ replanIfStale: t.planOptions, onReplan: () => told++ }));
    expect(told).toBe(1);
    expect(out.replanned).toBe(true);
    expect(out.plan).not.toBe(t.plan);
    expect(out.plan.stateVersion).toBe(t.plan.stateVersion + 1);
    expect(out.report.diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(out.report.changes.map((c) => [c.job, c.action, c.outcome])).toEqual(
      t.plan.changes.map((c) => [c.job, 'create', 'applied']),
    );
    expect(t.running()).toHaveLength(t.plan.changes.length);
    expect(out.log).toBeUndefined();
  });

  it('a fresh plan is not planned again: replanIfStale only acts on a stale one', async () => {
    const t = await setup();
    let told = 0;
    const out = await runApply(t.use({ replanIfStale: t.planOptions, onReplan: () => told++ }));
    expect([told, out.replanned]).toEqual([0, false]);
    expect(out.plan).toBe(t.plan);
    expect(t.running()).toHaveLength(t.plan.changes.length);
  });

  it('a failed change brings the JobManager log tail, secrets masked', async () => {
    const t = await setup();
    sim!.control.faults.jobFailsAfterMs = 1_000;
    const out = await runApply(t.use({ failureLog: { lines: 5 } }));
    expect(out.report.changes.some((c) => c.outcome === 'failed' || c.outcome === 'rolled-back')).toBe(true);
    expect(out.log?.lines).toHaveLength(5);
    expect(out.log?.truncated).toBe(true);
    expect(JSON.stringify(out.log)).not.toContain(SECRETS.DRIVERS_DB_PASSWORD);
  });

  it('a plan made while another run holds the lock does not call its apply stopped', async () => {
    const t = await setup();
    const stop = new AbortController();
    // Interrupted while the new jobs prove themselves: their health checks are unfinished.
    await runApply(
      t.use({
        stop: stop.signal,
        hooks: {
          onEvent: (e) => {
            if (e.type === 'poll-progress' && e.what.startsWith('health of')) stop.abort('SIGINT');
          },
        },
      }),
    );
    const unlocked = await runPlan(t.planOptions);
    const said = unlocked.diags.filter((d) => d.code === 'FO619');
    expect(said.length).toBeGreaterThan(0);
    expect(said[0]!.detail).toMatch(/stopped before its health grace period passed/);
    // Another apply takes the lock (it is watching those jobs now): the plan says so.
    const store = t.planOptions.store('rides', 'staging');
    await store.lock({ who: 'bob via GitHub Actions', command: 'apply', run: '42/1' }, 600_000);
    const locked = await runPlan(t.planOptions);
    const now = locked.diags.filter((d) => d.code === 'FO619');
    expect(now).toHaveLength(said.length);
    for (const d of now) {
      expect(d.detail).not.toMatch(/stopped before/);
      expect(d.detail).toContain('bob via GitHub Actions (apply, run 42/1) holds the state lock since');
    }
    expect(locked.plan!.diagnostics.filter((d) => d.code === 'FO619')).toEqual(now);
    // A holder on this host that was killed holds nothing up: the plan says the apply stopped.
    const info = (await store.lockInfo())!;
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    store.lockInfo = async () => ({ ...info, host: hostName(), pid: gone });
    const killed = await runPlan(t.planOptions);
    expect(killed.diags.filter((d) => d.code === 'FO619').map((d) => d.detail)).toEqual(
      said.map((d) => d.detail),
    );
  });
});
