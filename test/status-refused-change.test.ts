/**
 * While Flink restarts a job (a TaskManager lost), a pending change of it is refused (FO627): the
 * plan says so, and `status` still shows what runs, with the refusal below the table — the moment
 * an operator most needs to see the jobs' states.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 1_500, savepointMs: 20, checkpointMs: 50, restartLoopMs: 100 });
const settings = (lines: string[]) =>
  writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);
const CHECKPOINTS = ['config:', '  execution.checkpointing.interval: 100 ms'];
const status = (state: string, ...more: string[]) =>
  cli(['status', '--dir', t.repo, '--env', 'dev', '--state-file', state, ...t.urls(), ...more]);

describe('status while a pending change is refused', () => {
  it('shows every job and its state, then the refusal (FO627)', async () => {
    const state = join(t.base, 'state.json');
    settings(['parallelism: 2', ...CHECKPOINTS]);
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    await new Promise((res) => setTimeout(res, 400));
    t.sim.control.faults.jobRestartLoop = true;
    await new Promise((res) => setTimeout(res, 200));
    settings(['parallelism: 2', ...CHECKPOINTS, '  table.exec.state.ttl: 1 h']);

    const r = await status(state);
    expect(r.stdout).toMatch(/^JOB\s+STATE\s+UPTIME/m);
    expect(r.stdout).toMatch(/^totals\s+RESTARTING\s/m);
    expect(r.stdout + r.stderr).toContain(
      'error FO627: job totals is RESTARTING: no savepoint possible, and cancelling it would delete its checkpoints',
    );
    expect(r.code).toBe(1);

    const json = await status(state, '--json');
    const out = JSON.parse(json.stdout);
    expect(out.jobs.find((j: { job: string }) => j.job === 'totals')?.state).toBe('RESTARTING');
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toContain('FO627');

    // --check still reads the jobs' health: the restarting job breaches notRunning.
    const check = await status(state, '--check');
    expect(check.stdout).toMatch(/^totals\s+RESTARTING\s/m);
    expect(check.stdout).toMatch(/unhealthy: \d+ of \d+ jobs? breach/);
    expect(check.code).toBe(1);
  }, 30_000);
});
