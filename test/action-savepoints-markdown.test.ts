/** The Action's savepoints summary names a savepoint whose disposal failed under its job, not only in the diagnostics. */
import { describe, expect, it } from 'vitest';
import { renderSavepointsMarkdown } from '../action/savepoints';

describe('renderSavepointsMarkdown', () => {
  it('lists a failed disposal in the job row, beside those disposed of', () => {
    const md = renderSavepointsMarkdown({
      now: '2026-01-05T09:00:00.000Z',
      jobs: [
        {
          job: 'totals',
          outcome: 'keep-only',
          reason: 'no periodic savepoints: retention only',
          disposed: ['file:/sp/savepoint-a'],
          disposalFailed: ['file:/sp/savepoint-b'],
          retained: [],
        },
      ],
      diags: [],
    });
    expect(md).toContain(
      '| <code>totals</code> | — | <code>file:/sp/savepoint-a</code><br>❌ <code>file:/sp/savepoint-b</code> (disposal failed: still restorable) |',
    );
  });
});
