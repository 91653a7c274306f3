import { describe, expect, it } from 'vitest';
import { createdSavepoint } from './savepoint';

describe('a stop-with-savepoint whose job failed while stopping', () => {
  // Flink's StopWithSavepointStoppingException, as the savepoint status reports it.
  const message =
    'org.apache.flink.runtime.scheduler.stopwithsavepoint.StopWithSavepointStoppingException: A savepoint has been created at: file:/sp/savepoint-ab12-cd34, but the corresponding job 0123456789abcdef0123456789abcdef failed during stopping. The savepoint is consistent, but might have uncommitted transactions. If you want to commit the transaction please restart a job from this savepoint.';

  it('names the savepoint that was created, from the cause or one of its causes', () => {
    expect(createdSavepoint(message)).toBe('file:/sp/savepoint-ab12-cd34');
    expect(createdSavepoint('java.util.concurrent.CompletionException', ['x', message])).toBe(
      'file:/sp/savepoint-ab12-cd34',
    );
  });

  it('names none when the savepoint itself failed', () => {
    expect(createdSavepoint('CheckpointException: Checkpoint expired before completing.')).toBeUndefined();
  });
});
