/**
 * maxRestarts on a job whose restart strategy gave up: real Flink 2.2, a poison record and
 * fixed-delay with 4 attempts. `status --check --alert` fired maxRestarts while the job was
 * RESTARTING, then sent "fares passes maxRestarts again" the moment it went FAILED: the
 * exceptions history of an ended job was not read.
 */
import { describe, expect, it } from 'vitest';
import { alertTransitions } from '../src/engine/alert-state';
import { evaluateHealth } from '../src/engine/health';
import type { FlinkClient } from '../src/flink/client';
import { observeHealth } from '../src/observe';
import { desiredJob, desiredState, liveJob, liveState } from './plan-fixtures';

const now = '2026-01-05T09:00:00Z';
const t = Date.parse(now);
const failures = [5, 11, 16, 22, 28].map((s) => ({
  message: 'IOException',
  causes: [],
  timestamp: t - 60_000 + s * 1000,
}));

const client = {
  getExceptions: async () => ({ ok: true, value: { history: failures, truncated: false } }),
} as unknown as FlinkClient;

describe('maxRestarts on a job that failed for good', () => {
  it('still counts its restarts, so its alert stays open', async () => {
    const job = desiredJob('fares', { settings: { health: { maxRestarts: 2, window: '10min' } } });
    const live = await observeHealth(client, liveState([liveJob('fares', { state: 'FAILED' })]));
    const report = evaluateHealth(desiredState([job]), live.value, now);
    const rules = report.jobs[0]!.breaches.map((b) => b.rule);
    expect(rules).toEqual(['notRunning', 'maxRestarts']);
    expect(report.jobs[0]!.breaches[1]!.summary).toBe('restarted 5 times in the last 10min (at most 2)');
    const open = { fares: { notRunning: '2026-01-05T08:59:40Z', maxRestarts: '2026-01-05T08:59:40Z' } };
    expect(alertTransitions(report, open).messages).toEqual([]);
  });
});

/**
 * Real Flink 2.2, a job failing 15 s after each restart (fixed-delay, 1000 attempts): checks a
 * minute apart found it RESTARTING, then RUNNING, then RESTARTING, and `--alert` sent notRunning
 * firing, resolved, firing… while maxRestarts stayed open.
 */
describe('notRunning of a job in a restart loop, RUNNING between two failures', () => {
  it('keeps its alert open while maxRestarts breaches', async () => {
    const job = desiredJob('fares', { settings: { health: { maxRestarts: 2, window: '10min' } } });
    const live = await observeHealth(client, liveState([liveJob('fares', { state: 'RUNNING' })]));
    const report = evaluateHealth(desiredState([job]), live.value, now);
    expect(report.jobs[0]!.breaches.map((b) => b.rule)).toEqual(['maxRestarts']);
    expect(report.jobs[0]!.unchecked).toEqual(['notRunning']);
    const open = { fares: { notRunning: '2026-01-05T08:59:40Z', maxRestarts: '2026-01-05T08:59:40Z' } };
    expect(alertTransitions(report, open)).toEqual({ messages: [], open });
  });

  it('resolves it once the restarts are out of the window', async () => {
    const job = desiredJob('fares', { settings: { health: { maxRestarts: 2, window: '10min' } } });
    const live = await observeHealth(client, liveState([liveJob('fares', { state: 'RUNNING' })]));
    const later = evaluateHealth(desiredState([job]), live.value, '2026-01-05T09:15:00Z');
    const open = { fares: { notRunning: '2026-01-05T08:59:40Z', maxRestarts: '2026-01-05T08:59:40Z' } };
    expect(alertTransitions(later, open).messages.map((m) => `${m.status} ${m.rule}`)).toEqual([
      'resolved notRunning',
      'resolved maxRestarts',
    ]);
  });
});
