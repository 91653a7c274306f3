import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import type { FlinkClient } from '../flink';
import { DEFAULT_TIMING, type RunContext } from './context';
import { awaitRunning } from './health';

/** A job whose states follow `states` one read after another (the last one repeats). */
function ctxFor(
  states: string[],
  vertexStatus: string[],
  failed = true,
): { ctx: RunContext; clock: FakeClock } {
  let read = 0;
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const client = {
    getJob: async (id: string) => {
      const i = Math.min(read++, states.length - 1);
      return {
        ok: true,
        value: {
          id,
          name: 'p.e.job',
          state: states[i]!,
          startTime: 0,
          durationMs: 0,
          timestamps: {},
          vertices: [{ id: 'v', name: 'Source', parallelism: 1, status: vertexStatus[i] }],
        },
      };
    },
    getExceptions: async () => ({
      ok: true,
      value: {
        ...(failed
          ? {
              rootCause: {
                message: 'StateMigrationException: The new state serializer must not be incompatible',
              },
            }
          : {}),
        history: [],
        truncated: false,
      },
    }),
  } as unknown as FlinkClient;
  const ctx = {
    client,
    clock,
    signal: new AbortController().signal,
    stop: new AbortController().signal,
    timing: DEFAULT_TIMING,
    emit: () => {},
    store: { renewInBackground: () => {} },
  } as unknown as RunContext;
  return { ctx, clock };
}

describe('awaitRunning', () => {
  it('fails at once, with the root cause, when a new job restarts before it ever ran', async () => {
    // What real Flink shows for a savepoint the new operators cannot restore: RUNNING while the
    // tasks initialise, then RESTARTING, again and again (the restart strategy never gives up).
    const { ctx, clock } = ctxFor(
      ['RUNNING', 'RESTARTING', 'RUNNING'],
      ['INITIALIZING', 'CANCELING', 'INITIALIZING'],
    );
    const t0 = clock.now();
    const h = await awaitRunning(ctx, 'job', 'abc');
    expect(h).toMatchObject({ ok: false });
    expect(h.ok ? '' : h.cause).toMatch(/^job abc .*StateMigrationException: The new state serializer/);
    expect(clock.now() - t0).toBeLessThan(DEFAULT_TIMING.startTimeoutMs);
  });

  it('waits while the job is created and its tasks deploy', async () => {
    const { ctx } = ctxFor(['CREATED', 'RUNNING', 'RUNNING'], ['CREATED', 'DEPLOYING', 'RUNNING'], false);
    expect(await awaitRunning(ctx, 'job', 'abc')).toMatchObject({ ok: true });
  });
});
