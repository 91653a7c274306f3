/**
 * Retention disposes of savepoints one after the other; each disposal may take up to the
 * savepoint budget. The state lock must stay held (renewed) through all of them, or another
 * run could take it while this one still writes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runSavepoints, takeManualSavepoint } from '../src/engine/savepoints-run';
import type { FlinkClient } from '../src/flink';
import { advance, desiredState, type Harness, harness } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('savepoint retention and the state lock', () => {
  it('keeps the lock alive while slow disposals run', async () => {
    h = await harness();
    const x = h;
    const desired = desiredState([{ name: 'alpha', settings: { savepoints: { keep: 1 } } }]);
    await x.apply(desired);
    const owner = { who: 'test', command: 'savepoints' };
    for (let i = 0; i < 3; i++) {
      advance(x, 60_000);
      const m = await takeManualSavepoint({
        desired,
        client: x.client,
        store: x.store,
        clock: x.clock,
        owner,
        job: 'alpha',
      });
      expect(m.jobs[0]!.outcome).toBe('taken');
    }
    // Disposals never finish: each one waits out its whole budget.
    let lapsed = false;
    const stuck = new Proxy(x.client, {
      get(t, p, r) {
        if (p !== 'getDisposalStatus') return Reflect.get(t, p, r);
        return async () => {
          const info = await x.store.lockInfo();
          if (!info || Date.parse(info.expires) <= x.clock.now()) lapsed = true;
          return { ok: true, value: { state: 'pending' } };
        };
      },
    }) as FlinkClient;
    const r = await runSavepoints({
      desired,
      client: stuck,
      store: x.store,
      clock: x.clock,
      owner,
      timing: { lockTtlMs: 60_000, savepointTimeoutMs: 50_000 },
    });
    expect(r.diags.map((d) => d.code)).toEqual(['FO721', 'FO721']);
    expect(lapsed).toBe(false);
    expect(await x.store.lockInfo()).toBeUndefined();
  });
});
