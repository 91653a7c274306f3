/**
 * Stale locks: a lock whose holder is a dead process of this host is broken at once (and said
 * so), not after its 15 minutes; a live or remote holder is still refused. `--force-unlock`
 * works on every command that takes the lock and always removes the lock it names.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { FileStateStore, lockState, StateLockedError } from '../src/state';

const T0 = Date.parse('2026-03-01T10:00:00Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flinkops-stale-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function store(alive: (pid: number) => boolean): FileStateStore {
  return new FileStateStore({ dir, project: 'shop', env: 'prod', clock: new FakeClock(T0), isAlive: alive });
}

async function leaveLock(s: FileStateStore, host: string, pid: number): Promise<void> {
  await s.lock({ who: 'bob', command: 'flinkops apply', host }, 15 * 60_000);
  const info = JSON.parse(await readFile(s.lockPath, 'utf8'));
  await writeFile(s.lockPath, JSON.stringify({ ...info, host, pid }));
}

describe('a lock left by a killed process', () => {
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
