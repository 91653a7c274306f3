/**
 * A running job switched between script mode and planMode: compiled, on a simulator that restores
 * state by operator id as Flink does: a script job's ids follow its stream graph and a plan's
 * operators carry uids, so the switch keeps no state. The plan says drops-state before anything
 * stops, and the restore agrees. Writing down the default `planMode: script` restarts nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { applyPlan } from '../src/engine/apply-run';
import { closeRun, runPlan } from '../src/engine/plan-run';
import { createFlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { MemoryStateStore } from '../src/state/memory-store';

const PROJECT = `project: sw
flinkVersion: "1.20"
environments:
  prod:
    jobmanagerUrl: http://unused:8081
    sqlGatewayUrl: http://unused:8083
    planDir: file:///shared/plans
`;
const EVENTS =
  'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: k, type: INT }\n';
const COUNTS =
  'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: k, type: INT }\n  - { name: c, type: BIGINT }\n';
const COUNT = 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nGROUP BY k;\n';

let clock: FakeClock;
let sim: Simulator;
let dir: string;
let store: MemoryStateStore | undefined;

beforeAll(async () => {
  clock = new FakeClock(Date.UTC(2026, 0, 5));
  sim = await startSimulator({ flinkVersion: '1.20', clock, savepointDir: 'file:/shared/savepoints' });
  dir = mkdtempSync(join(tmpdir(), 'flinkops-switch-'));
  mkdirSync(join(dir, 'tables'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'flinkops.yaml'), PROJECT);
  writeFileSync(join(dir, 'tables/events.yaml'), EVENTS);
  writeFileSync(join(dir, 'tables/counts.yaml'), COUNTS);
  writeFileSync(join(dir, 'jobs/counts.sql'), COUNT);
});
afterAll(async () => {
  await sim.close();
});

function plan() {
  return runPlan({
    dir,
    env: 'prod',
    envVars: {},
    secrets: {},
    offline: false,
    allowDelete: false,
    stateVerdicts: true,
    clock,
    keepPrevious: true,
    endpoints: { jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl },
    store: (project, env) => {
      store ??= new MemoryStateStore({ project, env, clock });
      return store;
    },
    client: (e) =>
      createFlinkClient({
        jobmanagerUrl: e.jobmanagerUrl,
        sqlGatewayUrl: e.sqlGatewayUrl,
        clock,
        timeoutMs: 5_000,
      }),
  });
}

async function apply() {
  const run = await plan();
  expect(run.plan, JSON.stringify(run.diags)).toBeDefined();
  const report = await applyPlan({
    plan: run.plan!,
    desired: run.desired!,
    client: run.client!,
    store: run.store!,
    clock,
    secrets: {},
    commit: 'c0ffee',
    owner: { who: 'test', command: 'apply' },
    timing: { graceMs: 30_000, checkpointWaitMs: 0 },
  });
  await closeRun(run);
  return { run, outcome: report.changes.find((c) => c.job === 'counts') };
}

const jobYaml = (text: string) => writeFileSync(join(dir, 'jobs/counts.yaml'), text);

describe('switching a running job between script mode and planMode: compiled', () => {
  it('an explicit planMode: script is the default: nothing restarts', async () => {
    expect((await apply()).outcome?.outcome).toBe('applied');
    jobYaml('planMode: script\n');
    const run = await plan();
    await closeRun(run);
    expect(run.plan!.changes.find((c) => c.job === 'counts')?.action).toBe('none');
  });

  it('script to compiled: the plan says drops-state (FO617), and the restore fails as planned', async () => {
    jobYaml('planMode: compiled\n');
    const { run, outcome } = await apply();
    const change = run.plan!.changes.find((c) => c.job === 'counts')!;
    expect(change.action).toBe('upgrade');
    expect(change.compatibility).toMatchObject({ verdict: 'drops-state' });
    expect(change.compatibility!.findings[0]).toContain('ran in script mode');
    expect(run.plan!.diagnostics).toContainEqual(expect.objectContaining({ code: 'FO617' }));
    expect(outcome?.outcome).toBe('rolled-back');
    expect(outcome?.error).toMatch(/Cannot map checkpoint\/savepoint state for operator/);
  });

  it('with allowNonRestoredState the switch goes through; back to script mode drops the state again', async () => {
    jobYaml('planMode: compiled\nallowNonRestoredState: true\n');
    expect((await apply()).outcome?.outcome).toBe('applied');
    jobYaml('');
    const { run, outcome } = await apply();
    const change = run.plan!.changes.find((c) => c.job === 'counts')!;
    expect(change.compatibility).toMatchObject({ verdict: 'drops-state' });
    expect(change.compatibility!.operators).toContainEqual(
      expect.objectContaining({ name: 'GroupAggregate (k)', state: 'dropped' }),
    );
    expect(outcome?.outcome).toBe('rolled-back');
  });
});
