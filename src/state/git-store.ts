/**
 * The `git` backend (default in the GitHub Action): the document is `<env>.json` and the apply
 * lock `<env>.lock.json` on a dedicated branch of the repository, written through the GitHub git
 * data API. Every write is a commit whose parent is the commit the writer read, and the branch
 * is moved without force, so of two concurrent writers exactly one wins; the other gets
 * `StateConflictError`. The branch's history is the audit log: every commit message says what
 * changed and carries trailers naming the source commit, pull request and workflow run.
 */
import { type Clock, systemClock } from '../core/clock';
import { isIdentifier } from '../core/names';
import { checkWritable, parseStateFile, serializeStateFile } from './document';
import { GitBranch, type Head } from './git-branch';
import type { GitDataApi } from './github-port';
import { newLockInfo, parseLockInfo } from './lock-info';
import { emptyState, type StateDoc } from './model';
import {
  type Lock,
  type LockInfo,
  type LockOwner,
  STATE_CODES,
  StateConflictError,
  StateLockedError,
  StateLockLostError,
  type StateRead,
  type StateStore,
  StateStoreError,
  type WriteMeta,
} from './store';

export interface GitStateStoreOptions {
  api: GitDataApi;
  /** The state branch, e.g. `flinkops-state`. */
  branch: string;
  project: string;
  env: string;
  clock?: Clock;
  /** Lines appended to every commit message, e.g. `Source-Commit: abc123`, `Pull-Request: #12`. */
  trailers?: readonly string[];
  /** Attempts when the branch moved for a reason that does not touch the document (a lock commit). */
  attempts?: number;
}

export class GitStateStore implements StateStore {
  readonly location: string;
  readonly docPath: string;
  readonly lockPath: string;
  private readonly clock: Clock;
  private readonly git: GitBranch;

  constructor(private readonly opts: GitStateStoreOptions) {
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    this.clock = opts.clock ?? systemClock;
    this.docPath = `${opts.env}.json`;
    this.lockPath = `${opts.env}.lock.json`;
    this.location = `${opts.branch}:${this.docPath}`;
    this.git = new GitBranch({
      api: opts.api,
      branch: opts.branch,
      ...(opts.trailers ? { trailers: opts.trailers } : {}),
      location: this.location,
    });
  }

  async read(): Promise<StateRead> {
    return this.docAt(await this.git.head());
  }

  async write(doc: StateDoc, expectedVersion: number, meta: WriteMeta): Promise<{ version: number }> {
    checkWritable(doc, this.opts, meta);
    const next = expectedVersion + 1;
    const text = serializeStateFile({
      version: next,
      updatedAt: this.nowIso(),
      message: meta.message,
      state: doc,
    });
    let actual = expectedVersion;
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      actual = (await this.docAt(head)).version;
      if (actual !== expectedVersion) throw new StateConflictError(expectedVersion, actual, this.location);
      const blob = await this.git.createBlob('write', text);
      if (await this.git.commit(head, [{ path: this.docPath, sha: blob }], meta.message))
        return { version: next };
      // The branch moved: re-read, and retry only if the document is still at the expected version.
    }
    throw new StateConflictError(expectedVersion, actual, this.location);
  }

  async lock(owner: LockOwner, ttlMs: number): Promise<Lock> {
    const now = this.clock.now();
    const info = newLockInfo(owner, now, ttlMs, { host: 'github-actions' });
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const holder = await this.lockAt(head);
      if (holder && Date.parse(holder.expires) > this.clock.now())
        throw new StateLockedError(holder, this.location);
      const message = `lock ${this.name()} for ${owner.command} by ${owner.who}${holder ? ` (replaces the expired lock of ${holder.who})` : ''}`;
      if (await this.putLock(head, info, message)) return holder ? { info, replaced: holder } : { info };
    }
    throw this.busy('lock');
  }

  async renew(lock: Lock, ttlMs: number): Promise<Lock> {
    const info = { ...lock.info, expires: new Date(this.clock.now() + ttlMs).toISOString() };
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const holder = await this.lockAt(head);
      if (holder?.id !== lock.info.id) throw new StateLockLostError(lock.info, holder, this.location);
      if (await this.putLock(head, info, `renew the lock of ${this.name()} until ${info.expires}`))
        return { info };
    }
    throw this.busy('renew the lock of');
  }

  async unlock(lock: Lock): Promise<void> {
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const holder = await this.lockAt(head);
      if (!holder || !head) return;
      if (holder.id !== lock.info.id) throw new StateLockLostError(lock.info, holder, this.location);
      if (await this.git.commit(head, [{ path: this.lockPath, sha: null }], `unlock ${this.name()}`)) return;
    }
    throw this.busy('unlock');
  }

  async lockInfo(): Promise<LockInfo | undefined> {
    return this.lockAt(await this.git.head());
  }

  async breakLock(id?: string): Promise<LockInfo | undefined> {
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const holder = await this.lockAt(head);
      if (!holder || !head) return undefined;
      if (id !== undefined && holder.id !== id) throw new StateLockedError(holder, this.location);
      const message = `force-unlock ${this.name()}: removed the lock of ${holder.who} (${holder.command})`;
      if (await this.git.commit(head, [{ path: this.lockPath, sha: null }], message)) return holder;
    }
    throw this.busy('break the lock of');
  }

  /**
   * The audit record of one apply: `<env>.last-apply.json` (what ran, from which commit and pull
   * request) committed with `message`, so `git log <env>.last-apply.json` on the state branch
   * lists every apply. Rebased and retried when the branch moves: it changes no document.
   */
  async recordApply(record: unknown, message: string): Promise<string | undefined> {
    const text = `${JSON.stringify(record, null, 2)}\n`;
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const blob = await this.git.createBlob('write', text);
      const sha = await this.git.commit(
        head,
        [{ path: `${this.opts.env}.last-apply.json`, sha: blob }],
        message,
      );
      if (sha) return sha;
    }
    throw this.busy('record the apply in');
  }

  /** Commits touching the document, newest first: the history of this environment's state. */
  async log(limit = 20) {
    return this.git.log(this.docPath, limit);
  }

  // --- internals ---

  private name(): string {
    return `${this.opts.project}/${this.opts.env}`;
  }

  private attempts(): number {
    return this.opts.attempts ?? 5;
  }

  private nowIso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  private async docAt(head: Head | undefined): Promise<StateRead> {
    const text = await this.git.text(head, this.docPath);
    if (text === undefined) return { doc: emptyState(this.opts.project, this.opts.env), version: 0 };
    const parsed = parseStateFile(text, this.location, this.opts);
    if (!parsed.ok) throw new StateStoreError(parsed.diags[0]!, parsed.diags);
    return { doc: parsed.file.state, version: parsed.file.version };
  }

  private async lockAt(head: Head | undefined): Promise<LockInfo | undefined> {
    const text = await this.git.text(head, this.lockPath);
    if (text === undefined) return undefined;
    const info = parseLockInfo(text);
    if (info) return info;
    // A hand-edited lock cannot be honoured or renewed: treat it as expired, so it can be replaced.
    return {
      id: '(unreadable)',
      who: 'an unreadable lock',
      command: 'unknown',
      host: 'unknown',
      since: new Date(0).toISOString(),
      expires: new Date(0).toISOString(),
    };
  }

  private async putLock(head: Head | undefined, info: LockInfo, message: string): Promise<boolean> {
    const blob = await this.git.createBlob('lock', `${JSON.stringify(info, null, 2)}\n`);
    return (await this.git.commit(head, [{ path: this.lockPath, sha: blob }], message)) !== undefined;
  }

  private busy(what: string): StateStoreError {
    return new StateStoreError({
      code: STATE_CODES.io,
      severity: 'error',
      summary: `cannot ${what} the state store ${this.location}: the branch keeps moving`,
      detail: `Other runs kept committing to '${this.opts.branch}' while this one tried ${this.attempts()} times. Serialise the workflows with \`concurrency:\` and run again.`,
    });
  }
}
