/**
 * An in-memory StateStore with the file backend's semantics (compare-and-swap, lock with
 * expiry, validation), for tests of the engine and the CLI. Documents are stored as JSON text,
 * so a caller mutating what it read cannot change the store behind its back.
 */
import { type Clock, systemClock } from '../core/clock';
import { checkWritable, parseStateFile, serializeStateFile } from './document';
import { newLockInfo } from './lock-info';
import { emptyState, type JobRecord, type StateDoc } from './model';
import {
  type Lock,
  type LockInfo,
  type LockOwner,
  StateConflictError,
  StateLockedError,
  StateLockLostError,
  type StateRead,
  type StateStore,
  StateStoreError,
  type WriteMeta,
} from './store';

export interface MemoryStateStoreOptions {
  project: string;
  env: string;
  clock?: Clock;
  /** Initial content (as written by a previous run). */
  initial?: { doc: StateDoc; version: number };
  /** Fault switch: called before a write is committed; throw to simulate a crash at that point. */
  beforeCommit?: (doc: StateDoc, version: number) => void;
}

export class MemoryStateStore implements StateStore {
  readonly location: string;
  /** Every committed write, oldest first. */
  readonly writes: { version: number; message: string }[] = [];
  private text: string | undefined;
  private held: LockInfo | undefined;
  private readonly clock: Clock;

  constructor(private readonly opts: MemoryStateStoreOptions) {
    this.location = `memory:${opts.project}/${opts.env}`;
    this.clock = opts.clock ?? systemClock;
    if (opts.initial)
      this.text = serializeStateFile({ version: opts.initial.version, state: opts.initial.doc });
  }

  /** Replaces the stored text as is, e.g. with a corrupted document. */
  setRawText(text: string | undefined): void {
    this.text = text;
  }

  rawText(): string | undefined {
    return this.text;
  }

  async read(): Promise<StateRead> {
    if (this.text === undefined) return { doc: emptyState(this.opts.project, this.opts.env), version: 0 };
    const parsed = parseStateFile(this.text, this.location, this.opts);
    if (!parsed.ok) throw new StateStoreError(parsed.diags[0]!, parsed.diags);
    return { doc: parsed.file.state, version: parsed.file.version };
  }

  async write(doc: StateDoc, expectedVersion: number, meta: WriteMeta): Promise<{ version: number }> {
    checkWritable(doc, this.opts, meta);
    const { version } = await this.read();
    if (version !== expectedVersion) throw new StateConflictError(expectedVersion, version, this.location);
    const next = version + 1;
    this.opts.beforeCommit?.(doc, next);
    this.text = serializeStateFile({
      version: next,
      updatedAt: new Date(this.clock.now()).toISOString(),
      message: meta.message,
      state: doc,
    });
    this.writes.push({ version: next, message: meta.message });
    return { version: next };
  }

  async writeJobs(
    jobs: Readonly<Record<string, JobRecord>>,
    expectedVersion: number,
    meta: WriteMeta,
  ): Promise<{ version: number }> {
    const { doc } = await this.read();
    return this.write({ ...doc, jobs: { ...doc.jobs, ...jobs } }, expectedVersion, meta);
  }

  async lock(owner: LockOwner, ttlMs: number): Promise<Lock> {
    const now = this.clock.now();
    let replaced: LockInfo | undefined;
    if (this.held) {
      if (Date.parse(this.held.expires) > now) throw new StateLockedError(this.held, this.location);
      replaced = this.held;
    }
    const info = newLockInfo(owner, now, ttlMs, { host: 'localhost', pid: process.pid });
    this.held = info;
    return replaced ? { info, replaced } : { info };
  }

  async renew(lock: Lock, ttlMs: number): Promise<Lock> {
    if (this.held?.id !== lock.info.id) throw new StateLockLostError(lock.info, this.held, this.location);
    this.held = { ...this.held, expires: new Date(this.clock.now() + ttlMs).toISOString() };
    return { info: this.held };
  }

  async unlock(lock: Lock): Promise<void> {
    if (!this.held) return;
    if (this.held.id !== lock.info.id) throw new StateLockLostError(lock.info, this.held, this.location);
    this.held = undefined;
  }

  async lockInfo(): Promise<LockInfo | undefined> {
    return this.held;
  }

  async breakLock(id?: string): Promise<LockInfo | undefined> {
    const holder = this.held;
    if (!holder) return undefined;
    if (id !== undefined && holder.id !== id)
      throw new StateLockedError(holder, this.location, false, false, { given: id, holderGone: false });
    this.held = undefined;
    return holder;
  }
}
