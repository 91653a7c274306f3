/**
 * The `file` backend (default for the CLI): `.flinkops/state/<env>.json` holds the document and
 * its version; `<env>.lock` (created with O_EXCL) the apply lock. Writes are atomic renames, so a
 * crash at any point leaves the previous or the next document, never a mix. A write that changes
 * only a few jobs of the document this store last read or wrote, while it holds the apply lock, is
 * appended to `<env>.journal` instead (see journal.ts) and folded in when the lock is released, so
 * a step of an apply costs the same in a store of ten jobs or ten thousand.
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type Clock, systemClock } from '../core/clock';
import { isIdentifier } from '../core/names';
import { isErrno, processAlive, withMutex, writeFileAtomic } from './atomic-file';
import { checkWritable } from './document';
import { fsPromises, hostName, processStartTime, readText, removeQuietly, stat } from './fs-calls';
import { newLockInfo, parseLockInfo } from './lock-info';
import type { JobRecord, StateDoc } from './model';
import { StateFiles } from './state-files';
import {
  type LastWrite,
  type Lock,
  type LockInfo,
  type LockOwner,
  lastWriteOf,
  STATE_CODES,
  StateConflictError,
  StateLockedError,
  StateLockLostError,
  type StateRead,
  type StateStore,
  StateStoreError,
  type WriteMeta,
} from './store';

export interface FileStateStoreOptions {
  /** The project directory. */
  dir: string;
  project: string;
  env: string;
  /** State file, absolute or relative to `dir`; default `.flinkops/state/<env>.json`. */
  path?: string;
  clock?: Clock;
  /** Test seam: called after the temp file is written, before the rename (throw to simulate a crash). */
  beforeRename?: (tmpPath: string) => void;
  /** Whether a process of this host is alive; default asks the OS (signal 0). */
  isAlive?: (pid: number) => boolean;
  /** When a process of this host started; default reads /proc (undefined elsewhere). */
  startTimeOf?: (pid: number) => string | undefined;
}

/** A lock file that cannot be parsed (its writer died between create and write) expires this long after its mtime. */
const UNREADABLE_LOCK_TTL_MS = 60_000;

export class FileStateStore implements StateStore {
  readonly location: string;
  /** Absolute paths of the state file, the lock file and the write mutex. */
  readonly statePath: string;
  readonly lockPath: string;
  readonly journalPath: string;
  private readonly mutexPath: string;
  private readonly clock: Clock;
  private readonly files: StateFiles;
  /** This instance holds the apply lock: only then are writes journalled (and folded in at unlock). */
  private holding = false;

  constructor(private readonly opts: FileStateStoreOptions) {
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    this.clock = opts.clock ?? systemClock;
    this.statePath = resolve(opts.dir, opts.path ?? join('.flinkops', 'state', `${opts.env}.json`));
    const base = this.statePath.replace(/\.json$/, '');
    this.lockPath = `${base}.lock`;
    this.mutexPath = `${base}.mutex`;
    this.journalPath = `${base}.journal`;
    const rel = relative(resolve(opts.dir), this.statePath);
    this.location = (rel.startsWith('..') || isAbsolute(rel) ? this.statePath : rel).split(sep).join('/');
    this.files = new StateFiles({
      statePath: this.statePath,
      journalPath: this.journalPath,
      location: this.location,
      project: opts.project,
      env: opts.env,
      clock: this.clock,
      ...(opts.beforeRename ? { beforeRename: opts.beforeRename } : {}),
      ioError: (what, e, path) => this.ioError(what, e, path),
    });
  }

  async read(): Promise<StateRead> {
    const { doc, version } = await this.files.read(this.holding);
    return { doc, version };
  }

  async lastWrite(): Promise<LastWrite | undefined> {
    const { message, updatedAt } = await this.files.peek();
    return lastWriteOf(message, updatedAt);
  }

  async write(doc: StateDoc, expectedVersion: number, meta: WriteMeta): Promise<{ version: number }> {
    await this.ensureDir();
    return this.exclusive('write', async () => {
      const next = expectedVersion + 1;
      if (this.holding && (await this.files.append(doc, expectedVersion, meta))) return { version: next };
      checkWritable(doc, this.opts, meta);
      const { version, journal, message, updatedAt } = await this.files.read(this.holding);
      if (version !== expectedVersion)
        throw new StateConflictError(
          expectedVersion,
          version,
          this.location,
          lastWriteOf(message, updatedAt),
        );
      await this.files.writeWhole(doc, next, meta.message, { journal, remember: this.holding });
      return { version: next };
    });
  }

  /** Appends the records to the journal while this instance holds the lock and knows the files. */
  async writeJobs(
    jobs: Readonly<Record<string, JobRecord>>,
    expectedVersion: number,
    meta: WriteMeta,
  ): Promise<{ version: number } | undefined> {
    if (!this.holding) return undefined;
    return this.exclusive('write', async () =>
      (await this.files.appendJobs(jobs, expectedVersion, meta))
        ? { version: expectedVersion + 1 }
        : undefined,
    );
  }

  async lock(owner: LockOwner, ttlMs: number): Promise<Lock> {
    await this.ensureDir();
    const now = this.clock.now();
    const pidStart = (this.opts.startTimeOf ?? processStartTime)(process.pid);
    const info = newLockInfo(owner, now, ttlMs, {
      host: hostName(),
      pid: process.pid,
      ...(pidStart !== undefined ? { pidStart } : {}),
    });
    let replaced: Lock['replaced'];
    // Two rounds: the second after breaking an expired lock.
    for (let round = 0; round < 2; round++) {
      try {
        const fh = await fsPromises().open(this.lockPath, 'wx', 0o644);
        try {
          await fh.writeFile(`${JSON.stringify(info, null, 2)}\n`, 'utf8');
          await fh.sync();
        } catch (e) {
          // Do not leave an empty lock file behind (disk full): it would block everyone for a minute.
          await removeQuietly(this.lockPath);
          throw e;
        } finally {
          await fh.close();
        }
        this.holding = true;
        return replaced ? { info, replaced } : { info };
      } catch (e) {
        if (!isErrno(e, 'EEXIST')) throw this.ioError('lock', e);
      }
      const holder = await this.readLockSettled();
      if (!holder) continue; // released meanwhile
      // An unreadable lock's expiry comes from its mtime, which is wall-clock time.
      const now = holder.id === UNREADABLE_ID ? Date.now() : this.clock.now();
      const expired = Date.parse(holder.expires) <= now;
      if (!expired && !this.holderDead(holder))
        throw new StateLockedError(holder, this.location, false, this.holderRunningHere(holder));
      const broken = await this.removeLockIf(holder.id);
      if (broken) replaced = expired ? broken : { ...broken, dead: true as const };
    }
    const holder = await this.lockInfo();
    if (holder) throw new StateLockedError(holder, this.location);
    throw this.ioError('lock', new Error('the lock file keeps changing'));
  }

  async renew(lock: Lock, ttlMs: number): Promise<Lock> {
    return this.exclusive('renew the lock of', async () => {
      const now = await this.lockInfo();
      if (now?.id !== lock.info.id) throw new StateLockLostError(lock.info, now, this.location);
      const info = { ...lock.info, expires: new Date(this.clock.now() + ttlMs).toISOString() };
      await writeFileAtomic(this.lockPath, `${JSON.stringify(info, null, 2)}\n`);
      return { info };
    });
  }

  async unlock(lock: Lock): Promise<void> {
    await this.exclusive('unlock', async () => {
      const now = await this.lockInfo();
      // Broken while this run held it (--force-unlock): the run was not alone, and says so. Its
      // journal is folded in by the next run that takes the lock.
      if (now?.id !== lock.info.id) throw new StateLockLostError(lock.info, now, this.location);
      await this.files.fold();
      this.holding = false;
      await removeQuietly(this.lockPath);
    });
  }

  async lockInfo(): Promise<LockInfo | undefined> {
    let text: string;
    let mtimeMs: number;
    try {
      [text, mtimeMs] = await Promise.all([
        readText(this.lockPath),
        stat(this.lockPath).then((s) => s.mtimeMs),
      ]);
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return undefined;
      throw this.ioError('read the lock of', e, this.lockPath);
    }
    return parseLockInfo(text) ?? unreadableLock(mtimeMs);
  }

  async breakLock(id?: string): Promise<LockInfo | undefined> {
    const holder = await this.lockInfo();
    if (!holder) return undefined;
    if (id !== undefined && holder.id !== id)
      throw new StateLockedError(holder, this.location, false, false, {
        given: id,
        holderGone: this.holderDead(holder),
      });
    if (this.holderRunningHere(holder)) throw new StateLockedError(holder, this.location, false, true);
    return this.removeLockIf(holder.id);
  }

  /** The holder is another process of this host, and it is running. */
  private holderRunningHere(holder: LockInfo): boolean {
    if (holder.pid === undefined || holder.host !== hostName() || holder.pid === process.pid) return false;
    return holderAlive(holder, holder.pid, this.opts);
  }

  /** A lock of a process of this host that no longer exists (killed, crashed): nobody can renew it. */
  private holderDead(holder: LockInfo): boolean {
    return lockHolderGone(holder, this.opts.isAlive, this.opts.startTimeOf);
  }

  /** Removes the lock only if it is still the one with `id` (someone may have retaken it meanwhile). */
  private removeLockIf(id: string): Promise<LockInfo | undefined> {
    return this.exclusive('break the lock of', async () => {
      const now = await this.lockInfo();
      if (now?.id !== id) return undefined;
      await removeQuietly(this.lockPath);
      return now;
    });
  }

  /** A lock file is created empty and then written: give its writer a moment before calling it unreadable. */
  private async readLockSettled(): Promise<LockInfo | undefined> {
    for (let i = 0; i < 10; i++) {
      const info = await this.lockInfo();
      if (!info || info.id !== UNREADABLE_ID) return info;
      await this.clock.sleep(10);
    }
    return this.lockInfo();
  }

  /** Runs `fn` holding the write mutex; failures other than the store's own become I/O diagnostics. */
  private async exclusive<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await withMutex(this.mutexPath, this.clock, fn);
    } catch (e) {
      if (e instanceof StateStoreError) throw e;
      throw this.ioError(what, e);
    }
  }

  private async ensureDir(): Promise<void> {
    try {
      await fsPromises().mkdir(dirname(this.statePath), { recursive: true });
    } catch (e) {
      throw this.ioError('create the directory of', e);
    }
  }

  /** An I/O failure as FO808; `path` is the file it concerns, where the error does not name it. */
  private ioError(what: string, e: unknown, file?: string): StateStoreError {
    const path = (e as NodeJS.ErrnoException | undefined)?.path ?? file;
    if (isErrno(e, 'EISDIR') && path !== undefined) {
      return new StateStoreError({
        code: STATE_CODES.io,
        severity: 'error',
        summary: `cannot ${what} the state store ${this.location}: ${path} is a folder, not a file`,
        detail:
          path === this.statePath
            ? // `--state-file DIR`: the store is a file, not the folder to put it in.
              `Give --state-file (or FLINKOPS_STATE_FILE) the path of the state file itself, e.g. ${join(path, `${this.opts.env}.json`)}; without it the store is .flinkops/state/${this.opts.env}.json in the project.`
            : `flinkops keeps the store's lock and journal in files beside it: move the folder ${path} away.`,
      });
    }
    const cause = e instanceof Error ? e.message : String(e);
    return new StateStoreError({
      code: STATE_CODES.io,
      severity: 'error',
      summary: `cannot ${what} the state store ${this.location}: ${cause}`,
      detail: 'Check that the directory exists and is writable by this user, and that the disk is not full.',
    });
  }
}

const UNREADABLE_ID = '(unreadable)';

function unreadableLock(mtimeMs: number): LockInfo {
  return {
    id: UNREADABLE_ID,
    who: 'an unknown process',
    command: 'unknown',
    host: 'unknown host',
    since: new Date(mtimeMs).toISOString(),
    expires: new Date(mtimeMs + UNREADABLE_LOCK_TTL_MS).toISOString(),
  };
}

/**
 * Whether the holder of `lock` is a process of this host that no longer exists (killed,
 * crashed): its lock holds nothing up, whatever its expiry says.
 */
export function lockHolderGone(
  lock: LockInfo,
  isAlive: (pid: number) => boolean = processAlive,
  startTimeOf: (pid: number) => string | undefined = processStartTime,
): boolean {
  if (lock.pid === undefined || lock.host !== hostName() || lock.pid === process.pid) return false;
  return !holderAlive(lock, lock.pid, { isAlive, startTimeOf });
}

/**
 * The lock's process still runs: its pid is alive and, where the lock recorded when it started,
 * it is the same process (a pid is reused once its process is gone: a killed apply's pid may
 * now be any other program, which must not be named as the holder, nor keep the lock).
 */
function holderAlive(
  lock: LockInfo,
  pid: number,
  o: { isAlive?: (pid: number) => boolean; startTimeOf?: (pid: number) => string | undefined },
): boolean {
  if (!(o.isAlive ?? processAlive)(pid)) return false;
  if (lock.pidStart === undefined) return true;
  const start = (o.startTimeOf ?? processStartTime)(pid);
  return start === undefined || start === lock.pidStart;
}
