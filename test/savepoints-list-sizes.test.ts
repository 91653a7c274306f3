/**
 * `savepoints list`'s SIZE comes from Flink's checkpoint statistics of the jobs it still lists,
 * which go on naming a savepoint retention has disposed of: its folder is gone, so no size is shown.
 */
import { describe, expect, it } from 'vitest';
import { listSavepoints } from '../src/engine/savepoints-retention';
import { renderSavepointList } from '../src/render/savepoints';
import { desiredJob, NOW, record, savepoint } from './plan-fixtures';

describe('savepoints list sizes', () => {
  it('gives the size of a savepoint on disk, none of a disposed one', () => {
    const job = desiredJob('orders');
    const rec = record(job, {
      savepoints: [
        { ...savepoint('file:/sp/old', { time: '2025-05-01T00:00:00Z' }), disposed: true },
        savepoint('file:/sp/new', { time: '2025-05-02T00:00:00Z' }),
      ],
    });
    const sizes = new Map([
      ['file:/sp/old', 3_800],
      ['file:/sp/new', 2_048],
    ]);
    const entries = listSavepoints(job, rec, NOW, sizes);
    expect(entries.map((e) => [e.path, e.disposed, e.sizeBytes])).toEqual([
      ['file:/sp/new', false, 2_048],
      ['file:/sp/old', true, undefined],
    ]);
    const shown = renderSavepointList('orders', entries).split('\n');
    expect(shown.find((l) => l.includes('file:/sp/old'))).not.toMatch(/KiB/);
    expect(shown.find((l) => l.includes('file:/sp/new'))).toMatch(/2\.0 KiB/);
  });
});
