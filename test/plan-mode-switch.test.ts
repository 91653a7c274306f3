/**
 * A running job switched between script mode and planMode: compiled, on a simulator that restores
 * state by operator id as Flink does: a script job's ids follow its stream graph and a plan's
 * operators carry uids, so the switch keeps no state. The plan says drops-state before anything
 * stops, and the restore agrees. Writing down the default `planMode: script` restarts nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import { countRepo, simPlanHarness } from './support/sim-plan';

let clock: FakeClock;
let sim: Simulator;
let dir: string;

beforeAll(async () => {
  clock = new FakeClock(Date.UTC(2026, 0, 5));
  sim = await startSimulator({ flinkVersion: '1.20', clock, savepointDir: 'file:/shared/savepoints' });
  dir = countRepo('flinkops-switch-', 'sw');
});
afterAll(async () => {
  await sim.close();
});

const harness = simPlanHarness(
  () => dir,
  () => clock,
);
const plan = () => harness.plan(sim);
async function apply() {
  const { run, report } = await harness.apply(sim);
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
    // script is the default, left out of the settings: the switch names it, not "(none)".
    expect(change.causes).toContainEqual({
      kind: 'setting',
      path: 'planMode',
      from: 'script',
      to: 'compiled',
    });
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
    expect(change.causes).toContainEqual({
      kind: 'setting',
      path: 'planMode',
      from: 'compiled',
      to: 'script',
    });
    expect(change.compatibility!.operators).toContainEqual(
      expect.objectContaining({ name: 'GroupAggregate (k)', state: 'dropped' }),
    );
    expect(outcome?.outcome).toBe('rolled-back');
  });
});
