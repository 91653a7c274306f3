/**
 * `apply --savepoint-timeout`: with large state a savepoint may take longer than flinkops' default
 * budget (10 min, Flink's own execution.checkpointing.timeout default); the option sets it.
 */
import { afterEach, expect, it } from 'vitest';
import { APPLY, type Ops, ops, project, write } from './ops-savepoints-support';

let o: Ops | undefined;
afterEach(async () => {
  await o?.close();
  o = undefined;
});

it('awaits a stop-with-savepoint for --savepoint-timeout, then leaves it pending (FO704)', async () => {
  o = await ops(project('parallelism: 2\n'));
  expect((await o.run('apply', APPLY)).code).toBe(0);
  write(o.dir, 'jobs/totals.yaml', 'parallelism: 2\nconfig:\n  table.exec.state.ttl: 1 h\n');
  o.sim.control.faults.set({ stopHangs: true });
  const t0 = o.clock.now();
  const r = await o.run('apply', [...APPLY, '--target', 'totals', '--savepoint-timeout', '45s']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/FO704: savepoint of job totals .* did not finish within 45 s/);
  expect(o.clock.now() - t0).toBeLessThan(120_000);
  expect(o.state().jobs.totals!.pending).toMatchObject({ kind: 'stop-with-savepoint' });

  const bad = await o.run('apply', [...APPLY, '--savepoint-timeout', 'soon']);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('--savepoint-timeout must be a duration');
  // 0 would give up on every savepoint at once: refused, as `savepoint JOB` refuses it.
  const zero = await o.run('apply', [...APPLY, '--savepoint-timeout', '0']);
  expect(zero.code).toBe(1);
  expect(zero.stderr).toContain('--savepoint-timeout must be longer than 0');
  expect(o.state().jobs.totals!.pending).toMatchObject({ kind: 'stop-with-savepoint' });
});

it('bounds `savepoint JOB` and `savepoints run` too (--savepoint-timeout)', async () => {
  o = await ops(project('parallelism: 2\n'));
  expect((await o.run('apply', APPLY)).code).toBe(0);
  // The simulator's savepoints take 400 ms: a budget of 100 ms runs out first.
  const one = await o.run('savepoint', ['totals', '--savepoint-timeout', '100ms']);
  expect(one.code).toBe(1);
  expect(one.stderr).toMatch(/FO704[^\n]*did not finish within 1\d\d ms/);
  // Not "failed": Flink goes on with it, and the next command records it.
  expect(one.stderr).toMatch(/FO704: savepoint of job totals \(\w+\) is still in progress: /);
  expect(one.stderr).toContain('the next apply, flinkops savepoint or savepoints run looks for its outcome');
  const pending = o.state().jobs.totals!.pending;
  expect(pending).toMatchObject({ kind: 'savepoint' });
  const triggerId = pending?.kind === 'savepoint' ? pending.triggerId : undefined;
  expect(triggerId).toBeDefined();
  o.advance(1_000);
  const enough = await o.run('savepoint', ['totals', '--savepoint-timeout', '1min']);
  expect(enough.code).toBe(0);
  expect(o.state().jobs.totals!.savepoints.find((s) => s.path === enough.stdout.trim())).toMatchObject({
    triggerId,
  });
  const run = await o.run('savepoints', ['run', '--savepoint-timeout', '100ms']);
  expect(run.code).toBe(1);
  expect(run.stderr + run.stdout).toMatch(/FO704[^\n]*did not finish within/);
  const bad = await o.run('savepoint', ['totals', '--savepoint-timeout', '0']);
  expect(bad.stderr).toContain('--savepoint-timeout must be longer than 0');
});

it("a savepoint that runs past the job's execution.checkpointing.timeout says to raise it (FO703)", async () => {
  // Flink aborts it ("Checkpoint expired before completing."): flinkops' own wait is not the limit.
  o = await ops(project('parallelism: 2\nconfig:\n  execution.checkpointing.timeout: 200 ms\n'));
  expect((await o.run('apply', APPLY)).code).toBe(0);
  const r = await o.run('savepoint', ['totals', '--savepoint-timeout', '10min']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/FO703[^\n]*Checkpoint expired before completing/);
  expect(r.stderr).toContain("took longer than the job's execution.checkpointing.timeout");
  expect(r.stderr).not.toContain('Fix the cause');
  expect(o.state().jobs.totals!.history.at(-1)).toMatchObject({ action: 'savepoint-failed' });
  // Flink's own checkpoint history says the same.
  const jid = o.state().jobs.totals!.current!.jobId;
  const history = (await (await fetch(`${o.sim.jobmanagerUrl}/jobs/${jid}/checkpoints`)).json()) as {
    history: Record<string, unknown>[];
  };
  expect(history.history[0]).toMatchObject({
    is_savepoint: true,
    status: 'FAILED',
    failure_message: 'Checkpoint expired before completing.',
  });
});
