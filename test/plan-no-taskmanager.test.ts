/**
 * A job that lost its TaskManagers waits to be scheduled (on the default scheduler RESTARTING, then
 * RUNNING with every vertex CREATED, as real Flink 2.3 shows it; CREATED on the adaptive one): the
 * plan and `status --check` say it waits for task slots, and advise starting TaskManagers, not
 * dropping its state; once one is back it runs on from its checkpoint.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 50, savepointMs: 20, checkpointMs: 30 });
const settings = (lines: string[]) =>
  writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);
const CHECKPOINTS = ['parallelism: 2', 'config:', '  execution.checkpointing.interval: 100 ms'];
const jobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.dev.totals');
const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

describe('a job with no TaskManager to run on', () => {
  it('is said to wait for task slots, in the plan and in status --check; it runs on once one is back', async () => {
    const state = join(t.base, 'state.json');
    settings(CHECKPOINTS);
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    await sleep(300);
    t.sim.control.faults.noTaskManagers = true;
    const [restarting] = jobs();
    expect(restarting?.state).toBe('RESTARTING');
    // Its restart delay over, the default scheduler shows it RUNNING, its tasks unscheduled.
    for (let i = 0; i < 100 && jobs()[0]?.state !== 'RUNNING'; i++) await sleep(20);
    const [waiting] = jobs();
    expect(waiting).toMatchObject({ jid: restarting!.jid, state: 'RUNNING' });
    const idle = await t.plan(state);
    expect(idle.stdout).toContain(
      'job totals is RUNNING with its tasks unscheduled, waiting for task slots (the cluster has no TaskManager): it does not run',
    );
    expect(idle.stdout).toContain('No changes, but 1 job waits for task slots (FO658).');

    settings([...CHECKPOINTS, '  table.exec.state.ttl: 1 h']);
    const plan = await t.plan(state);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain(
      'FO658 job totals is RUNNING with its tasks unscheduled, waiting for task slots (the cluster has no TaskManager)',
    );
    expect(plan.stdout).toContain('Start TaskManagers (or free slots)');
    expect(plan.stdout).not.toContain('Or set upgradeMode: stateless');

    const check = await t.run(['status', '--check'], state);
    expect(check.stdout + check.stderr).toContain(
      `Job ${waiting!.jid} is RUNNING with its tasks unscheduled, waiting for task slots: the cluster has no TaskManager.`,
    );

    t.sim.control.faults.noTaskManagers = false;
    await sleep(200);
    const [back] = jobs();
    expect(back).toMatchObject({ jid: waiting!.jid, state: 'RUNNING' });
    expect(back!.restoredFrom).toBeTruthy();
    const again = await t.plan(state);
    expect(again.stdout + again.stderr).not.toContain('FO627');
    expect(again.stdout).toMatch(/totals will be upgraded/);
  });
});
