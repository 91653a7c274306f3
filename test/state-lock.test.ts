import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { schemaValidatorsEsbuild } from '../scripts/schema-validators.mjs';
import { FakeClock } from '../src/core/clock';
import {
  FileStateStore,
  type Lock,
  MemoryStateStore,
  STATE_CODES,
  StateLockedError,
  StateLockLostError,
  type StateStore,
  type StateStoreError,
} from '../src/state';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const MINUTE = 60_000;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkops-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}

const backends: [string, (clock: FakeClock) => () => StateStore][] = [
  ['file', (clock) => () => new FileStateStore({ dir, project: 'shop', env: 'prod', clock })],
  [
    'memory',
    (clock) => {
      const one = new MemoryStateStore({ project: 'shop', env: 'prod', clock });
      return () => one;
    },
  ],
];

describe.each(backends)('%s store lock', (_name, factory) => {
  it('refuses a held lock, naming who holds it, since when and its id', async () => {
    const clock = new FakeClock(T0);
    const make = factory(clock);
    const lock = await make().lock({ who: 'alice', command: 'apply', host: 'laptop' }, 10 * MINUTE);
    expect(lock.info).toMatchObject({
      who: 'alice',
      command: 'apply',
      host: 'laptop',
      since: '2026-03-01T10:00:00.000Z',
    });
    expect(lock.info.expires).toBe('2026-03-01T10:10:00.000Z');
    clock.advance(MINUTE);
    const e = await rejection(make().lock({ who: 'bob', command: 'apply' }, MINUTE));
    expect(e).toBeInstanceOf(StateLockedError);
    const d = (e as StateLockedError).diagnostic;
    expect(d.code).toBe(STATE_CODES.locked);
    expect(d.summary).toContain('state is locked by alice (apply on laptop');
    expect(d.summary).toContain('since 2026-03-01T10:00:00.000Z');
    expect(d.detail).toContain(`--force-unlock ${lock.info.id}`);
    expect(await make().lockInfo()).toEqual(lock.info);
    await make().unlock(lock);
    expect(await make().lockInfo()).toBeUndefined();
    await expect(make().lock({ who: 'bob', command: 'apply' }, MINUTE)).resolves.toBeDefined();
  });

  it('lets exactly one of many concurrent lockers win', async () => {
    const make = factory(new FakeClock(T0));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => make().lock({ who: `w${i}`, command: 'apply' }, MINUTE)),
    );
    const won = results.filter((r): r is PromiseFulfilledResult<Lock> => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StateLockedError);
    expect((await make().lockInfo())?.id).toBe(won[0]!.value.info.id);
  });

  it('takes over an expired lock and says whose it was; the old holder learns it lost it', async () => {
    const clock = new FakeClock(T0);
    const make = factory(clock);
    const dead = await make().lock({ who: 'ci', command: 'apply' }, MINUTE);
    clock.advance(MINUTE + 1);
    const next = await make().lock({ who: 'alice', command: 'apply' }, MINUTE);
    expect(next.replaced?.id).toBe(dead.info.id);
    const e = await rejection(make().unlock(dead));
    expect(e).toBeInstanceOf(StateLockLostError);
    expect((e as StateStoreError).diagnostic.code).toBe(STATE_CODES.lockLost);
    expect((e as StateStoreError).diagnostic.summary).toContain('taken over by alice');
    await expect(make().renew(dead, MINUTE)).rejects.toBeInstanceOf(StateLockLostError);
  });

  it('renews a held lock so it does not expire under a long apply', async () => {
    const clock = new FakeClock(T0);
    const make = factory(clock);
    const lock = await make().lock({ who: 'ci', command: 'apply' }, MINUTE);
    clock.advance(50_000);
    const renewed = await make().renew(lock, MINUTE);
    expect(renewed.info.id).toBe(lock.info.id);
    clock.advance(50_000);
    await expect(make().lock({ who: 'bob', command: 'apply' }, MINUTE)).rejects.toBeInstanceOf(
      StateLockedError,
    );
    await make().unlock(renewed);
  });

  it('breaks a live lock only by its id (--force-unlock)', async () => {
    const make = factory(new FakeClock(T0));
    const lock = await make().lock({ who: 'ci', command: 'apply' }, MINUTE);
    await expect(make().breakLock('0000')).rejects.toBeInstanceOf(StateLockedError);
    expect(await make().breakLock(lock.info.id)).toEqual(lock.info);
    expect(await make().lockInfo()).toBeUndefined();
    expect(await make().breakLock()).toBeUndefined();
  });
});

describe('file lock on disk', () => {
  it('writes who, command, pid (and when it started), host, since and expires to <env>.lock', async () => {
    const s = new FileStateStore({
      dir,
      project: 'shop',
      env: 'prod',
      clock: new FakeClock(T0),
      startTimeOf: () => '123',
    });
    const lock = await s.lock({ who: 'alice', command: 'apply' }, MINUTE);
    expect(s.lockPath).toBe(join(dir, '.flinkops', 'state', 'prod.lock'));
    const onDisk = JSON.parse(await readFile(s.lockPath, 'utf8'));
    expect(onDisk).toEqual({ ...lock.info, pid: process.pid, pidStart: '123' });
    expect(Object.keys(onDisk).sort()).toEqual([
      'command',
      'expires',
      'host',
      'id',
      'pid',
      'pidStart',
      'since',
      'who',
    ]);
  });

  it('treats an empty lock file (its writer died) as held, and breakable once a minute old', async () => {
    const s = new FileStateStore({ dir, project: 'shop', env: 'prod', clock: new FakeClock(T0) });
    await s.lock({ who: 'x', command: 'apply' }, MINUTE).then((l) => s.unlock(l));
    await writeFile(s.lockPath, '');
    const e = await rejection(s.lock({ who: 'bob', command: 'apply' }, MINUTE));
    expect((e as StateStoreError).diagnostic.summary).toContain('an unknown process');
    const old = new Date(Date.now() - 2 * MINUTE);
    await utimes(s.lockPath, old, old);
    await expect(s.lock({ who: 'bob', command: 'apply' }, MINUTE)).resolves.toBeDefined();
  });

  it('names the --force-unlock of an unreadable lock as it can be pasted into a shell', async () => {
    const s = new FileStateStore({ dir, project: 'shop', env: 'prod', clock: new FakeClock(T0) });
    await s.lock({ who: 'x', command: 'apply' }, MINUTE).then((l) => s.unlock(l));
    await writeFile(s.lockPath, 'garbage');
    const e = await rejection(s.lock({ who: 'bob', command: 'apply' }, MINUTE));
    expect((e as StateStoreError).diagnostic.detail).toContain("now with `--force-unlock '(unreadable)'`.");
    await expect(s.breakLock('(unreadable)')).resolves.toBeDefined();
  });
});

describe('file lock across processes', () => {
  let bundle: string;
  let bundleDir: string;

  beforeAll(async () => {
    bundleDir = await mkdtemp(join(tmpdir(), 'flinkops-bundle-'));
    bundle = join(bundleDir, 'file-store.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'state', 'file-store.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
      plugins: [schemaValidatorsEsbuild],
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
  });
  afterAll(async () => {
    await rm(bundleDir, { recursive: true, force: true });
  });

  /**
   * A child flinkops: says "ready", waits for "go", tries the lock, prints the outcome; with
   * `hold`, it keeps running (a live holder) until the next line.
   */
  const script = `
    const { FileStateStore } = await import(process.argv[1]);
    const store = new FileStateStore({ dir: process.argv[2], project: 'shop', env: 'prod' });
    process.stdout.write('ready\\n');
    process.stdin.once('data', async () => {
      try {
        const lock = await store.lock({ who: 'child-' + process.pid, command: 'apply' }, 60000);
        process.stdout.write(JSON.stringify({ won: true, id: lock.info.id }) + '\\n');
      } catch (e) {
        process.stdout.write(JSON.stringify({ won: false, code: e.diagnostic?.code ?? String(e) }) + '\\n');
      }
      if (process.argv[3] === 'hold') process.stdin.once('data', () => process.exit(0));
      else process.exit(0);
    });
  `;

  function child(hold = false): {
    proc: ChildProcessWithoutNullStreams;
    lines: string[];
    ready: Promise<void>;
    done: Promise<void>;
  } {
    const args = ['--input-type=module', '-e', script, bundle, dir, ...(hold ? ['hold'] : [])];
    const proc = spawn(process.execPath, args, {
      stdio: 'pipe',
    });
    const lines: string[] = [];
    let buf = '';
    let onReady!: () => void;
    const ready = new Promise<void>((r) => {
      onReady = r;
    });
    proc.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      let nl = buf.indexOf('\n');
      while (nl >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line === 'ready') onReady();
        else lines.push(line);
        nl = buf.indexOf('\n');
      }
    });
    const done = new Promise<void>((resolve, reject) => {
      proc.on('exit', () => resolve());
      proc.on('error', reject);
    });
    return { proc, lines, ready, done };
  }

  it('exactly one of several processes (and this one) takes the lock', async () => {
    // The children keep running (a live holder stays a holder) until all have answered.
    const children = Array.from({ length: 4 }, () => child(true));
    await Promise.all(children.map((c) => c.ready));
    const local = new FileStateStore({ dir, project: 'shop', env: 'prod' });
    const answered = children.map((c) => new Promise<void>((r) => c.proc.stdout.once('data', () => r())));
    for (const c of children) c.proc.stdin.write('go\n');
    const mine = await rejection(local.lock({ who: 'parent', command: 'apply' }, MINUTE));
    await Promise.all(answered);
    const outcomes = children.map(
      (c) => JSON.parse(c.lines[0]!) as { won: boolean; id?: string; code?: string },
    );
    const winners = outcomes.filter((o) => o.won).length + (mine === undefined ? 1 : 0);
    expect(winners).toBe(1);
    for (const o of outcomes) if (!o.won) expect(o.code).toBe(STATE_CODES.locked);
    if (mine !== undefined) expect(mine).toBeInstanceOf(StateLockedError);
    const holder = await local.lockInfo();
    expect(holder).toBeDefined();
    if (mine !== undefined) expect(outcomes.find((o) => o.won)?.id).toBe(holder!.id);
    for (const c of children) c.proc.stdin.write('exit\n');
    await Promise.all(children.map((c) => c.done));
  });

  it('a lock held by another process is refused here with its pid', async () => {
    const c = child(true);
    await c.ready;
    const answered = new Promise<void>((r) => c.proc.stdout.once('data', () => r()));
    c.proc.stdin.write('go\n');
    await answered;
    expect(JSON.parse(c.lines[0]!)).toMatchObject({ won: true });
    const e = await rejection(
      new FileStateStore({ dir, project: 'shop', env: 'prod' }).lock({ who: 'me', command: 'apply' }, MINUTE),
    );
    expect(e).toBeInstanceOf(StateLockedError);
    expect((e as StateLockedError).holder.pid).toBe(c.proc.pid);
    c.proc.stdin.write('exit\n');
    await c.done;
  });

  it('a lock whose holder was killed is taken over at once, saying whose it was', async () => {
    const c = child(true);
    await c.ready;
    const answered = new Promise<void>((r) => c.proc.stdout.once('data', () => r()));
    c.proc.stdin.write('go\n');
    await answered;
    c.proc.kill('SIGKILL');
    await c.done;
    const lock = await new FileStateStore({ dir, project: 'shop', env: 'prod' }).lock(
      { who: 'me', command: 'apply' },
      MINUTE,
    );
    expect(lock.replaced).toMatchObject({ pid: c.proc.pid, dead: true });
  });
});
