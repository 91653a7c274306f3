import { describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { lockWithTimeout, MemoryStateStore, StateLockedError } from '../src/state';

const T0 = Date.parse('2026-03-01T10:00:00Z');

describe('waiting for the state lock (--lock-timeout)', () => {
  it('waits while another run holds the lock, then takes it once released', async () => {
    const clock = new FakeClock(T0);
    const store = new MemoryStateStore({ project: 'shop', env: 'prod', clock });
    const held = await store.lock({ who: 'operate', command: 'savepoints run' }, 600_000);
    const waits: string[] = [];
    // The holder finishes 5 s in: release it from inside the waiter's sleep.
    const sleep = clock.sleep.bind(clock);
    clock.sleep = async (ms, signal) => {
      await sleep(ms, signal);
      if (clock.now() - T0 >= 5_000) await store.unlock(held).catch(() => {});
    };
    const lock = await lockWithTimeout(store, { who: 'merge', command: 'apply' }, 600_000, {
      timeoutMs: 60_000,
      clock,
      onWait: (h) => waits.push(h.who),
    });
    expect(lock.info.who).toBe('merge');
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((w) => w === 'operate')).toBe(true);
    expect(clock.now() - T0).toBeLessThan(15_000);
  });

  it('gives up after the timeout with the holder named', async () => {
    const clock = new FakeClock(T0);
    const store = new MemoryStateStore({ project: 'shop', env: 'prod', clock });
    await store.lock({ who: 'operate', command: 'savepoints run' }, 600_000);
    const e = await lockWithTimeout(store, { who: 'merge', command: 'apply' }, 600_000, {
      timeoutMs: 20_000,
      clock,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StateLockedError);
    expect((e as StateLockedError).holder.who).toBe('operate');
    // The whole timeout is waited, with a last try at its end (not given up at 15 s).
    expect(clock.now() - T0).toBe(20_000);
  });

  it('takes a lock released just before the timeout ends', async () => {
    const clock = new FakeClock(T0);
    const store = new MemoryStateStore({ project: 'shop', env: 'prod', clock });
    const held = await store.lock({ who: 'operate', command: 'savepoints run' }, 600_000);
    const sleep = clock.sleep.bind(clock);
    clock.sleep = async (ms, signal) => {
      await sleep(ms, signal);
      if (clock.now() - T0 >= 19_000) await store.unlock(held).catch(() => {});
    };
    const lock = await lockWithTimeout(store, { who: 'merge', command: 'apply' }, 600_000, {
      timeoutMs: 20_000,
      clock,
    });
    expect(lock.info.who).toBe('merge');
  });

  it('with no timeout, fails at once', async () => {
    const clock = new FakeClock(T0);
    const store = new MemoryStateStore({ project: 'shop', env: 'prod', clock });
    await store.lock({ who: 'operate', command: 'x' }, 600_000);
    await expect(
      lockWithTimeout(store, { who: 'merge', command: 'apply' }, 600_000, { timeoutMs: 0, clock }),
    ).rejects.toBeInstanceOf(StateLockedError);
    expect(clock.now()).toBe(T0);
  });
});

describe('waiting for the state lock, cancelled', () => {
  it('ends the wait at once with the holder named, and does not take the lock released later', async () => {
    const clock = new FakeClock(T0);
    const store = new MemoryStateStore({ project: 'shop', env: 'prod', clock });
    const held = await store.lock({ who: 'operate', command: 'savepoints run' }, 600_000);
    const stop = new AbortController();
    const sleep = clock.sleep.bind(clock);
    clock.sleep = async (ms, signal) => {
      stop.abort('SIGINT');
      await sleep(ms, signal);
      await store.unlock(held).catch(() => {});
    };
    const e = await lockWithTimeout(store, { who: 'merge', command: 'apply' }, 600_000, {
      timeoutMs: 60_000,
      clock,
      stop: stop.signal,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StateLockedError);
    expect((e as StateLockedError).holder.who).toBe('operate');
    expect((await store.lockInfo())?.who).not.toBe('merge');
  });
});
