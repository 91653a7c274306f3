/**
 * maxCheckpointAge on real Flink 2.2 with the job's checkpoint directory made unwritable (and
 * execution.checkpointing.tolerable-failed-checkpoints high, so the job kept RUNNING): Flink's
 * `/checkpoints` said `latest.failed` = 613 "Failure to finalize checkpoint.", 22 failed, the
 * latest completed 591; the breach only said "Checkpoints are failing or not enabled".
 */
import { describe, expect, it } from 'vitest';
import { evaluateHealth } from '../src/engine/health';
import { addCheckpoints } from '../src/observe/live-state';
import { desiredJob, desiredState, liveJob, liveState } from './plan-fixtures';

const now = '2026-01-05T09:00:47Z';
const health = { maxCheckpointAge: '30s' };

function breach(extra: Parameters<typeof liveJob>[1]) {
  const job = desiredJob('fast_cp', { settings: { health } });
  const live = liveState([
    liveJob('fast_cp', { lastCheckpointTime: Date.parse('2026-01-05T09:00:00Z'), ...extra }),
  ]);
  return evaluateHealth(desiredState([job]), live, now).jobs[0]!.breaches;
}

describe('maxCheckpointAge while checkpoints fail', () => {
  it("says Flink's latest failed checkpoint, its message and how many failed", () => {
    const live = liveJob('fast_cp');
    addCheckpoints(live, {
      counts: { completed: 19, failed: 22, inProgress: 0, restored: 1, total: 41 },
      latestCompleted: { id: 591, timestamp: Date.parse('2026-01-05T09:00:00Z') },
      latestFailed: { id: 613, message: 'Failure to finalize checkpoint.' },
    });
    const [b] = breach({
      lastCheckpoint: live.lastCheckpoint!,
      lastFailedCheckpoint: live.lastFailedCheckpoint!,
    });
    expect(b!.summary).toBe('last completed checkpoint is 47s old (at most 30s)');
    expect(b!.detail).toContain(
      "Checkpoints are failing: Flink's latest, 613, failed (Failure to finalize checkpoint), 22 failed in all.",
    );
  });

  it('keeps the general advice when the latest checkpoint did not fail', () => {
    const [b] = breach({ lastCheckpoint: { id: 591 }, lastFailedCheckpoint: { id: 12, failedCount: 1 } });
    expect(b!.detail).toMatch(/^Checkpoints are failing or not enabled\./);
  });

  // Real Flink 2.2, a job failing every ~15 s on `a / (a - 80)`: Flink's latest checkpoint "failed
  // (Checkpoint Coordinator is suspending)", 158 in all; the breach sent the reader to the checkpoint
  // directory, while the restarts were aborting each checkpoint.
  it('names the restarts when the job failed since its last completed checkpoint', () => {
    const [b] = breach({
      lastCheckpoint: { id: 20 },
      lastFailedCheckpoint: { id: 30, failedCount: 158, message: 'Checkpoint Coordinator is suspending.' },
      failureTimes: [Date.parse('2026-01-05T09:00:40Z'), Date.parse('2026-01-05T09:00:20Z'), 1],
      lastFailure: 'ArithmeticException: / by zero',
    });
    expect(b!.detail).toBe(
      'The job failed 2 times since, and each restart aborts the checkpoint under way: fix what fails it first. ' +
        'Its latest failure: ArithmeticException: / by zero. Until it runs a whole checkpoint interval without failing, ' +
        'a recovery would replay everything since the last completed one.',
    );
  });
});
