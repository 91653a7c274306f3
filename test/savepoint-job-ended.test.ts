/**
 * A savepoint whose job ends while it is pending (cancelled by hand, stopped by another apply):
 * Flink aborts it, and FO703 used to say "The job keeps running" of a job that no longer ran.
 */
import { describe, expect, it } from 'vitest';
import { cli, localSim } from './ops-cli';

const t = localSim({ startMs: 10, savepointMs: 400 });

describe('a savepoint whose job ends while it is pending', () => {
  it('says the job ended, not that it keeps running', async () => {
    const first = await cli(
      ['apply', ...t.base, '--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'],
      t.dir,
      t.env,
    );
    expect(first.code, first.stderr).toBe(0);
    const job = t.sim.control
      .snapshot()
      .jobs.find((j) => j.name === 'shop.local.copy' && j.state === 'RUNNING')!;
    const taking = cli(['savepoint', 'copy', ...t.base], t.dir, t.env);
    await new Promise((r) => setTimeout(r, 100));
    const cancel = await fetch(`${t.sim.jobmanagerUrl}/jobs/${job.jid}?mode=cancel`, { method: 'PATCH' });
    expect(cancel.status).toBe(202);
    const r = await taking;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO703');
    expect(r.stderr).toContain('Checkpoint Coordinator is suspending.');
    expect(r.stderr).toContain(`Job ${job.jid} is CANCELED now: it ended while the savepoint was pending`);
    expect(r.stderr).not.toContain('keeps running');
  });
});
