/**
 * A restarting job that completed no checkpoint since it started from a savepoint still has that
 * savepoint's state, and no cancel deletes a savepoint (restores use NO_CLAIM): its upgrade goes
 * ahead from it, where with a checkpoint the cancel would delete it is refused (FO627, FO710).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

// No checkpoint timing: a job checkpoints only as its config says, and this one's says nothing.
const t = simRepo({ startMs: 1_500, savepointMs: 20, restartLoopMs: 100 });
const jobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.dev.totals');
const settings = (lines: string[]) =>
  writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);

/**
 * The job created, then upgraded through a savepoint, so that it runs started from that savepoint
 * (checkpointing off: it never completes a checkpoint of its own). Returns the running job.
 */
async function startedFromSavepoint(state: string) {
  settings(['parallelism: 2']);
  expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
  settings(['parallelism: 2', 'config:', '  table.exec.state.ttl: 2 h']);
  expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
  const running = jobs().find((j) => j.state === 'RUNNING')!;
  expect(running.restoredFrom).toMatch(/savepoint/);
  return running;
}

describe('a restarting job that completed no checkpoint since it started from a savepoint', () => {
  it('is upgraded from that savepoint, which no cancel deletes: neither the plan nor apply refuses', async () => {
    const state = join(t.base, 'state.json');
    const started = await startedFromSavepoint(state);
    const from = started.restoredFrom;
    t.sim.control.faults.jobRestartLoop = true;
    await new Promise((res) => setTimeout(res, 200));
    expect(jobs().find((j) => j.jid === started.jid)?.state).toBe('RESTARTING');
    settings(['parallelism: 2', 'config:', '  table.exec.state.ttl: 3 h']);
    const plan = await t.plan(state);
    expect(plan.stdout + plan.stderr).not.toContain('FO627');
    expect(plan.stdout).toMatch(/totals will be upgraded/);
    // The new job runs healthily; the old one is still in its 1.5 s of RESTARTING.
    t.sim.control.faults.jobRestartLoop = false;
    const r = await t.apply(state, '--health-grace', '0s');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain(`will restore from ${from}, the savepoint it started from`);
    const now = jobs().find((j) => j.state === 'RUNNING');
    expect(now!.jid).not.toBe(started.jid);
    expect(now!.restoredFrom).toBe(from);
  });
});

describe('a RUNNING job started from a savepoint, upgraded last-state', () => {
  it('is still refused: a last-state upgrade restores a checkpoint, and the cancel deletes those', async () => {
    const state = join(t.base, 'state.json');
    await startedFromSavepoint(state);
    settings(['parallelism: 2', 'upgradeMode: last-state', 'config:', '  table.exec.state.ttl: 3 h']);
    const plan = await t.plan(state);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toMatch(/refused\s+FO627 job totals cannot be upgraded last-state/);
    // How to get there: the retention first, through a savepoint upgrade.
    expect(plan.stdout.replace(/\s+/g, ' ')).toContain(
      'to switch to last-state, apply the retention with upgradeMode: savepoint first (that upgrade starts the job with it), then set upgradeMode: last-state',
    );
  });
});
