/**
 * A savepoint whose job ends while it is pending (cancelled by hand, stopped by another apply):
 * Flink aborts it, and FO703 used to say "The job keeps running" of a job that no longer ran.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo } from './ops-cli';

const QUICK = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'];
let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 400 },
  });
  dir = copyRepo(
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n',
  );
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a savepoint whose job ends while it is pending', () => {
  it('says the job ended, not that it keeps running', async () => {
    const base = ['--dir', dir, '--env', 'local'];
    const first = await cli(['apply', ...base, ...QUICK], dir, env);
    expect(first.code, first.stderr).toBe(0);
    const job = sim.control
      .snapshot()
      .jobs.find((j) => j.name === 'shop.local.copy' && j.state === 'RUNNING')!;
    const taking = cli(['savepoint', 'copy', ...base], dir, env);
    await new Promise((r) => setTimeout(r, 100));
    const cancel = await fetch(`${sim.jobmanagerUrl}/jobs/${job.jid}?mode=cancel`, { method: 'PATCH' });
    expect(cancel.status).toBe(202);
    const r = await taking;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO703');
    expect(r.stderr).toContain('Checkpoint Coordinator is suspending.');
    expect(r.stderr).toContain(`Job ${job.jid} is CANCELED now: it ended while the savepoint was pending`);
    expect(r.stderr).not.toContain('keeps running');
  });
});
