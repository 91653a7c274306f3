/**
 * A job that lost its TaskManager on the adaptive scheduler waits in CREATED, and Flink shows no
 * checkpoints of it meanwhile (real Flink 2.3: empty statistics). The plan says it does not run
 * rather than "the cluster matches the repository", and refuses a last-state upgrade, which would
 * find no checkpoint to carry its state over (FO710 at apply), until it runs again.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 50, savepointMs: 20, checkpointMs: 30 }, { adaptive: true });
const settings = (lines: string[]) =>
  writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);
const LAST_STATE = [
  'parallelism: 2',
  'upgradeMode: last-state',
  'config:',
  '  execution.checkpointing.interval: 100 ms',
  '  execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION',
];
const jobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.dev.totals');
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

describe('a job the adaptive scheduler has waiting for task slots', () => {
  it('is said not to run; its last-state upgrade is refused until it runs again', async () => {
    const state = join(t.base, 'state.json');
    settings(LAST_STATE);
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    await sleep(300);
    t.sim.control.faults.noTaskManagers = true;
    await sleep(100);
    const [waiting] = jobs();
    expect(waiting?.state).toBe('CREATED');

    const idle = await t.plan(state);
    expect(idle.code).toBe(0);
    expect(plain(idle.stdout)).toContain(
      'FO658: job totals is CREATED, waiting for task slots (the cluster has no TaskManager): it does not run',
    );
    expect(plain(idle.stdout)).toContain(
      'totals: up to date; CREATED on the cluster, waiting for task slots',
    );
    expect(plain(idle.stdout)).toContain('No changes, but 1 job waits for task slots (FO658).');
    expect(plain(idle.stdout)).not.toContain('The cluster matches the repository');
    // It ran (real 1.20.3 answers it with every timestamp but INITIALIZING 0): it is not new.
    expect(plain(idle.stdout)).toContain('restoring its latest checkpoint, as soon as it has task slots');
    expect(plain(idle.stdout)).not.toContain('it has never run');

    settings(LAST_STATE.map((l) => l.replace('100 ms', '200 ms')));
    const plan = await t.plan(state);
    expect(plan.code).toBe(1);
    expect(plain(plan.stdout)).toContain(
      'FO658 job totals is CREATED, waiting for task slots (the cluster has no TaskManager): a last-state upgrade needs its latest checkpoint',
    );
    const apply = await t.apply(state, '--health-grace', '0s');
    expect(apply.code).toBe(1);
    expect(apply.stdout + apply.stderr).not.toContain('FO710');
    expect(jobs()).toMatchObject([{ jid: waiting!.jid, state: 'CREATED' }]);

    t.sim.control.faults.noTaskManagers = false;
    await sleep(300);
    expect(jobs()[0]).toMatchObject({ jid: waiting!.jid, state: 'RUNNING' });
    const again = await t.plan(state);
    expect(again.stdout + again.stderr).not.toContain('FO658');
    expect(again.stdout).toMatch(/totals will be upgraded \(last-state\)/);
    const done = await t.apply(state, '--health-grace', '0s');
    expect(done.code).toBe(0);
    expect(jobs().find((j) => j.state === 'RUNNING')?.restoredFrom).toMatch(/chk-\d+$/);
  });
});
