/**
 * `flinkops savepoint JOB` stopped (Ctrl-C, SIGTERM) while it takes the lock and reads the
 * cluster, before the savepoint is triggered: real Flink 1.20.3 took the savepoint anyway, after
 * "SIGTERM received". No savepoint is started then, and FO729 says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { takeManualSavepoint } from '../src/engine/savepoints-run';
import { desiredState, type Harness, harness } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('savepoint JOB asked to stop before its savepoint is triggered', () => {
  it('takes none, says so, and releases the lock', async () => {
    h = await harness();
    const x = h;
    const desired = desiredState([{ name: 'alpha' }]);
    await x.apply(desired);
    const before = (await x.store.read()).doc.jobs.alpha!.savepoints.length;
    const onCluster = (x.sim.control.snapshot().savepoints ?? []).length;
    const stop = new AbortController();
    stop.abort('SIGTERM');
    const r = await takeManualSavepoint({
      desired,
      client: x.client,
      store: x.store,
      clock: x.clock,
      owner: { who: 'test', command: 'flinkops savepoint' },
      job: 'alpha',
      stop: stop.signal,
    });
    expect(r.jobs[0]).toMatchObject({ job: 'alpha', outcome: 'skipped' });
    expect(r.diags).toMatchObject([{ code: 'FO729', severity: 'warning' }]);
    expect(x.sim.control.snapshot().savepoints ?? []).toHaveLength(onCluster);
    expect((await x.store.read()).doc.jobs.alpha!.savepoints).toHaveLength(before);
    expect(await x.store.lockInfo()).toBeUndefined();
  });
});
