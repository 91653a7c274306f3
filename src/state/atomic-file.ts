/**
 * File primitives of the file backend: an atomic replace (temp file in the same directory,
 * fsync, rename, fsync the directory) and a short-lived O_EXCL mutex that makes
 * read-compare-rename a single step across processes.
 */
import { basename, dirname, join } from 'node:path';
import type { Clock } from '../core/clock';
import { randomHex } from '../core/hash';
import { fsPromises, hostName, readText, removeQuietly, stat } from './fs-calls';

/** Temp files of `target` carry this prefix, so leftovers of a crashed writer can be found. */
export function tempPrefix(target: string): string {
  return `.${basename(target)}.`;
}

export function isErrno(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/**
 * Replaces `target` with `data` so that readers see the old or the new content, never a part.
 * `beforeRename` is a test seam: throwing there simulates a crash after the temp file was written.
 */
export async function writeFileAtomic(
  target: string,
  data: string,
  beforeRename?: (tmp: string) => void,
): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `${tempPrefix(target)}${process.pid}.${randomHex(6)}.tmp`);
  const fs = fsPromises();
  const fh = await fs.open(tmp, 'wx', 0o644);
  let renamed = false;
  try {
    await fh.writeFile(data, 'utf8');
    await fh.sync();
    await fh.close();
    beforeRename?.(tmp);
    await fs.rename(tmp, target);
    renamed = true;
    await syncDir(dir);
  } finally {
    if (!renamed) {
      await fh.close().catch(() => {});
      await removeQuietly(tmp);
    }
  }
}

/** Removes temp files of crashed writers; call only while holding the mutex of `target`. */
export async function removeStaleTemps(target: string): Promise<void> {
  const prefix = tempPrefix(target);
  const dir = dirname(target);
  const names = await fsPromises()
    .readdir(dir)
    .catch(() => [] as string[]);
  await Promise.all(
    names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => removeQuietly(join(dir, n))),
  );
}

/** Makes a rename durable; directories cannot be fsynced everywhere (Windows), which is fine. */
export async function syncDir(dir: string): Promise<void> {
  let fh: import('node:fs/promises').FileHandle | undefined;
  try {
    fh = await fsPromises().open(dir, 'r');
    await fh.sync();
  } catch {
    // best effort
  } finally {
    await fh?.close().catch(() => {});
  }
}

/** A mutex file older than this belongs to a crashed process (it is held for milliseconds). */
const MUTEX_STALE_MS = 30_000;
const MUTEX_ATTEMPTS = 1_000;
/** A mutex file still empty this long after its creation was left by a process killed in between. */
const EMPTY_MUTEX_STALE_MS = 2_000;

/**
 * Holds `path` (created with O_EXCL) while `fn` runs. Waits with backoff on the injected clock
 * while another process holds it; breaks it when its owner is dead or it is older than 30 s.
 */
export async function withMutex<T>(path: string, clock: Clock, fn: () => Promise<T>): Promise<T> {
  const me = `${process.pid} ${hostName()} ${randomHex(6)}`;
  let delay = 2;
  for (let attempt = 0; attempt < MUTEX_ATTEMPTS; attempt++) {
    try {
      const fh = await fsPromises().open(path, 'wx', 0o644);
      try {
        await fh.writeFile(me, 'utf8');
      } catch (e) {
        // Created but not written (a full disk): it is ours, and an empty one would hold others up.
        await fh.close().catch(() => {});
        await removeQuietly(path);
        throw e;
      }
      await fh.close();
    } catch (e) {
      if (!isErrno(e, 'EEXIST')) throw e;
      if (await isStaleMutex(path)) {
        await removeQuietly(path);
        continue;
      }
      await clock.sleep(delay);
      delay = Math.min(delay * 2, 25);
      continue;
    }
    try {
      return await fn();
    } finally {
      await removeQuietly(path);
    }
  }
  throw new Error(
    `could not acquire ${path}: another process keeps it (remove it if no flinkops is running)`,
  );
}

async function isStaleMutex(path: string): Promise<boolean> {
  try {
    const s = await stat(path);
    const age = Date.now() - s.mtimeMs;
    if (age > MUTEX_STALE_MS) return true;
    const text = await readText(path);
    // Its owner writes it right after creating it: still empty a while later, the owner died in between.
    if (text === '') return age > EMPTY_MUTEX_STALE_MS;
    const [pid, host] = text.split(' ');
    if (host === hostName() && pid && /^\d+$/.test(pid)) return !processAlive(Number(pid));
    return false;
  } catch (e) {
    // Vanished meanwhile: not stale, just retry.
    if (isErrno(e, 'ENOENT')) return false;
    throw e;
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return !isErrno(e, 'ESRCH');
  }
  // A killed process its parent has not reaped (a zombie) still answers signal 0, though it runs
  // no more: in a container without an init, a SIGKILLed apply stays one for good.
  return !isZombie(pid);
}

/** Whether `/proc/<pid>/stat` says the process has exited and waits to be reaped (state Z). */
function isZombie(pid: number): boolean {
  try {
    const text = process.getBuiltinModule('node:fs').readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
