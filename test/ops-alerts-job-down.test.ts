/**
 * Alerts on metric rules while the job is down: real Flink 2.2, PostgreSQL stopped under a
 * back-pressured JDBC job. Its TaskManager died, the job waited in CREATED, and
 * `status --check --alert` sent "slow_rides passes maxBackPressure again" and "… passes maxBusy
 * again" beside "notRunning" firing, then fired both anew a minute later when it ran again.
 */
import { describe, expect, it } from 'vitest';
import { alertTransitions } from '../src/engine/alert-state';
import { evaluateHealth } from '../src/engine/health';
import { desiredJob, desiredState, liveJob, liveState } from './plan-fixtures';

const now = '2026-01-05T09:00:00Z';
const health = { maxBackPressure: 0.5, maxBusy: 0.9 };
const open = { slow_rides: { maxBackPressure: '2026-01-05T08:50:00Z', maxBusy: '2026-01-05T08:50:00Z' } };

describe('alerts on metric rules of a job that is down', () => {
  it('keeps them open, neither resolved nor sent again, while notRunning fires', () => {
    const job = desiredJob('slow_rides', { settings: { health } });
    const live = liveState([liveJob('slow_rides', { state: 'CREATED' })]);
    const { messages, open: after } = alertTransitions(evaluateHealth(desiredState([job]), live, now), open);
    expect(messages.map((m) => `${m.status} ${m.rule}`)).toEqual(['firing notRunning']);
    expect(after.slow_rides).toEqual({ ...open.slow_rides, notRunning: now });
  });

  it('resolves them when the job runs again and passes', () => {
    const job = desiredJob('slow_rides', { settings: { health } });
    const live = liveState([liveJob('slow_rides', { state: 'RUNNING', metrics: {} })]);
    const { messages } = alertTransitions(evaluateHealth(desiredState([job]), live, now), open);
    expect(messages.map((m) => `${m.status} ${m.rule}`)).toEqual([
      'resolved maxBackPressure',
      'resolved maxBusy',
    ]);
  });

  it('resolves them when the repository suspends the job', () => {
    const job = desiredJob('slow_rides', { settings: { health, state: 'suspended' } });
    const live = liveState([liveJob('slow_rides', { state: 'FINISHED' })]);
    const { messages } = alertTransitions(evaluateHealth(desiredState([job]), live, now), open);
    expect(messages.map((m) => m.status)).toEqual(['resolved', 'resolved']);
  });
});
