import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { FileStateStore, STATE_CODES, StateConflictError, StateStoreError, updateJob } from '../src/state';
import { docOf, step, T0 } from './state-docs';

// While an apply holds the lock, each step's write appends only the jobs it changed to
// <env>.journal; releasing the lock folds the journal into <env>.json.
const OWNER = { who: 'alice', command: 'apply' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkops-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const store = () => new FileStateStore({ dir, project: 'shop', env: 'prod', clock: new FakeClock(T0) });

describe('the file store journal', () => {
  it('rewrites a store an older flinkops wrote (format 1) whole, in the current format, before any journal line', async () => {
    const s = store();
    await s.write(docOf(3), 0, { message: 'seed' });
    // As flinkops wrote it before format 2: the same document under format version 1.
    const old = (await readFile(s.statePath, 'utf8')).replace('"formatVersion": 5', '"formatVersion": 1');
    expect(old).toContain('"formatVersion": 1');
    await writeFile(s.statePath, old);
    const lock = await s.lock(OWNER, 60_000);
    const read = await s.read();
    expect(read).toEqual({ doc: docOf(3), version: 1 });
    const doc = step(read.doc, 'job_1', 1);
    await s.write(doc, 1, { message: 'step 1' });
    // No journal line over the old file, which an older flinkops would read with it: the file is
    // rewritten whole, as format 2, which every older flinkops refuses as newer (FO809).
    await expect(stat(s.journalPath)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(JSON.parse(await readFile(s.statePath, 'utf8')).state).toEqual({ ...doc, formatVersion: 5 });
    // The next step appends again.
    await s.write(step(doc, 'job_1', 2), 2, { message: 'step 2' });
    expect((await readFile(s.journalPath, 'utf8')).trimEnd().split('\n')).toHaveLength(1);
    await s.unlock(lock);
  });

  it('appends one short line per step whatever the store holds, and folds it in at unlock', async () => {
    for (const jobs of [3, 2000]) {
      const s = store();
      const base = docOf(jobs);
      await s.write(base, 0, { message: 'seed' });
      const jsonBefore = await readFile(s.statePath, 'utf8');
      const lock = await s.lock(OWNER, 60_000);
      // As apply does: lock, then read the document the steps will change.
      const read = await s.read();
      expect(read).toEqual({ doc: base, version: 1 });
      let doc = read.doc;
      for (let n = 1; n <= 3; n++) {
        doc = step(doc, 'job_1', n);
        expect(await s.write(doc, n, { message: `step ${n}` })).toEqual({ version: n + 1 });
      }
      // The JSON file is untouched; the journal holds three lines of one job each, however big the store.
      expect(await readFile(s.statePath, 'utf8')).toBe(jsonBefore);
      const lines = (await readFile(s.journalPath, 'utf8')).trimEnd().split('\n');
      expect(lines.map((l) => Object.keys(JSON.parse(l).jobs))).toEqual([['job_1'], ['job_1'], ['job_1']]);
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1000);
      // Another process reads the latest state meanwhile.
      expect(await store().read()).toEqual({ doc, version: 4 });
      await s.unlock(lock);
      await expect(stat(s.journalPath)).rejects.toMatchObject({ code: 'ENOENT' });
      const onDisk = JSON.parse(await readFile(s.statePath, 'utf8'));
      expect(onDisk).toMatchObject({ version: 4, message: 'step 3' });
      expect(onDisk.state).toEqual(doc);
      await rm(join(dir, '.flinkops'), { recursive: true });
    }
  });

  it('appends exactly the jobs a step changed, however its document was made', async () => {
    const s = store();
    await s.write(docOf(4), 0, { message: 'seed' });
    const lock = await s.lock(OWNER, 60_000);
    let doc = (await s.read()).doc;
    // Several edits in one step, a new job among them, and one job edited twice.
    doc = step(step(step(doc, 'job_2', 1), 'job_new', 2), 'job_2', 3);
    await s.write(doc, 1, { message: 'edits' });
    // A document built by hand (no record of its edits): compared job by job.
    const { job_0: _removed, ...rest } = doc.jobs;
    doc = { ...doc, jobs: { ...rest, job_3: { ...doc.jobs.job_3!, status: 'suspended' } } };
    await s.write(doc, 2, { message: 'by hand' });
    // An edit that gives a job back its record changes nothing.
    const before = doc;
    doc = step(doc, 'job_1', 4);
    doc = updateJob(doc, 'job_1', () => before.jobs.job_1!);
    doc = step(doc, 'job_3', 5);
    await s.write(doc, 3, { message: 'restored' });
    const lines = (await readFile(s.journalPath, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).jobs)).toEqual([
      { job_2: doc.jobs.job_2, job_new: doc.jobs.job_new },
      { job_0: null, job_3: before.jobs.job_3 },
      { job_3: doc.jobs.job_3 },
    ]);
    expect(await store().read()).toEqual({ doc, version: 4 });
    await s.unlock(lock);
    const onDisk = JSON.parse(await readFile(s.statePath, 'utf8'));
    expect(onDisk.state).toEqual(doc);
    expect(Object.keys(onDisk.state.jobs)).toEqual(Object.keys(doc.jobs));
  });

  it('an apply that dies mid-run leaves its acknowledged steps readable, and a torn line is ignored', async () => {
    const s = store();
    const base = docOf(3);
    await s.write(base, 0, { message: 'seed' });
    await s.lock(OWNER, 60_000);
    const one = step((await s.read()).doc, 'job_0', 1);
    await s.write(one, 1, { message: 'step 1' });
    // The process dies while appending the next line: no newline, never acknowledged.
    await appendFile(s.journalPath, '{"version":3,"jobs":{"job_0":{"pipel');
    const after = store();
    expect(await after.read()).toEqual({ doc: one, version: 2 });
    // The rerun (once the lock is broken) goes on from there; its first write folds the journal in.
    await after.breakLock();
    const lock = await after.lock(OWNER, 60_000);
    const two = step(one, 'job_2', 2);
    await after.write(two, 2, { message: 'step 2' });
    await after.unlock(lock);
    expect(await store().read()).toEqual({ doc: two, version: 3 });
    await expect(stat(s.journalPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps compare-and-swap: a write behind another process is refused, journal or not', async () => {
    const a = store();
    await a.write(docOf(2), 0, { message: 'seed' });
    await a.lock(OWNER, 60_000);
    const read = await a.read();
    await a.write(step(read.doc, 'job_0', 1), 1, { message: 'a' });
    // A hand edit (or another writer) between this store's writes.
    const other = store();
    const seen = await other.read();
    await other.write(step(seen.doc, 'job_1', 9), seen.version, { message: 'hand edit' });
    const err = await a.write(step(read.doc, 'job_0', 2), 2, { message: 'stale' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateConflictError);
    expect((await store().read()).version).toBe(3);
  });

  it('reports a damaged journal at its line, and never writes over it', async () => {
    const s = store();
    await s.write(docOf(1), 0, { message: 'seed' });
    await writeFile(s.journalPath, '{"version":2,"jobs":{}}\n{"version":5,"jobs":{}}\n');
    const err = await s.read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateStoreError);
    const d = (err as StateStoreError).diagnostic;
    expect(d.code).toBe(STATE_CODES.invalid);
    expect(d.summary).toContain('.flinkops/state/prod.journal is damaged: version 5 follows 2');
    expect(d.range?.start).toEqual({ line: 2, column: 1 });
    await expect(s.write(docOf(2), 2, { message: 'x' })).rejects.toBeInstanceOf(StateStoreError);
    expect(await readFile(s.journalPath, 'utf8')).toContain('"version":5');
  });
});
