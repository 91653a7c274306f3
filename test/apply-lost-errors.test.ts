/**
 * No lost errors: a failure the run can live with is said as a warning, and one it cannot is an
 * error — never dropped. Lock renewal and release, a job's state read before its stop, its
 * checkpoints read for a last-state upgrade.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runSavepoints, takeManualSavepoint } from '../src/engine/savepoints-run';
import type { FlinkClient, FlinkResult } from '../src/flink';
import type { StateStore } from '../src/state/store';
import { advance, desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const unreachable = (call: string): FlinkResult<never> => ({
  ok: false,
  error: {
    kind: 'network',
    service: 'jobmanager',
    call,
    message: 'connect ECONNREFUSED 127.0.0.1:8081',
    causes: [],
  },
});

/** `store` with one method replaced. */
function storeWith<K extends keyof StateStore>(store: StateStore, name: K, fn: StateStore[K]): StateStore {
  return new Proxy(store, {
    get: (t, p) =>
      p === name
        ? fn
        : ((Reflect.get(t, p, t) as unknown as (...a: unknown[]) => unknown)?.bind?.(t) ??
          Reflect.get(t, p, t)),
  });
}

/** `client` whose `name` fails `times` times, then answers again. */
function failing<K extends keyof FlinkClient>(client: FlinkClient, name: K, times: number): FlinkClient {
  let left = times;
  return new Proxy(client, {
    get(t, p, r) {
      const v = Reflect.get(t, p, r) as (...a: unknown[]) => unknown;
      if (p !== name) return v;
      return async (...args: unknown[]) => (left-- > 0 ? unreachable(String(name)) : v.apply(t, args));
    },
  });
}

describe('the state lock: renewal and release failures are reported', () => {
  async function withSavepoints(x: Harness) {
    const desired = desiredState([{ name: 'alpha', settings: { savepoints: { keep: 1 } } }]);
    await x.apply(desired);
    const owner = { who: 'test', command: 'savepoints' };
    for (let i = 0; i < 2; i++) {
      advance(x, 60_000);
      await takeManualSavepoint({
        desired,
        client: x.client,
        store: x.store,
        clock: x.clock,
        owner,
        job: 'alpha',
      });
    }
    // The disposal retention starts never finishes: it polls through its whole budget.
    const stuck = new Proxy(x.client, {
      get(t, p, r) {
        if (p !== 'getDisposalStatus') return Reflect.get(t, p, r);
        return async () => ({ ok: true, value: { state: 'pending' } });
      },
    }) as FlinkClient;
    return { desired, owner, stuck };
  }

  it('a renewal that fails once while a poll waits is a warning, tried again, and the lock is still released', async () => {
    h = await harness();
    const x = h;
    const { desired, owner, stuck } = await withSavepoints(x);
    let failures = 0;
    const store = storeWith(x.store, 'renew', async (lock, ttl) => {
      if (failures++ === 0) throw new Error('state store unreachable');
      return x.store.renew(lock, ttl);
    });
    const r = await runSavepoints({
      desired,
      client: stuck,
      store,
      clock: x.clock,
      owner,
      timing: { lockTtlMs: 60_000, savepointTimeoutMs: 50_000 },
    });
    const renew = r.diags.filter((d) => d.code === 'FO723');
    expect(renew).toHaveLength(1);
    expect(renew[0]).toMatchObject({ severity: 'warning' });
    expect(renew[0]!.summary).toBe('renewing the state lock failed: state store unreachable');
    expect(failures).toBeGreaterThan(1); // tried again
    expect(await x.store.lockInfo()).toBeUndefined();
  });

  it('a release that fails is an error naming --force-unlock, not a crash', async () => {
    h = await harness();
    const x = h;
    const desired = desiredState([{ name: 'alpha' }]);
    await x.apply(desired);
    const store = storeWith(x.store, 'unlock', async () => {
      throw new Error('disk full');
    });
    const r = await takeManualSavepoint({
      desired,
      client: x.client,
      store,
      clock: x.clock,
      owner: { who: 'test', command: 'savepoint' },
      job: 'alpha',
    });
    expect(r.jobs[0]!.outcome).toBe('taken');
    const d = r.diags.find((x) => x.code === 'FO715');
    expect(d).toMatchObject({ severity: 'error', summary: 'releasing the state lock failed: disk full' });
    expect(d!.detail).toContain('--force-unlock');
  });
});

describe('apply: a failed read is said, with what the run did instead', () => {
  it("the job's state before its stop: a warning, and the stop with savepoint goes on", async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const old = running(h, 'alpha')[0]!.jid;
    h.client = failing(h.client, 'getJob', 1);
    const r = await h.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    const w = r.diags.find((d) => d.code === 'FO719');
    expect(w).toMatchObject({ severity: 'warning' });
    expect(w!.summary).toBe(
      `could not read the state of ${old} of job alpha: connect ECONNREFUSED 127.0.0.1:8081`,
    );
    expect(w!.detail).toContain('stop with savepoint');
    // Flink's answer: the new job restored from the savepoint the stop took.
    expect(running(h, 'alpha')[0]!.restoredFrom).toBe(r.changes[0]!.savepoint);
  });

  it('the checkpoints of a last-state upgrade: a warning beside the failure, nothing changed', async () => {
    h = await harness();
    const mode = { upgradeMode: 'last-state' as const };
    await h.apply(desiredState([{ name: 'alpha', retainCheckpoints: true, settings: mode }]));
    advance(h, 25_000);
    const old = running(h, 'alpha')[0]!.jid;
    h.client = failing(h.client, 'getCheckpoints', 1);
    const r = await h.apply(
      desiredState([{ name: 'alpha', retainCheckpoints: true, version: 2, settings: mode }]),
    );
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'failed' });
    expect(r.diags.map((d) => d.code)).toEqual(['FO719', 'FO710']);
    expect(r.diags[0]!.summary).toContain(`could not read the checkpoints of ${old} of job alpha`);
    expect(running(h, 'alpha').map((j) => j.jid)).toEqual([old]);
  });
});
