/**
 * The `git` backend (default in the GitHub Action): the document is `<env>.json` and the apply
 * lock `<env>.lock.json` on a dedicated branch of the repository, written through the GitHub git
 * data API. Every write is a commit whose parent is the commit the writer read, and the branch
 * is moved without force, so of two concurrent writers exactly one wins; the other gets
 * `StateConflictError`. The branch's history is the audit log: every commit message says what
 * changed and carries trailers naming the source commit, pull request and workflow run.
 */
import { randomBytes } from 'node:crypto';
import { type Clock, systemClock } from '../core/clock';
import { isIdentifier } from '../core/names';
import { checkWritable, parseStateFile, serializeStateFile } from './document';
import { type GitDataApi, GitHubApiError, type GitTreeChange } from './github-port';
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

/** The branch as read at one commit. */
interface Head {
  sha: string;
  tree: string;
  blobs: Map<string, string>;
}

export class GitStateStore implements StateStore {
  readonly location: string;
  readonly docPath: string;
  readonly lockPath: string;
  private readonly clock: Clock;
  /** Blob sha → text: blobs are immutable, so a document read once is never fetched again. */
  private readonly blobCache = new Map<string, string>();

  constructor(private readonly opts: GitStateStoreOptions) {
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    this.clock = opts.clock ?? systemClock;
    this.docPath = `${opts.env}.json`;
    this.lockPath = `${opts.env}.lock.json`;
    this.location = `${opts.branch}:${this.docPath}`;
  }

  async read(): Promise<StateRead> {
    return this.docAt(await this.head());
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
      const head = await this.head();
      actual = (await this.docAt(head)).version;
      if (actual !== expectedVersion) throw new StateConflictError(expectedVersion, actual, this.location);
      const blob = await this.call('write', () => this.opts.api.createBlob(text));
      if (await this.commit(head, [{ path: this.docPath, sha: blob }], meta.message))
        return { version: next };
      // The branch moved: re-read, and retry only if the document is still at the expected version.
    }
    throw new StateConflictError(expectedVersion, actual, this.location);
  }

  async lock(owner: LockOwner, ttlMs: number): Promise<Lock> {
    const now = this.clock.now();
    const info: LockInfo = {
      id: randomBytes(8).toString('hex'),
      who: owner.who,
      command: owner.command,
      host: owner.host ?? 'github-actions',
      since: new Date(now).toISOString(),
      expires: new Date(now + ttlMs).toISOString(),
    };
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.head();
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
      const head = await this.head();
      const holder = await this.lockAt(head);
      if (holder?.id !== lock.info.id) throw new StateLockLostError(lock.info, holder, this.location);
      if (await this.putLock(head, info, `renew the lock of ${this.name()} until ${info.expires}`))
        return { info };
    }
    throw this.busy('renew the lock of');
  }

  async unlock(lock: Lock): Promise<void> {
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.head();
      const holder = await this.lockAt(head);
      if (!holder || !head) return;
      if (holder.id !== lock.info.id) throw new StateLockLostError(lock.info, holder, this.location);
      if (await this.commit(head, [{ path: this.lockPath, sha: null }], `unlock ${this.name()}`)) return;
    }
    throw this.busy('unlock');
  }

  async lockInfo(): Promise<LockInfo | undefined> {
    return this.lockAt(await this.head());
  }

  async breakLock(id?: string): Promise<LockInfo | undefined> {
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.head();
      const holder = await this.lockAt(head);
      if (!holder || !head) return undefined;
      if (id !== undefined && holder.id !== id) throw new StateLockedError(holder, this.location);
      const message = `force-unlock ${this.name()}: removed the lock of ${holder.who} (${holder.command})`;
      if (await this.commit(head, [{ path: this.lockPath, sha: null }], message)) return holder;
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
      const head = await this.head();
      const blob = await this.call('write', () => this.opts.api.createBlob(text));
      const sha = await this.commit(head, [{ path: `${this.opts.env}.last-apply.json`, sha: blob }], message);
      if (sha) return sha;
    }
    throw this.busy('record the apply in');
  }

  /** Commits touching the document, newest first: the history of this environment's state. */
  async log(limit = 20) {
    return this.call('read the history of', () =>
      this.opts.api.listCommits({ branch: this.opts.branch, path: this.docPath, limit }),
    );
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

  private async head(): Promise<Head | undefined> {
    return this.call('read', async () => {
      const sha = await this.opts.api.getRef(this.opts.branch);
      if (!sha) return undefined;
      const commit = await this.opts.api.getCommit(sha);
      const entries = await this.opts.api.getTree(commit.tree);
      const blobs = new Map(entries.filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]));
      return { sha, tree: commit.tree, blobs };
    });
  }

  private async text(head: Head | undefined, path: string): Promise<string | undefined> {
    const sha = head?.blobs.get(path);
    if (!sha) return undefined;
    const cached = this.blobCache.get(sha);
    if (cached !== undefined) return cached;
    const text = await this.call('read', () => this.opts.api.getBlob(sha));
    this.blobCache.set(sha, text);
    return text;
  }

  private async docAt(head: Head | undefined): Promise<StateRead> {
    const text = await this.text(head, this.docPath);
    if (text === undefined) return { doc: emptyState(this.opts.project, this.opts.env), version: 0 };
    const parsed = parseStateFile(text, this.location, this.opts);
    if (!parsed.ok) throw new StateStoreError(parsed.diags[0]!, parsed.diags);
    return { doc: parsed.file.state, version: parsed.file.version };
  }

  private async lockAt(head: Head | undefined): Promise<LockInfo | undefined> {
    const text = await this.text(head, this.lockPath);
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
    const blob = await this.call('lock', () =>
      this.opts.api.createBlob(`${JSON.stringify(info, null, 2)}\n`),
    );
    return (await this.commit(head, [{ path: this.lockPath, sha: blob }], message)) !== undefined;
  }

  /**
   * One commit on top of `head` (an orphan commit that creates the branch when there is none),
   * and the branch moved to it without force. Undefined when the branch moved meanwhile.
   */
  private async commit(
    head: Head | undefined,
    changes: GitTreeChange[],
    subject: string,
  ): Promise<string | undefined> {
    const api = this.opts.api;
    const trailers = this.opts.trailers?.length ? `\n\n${this.opts.trailers.join('\n')}` : '';
    const message = `flinkops: ${subject}${trailers}\n`;
    return this.call('write', async () => {
      const tree = await api.createTree(head?.tree, head ? changes : changes.filter((c) => c.sha !== null));
      const sha = await api.createCommit({ message, tree, parents: head ? [head.sha] : [] });
      const moved = head
        ? await api.updateRef(this.opts.branch, sha)
        : await api.createRef(this.opts.branch, sha);
      return moved ? sha : undefined;
    });
  }

  /** Runs a call of the API; its unexpected failures become FO808 diagnostics. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof StateStoreError) throw e;
      const status = e instanceof GitHubApiError ? e.status : undefined;
      const cause = e instanceof Error ? e.message : String(e);
      const detail =
        status === 403 || status === 404
          ? `The token cannot ${what === 'read' ? 'read' : 'write'} the branch '${this.opts.branch}'. Give the workflow \`permissions: contents: write\` (fork pull requests get a read-only token: their plan is offline).`
          : 'The GitHub API did not answer as expected. Run the workflow again; if it persists, check https://www.githubstatus.com.';
      throw new StateStoreError({
        code: STATE_CODES.io,
        severity: 'error',
        summary: `cannot ${what} the state store ${this.location}: ${status ? `HTTP ${status} ` : ''}${cause}`,
        detail,
      });
    }
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

function parseLockInfo(text: string): LockInfo | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    const strings = [v.id, v.who, v.command, v.host, v.since, v.expires];
    if (!strings.every((s) => typeof s === 'string')) return undefined;
    if (Number.isNaN(Date.parse(v.since!)) || Number.isNaN(Date.parse(v.expires!))) return undefined;
    return v as LockInfo;
  } catch {
    return undefined;
  }
}
