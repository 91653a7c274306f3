/**
 * One savepoint folder, three spellings: `file:/x` (what Flink reports for most answers),
 * `file:///x` and `/x` (a path without a scheme, read on the local file system; a `restoreFrom:`
 * pin, a store an older release wrote). Paths read from Flink are kept in one spelling, and every
 * check that compares two (a savepoint recorded once, a disposal, the savepoint a running version
 * was started from that retention keeps) agrees whichever spelling each side has.
 */
import { describe, expect, it } from 'vitest';
import { parseAsyncOperation, parseCheckpoints } from '../src/flink/jobmanager-parse';
import {
  emptyState,
  markSavepointDisposed,
  recordSavepoint,
  type SavepointRecord,
  setCurrent,
} from '../src/state';

const FORMS = ['file:/sp/savepoint-1', 'file:///sp/savepoint-1', '/sp/savepoint-1', 'file:/sp/savepoint-1/'];

const sp = (path: string, extra: Partial<SavepointRecord> = {}): SavepointRecord => ({
  path,
  time: '2026-03-01T09:00:00.000Z',
  triggerId: '1'.repeat(32),
  jobId: 'a'.repeat(32),
  specHash: 'h1',
  kind: 'upgrade',
  ...extra,
});

describe('savepoint paths read from Flink', () => {
  it.each(FORMS)('a savepoint trigger completed at %s is recorded as file:/sp/savepoint-1', (form) => {
    expect(parseAsyncOperation({ status: { id: 'COMPLETED' }, operation: { location: form } })).toEqual({
      state: 'completed',
      location: 'file:/sp/savepoint-1',
    });
  });

  it.each(FORMS)('a job restored from %s reports file:/sp/savepoint-1', (form) => {
    const stats = parseCheckpoints({
      counts: { completed: 1, failed: 0, in_progress: 0, restored: 1, total: 1 },
      latest: {
        savepoint: { id: 5, external_path: form },
        restored: { id: 4, external_path: form, is_savepoint: true, restore_timestamp: 3 },
      },
      history: [],
    });
    expect(stats?.latestRestored?.externalPath).toBe('file:/sp/savepoint-1');
    expect(stats?.latestSavepoint?.externalPath).toBe('file:/sp/savepoint-1');
  });

  it('leaves other file systems as Flink spells them', () => {
    const op = parseAsyncOperation({
      status: { id: 'COMPLETED' },
      operation: { location: 's3://sp/savepoint-1' },
    });
    expect(op).toEqual({ state: 'completed', location: 's3://sp/savepoint-1' });
  });
});

describe('savepoint paths compared in the state store', () => {
  it.each(FORMS)('a savepoint recorded as file:/… is not recorded again as %s', (form) => {
    const one = recordSavepoint(emptyState('shop', 'prod'), 'orders', sp('file:/sp/savepoint-1'));
    expect(recordSavepoint(one, 'orders', sp(form))).toBe(one);
  });

  it.each(FORMS)('a disposal of %s marks the savepoint recorded as file:///…', (form) => {
    const doc = recordSavepoint(emptyState('shop', 'prod'), 'orders', sp('file:///sp/savepoint-1'));
    expect(markSavepointDisposed(doc, 'orders', form).jobs.orders!.savepoints[0]!.disposed).toBe(true);
  });

  it.each(FORMS)(
    'keeps the disposed savepoint the running version restored (as %s) past the limit',
    (form) => {
      let doc = emptyState('shop', 'prod');
      doc = recordSavepoint(doc, 'orders', sp('file:/sp/savepoint-1', { time: '2026-03-01T08:00:00.000Z' }));
      doc = setCurrent(
        doc,
        'orders',
        {
          specHash: 'h1',
          script: 'INSERT INTO t SELECT 1;',
          parallelism: 1,
          jobId: 'b'.repeat(32),
          deployedAt: '2026-03-01T09:00:00.000Z',
          restoredFrom: form,
        },
        'running',
      );
      for (let i = 2; i <= 4; i++) doc = recordSavepoint(doc, 'orders', sp(`file:/sp/savepoint-${i}`));
      for (let i = 1; i <= 4; i++) doc = markSavepointDisposed(doc, 'orders', `file:/sp/savepoint-${i}`, 1);
      // Of the other disposed ones only the newest stays; the one the running job started from stays too.
      expect(doc.jobs.orders!.savepoints.map((s) => s.path)).toEqual([
        'file:/sp/savepoint-1',
        'file:/sp/savepoint-4',
      ]);
    },
  );
});
