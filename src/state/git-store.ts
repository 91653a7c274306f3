/**
 * The `git` backend (default in the GitHub Action): the document is `<project>/<env>.json` and the
 * apply lock `<project>/<env>.lock.json` on a dedicated branch of the repository, written through
 * the GitHub git data API, so several projects can share one branch. A document at the old,
 * un-prefixed path `<env>.json` that belongs to this project is read in its place until the first
 * write, which moves it (one commit adds the new path and deletes the old). Every write is a commit whose parent is the commit the writer read, and the branch
 * is moved without force, so of two concurrent writers exactly one wins; the other gets
 * `StateConflictError`. The branch's history is the audit log: every commit message says what
 * changed and carries trailers naming the source commit, pull request and workflow run.
 */
import { type Clock, systemClock } from '../core/clock';
import { isIdentifier } from '../core/names';
import { checkWritable, parseStateFile, serializeStateFile } from './document';
import { GitBranch, type Head } from './git-branch';
import type { GitDataApi, GitTreeChange } from './github-port';
import { newLockInfo, parseLockInfo } from './lock-info';
import { emptyState, type StateDoc } from './model';
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
  /**
   * Whether the CI run a lock names (`LockInfo.run`) has ended. A lock whose run ended (cancelled,
   * its runner lost) is taken over at once instead of honoured until it expires. Answers false
   * when it cannot tell.
   */
  runEnded?: (run: string) => Promise<boolean>;
}

export class GitStateStore implements StateStore {
  readonly location: string;
  readonly docPath: string;
  readonly lockPath: string;
  /** Where earlier versions kept the document and lock: read for the migration only. */
  readonly legacyDocPath: string;
  private readonly legacyLockPath: string;
  private readonly clock: Clock;
  private readonly git: GitBranch;

  constructor(private readonly opts: GitStateStoreOptions) {
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    if (!isIdentifier(opts.project))
      throw new Error(`bug: project name '${opts.project}' is not an identifier`);
    this.clock = opts.clock ?? systemClock;
    this.docPath = `${opts.project}/${opts.env}.json`;
    this.lockPath = `${opts.project}/${opts.env}.lock.json`;
    this.legacyDocPath = `${opts.env}.json`;
    this.legacyLockPath = `${opts.env}.lock.json`;
    this.location = `${opts.branch}:${this.docPath}`;
    this.git = new GitBranch({
      api: opts.api,
      branch: opts.branch,
      ...(opts.trailers ? { trailers: opts.trailers } : {}),
      location: this.location,
      dirs: [opts.project],
    });
  }

  async read(): Promise<StateRead> {
    return this.docAt(await this.git.head());
  }

  async lastWrite(): Promise<LastWrite | undefined> {
    const head = await this.git.head();
    const text = (await this.git.text(head, this.docPath)) ?? (await this.legacyText(head));
    if (text === undefined) return undefined;
    const parsed = parseStateFile(text, this.location, this.opts);
    return parsed.ok ? lastWriteOf(parsed.file.message, parsed.file.updatedAt) : undefined;
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
      const read = await this.docAt(head);
      actual = read.version;
      if (actual !== expectedVersion)
        throw new StateConflictError(
          expectedVersion,
          actual,
          this.location,
          await this.lastWrite().catch(() => undefined),
        );
      const blob = await this.git.createBlob('write', text);
      const changes: GitTreeChange[] = [{ path: this.docPath, sha: blob }];
      let subject = meta.message;
      if (read.legacy) {
        // The migration: the document moves to its project's directory in this same commit.
        changes.push({ path: this.legacyDocPath, sha: null });
        subject += ` (moves ${this.legacyDocPath} to ${this.docPath})`;
      }
      if (await this.git.commit(head, changes, subject)) return { version: next };
      // The branch moved: re-read, and retry only if the document is still at the expected version.
    }
    // Every try lost the ref update, yet no other run wrote the document: the branch kept moving
    // under it (other commits, or a branch read that lags behind the last update), not a conflict.
    throw this.busy('write');
  }

  async lock(owner: LockOwner, ttlMs: number): Promise<Lock> {
    const now = this.clock.now();
    const info = newLockInfo(owner, now, ttlMs, { host: 'github-actions' });
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const found = await this.holderAt(head);
      const holder = found?.info;
      const live = holder !== undefined && Date.parse(holder.expires) > this.clock.now();
      const ended = live && (await this.runEnded(holder));
      if (live && !ended) throw new StateLockedError(holder, this.location, true);
      const message = `lock ${this.name()} for ${owner.command} by ${owner.who}${holder ? ` (replaces the ${ended ? 'ended run’s' : 'expired'} lock of ${holder.who})` : ''}`;
      // An expired lock at the old path goes in the same commit: nothing is left to honour there.
      const stale = found && found.path !== this.lockPath ? found.path : undefined;
      if (await this.putLock(head, info, message, stale))
        return holder ? { info, replaced: ended ? { ...holder, dead: true } : holder } : { info };
    }
    throw this.busy('lock');
  }

  /** The holder's CI run has ended (the store was told how to ask, and the answer is yes). */
  private async runEnded(holder: LockInfo): Promise<boolean> {
    if (!holder.run || !this.opts.runEnded) return false;
    try {
      return await this.opts.runEnded(holder.run);
    } catch {
      return false;
    }
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
      if (!head) return;
      // Gone or another's: broken while this run held it, so the run was not alone, and says so.
      if (holder?.id !== lock.info.id) throw new StateLockLostError(lock.info, holder, this.location);
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
      const found = await this.holderAt(head);
      if (!found || !head) return undefined;
      const holder = found.info;
      if (id !== undefined && holder.id !== id)
        throw new StateLockedError(holder, this.location, true, false, { given: id, holderGone: false });
      const message = `force-unlock ${this.name()}: removed the lock of ${holder.who} (${holder.command})`;
      if (await this.git.commit(head, [{ path: found.path, sha: null }], message)) return holder;
    }
    throw this.busy('break the lock of');
  }

  /**
   * The audit record of one apply: `<project>/<env>.last-apply.json` (what ran, from which commit
   * and pull request) committed with `message`, so `git log <project>/<env>.last-apply.json` on the
   * state branch lists every apply. Rebased and retried when the branch moves: it changes no document.
   */
  async recordApply(record: unknown, message: string): Promise<string | undefined> {
    const text = `${JSON.stringify(record, null, 2)}\n`;
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const blob = await this.git.createBlob('write', text);
      const sha = await this.git.commit(
        head,
        [{ path: `${this.opts.project}/${this.opts.env}.last-apply.json`, sha: blob }],
        message,
      );
      if (sha) return sha;
    }
    throw this.busy('record the apply in');
  }

  /**
   * Commits touching the document, newest first: the history of this environment's state, followed
   * by that of the un-prefixed path it was moved from (the moving commit is in both: listed once).
   */
  async log(limit = 20) {
    const own = await this.git.log(this.docPath, limit);
    if (own.length >= limit) return own;
    const seen = new Set(own.map((c) => c.sha));
    const before = (await this.git.log(this.legacyDocPath, limit)).filter((c) => !seen.has(c.sha));
    return [...own, ...before].slice(0, limit);
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

  /** The document at `head`; `legacy` when it was read from the un-prefixed path (not moved yet). */
  private async docAt(head: Head | undefined): Promise<StateRead & { legacy?: true }> {
    const text = await this.git.text(head, this.docPath);
    if (text !== undefined) return this.parse(text, this.location);
    const legacy = await this.legacyText(head);
    if (legacy !== undefined)
      return { ...this.parse(legacy, `${this.opts.branch}:${this.legacyDocPath}`), legacy: true };
    return { doc: emptyState(this.opts.project, this.opts.env), version: 0 };
  }

  private parse(text: string, location: string): StateRead {
    const parsed = parseStateFile(text, location, this.opts);
    if (!parsed.ok) throw new StateStoreError(parsed.diags[0]!, parsed.diags);
    return { doc: parsed.file.state, version: parsed.file.version };
  }

  /**
   * The un-prefixed document, when it is this project's. Another project that shared the branch
   * may have written it: that one is left alone. One that is not even JSON is reported (by
   * parse), not ignored: starting from an empty state would plan to create every job again.
   */
  private async legacyText(head: Head | undefined): Promise<string | undefined> {
    const text = await this.git.text(head, this.legacyDocPath);
    if (text === undefined) return undefined;
    let project: unknown;
    try {
      project = (JSON.parse(text) as { state?: { project?: unknown } })?.state?.project;
    } catch {
      return text;
    }
    return project === this.opts.project ? text : undefined;
  }

  private async lockAt(head: Head | undefined): Promise<LockInfo | undefined> {
    return (await this.holderAt(head))?.info;
  }

  /**
   * The lock and where it lies. Until the document has moved, a lock at the old path (taken by an
   * earlier version of flinkops still running) is honoured too.
   */
  private async holderAt(head: Head | undefined): Promise<{ info: LockInfo; path: string } | undefined> {
    let path = this.lockPath;
    let text = await this.git.text(head, path);
    if (text === undefined && (await this.git.text(head, this.docPath)) === undefined) {
      if ((await this.legacyText(head)) !== undefined) {
        path = this.legacyLockPath;
        text = await this.git.text(head, path);
      }
    }
    if (text === undefined) return undefined;
    const info = parseLockInfo(text);
    if (info) return { info, path };
    // A hand-edited lock cannot be honoured or renewed: treat it as expired, so it can be replaced.
    return {
      path,
      info: {
        id: '(unreadable)',
        who: 'an unreadable lock',
        command: 'unknown',
        host: 'unknown',
        since: new Date(0).toISOString(),
        expires: new Date(0).toISOString(),
      },
    };
  }

  private async putLock(
    head: Head | undefined,
    info: LockInfo,
    message: string,
    remove?: string,
  ): Promise<boolean> {
    const blob = await this.git.createBlob('lock', `${JSON.stringify(info, null, 2)}\n`);
    const changes: GitTreeChange[] = [{ path: this.lockPath, sha: blob }];
    if (remove) changes.push({ path: remove, sha: null });
    return (await this.git.commit(head, changes, message)) !== undefined;
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
