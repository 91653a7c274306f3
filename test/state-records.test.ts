import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  clearPending,
  type DeployedVersion,
  emptyState,
  findSecretValues,
  HISTORY_LIMIT,
  lastRestorableSavepoint,
  MemoryStateStore,
  markSavepointDisposed,
  markStable,
  recordSavepoint,
  type SavepointRecord,
  STATE_CODES,
  StateStoreError,
  setCurrent,
  setPending,
  stateDocProblems,
} from '../src/state';

const sp = (path: string, extra: Partial<SavepointRecord> = {}): SavepointRecord => ({
  path,
  time: '2026-03-01T09:00:00.000Z',
  triggerId: '1'.repeat(32),
  jobId: 'a'.repeat(32),
  specHash: 'h1',
  kind: 'upgrade',
  ...extra,
});

const version = (specHash: string): DeployedVersion => ({
  specHash,
  script: 'INSERT INTO t SELECT 1;',
  parallelism: 2,
  jobId: 'b'.repeat(32),
  deployedAt: '2026-03-01T09:00:00.000Z',
});

describe('state records', () => {
  it('records savepoints newest last, once per path, without touching the input', () => {
    const empty = emptyState('shop', 'prod');
    const one = recordSavepoint(empty, 'orders', sp('s3://a'));
    expect(empty.jobs).toEqual({});
    expect(one.jobs.orders).toMatchObject({ pipelineName: 'shop.prod.orders', status: 'running' });
    const two = recordSavepoint(one, 'orders', sp('s3://b'));
    expect(recordSavepoint(two, 'orders', sp('s3://b'))).toBe(two);
    expect(two.jobs.orders!.savepoints.map((s) => s.path)).toEqual(['s3://a', 's3://b']);
    expect(stateDocProblems(two)).toEqual([]);
  });

  it('restores from the newest savepoint that was not disposed', () => {
    let doc = emptyState('shop', 'prod');
    expect(lastRestorableSavepoint(doc.jobs.orders)).toBeUndefined();
    doc = recordSavepoint(doc, 'orders', sp('s3://a'));
    doc = recordSavepoint(doc, 'orders', sp('s3://b'));
    expect(lastRestorableSavepoint(doc.jobs.orders)?.path).toBe('s3://b');
    doc = markSavepointDisposed(doc, 'orders', 's3://b');
    expect(lastRestorableSavepoint(doc.jobs.orders)?.path).toBe('s3://a');
    doc = markSavepointDisposed(doc, 'orders', 's3://a');
    expect(lastRestorableSavepoint(doc.jobs.orders)).toBeUndefined();
    expect(doc.jobs.orders!.savepoints).toHaveLength(2);
  });

  it('keeps the newest disposed savepoints up to the limit, and always the one the running version started from', () => {
    let doc = setCurrent(emptyState('shop', 'prod'), 'orders', { ...version('h1'), restoredFrom: 's3://a' });
    for (const p of ['s3://a', 's3://b', 's3://c', 's3://d']) doc = recordSavepoint(doc, 'orders', sp(p));
    for (const p of ['s3://a', 's3://b', 's3://c']) doc = markSavepointDisposed(doc, 'orders', p, 1);
    // s3://b went when s3://c was disposed (one disposed kept besides the one started from).
    expect(doc.jobs.orders!.savepoints.map((s) => [s.path, s.disposed === true])).toEqual([
      ['s3://a', true],
      ['s3://c', true],
      ['s3://d', false],
    ]);
  });

  it('keeps the rollback target when a new version is deployed', () => {
    let doc = setCurrent(emptyState('shop', 'prod'), 'orders', version('h1'));
    expect(markStable(emptyState('shop', 'prod'), 'orders').jobs).toEqual({});
    doc = markStable(doc, 'orders');
    doc = setCurrent(doc, 'orders', version('h2'), 'running');
    expect(doc.jobs.orders!.current?.specHash).toBe('h2');
    expect(doc.jobs.orders!.lastStable?.specHash).toBe('h1');
    doc = setPending(doc, 'orders', {
      kind: 'submit',
      startedAt: '2026-03-01T09:00:00.000Z',
      specHash: 'h2',
    });
    expect(doc.jobs.orders!.pending?.kind).toBe('submit');
    doc = clearPending(doc, 'orders');
    expect('pending' in doc.jobs.orders!).toBe(false);
    expect(stateDocProblems(doc)).toEqual([]);
  });

  it('bounds history per job, dropping the oldest', () => {
    let doc = emptyState('shop', 'prod');
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      doc = appendHistory(doc, 'orders', { time: `t${i}`, action: 'upgrade' });
    }
    const h = doc.jobs.orders!.history;
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0]!.time).toBe('t5');
    expect(h.at(-1)!.time).toBe(`t${HISTORY_LIMIT + 4}`);
    expect(appendHistory(doc, 'orders', { time: 'x', action: 'sync' }, 3).jobs.orders!.history).toHaveLength(
      3,
    );
  });

  it('finds secret values anywhere in the document, ignoring values too short to tell', () => {
    let doc = setCurrent(emptyState('shop', 'prod'), 'orders', {
      ...version('h1'),
      settings: { pw: 'p4ssw0rd!' },
    });
    doc = appendHistory(doc, 'orders', { time: 't', action: 'upgrade', detail: 'used p4ssw0rd!' });
    expect(findSecretValues(doc, ['p4ssw0rd!', 'ab', '']).sort()).toEqual([
      'jobs.orders.current.settings.pw',
      'jobs.orders.history[0].detail',
    ]);
    expect(findSecretValues(doc, ['ab'])).toEqual([]);
  });
});

describe('memory store', () => {
  it('behaves like the file store: CAS, corrupted text as a diagnostic, crash before commit', async () => {
    const store = new MemoryStateStore({ project: 'shop', env: 'prod' });
    const doc = recordSavepoint(emptyState('shop', 'prod'), 'orders', sp('s3://a'));
    await store.write(doc, 0, { message: 'one' });
    await expect(store.write(doc, 0, { message: 'stale' })).rejects.toMatchObject({
      diagnostic: { code: STATE_CODES.conflict },
    });
    const read = await store.read();
    read.doc.jobs.orders!.savepoints.push(sp('s3://mutated'));
    expect((await store.read()).doc).toEqual(doc);
    expect(store.writes).toEqual([{ version: 1, message: 'one' }]);

    const crashing = new MemoryStateStore({
      project: 'shop',
      env: 'prod',
      initial: { doc, version: 7 },
      beforeCommit: () => {
        throw new Error('killed');
      },
    });
    await expect(crashing.write(emptyState('shop', 'prod'), 7, { message: 'x' })).rejects.toThrow('killed');
    expect(await crashing.read()).toEqual({ doc, version: 7 });

    store.setRawText('{"version": 1, "state": ');
    const e = await store.read().catch((err: unknown) => err);
    expect(e).toBeInstanceOf(StateStoreError);
    expect((e as StateStoreError).diagnostic.range?.file).toBe('memory:shop/prod');
  });
});
