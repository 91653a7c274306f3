/**
 * A SIGKILLed apply whose parent does not reap it (a container without an init) stays a zombie:
 * it answers signal 0 but runs no more. Its lock is a dead process's lock, broken at once (FO811),
 * not "still running" and kept even against --force-unlock.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { FileStateStore, lockState } from '../src/state';
import { processAlive } from '../src/state/atomic-file';

let dir: string | undefined;
const children: number[] = [];
afterEach(async () => {
  for (const pid of children.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A process that has exited and that its parent (a `sleep`, which never waits) leaves unreaped. */
async function zombie(): Promise<number> {
  const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 30'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(parent.pid!);
  const pid = await new Promise<number>((resolve) =>
    parent.stdout.once('data', (b: Buffer) => resolve(Number(b.toString().trim()))),
  );
  for (let i = 0; i < 100; i++) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return pid;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`process ${pid} did not become a zombie`);
}

describe.skipIf(!existsSync('/proc/self/stat'))('a lock left by a killed, unreaped process', () => {
  it('counts the zombie as gone', async () => {
    expect(processAlive(await zombie())).toBe(false);
    expect(processAlive(process.pid)).toBe(true);
  });

  it('is broken by the next run, which says the holder is gone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'flinkops-zombie-lock-'));
    const s = new FileStateStore({
      dir,
      project: 'shop',
      env: 'prod',
      clock: new FakeClock(Date.UTC(2026, 0, 1)),
    });
    const pid = await zombie();
    await s.lock({ who: 'ci', command: 'flinkops apply' }, 15 * 60_000);
    const info = JSON.parse(await readFile(s.lockPath, 'utf8'));
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const pidStart = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    await writeFile(s.lockPath, JSON.stringify({ ...info, pid, pidStart }));
    const other = new FileStateStore({
      dir,
      project: 'shop',
      env: 'prod',
      clock: new FakeClock(Date.UTC(2026, 0, 1)),
    });
    const r = await lockState(
      other,
      { who: 'alice', command: 'apply' },
      { lockTtlMs: 60_000, lockTimeoutMs: 0 },
      new FakeClock(Date.UTC(2026, 0, 1)),
    );
    expect(r.value?.replaced).toMatchObject({ pid, dead: true });
    expect(r.diags).toMatchObject([
      { code: 'FO811', summary: expect.stringMatching(/that process is gone/) },
    ]);
  });
});
