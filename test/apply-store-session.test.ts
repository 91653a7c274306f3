import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreSession } from '../src/apply';
import { FakeClock } from '../src/core/clock';
import { FileStateStore, MemoryStateStore, type StateStore, setStatus } from '../src/state';
import { docOf, step, T0 } from './state-docs';

// A run's writes go through its StoreSession: each edit changes one job's record, and a step
// writes that record alone (a journal line of the file store), whatever the store holds.
const OWNER = { who: 'alice', command: 'apply' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkops-session-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fileStore = () => new FileStateStore({ dir, project: 'shop', env: 'prod', clock: new FakeClock(T0) });

async function open(store: StateStore): Promise<StoreSession> {
  const lock = await store.lock(OWNER, 60_000);
  const read = await store.read();
  return new StoreSession(
    store,
    read,
    lock,
    new FakeClock(T0),
    60_000,
    () => {},
    () => [],
  );
}

const journalJobs = async (s: FileStateStore) =>
  (await readFile(s.journalPath, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((l) => Object.keys(JSON.parse(l).jobs));

describe('the store session of a run', () => {
  it('writes only the record a step edits, and the edits queued meanwhile in the same line', async () => {
    const s = fileStore();
    const base = docOf(50);
    await s.write(base, 0, { message: 'seed' });
    const json = await readFile(s.statePath, 'utf8');
    const session = await open(s);
    await session.update('job_7', 'step 1', (d) => step(d, 'job_7', 1));
    // Queued while nothing is written yet: one write (one line) for both, in order.
    await Promise.all([
      session.update('job_3', 'step 2', (d) => step(d, 'job_3', 2)),
      session.update('job_3', 'step 3', (d) => setStatus(d, 'job_3', 'suspended')),
      session.update('job_new', 'step 4', (d) => step(d, 'job_new', 4)),
    ]);
    // A no-op edit writes nothing.
    await session.update('job_3', 'no-op', (d) => setStatus(d, 'job_3', 'suspended'));
    expect(await readFile(s.statePath, 'utf8')).toBe(json);
    expect(await journalJobs(s)).toEqual([['job_7'], ['job_3', 'job_new']]);
    const expected = step(
      setStatus(step(step(base, 'job_7', 1), 'job_3', 2), 'job_3', 'suspended'),
      'job_new',
      4,
    );
    expect(session.record('job_3')).toEqual(expected.jobs.job_3);
    expect(session.version).toBe(3);
    expect(await fileStore().read()).toEqual({ doc: expected, version: 3 });
    await session.release();
    expect(JSON.parse(await readFile(s.statePath, 'utf8')).state).toEqual(expected);
  });

  it('refuses an edit that changes more than its own job, and writes nothing of its batch', async () => {
    const s = fileStore();
    await s.write(docOf(3), 0, { message: 'seed' });
    const session = await open(s);
    const other = session.update('job_0', 'wrong job', (d) => step(d, 'job_1', 1));
    const same = session.update('job_2', 'fine', (d) => step(d, 'job_2', 2));
    await expect(other).rejects.toThrow(
      'bug: an edit of job job_0 in the state store changed more than its record',
    );
    await expect(same).rejects.toThrow('changed more than its record');
    await expect(
      session.update('job_0', 'top level', (d) => ({ ...step(d, 'job_0', 3), env: 'staging' })),
    ).rejects.toThrow('changed more than its record');
    expect(session.version).toBe(1);
    await session.release();
    expect(await fileStore().read()).toEqual({ doc: docOf(3), version: 1 });
  });

  it('after a hand edit of the file, applies its edits again over the store as it is', async () => {
    const s = fileStore();
    await s.write(docOf(3), 0, { message: 'seed' });
    const session = await open(s);
    await session.update('job_0', 'step 1', (d) => step(d, 'job_0', 1));
    // Someone edits the state by hand while the run holds the lock.
    const hand = fileStore();
    const seen = await hand.read();
    await hand.write(step(seen.doc, 'job_1', 9), seen.version, { message: 'hand edit' });
    await session.update('job_2', 'step 2', (d) => step(d, 'job_2', 2));
    const expected = step(step(step(docOf(3), 'job_0', 1), 'job_1', 9), 'job_2', 2);
    expect(await fileStore().read()).toEqual({ doc: expected, version: 4 });
    expect(session.record('job_1')).toEqual(expected.jobs.job_1);
    await session.release();
  });

  it('gives a store that writes whole documents only the same document', async () => {
    const memory = new MemoryStateStore({
      project: 'shop',
      env: 'prod',
      initial: { doc: docOf(4), version: 1 },
    });
    // The port's required methods only: no writeJobs.
    const whole: StateStore = {
      location: memory.location,
      read: () => memory.read(),
      write: (doc, version, meta) => memory.write(doc, version, meta),
      lock: (owner, ttl) => memory.lock(owner, ttl),
      renew: (lock, ttl) => memory.renew(lock, ttl),
      unlock: (lock) => memory.unlock(lock),
      lockInfo: () => memory.lockInfo(),
      breakLock: (id) => memory.breakLock(id),
    };
    const session = await open(whole);
    await session.update('job_1', 'step 1', (d) => step(d, 'job_1', 1));
    await session.update('job_new', 'step 2', (d) => step(d, 'job_new', 2));
    await session.update('job_1', 'step 3', (d) => step(d, 'job_1', 3));
    await session.release();
    const expected = step(step(step(docOf(4), 'job_1', 1), 'job_new', 2), 'job_1', 3);
    const read = await memory.read();
    expect(read).toEqual({ doc: expected, version: 4 });
    expect(Object.keys(read.doc.jobs)).toEqual(Object.keys(expected.jobs));
    expect(memory.writes.map((w) => w.message)).toEqual(['step 1', 'step 2', 'step 3']);
  });
});
