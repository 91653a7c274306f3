import {
  GitHubApiError
} from "./chunk-4SP7CCX4.mjs";
import {
  checkWritable,
  emptyState,
  newLockInfo,
  parseLockInfo,
  parseStateFile,
  serializeStateFile
} from "./chunk-QH5UG3CC.mjs";
import {
  STATE_CODES,
  StateConflictError,
  StateLockLostError,
  StateLockedError,
  StateStoreError,
  lastWriteOf
} from "./chunk-TKT2SQCQ.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-MHE3XHPS.mjs";
import {
  isIdentifier
} from "./chunk-EKKRR5UX.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/state/git-branch.ts
var MOVE_ATTEMPTS = 3;
var GitBranch = class {
  constructor(o) {
    this.o = o;
  }
  o;
  /** Blob sha → text: blobs are immutable, so a document read once is never fetched again. */
  blobCache = /* @__PURE__ */ new Map();
  async head() {
    return this.call("read", async () => {
      const sha = await this.o.api.getRef(this.o.branch);
      if (!sha) return void 0;
      const commit = await this.o.api.getCommit(sha);
      const entries = await this.o.api.getTree(commit.tree);
      const blobs = new Map(entries.filter((e) => e.type === "blob").map((e) => [e.path, e.sha]));
      for (const dir of this.o.dirs ?? []) {
        const sub = entries.find((e) => e.type === "tree" && e.path === dir);
        if (!sub) continue;
        for (const e of await this.o.api.getTree(sub.sha))
          if (e.type === "blob") blobs.set(`${dir}/${e.path}`, e.sha);
      }
      return { sha, tree: commit.tree, blobs };
    });
  }
  async text(head, path) {
    const sha = head?.blobs.get(path);
    if (!sha) return void 0;
    const cached = this.blobCache.get(sha);
    if (cached !== void 0) return cached;
    const text = await this.call("read", () => this.o.api.getBlob(sha));
    this.blobCache.set(sha, text);
    return text;
  }
  /** Stores `text` as a blob; `what` names the operation in a failure (`write`, `lock`). */
  createBlob(what, text) {
    return this.call(what, () => this.o.api.createBlob(text));
  }
  /** Commits touching `path`, newest first. */
  log(path, limit) {
    return this.call(
      "read the history of",
      () => this.o.api.listCommits({ branch: this.o.branch, path, limit })
    );
  }
  /**
   * One commit on top of `head` (an orphan commit that creates the branch when there is none),
   * and the branch moved to it without force. Undefined when the branch moved meanwhile.
   */
  async commit(head, changes, subject) {
    const api = this.o.api;
    const trailers = this.o.trailers?.length ? `

${this.o.trailers.join("\n")}` : "";
    const message = `flinkops: ${subject}${trailers}
`;
    return this.call("write", async () => {
      const tree = await api.createTree(head?.tree, head ? changes : changes.filter((c) => c.sha !== null));
      const sha = await api.createCommit({ message, tree, parents: head ? [head.sha] : [] });
      const moved = await this.settleMove(
        head?.sha,
        sha,
        () => head ? api.updateRef(this.o.branch, sha) : api.createRef(this.o.branch, sha)
      );
      return moved ? sha : void 0;
    });
  }
  /**
   * Moves the branch from `from` (undefined: creates it) to `to`. A server error (5xx) or a lost
   * connection leaves unknown whether GitHub made the move, so the branch is read to find out:
   * at `to`, it was made; still at `from`, it was not and is sent again (the same fast-forward,
   * so it can never be made twice); anywhere else, another writer moved it (a conflict, as a
   * refused fast-forward is). Without this one 502 would fail an apply half-way, e.g. between a
   * job's stop with a savepoint and its new start.
   */
  async settleMove(from, to, move) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await move();
      } catch (e) {
        const unknown = e instanceof GitHubApiError && !e.rateLimited && (e.status === 0 || e.status >= 500);
        if (!unknown || attempt >= MOVE_ATTEMPTS) throw e;
        const now = await this.o.api.getRef(this.o.branch);
        if (now === to) return true;
        if (now !== from) return false;
      }
    }
  }
  /** Runs a call of the API; its unexpected failures become FO808 diagnostics. */
  async call(what, fn) {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof StateStoreError) throw e;
      const status = e instanceof GitHubApiError ? e.status : void 0;
      const cause = e instanceof Error ? e.message : String(e);
      const detail = e instanceof GitHubApiError && e.rateLimited ? "GitHub's API rate limit was reached. Run the workflow again once it lifts, or run fewer workflows with this token at once." : status === 401 ? "GitHub refused the token, or none was given (HTTP 401). Check the `github-token` input: leave it unset for the workflow's own token, or pass a token that is still valid." : status === 403 || status === 404 ? `The token cannot ${what === "read" ? "read" : "write"} the branch '${this.o.branch}'. Give the workflow \`permissions: contents: write\` (fork pull requests get a read-only token: their plan is offline).` : "The GitHub API did not answer as expected. Run the workflow again; if it persists, check https://www.githubstatus.com.";
      throw new StateStoreError({
        code: STATE_CODES.io,
        severity: "error",
        summary: `cannot ${what} the state store ${this.o.location}: ${status ? `HTTP ${status} ` : ""}${cause}`,
        detail
      });
    }
  }
};

// src/state/git-store.ts
var GitStateStore = class {
  constructor(opts) {
    this.opts = opts;
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
      ...opts.trailers ? { trailers: opts.trailers } : {},
      location: this.location,
      dirs: [opts.project]
    });
  }
  opts;
  location;
  docPath;
  lockPath;
  /** Where earlier versions kept the document and lock: read for the migration only. */
  legacyDocPath;
  legacyLockPath;
  clock;
  git;
  async read() {
    return this.docAt(await this.git.head());
  }
  async lastWrite() {
    const head = await this.git.head();
    const text = await this.git.text(head, this.docPath) ?? await this.legacyText(head);
    if (text === void 0) return void 0;
    const parsed = parseStateFile(text, this.location, this.opts);
    return parsed.ok ? lastWriteOf(parsed.file.message, parsed.file.updatedAt) : void 0;
  }
  async write(doc, expectedVersion, meta) {
    checkWritable(doc, this.opts, meta);
    const next = expectedVersion + 1;
    const text = serializeStateFile({
      version: next,
      updatedAt: this.nowIso(),
      message: meta.message,
      state: doc
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
          await this.lastWrite().catch(() => void 0)
        );
      const blob = await this.git.createBlob("write", text);
      const changes = [{ path: this.docPath, sha: blob }];
      let subject = meta.message;
      if (read.legacy) {
        changes.push({ path: this.legacyDocPath, sha: null });
        subject += ` (moves ${this.legacyDocPath} to ${this.docPath})`;
      }
      if (await this.git.commit(head, changes, subject)) return { version: next };
    }
    throw this.busy("write");
  }
  async lock(owner, ttlMs) {
    const now = this.clock.now();
    const info = newLockInfo(owner, now, ttlMs, { host: "github-actions" });
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const found = await this.holderAt(head);
      const holder = found?.info;
      const live = holder !== void 0 && Date.parse(holder.expires) > this.clock.now();
      const ended = live && await this.runEnded(holder);
      if (live && !ended) throw new StateLockedError(holder, this.location, true);
      const message = `lock ${this.name()} for ${owner.command} by ${owner.who}${holder ? ` (replaces the ${ended ? "ended run\u2019s" : "expired"} lock of ${holder.who})` : ""}`;
      const stale = found && found.path !== this.lockPath ? found.path : void 0;
      if (await this.putLock(head, info, message, stale))
        return holder ? { info, replaced: ended ? { ...holder, dead: true } : holder } : { info };
    }
    throw this.busy("lock");
  }
  /** The holder's CI run has ended (the store was told how to ask, and the answer is yes). */
  async runEnded(holder) {
    if (!holder.run || !this.opts.runEnded) return false;
    try {
      return await this.opts.runEnded(holder.run);
    } catch {
      return false;
    }
  }
  async renew(lock, ttlMs) {
    const info = { ...lock.info, expires: new Date(this.clock.now() + ttlMs).toISOString() };
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const holder = await this.lockAt(head);
      if (holder?.id !== lock.info.id) throw new StateLockLostError(lock.info, holder, this.location);
      if (await this.putLock(head, info, `renew the lock of ${this.name()} until ${info.expires}`))
        return { info };
    }
    throw this.busy("renew the lock of");
  }
  async unlock(lock) {
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const holder = await this.lockAt(head);
      if (!head) return;
      if (holder?.id !== lock.info.id) throw new StateLockLostError(lock.info, holder, this.location);
      if (await this.git.commit(head, [{ path: this.lockPath, sha: null }], `unlock ${this.name()}`)) return;
    }
    throw this.busy("unlock");
  }
  async lockInfo() {
    return this.lockAt(await this.git.head());
  }
  async breakLock(id) {
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const found = await this.holderAt(head);
      if (!found || !head) return void 0;
      const holder = found.info;
      if (id !== void 0 && holder.id !== id)
        throw new StateLockedError(holder, this.location, true, false, { given: id, holderGone: false });
      const message = `force-unlock ${this.name()}: removed the lock of ${holder.who} (${holder.command})`;
      if (await this.git.commit(head, [{ path: found.path, sha: null }], message)) return holder;
    }
    throw this.busy("break the lock of");
  }
  /**
   * The audit record of one apply: `<project>/<env>.last-apply.json` (what ran, from which commit
   * and pull request) committed with `message`, so `git log <project>/<env>.last-apply.json` on the
   * state branch lists every apply. Rebased and retried when the branch moves: it changes no document.
   */
  async recordApply(record, message) {
    const text = `${JSON.stringify(record, null, 2)}
`;
    for (let i = 0; i < this.attempts(); i++) {
      const head = await this.git.head();
      const blob = await this.git.createBlob("write", text);
      const sha = await this.git.commit(
        head,
        [{ path: `${this.opts.project}/${this.opts.env}.last-apply.json`, sha: blob }],
        message
      );
      if (sha) return sha;
    }
    throw this.busy("record the apply in");
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
  name() {
    return `${this.opts.project}/${this.opts.env}`;
  }
  attempts() {
    return this.opts.attempts ?? 5;
  }
  nowIso() {
    return new Date(this.clock.now()).toISOString();
  }
  /** The document at `head`; `legacy` when it was read from the un-prefixed path (not moved yet). */
  async docAt(head) {
    const text = await this.git.text(head, this.docPath);
    if (text !== void 0) return this.parse(text, this.location);
    const legacy = await this.legacyText(head);
    if (legacy !== void 0)
      return { ...this.parse(legacy, `${this.opts.branch}:${this.legacyDocPath}`), legacy: true };
    return { doc: emptyState(this.opts.project, this.opts.env), version: 0 };
  }
  parse(text, location) {
    const parsed = parseStateFile(text, location, this.opts);
    if (!parsed.ok) throw new StateStoreError(parsed.diags[0], parsed.diags);
    return { doc: parsed.file.state, version: parsed.file.version };
  }
  /**
   * The un-prefixed document, when it is this project's. Another project that shared the branch
   * may have written it: that one is left alone. One that is not even JSON is reported (by
   * parse), not ignored: starting from an empty state would plan to create every job again.
   */
  async legacyText(head) {
    const text = await this.git.text(head, this.legacyDocPath);
    if (text === void 0) return void 0;
    let project;
    try {
      project = JSON.parse(text)?.state?.project;
    } catch {
      return text;
    }
    return project === this.opts.project ? text : void 0;
  }
  async lockAt(head) {
    return (await this.holderAt(head))?.info;
  }
  /**
   * The lock and where it lies. Until the document has moved, a lock at the old path (taken by an
   * earlier version of flinkops still running) is honoured too.
   */
  async holderAt(head) {
    let path = this.lockPath;
    let text = await this.git.text(head, path);
    if (text === void 0 && await this.git.text(head, this.docPath) === void 0) {
      if (await this.legacyText(head) !== void 0) {
        path = this.legacyLockPath;
        text = await this.git.text(head, path);
      }
    }
    if (text === void 0) return void 0;
    const info = parseLockInfo(text);
    if (info) return { info, path };
    return {
      path,
      info: {
        id: "(unreadable)",
        who: "an unreadable lock",
        command: "unknown",
        host: "unknown",
        since: (/* @__PURE__ */ new Date(0)).toISOString(),
        expires: (/* @__PURE__ */ new Date(0)).toISOString()
      }
    };
  }
  async putLock(head, info, message, remove) {
    const blob = await this.git.createBlob("lock", `${JSON.stringify(info, null, 2)}
`);
    const changes = [{ path: this.lockPath, sha: blob }];
    if (remove) changes.push({ path: remove, sha: null });
    return await this.git.commit(head, changes, message) !== void 0;
  }
  busy(what) {
    return new StateStoreError({
      code: STATE_CODES.io,
      severity: "error",
      summary: `cannot ${what} the state store ${this.location}: the branch keeps moving`,
      detail: `Other runs kept committing to '${this.opts.branch}' while this one tried ${this.attempts()} times. Serialise the workflows with \`concurrency:\` and run again.`
    });
  }
};
export {
  GitStateStore
};
