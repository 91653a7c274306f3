/**
 * notRunning on a job Flink is still restarting (its restart strategy has not given up): seen on
 * Flink 2.2 with a record the job's CAST cannot read. `status --check` said "flinkops plan shows the
 * recovery apply would do", while plan said "No changes. The cluster matches the repository." —
 * a plan recovers only a job that ended (FAILED, CANCELED).
 */
import { describe, expect, it } from 'vitest';
import { evaluateHealth } from '../src/engine/health';
import type { FlinkClient } from '../src/flink/client';
import { observeHealth } from '../src/observe/health';
import { desiredJob, desiredState, liveJob, liveState } from './plan-fixtures';

const now = '2026-01-05T09:00:00Z';

describe('notRunning on a restarting job', () => {
  it('does not promise a recovery the plan does not make', () => {
    const job = desiredJob('orders', { settings: { health: {} } });
    const live = liveState([liveJob('orders', { state: 'RESTARTING' })]);
    const breach = evaluateHealth(desiredState([job]), live, now).jobs[0]!.breaches[0]!;
    expect(breach.rule).toBe('notRunning');
    expect(breach.detail).not.toContain('recovery apply would do');
    expect(breach.detail).toContain('restart strategy');
  });

  it('does not send a cause outside the job to the repository (a database down, a password changed)', () => {
    // Real 1.20.3, postgres-cdc and a JDBC lookup: RESTARTING while PostgreSQL was stopped, or a
    // dimension table was renamed, then RUNNING again on its own once it was back.
    const job = desiredJob('orders', { settings: { health: {} } });
    const live = liveState([liveJob('orders', { state: 'RESTARTING' })]);
    const breach = evaluateHealth(desiredState([job]), live, now).jobs[0]!.breaches[0]!;
    expect(breach.detail).toContain('A cause outside the job');
    expect(breach.detail).toContain('needs nothing applied');
    expect(breach.detail).toContain('apply with --replace orders');
  });

  it('keeps the recovery hint for a job that ended', () => {
    const job = desiredJob('orders', { settings: { health: {} } });
    const live = liveState([liveJob('orders', { state: 'FAILED' })]);
    const breach = evaluateHealth(desiredState([job]), live, now).jobs[0]!.breaches[0]!;
    expect(breach.detail).toContain('flinkops plan shows the recovery apply would do');
  });

  it("names Flink's latest root cause, as apply does (a UDF throwing on a record)", async () => {
    // Real 1.20.3: a scalar UDF's IllegalStateException failed each restart of the job.
    const client = {
      getExceptions: async () => ({
        ok: true,
        value: {
          rootCause: {
            message: 'IllegalStateException: Shout refuses input boom',
            causes: ['IllegalStateException: Shout refuses input boom'],
            timestamp: Date.parse(now) - 1000,
          },
          history: [],
          truncated: false,
        },
      }),
    } as unknown as FlinkClient;
    const observed = await observeHealth(client, liveState([liveJob('orders', { state: 'RESTARTING' })]));
    const job = desiredJob('orders', { settings: { health: {} } });
    const breach = evaluateHealth(desiredState([job]), observed.value!, now).jobs[0]!.breaches[0]!;
    expect(breach.detail).toContain('Its latest failure: IllegalStateException: Shout refuses input boom. ');
  });
});
