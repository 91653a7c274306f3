import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import {
  emptyState,
  FileStateStore,
  readState,
  recordSavepoint,
  STATE_CODES,
  StateConflictError,
  type StateDoc,
  StateStoreError,
  setCurrent,
} from '../src/state';

const T0 = Date.parse('2026-03-01T10:00:00Z');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkops-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a write that lost the compare-and-swap', () => {
  it('names the write that came in between', async () => {
    const a = store();
    const b = store();
    await a.write(emptyState('shop', 'prod'), 0, { message: 'apply: create orders' });
    const err = await b.write(emptyState('shop', 'prod'), 0, { message: 'late' }).catch((e) => e);
    expect(err).toBeInstanceOf(StateConflictError);
    expect(err.diagnostic.detail).toContain(
      `after this one read it (its last write, ${new Date(T0).toISOString()}: "apply: create orders")`,
    );
  });
});

function store(opts: Partial<ConstructorParameters<typeof FileStateStore>[0]> = {}): FileStateStore {
  return new FileStateStore({ dir, project: 'shop', env: 'prod', clock: new FakeClock(T0), ...opts });
}

function sampleDoc(): StateDoc {
  let doc = emptyState('shop', 'prod');
  doc = setCurrent(
    doc,
    'orders',
    {
      specHash: 'abc123',
      script: "INSERT INTO sink SELECT * FROM src WHERE pw = '${secret.DB_PASSWORD}';",
      parallelism: 4,
      jobId: 'a'.repeat(32),
      commit: 'deadbeef',
      deployedAt: '2026-03-01T09:00:00.000Z',
      restoredFrom: 's3://sp/savepoint-1',
      settings: { 'state.backend': 'rocksdb' },
    },
    'running',
  );
  doc = recordSavepoint(doc, 'orders', {
    path: 's3://sp/savepoint-2',
    time: '2026-03-01T09:30:00.000Z',
    triggerId: 'f'.repeat(32),
    jobId: 'a'.repeat(32),
    specHash: 'abc123',
    kind: 'upgrade',
  });
  return doc;
}

async function expectStoreError(p: Promise<unknown>): Promise<StateStoreError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StateStoreError);
  return e as StateStoreError;
}

describe('file state store', () => {
  it('reads a missing store as the empty state at version 0, creating nothing', async () => {
    const s = store();
    expect(await s.read()).toEqual({ doc: emptyState('shop', 'prod'), version: 0 });
    expect(s.location).toBe('.flinkops/state/prod.json');
    expect(await readdir(dir)).toEqual([]);
  });

  it('round-trips a document and counts versions', async () => {
    const s = store();
    const doc = sampleDoc();
    expect(await s.write(doc, 0, { message: 'apply: create orders' })).toEqual({ version: 1 });
    expect(await s.read()).toEqual({ doc, version: 1 });
    expect(await s.write(doc, 1, { message: 'again' })).toEqual({ version: 2 });
    const onDisk = JSON.parse(await readFile(s.statePath, 'utf8'));
    expect(onDisk).toMatchObject({ version: 2, message: 'again', updatedAt: '2026-03-01T10:00:00.000Z' });
    expect(onDisk.state).toEqual(doc);
    // A second instance (another process) sees the same thing.
    expect(await store().read()).toEqual({ doc, version: 2 });
  });

  it('refuses a stale write: two instances on one file, the second loses with a plan-again message', async () => {
    const a = store();
    const b = store();
    await a.write(sampleDoc(), 0, { message: 'init' });
    const ra = await a.read();
    const rb = await b.read();
    await a.write(
      recordSavepoint(ra.doc, 'orders', { ...ra.doc.jobs.orders!.savepoints[0]!, path: 's3://x' }),
      ra.version,
      {
        message: 'a',
      },
    );
    const err = await expectStoreError(b.write(rb.doc, rb.version, { message: 'b' }));
    expect(err).toBeInstanceOf(StateConflictError);
    expect(err.diagnostic.code).toBe(STATE_CODES.conflict);
    expect(err.diagnostic.summary).toBe('state changed since it was read (version 1, now 2); run plan again');
    // The winner's write is what is stored.
    expect((await b.read()).doc.jobs.orders!.savepoints.map((s) => s.path)).toContain('s3://x');
  });

  it('lets exactly one of many concurrent writers win a version', async () => {
    const stores = Array.from({ length: 8 }, () => store());
    await stores[0]!.write(sampleDoc(), 0, { message: 'init' });
    const results = await Promise.allSettled(
      stores.map((s, i) => s.write(sampleDoc(), 1, { message: `w${i}` })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StateConflictError);
    }
    expect((await store().read()).version).toBe(2);
  });

  it('a crash before the rename leaves the previous document visible and intact', async () => {
    const ok = store();
    const doc = sampleDoc();
    await ok.write(doc, 0, { message: 'init' });
    const crashing = store({
      beforeRename: () => {
        throw new Error('killed');
      },
    });
    const changed = recordSavepoint(doc, 'orders', { ...doc.jobs.orders!.savepoints[0]!, path: 's3://new' });
    await expect(crashing.write(changed, 1, { message: 'lost' })).rejects.toThrow();
    expect(await ok.read()).toEqual({ doc, version: 1 });
    // A real crash leaves its temp file behind: a partial one must not disturb readers or writers.
    const stateDir = join(dir, '.flinkops', 'state');
    await writeFile(join(stateDir, '.prod.json.999.abcdef.tmp'), '{"version": 2, "state": {"formatVer');
    expect(await ok.read()).toEqual({ doc, version: 1 });
    expect(await ok.write(changed, 1, { message: 'rerun' })).toEqual({ version: 2 });
    expect((await ok.read()).doc).toEqual(changed);
    // The next writer cleans up what the crashed one left.
    expect((await readdir(stateDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a corrupted file with its path and position, and never overwrites it', async () => {
    const s = store();
    await s.write(sampleDoc(), 0, { message: 'init' });
    const text = (await readFile(s.statePath, 'utf8')).slice(0, 120);
    await writeFile(s.statePath, text);
    const err = await expectStoreError(s.read());
    expect(err.diagnostic.code).toBe(STATE_CODES.notJson);
    expect(err.diagnostic.summary).toContain('.flinkops/state/prod.json is not valid JSON');
    expect(err.diagnostic.range?.file).toBe('.flinkops/state/prod.json');
    expect(err.diagnostic.range?.start.line).toBeGreaterThan(1);
    expect(err.diagnostic.detail).toContain(
      'As a last resort, move it aside: the running jobs are found again by their labels (FO626)',
    );
    const w = await expectStoreError(s.write(sampleDoc(), 1, { message: 'x' }));
    expect(w.diagnostic.code).toBe(STATE_CODES.notJson);
    expect(await readFile(s.statePath, 'utf8')).toBe(text);
    // The Result form, for the CLI.
    const r = await readState(s);
    expect(r.value).toBeUndefined();
    expect(r.diags[0]!.code).toBe(STATE_CODES.notJson);
  });

  it('points at a stray character typed into the file, not at its end', async () => {
    const s = store();
    await s.write(sampleDoc(), 0, { message: 'init' });
    const lines = (await readFile(s.statePath, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.includes('"specHash"'));
    lines[at] = lines[at]!.replace('": ', '": x');
    await writeFile(s.statePath, lines.join('\n'));
    const err = await expectStoreError(s.read());
    expect(err.diagnostic.code).toBe(STATE_CODES.notJson);
    expect(err.diagnostic.summary).toBe(
      "the state store .flinkops/state/prod.json is not valid JSON: Unexpected token 'x'",
    );
    expect(err.diagnostic.range?.start).toEqual({ line: at + 1, column: lines[at]!.indexOf('x') + 1 });
  });

  it('reports an emptied file as damaged, not as a store never written, and never overwrites it', async () => {
    const s = store();
    await s.write(sampleDoc(), 0, { message: 'init' });
    await writeFile(s.statePath, '');
    const err = await expectStoreError(s.read());
    expect(err.diagnostic.code).toBe(STATE_CODES.notJson);
    expect(err.diagnostic.summary).toBe('the state store .flinkops/state/prod.json is empty');
    expect(err.diagnostic.detail).toContain('Restore it from a backup');
    expect(err.diagnostic.range?.file).toBe('.flinkops/state/prod.json');
    // A write as if the store were new (version 0) would drop every recorded savepoint.
    const w = await expectStoreError(s.write(sampleDoc(), 0, { message: 'x' }));
    expect(w.diagnostic.code).toBe(STATE_CODES.notJson);
    expect(await readFile(s.statePath, 'utf8')).toBe('');
  });

  it('locates a hand-edited value that breaks the schema on its line', async () => {
    const s = store();
    await s.write(sampleDoc(), 0, { message: 'init' });
    const original = await readFile(s.statePath, 'utf8');
    const edited = original
      .replace('"status": "running"', '"status": "paused"')
      .replace('"parallelism": 4', '"parallelism": "4"');
    await writeFile(s.statePath, edited);
    const err = await expectStoreError(s.read());
    expect(err.diagnostics.map((d) => d.code)).toEqual([STATE_CODES.invalid, STATE_CODES.invalid]);
    const lineOf = (needle: string) => edited.slice(0, edited.indexOf(needle)).split('\n').length;
    const status = err.diagnostics.find((d) => d.summary.includes('jobs.orders.status'))!;
    expect(status.summary).toContain('must be one of "running", "suspended", "deleted", "failed"');
    expect(status.range?.start.line).toBe(lineOf('"paused"'));
    const par = err.diagnostics.find((d) => d.summary.includes('jobs.orders.current.parallelism'))!;
    expect(par.range?.start.line).toBe(lineOf('"4"'));
  });

  it('points at an unknown property by its key', async () => {
    const s = store();
    await s.write(sampleDoc(), 0, { message: 'init' });
    const edited = (await readFile(s.statePath, 'utf8')).replace(
      '"savepoints": [',
      '"savepionts": [], "savepoints": [',
    );
    await writeFile(s.statePath, edited);
    const err = await expectStoreError(s.read());
    expect(err.diagnostic.summary).toContain("jobs.orders has an unknown property 'savepionts'");
    const line = edited.slice(0, edited.indexOf('"savepionts"')).split('\n').length;
    expect(err.diagnostic.range?.start.line).toBe(line);
  });

  it('refuses a store of another project or a newer format', async () => {
    const s = store();
    await s.write(sampleDoc(), 0, { message: 'init' });
    const text = await readFile(s.statePath, 'utf8');
    await writeFile(s.statePath, text.replace('"project": "shop"', '"project": "other"'));
    const mismatch = (await expectStoreError(s.read())).diagnostic;
    expect(mismatch.code).toBe(STATE_CODES.mismatch);
    // The usual cause is a project renamed in flinkops.yaml (the store stays at its path): said, with the way out.
    expect(mismatch.detail).toContain(
      'Or the project was renamed from other to shop in flinkops.yaml: its jobs still run as other.prod.<job>, a name flinkops no longer looks for',
    );
    expect(mismatch.detail).toContain('put project: other back, set state: suspended on environment prod');
    // Another environment's store (--state-file or FLINKOPS_STATE_FILE left pointing at it): said as such.
    await writeFile(s.statePath, text.replace('"env": "prod"', '"env": "staging"'));
    expect((await expectStoreError(s.read())).diagnostic.detail).toBe(
      'The file is the store of environment staging, and each environment has its own: point --state-file (or FLINKOPS_STATE_FILE) at the one of prod, or leave it out for the default. If the file was copied here, move it back.',
    );
    await writeFile(s.statePath, text.replace('"formatVersion": 5', '"formatVersion": 6'));
    const e = await expectStoreError(s.read());
    expect(e.diagnostic.code).toBe(STATE_CODES.tooNew);
    expect(e.diagnostic.detail).toContain('Upgrade flinkops');
  });

  it('refuses to write a secret value, naming where it is but not what it is', async () => {
    const s = store();
    const doc = sampleDoc();
    const leaked = setCurrent(doc, 'orders', {
      ...doc.jobs.orders!.current!,
      script: "WHERE pw = 'hunter2-prod'",
    });
    const e = await expectStoreError(s.write(leaked, 0, { message: 'x', secretValues: ['hunter2-prod'] }));
    expect(e.diagnostic.code).toBe(STATE_CODES.secret);
    expect(e.diagnostic.summary).toContain('jobs.orders.current.script');
    expect(e.diagnostic.summary + e.diagnostic.detail).not.toContain('hunter2-prod');
    expect((await s.read()).version).toBe(0);
    // Placeholders are fine.
    await expect(s.write(doc, 0, { message: 'ok', secretValues: ['hunter2-prod'] })).resolves.toEqual({
      version: 1,
    });
  });

  it('refuses to write an invalid document (a bug) without touching the file', async () => {
    const s = store();
    const bad = { ...sampleDoc(), jobs: { 'Bad-Name': sampleDoc().jobs.orders! } };
    const e = await expectStoreError(s.write(bad, 0, { message: 'x' }));
    expect(e.diagnostic.code).toBe(STATE_CODES.invalid);
    expect(e.diagnostic.summary).toContain('refusing to write');
    expect((await s.read()).version).toBe(0);
  });

  it('reports an unreadable store as an I/O diagnostic', async () => {
    const s = store({ path: '.' });
    const e = await expectStoreError(s.read());
    expect(e.diagnostic.code).toBe(STATE_CODES.io);
  });

  it('given a folder for the state file (--state-file DIR), says so and names a file to give instead', async () => {
    await mkdir(join(dir, 'state'));
    const e = await expectStoreError(store({ path: 'state' }).read());
    expect(e.diagnostic.code).toBe(STATE_CODES.io);
    expect(e.diagnostic.summary).toBe(
      `cannot read the state store state: ${join(dir, 'state')} is a folder, not a file`,
    );
    expect(e.diagnostic.detail).toBe(
      `Give --state-file (or FLINKOPS_STATE_FILE) the path of the state file itself, e.g. ${join(dir, 'state', 'prod.json')}; without it the store is .flinkops/state/prod.json in the project.`,
    );
    expect(e.diagnostic.detail).not.toContain('writable');
    // A folder where the lock belongs is named as that, not as the state file.
    const s = store();
    await mkdir(s.lockPath, { recursive: true });
    const lock = await expectStoreError(s.lockInfo());
    expect(lock.diagnostic.summary).toBe(
      `cannot read the lock of the state store .flinkops/state/prod.json: ${s.lockPath} is a folder, not a file`,
    );
    expect(lock.diagnostic.detail).toBe(
      `flinkops keeps the store's lock and journal in files beside it: move the folder ${s.lockPath} away.`,
    );
  });
});
