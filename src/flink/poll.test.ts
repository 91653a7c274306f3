import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import { backoffDelays, describeTimeout, type PollStep, poll } from './poll';

function scripted<T>(steps: PollStep<T, string>[]) {
  let i = 0;
  return async () => steps[Math.min(i++, steps.length - 1)]!;
}

describe('poll', () => {
  it('returns the value once the operation completes, after backing off between checks', async () => {
    const clock = new FakeClock();
    const out = await poll(
      scripted([
        { state: 'pending' },
        { state: 'pending' },
        { state: 'completed', value: 's3://sp/savepoint-1' },
      ]),
      { what: 'savepoint', clock, timeoutMs: 60_000, initialDelayMs: 100 },
    );
    expect(out).toEqual({ state: 'completed', value: 's3://sp/savepoint-1', attempts: 3, elapsedMs: 300 });
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('returns the failure cause without waiting further', async () => {
    const clock = new FakeClock();
    const out = await poll(
      scripted<string>([{ state: 'pending' }, { state: 'failed', cause: 'disk full' }]),
      {
        what: 'savepoint',
        clock,
        timeoutMs: 60_000,
      },
    );
    expect(out).toMatchObject({ state: 'failed', cause: 'disk full', attempts: 2 });
    expect(clock.sleeps).toEqual([500]);
  });

  it('times out naming what was awaited, with a last check at the deadline', async () => {
    const clock = new FakeClock();
    const out = await poll(scripted<string>([{ state: 'pending', progress: 'IN_PROGRESS' }]), {
      what: 'savepoint 3f2a of job 1b4c',
      clock,
      timeoutMs: 1_000,
      initialDelayMs: 300,
    });
    expect(out).toEqual({
      state: 'timeout',
      what: 'savepoint 3f2a of job 1b4c',
      attempts: 4,
      elapsedMs: 1_000,
      lastProgress: 'IN_PROGRESS',
    });
    // 300, then 600 would overshoot the deadline: cut to the 700 left, then one last check.
    expect(clock.sleeps).toEqual([300, 600, 100]);
    expect(describeTimeout(out as { what: string; elapsedMs: number; attempts: number })).toBe(
      'savepoint 3f2a of job 1b4c did not finish within 1 s (4 checks)',
    );
  });

  it('grows the pause by the factor and caps it at maxDelay', async () => {
    const clock = new FakeClock();
    await poll(scripted<string>([{ state: 'pending' }]), {
      what: 'x',
      clock,
      timeoutMs: 100_000,
      initialDelayMs: 1_000,
      maxDelayMs: 8_000,
      factor: 2,
    });
    expect(clock.sleeps.slice(0, 7)).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000]);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(backoffDelays({ initialDelayMs: 1_000, maxDelayMs: 8_000, factor: 3 }, 4)).toEqual([
      1_000, 3_000, 8_000, 8_000,
    ]);
  });

  it('reports progress before each pause', async () => {
    const clock = new FakeClock();
    const seen: string[] = [];
    await poll(
      scripted([
        { state: 'pending', progress: 'PENDING' },
        { state: 'completed', value: 1 },
      ]),
      {
        what: 'x',
        clock,
        timeoutMs: 10_000,
        initialDelayMs: 50,
        onProgress: (p) => seen.push(`${p.attempt}:${p.progress}:${p.nextDelayMs}`),
      },
    );
    expect(seen).toEqual(['1:PENDING:50']);
  });

  it('stops when the signal aborts', async () => {
    const clock = new FakeClock();
    const ac = new AbortController();
    let n = 0;
    const out = await poll(
      async () => {
        if (++n === 2) ac.abort();
        return { state: 'pending' } as const;
      },
      { what: 'x', clock, timeoutMs: 60_000, signal: ac.signal },
    );
    expect(out).toMatchObject({ state: 'aborted', what: 'x', attempts: 2 });
  });
});
