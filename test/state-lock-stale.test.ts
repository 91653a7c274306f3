/**
 * Stale locks: a lock whose holder is a dead process of this host is broken at once (and said
 * so), not after its 15 minutes; a live or remote holder is still refused. `--force-unlock`
 * works on every command that takes the lock and removes the lock it names, unless a process of
 * this host that still runs holds it.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { emptyState, FileStateStore, lockState, StateLockedError, StateLockLostError } from '../src/state';

const T0 = Date.parse('2026-03-01T10:00:00Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkops-stale-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function store(
  alive: (pid: number) => boolean,
  startTimeOf: (pid: number) => string | undefined = () => undefined,
): FileStateStore {
  return new FileStateStore({
    dir,
    project: 'shop',
    env: 'prod',
    clock: new FakeClock(T0),
    isAlive: alive,
    startTimeOf,
  });
}

async function leaveLock(s: FileStateStore, host: string, pid: number): Promise<void> {
  await s.lock({ who: 'bob', command: 'flinkops apply', host }, 15 * 60_000);
  const info = JSON.parse(await readFile(s.lockPath, 'utf8'));
  await writeFile(s.lockPath, JSON.stringify({ ...info, host, pid }));
}

describe('a lock left by a killed process', () => {
  it('--force-unlock with a wrong id leaves it, says so, and that the process is gone (so a plain run breaks it)', async () => {
    const s = store((pid) => pid !== 4242);
    await leaveLock(s, hostname(), 4242);
    const id = JSON.parse(await readFile(s.lockPath, 'utf8')).id;
    const err = await s.breakLock('deadbeef').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateLockedError);
    const d = (err as StateLockedError).diagnostic;
    expect(d.detail).toContain(`--force-unlock deadbeef does not name this lock, so it was left in place`);
    expect(d.detail).toContain(`has the id ${id}`);
    expect(d.detail).toContain(
      'Its process (pid 4242 on this host) is gone: run again without --force-unlock',
    );
    expect(d.detail).not.toContain('Wait for it to finish');
    expect(JSON.parse(await readFile(s.lockPath, 'utf8')).id).toBe(id);
  });

  it('is broken at once when its holder no longer runs on this host, with a warning naming it', async () => {
    const s = store((pid) => pid !== 4242);
    await leaveLock(s, hostname(), 4242);
    const r = await lockState(
      s,
      { who: 'alice', command: 'apply' },
      { lockTtlMs: 60_000, lockTimeoutMs: 0 },
      new FakeClock(T0),
    );
    expect(r.value?.replaced).toMatchObject({ who: 'bob', pid: 4242, dead: true });
    expect(r.diags).toMatchObject([
      {
        code: 'FO811',
        severity: 'warning',
        summary: expect.stringMatching(/pid 4242.*that process is gone/),
      },
    ]);
    expect(JSON.parse(await readFile(s.lockPath, 'utf8')).who).toBe('alice');
  });

  it('is refused while its holder runs', async () => {
    const s = store(() => true);
    await leaveLock(s, hostname(), 4242);
    await expect(s.lock({ who: 'alice', command: 'apply' }, 60_000)).rejects.toBeInstanceOf(StateLockedError);
  });

  it('is refused when it was taken on another host (whose processes cannot be seen)', async () => {
    const s = store(() => false);
    await leaveLock(s, 'ci-runner-7', 4242);
    await expect(s.lock({ who: 'alice', command: 'apply' }, 60_000)).rejects.toBeInstanceOf(StateLockedError);
  });
});

describe('a lock whose pid another process has taken since', () => {
  // A killed apply's pid is reused by whatever starts next: naming that process as the holder
  // ("kill 4242") and refusing --force-unlock would point at an unrelated program.
  it('is broken as dead: the process with that pid started after the lock was taken', async () => {
    const s = store(
      () => true,
      (pid) => (pid === 4242 ? '999' : '100'),
    );
    await s.lock({ who: 'bob', command: 'flinkops apply' }, 15 * 60_000);
    const info = JSON.parse(await readFile(s.lockPath, 'utf8'));
    expect(info.pidStart).toBe('100');
    await writeFile(s.lockPath, JSON.stringify({ ...info, pid: 4242 }));
    const r = await lockState(
      s,
      { who: 'alice', command: 'apply' },
      { lockTtlMs: 60_000, lockTimeoutMs: 0 },
      new FakeClock(T0),
    );
    expect(r.value?.replaced).toMatchObject({ who: 'bob', pid: 4242, dead: true });
    expect(r.diags.map((d) => d.code)).toEqual(['FO811']);
  });

  it('is refused while the very process that took it runs (same pid, same start)', async () => {
    const s = store(
      () => true,
      () => '100',
    );
    await leaveLock(s, hostname(), 4242);
    await expect(s.lock({ who: 'alice', command: 'apply' }, 60_000)).rejects.toBeInstanceOf(StateLockedError);
  });

  it.runIf(process.platform === 'linux')('reads a real process start time from /proc', async () => {
    const real = new FileStateStore({ dir, project: 'shop', env: 'prod', clock: new FakeClock(T0) });
    await real.lock({ who: 'bob', command: 'flinkops apply' }, 15 * 60_000);
    const info = JSON.parse(await readFile(real.lockPath, 'utf8'));
    expect(info.pidStart).toMatch(/^\d+$/);
    // Our parent runs (alive) but started before us: a lock naming its pid with our start is dead.
    await writeFile(real.lockPath, JSON.stringify({ ...info, pid: process.ppid }));
    const r = await lockState(
      real,
      { who: 'alice', command: 'apply' },
      { lockTtlMs: 60_000, lockTimeoutMs: 0 },
      new FakeClock(T0),
    );
    expect(r.value?.replaced).toMatchObject({ pid: process.ppid, dead: true });
  });
});

describe('the lock of a process of this host that still runs', () => {
  it('is not removed by --force-unlock: the refusal says the process runs and how to stop it', async () => {
    const s = store((pid) => pid === 4242);
    await leaveLock(s, hostname(), 4242);
    const id = JSON.parse(await readFile(s.lockPath, 'utf8')).id;
    const refusal = await s.breakLock(id).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(StateLockedError);
    const [d] = (refusal as StateLockedError).diagnostics;
    expect(d!.detail).toContain('Process 4242 of this host holds the lock');
    expect(d!.detail).not.toContain('--force-unlock bob');
    // The lock is still there, and the busy message does not offer --force-unlock for it either.
    expect(JSON.parse(await readFile(s.lockPath, 'utf8')).id).toBe(id);
    const busy = await s.lock({ who: 'alice', command: 'apply' }, 60_000).catch((e: unknown) => e);
    expect((busy as StateLockedError).diagnostics[0]!.detail).toContain('is still running');
  });

  it('a run whose lock was removed under it says so when it ends, instead of releasing nothing', async () => {
    const s = store(() => false);
    const lock = await s.lock({ who: 'alice', command: 'apply' }, 60_000);
    await rm(s.lockPath);
    await expect(s.unlock(lock)).rejects.toBeInstanceOf(StateLockLostError);
  });
});

describe('the store mutex on a full disk', () => {
  it('is removed when its owner cannot be written, not left to hold the next run up', async () => {
    const fsp = process.getBuiltinModule('node:fs/promises');
    const open = fsp.open;
    const spy = vi.spyOn(fsp, 'open').mockImplementation(async (...a: Parameters<typeof open>) => {
      const fh = await open(...a);
      if (String(a[0]).endsWith('.mutex'))
        fh.writeFile = async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        };
      return fh;
    });
    try {
      await expect(
        store(() => true).write(emptyState('shop', 'prod'), 0, { message: 'init' }),
      ).rejects.toThrow(/no space left/);
    } finally {
      spy.mockRestore();
    }
    expect((await readdir(dir)).filter((f) => f.endsWith('.mutex'))).toEqual([]);
    // The next run writes at once: no empty mutex to wait out.
    await expect(
      store(() => true).write(emptyState('shop', 'prod'), 0, { message: 'init' }),
    ).resolves.toEqual({
      version: 1,
    });
  });
});
