/**
 * `flinkops status` UPTIME is Flink's own `uptime`: the time since the job last switched to
 * RUNNING. Real Flink 2.2, a job whose only TaskManager died and came back: `start-time`
 * 1796463287454, `timestamps.RUNNING` 1796463486588, `now` 1796463522670, and the job's `uptime`
 * metric said 32 s (the minute before it, status said 3m: the time since it was submitted).
 */
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 100, savepointMs: 20, restartLoopMs: 100 });
const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

interface Row {
  job: string;
  state: string;
  uptimeMs?: number;
}
const rows = async (state: string): Promise<Row[]> =>
  JSON.parse((await t.run(['status', '--json'], state)).stdout).jobs;

describe('status uptime after Flink restarted a job', () => {
  it('counts from the restart, not from the submission, and shows none while restarting', async () => {
    const state = `${t.base}/state.json`;
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    await sleep(1_500);
    const before = (await rows(state)).find((r) => r.job === 'totals')!;
    expect(before.uptimeMs).toBeGreaterThanOrEqual(1_500);

    t.sim.control.faults.jobRestartLoop = true;
    await sleep(150);
    t.sim.control.faults.jobRestartLoop = false;
    let after = (await rows(state)).find((r) => r.job === 'totals')!;
    for (let i = 0; i < 40 && after.state !== 'RUNNING'; i++) {
      // While Flink restarts the job it is not up: no uptime, as Flink's metric says 0.
      expect(after.uptimeMs).toBeUndefined();
      await sleep(50);
      after = (await rows(state)).find((r) => r.job === 'totals')!;
    }
    expect(after.state).toBe('RUNNING');
    expect(after.uptimeMs).toBeLessThan(1_000);
  }, 20_000);
});
