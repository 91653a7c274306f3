/**
 * A plan that would restore a checkpoint the cancel before it deletes says so, and refuses the
 * change as apply would (FO627): the cluster says what it keeps (`/jobs/:id/checkpoints/config`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

// A restart takes as long as a start: 1.5 s of RESTARTING to plan and apply in.
const t = simRepo({ startMs: 1_500, savepointMs: 20, checkpointMs: 50, restartLoopMs: 100 });
const jobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.dev.totals');
const settings = (lines: string[]) =>
  writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);
const CHECKPOINTS = ['config:', '  execution.checkpointing.interval: 100 ms'];

async function deploy(state: string, extra: string[] = []) {
  settings(['parallelism: 2', ...extra, ...CHECKPOINTS]);
  const r = await t.apply(state, '--health-grace', '0s');
  expect(r.code, r.stderr).toBe(0);
  await new Promise((res) => setTimeout(res, 400)); // a few checkpoints
}

describe('a change that would restore a checkpoint the cancel deletes', () => {
  it('a restarting job: the upgrade is refused in the plan (FO627), and apply leaves the job alone', async () => {
    const state = join(t.base, 'state.json');
    await deploy(state);
    t.sim.control.faults.jobRestartLoop = true;
    await new Promise((res) => setTimeout(res, 200));
    const [before] = jobs();
    expect(before?.state).toBe('RESTARTING');
    settings(['parallelism: 2', ...CHECKPOINTS, '  table.exec.state.ttl: 1 h']);
    const plan = await t.plan(state);
    // The plan is shown whole, the refusal at its job, and fails.
    expect(plan.code).toBe(1);
    expect(plan.stdout).toMatch(
      /refused\s+FO627 job totals is RESTARTING: no savepoint possible, and cancelling it would delete its checkpoints/,
    );
    expect(plan.stdout).toContain(
      '1 change refused: totals. The plan has errors: apply changes nothing until they are fixed.',
    );
    const r = await t.apply(state);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('error FO627');
    expect(r.stdout + r.stderr).not.toContain('FO625');
    expect(jobs().map((j) => j.jid)).toEqual([before!.jid]);
  });

  it('a last-state upgrade is refused in the plan; with the checkpoints retained it goes ahead', async () => {
    const state = join(t.base, 'state.json');
    await deploy(state, ['upgradeMode: last-state']);
    settings(['parallelism: 2', 'upgradeMode: last-state', ...CHECKPOINTS, '  table.exec.state.ttl: 1 h']);
    const plan = await t.plan(state);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toMatch(
      /refused\s+FO627 job totals cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled/,
    );
    expect(plan.stdout).toMatch(/Diagnostics \(1 error, \d+ warnings?; 1 shown at its job above\)/);
    // Retained on cancellation (a change that needs a restart of its own: a savepoint upgrade).
    settings([
      'parallelism: 2',
      'upgradeMode: savepoint',
      ...CHECKPOINTS,
      '  execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION',
    ]);
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    await new Promise((res) => setTimeout(res, 400));
    settings([
      'parallelism: 2',
      'upgradeMode: last-state',
      ...CHECKPOINTS,
      '  execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION',
      '  table.exec.state.ttl: 1 h',
    ]);
    const again = await t.plan(state);
    expect(again.stdout + again.stderr).not.toContain('FO627');
    expect(again.stdout).toMatch(/totals will be upgraded/);
  });
});
