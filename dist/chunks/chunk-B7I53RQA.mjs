import {
  checkWritable,
  emptyState,
  newLockInfo,
  parseLockInfo,
  parseStateFile,
  serializeStateFile,
  stateDocProblems
} from "./chunk-QH5UG3CC.mjs";
import {
  jobsEditedSince
} from "./chunk-W53C7WK3.mjs";
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
import {
  randomHex
} from "./chunk-QDFCQ7OG.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  isIdentifier
} from "./chunk-EKKRR5UX.mjs";
import {
  basename,
  dirname,
  isAbsolute,
  join,
  relative,
  resolve,
  sep
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFile,
  stat
} from "./chunk-NPMD6JOW.mjs";
import {
  error
} from "./chunk-FYVUM4PK.mjs";

// src/state/fs-calls.ts
var readText = (function readText(path) {
  return new Promise((resolve2, reject) => {
    readFile(path, "utf8", (e, text) => e ? reject(e) : resolve2(text));
  });
});
var stat2 = (function stat2(path, opts) {
  return new Promise((resolve2, reject) => {
    stat(path, opts ?? {}, (e, s) => e ? reject(e) : resolve2(s));
  });
});
var fsPromises = (function fsPromises() {
  return process.getBuiltinModule("node:fs/promises");
});
var removeQuietly = (async function removeQuietly(path) {
  await fsPromises().unlink(path).catch(() => {
  });
});
var hostName = (function hostName() {
  return process.getBuiltinModule("node:os").hostname();
});
var processStartTime = (function processStartTime(pid) {
  try {
    const text = process.getBuiltinModule("node:fs").readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const start = fields[19];
    return start && /^\d+$/.test(start) ? start : void 0;
  } catch {
    return void 0;
  }
});

// src/state/atomic-file.ts
var tempPrefix = (function tempPrefix(target) {
  return `.${basename(target)}.`;
});
var isErrno = (function isErrno(e, code) {
  return typeof e === "object" && e !== null && e.code === code;
});
var writeFileAtomic = (async function writeFileAtomic(target, data, beforeRename) {
  const dir = dirname(target);
  const tmp = join(dir, `${tempPrefix(target)}${process.pid}.${randomHex(6)}.tmp`);
  const fs = fsPromises();
  const fh = await fs.open(tmp, "wx", 420);
  let renamed = false;
  try {
    await fh.writeFile(data, "utf8");
    await fh.sync();
    await fh.close();
    beforeRename?.(tmp);
    await fs.rename(tmp, target);
    renamed = true;
    await syncDir(dir);
  } finally {
    if (!renamed) {
      await fh.close().catch(() => {
      });
      await removeQuietly(tmp);
    }
  }
});
var removeStaleTemps = (async function removeStaleTemps(target) {
  const prefix = tempPrefix(target);
  const dir = dirname(target);
  const names = await fsPromises().readdir(dir).catch(() => []);
  await Promise.all(
    names.filter((n) => n.startsWith(prefix) && n.endsWith(".tmp")).map((n) => removeQuietly(join(dir, n)))
  );
});
var syncDir = (async function syncDir(dir) {
  let fh;
  try {
    fh = await fsPromises().open(dir, "r");
    await fh.sync();
  } catch {
  } finally {
    await fh?.close().catch(() => {
    });
  }
});
var MUTEX_STALE_MS = 3e4;
var MUTEX_ATTEMPTS = 1e3;
var EMPTY_MUTEX_STALE_MS = 2e3;
var withMutex = (async function withMutex(path, clock, fn) {
  const me = `${process.pid} ${hostName()} ${randomHex(6)}`;
  let delay = 2;
  for (let attempt = 0; attempt < MUTEX_ATTEMPTS; attempt++) {
    try {
      const fh = await fsPromises().open(path, "wx", 420);
      try {
        await fh.writeFile(me, "utf8");
      } catch (e) {
        await fh.close().catch(() => {
        });
        await removeQuietly(path);
        throw e;
      }
      await fh.close();
    } catch (e) {
      if (!isErrno(e, "EEXIST")) throw e;
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
    `could not acquire ${path}: another process keeps it (remove it if no flinkops is running)`
  );
});
var isStaleMutex = (async function isStaleMutex(path) {
  try {
    const s = await stat2(path);
    const age = Date.now() - s.mtimeMs;
    if (age > MUTEX_STALE_MS) return true;
    const text = await readText(path);
    if (text === "") return age > EMPTY_MUTEX_STALE_MS;
    const [pid, host] = text.split(" ");
    if (host === hostName() && pid && /^\d+$/.test(pid)) return !processAlive(Number(pid));
    return false;
  } catch (e) {
    if (isErrno(e, "ENOENT")) return false;
    throw e;
  }
});
var processAlive = (function processAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return !isErrno(e, "ESRCH");
  }
  return !isZombie(pid);
});
var isZombie = (function isZombie(pid) {
  try {
    const text = process.getBuiltinModule("node:fs").readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
});

// src/state/journal.ts
var changedJobs = (function changedJobs(prev, next) {
  if (prev.formatVersion !== next.formatVersion || prev.project !== next.project || prev.env !== next.env || Object.keys(next).length !== Object.keys(prev).length)
    return void 0;
  const out = {};
  const edited = jobsEditedSince(prev, next);
  if (edited) {
    for (const name of edited) if (prev.jobs[name] !== next.jobs[name]) out[name] = next.jobs[name];
    return out;
  }
  for (const name in next.jobs) if (prev.jobs[name] !== next.jobs[name]) out[name] = next.jobs[name];
  for (const name in prev.jobs) if (!(name in next.jobs)) out[name] = null;
  return out;
});
var journalLine = (function journalLine(entry) {
  return `${JSON.stringify(entry)}
`;
});
var appendDurable = (async function appendDurable(path, text) {
  const fh = await fsPromises().open(path, "a", 420);
  try {
    await fh.writeFile(text, "utf8");
    await fh.datasync();
  } finally {
    await fh.close();
  }
});
var replayJournal = (function replayJournal(text, base, file) {
  let jobs;
  let version = base.version;
  let message;
  let updatedAt;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    if (nl < 0) break;
    const line = text.slice(pos, nl);
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      entry = void 0;
    }
    const valid = entry && Number.isSafeInteger(entry.version) && typeof entry.jobs === "object" && entry.jobs !== null && !Array.isArray(entry.jobs);
    if (!valid || entry.version > version && entry.version !== version + 1) {
      return {
        ok: false,
        diags: [
          error(
            STATE_CODES.invalid,
            `the state journal ${file} is damaged: ${valid ? `version ${entry.version} follows ${version}` : "a line is not a journal entry"}`,
            "The journal holds the last writes of an apply that had not finished. It was edited or damaged; restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost).",
            new LineIndex(text).range(file, pos, nl)
          )
        ]
      };
    }
    if (entry.version > version) {
      jobs ??= { ...base.doc.jobs };
      for (const [name, record] of Object.entries(entry.jobs)) {
        if (record === null) delete jobs[name];
        else jobs[name] = record;
      }
      version = entry.version;
      message = entry.message;
      updatedAt = entry.updatedAt;
    }
    pos = nl + 1;
  }
  const doc = jobs ? { ...base.doc, jobs } : base.doc;
  return {
    ok: true,
    value: {
      doc,
      version,
      validBytes: pos,
      ...message !== void 0 ? { message } : {},
      ...updatedAt !== void 0 ? { updatedAt } : {}
    }
  };
});

// src/state/state-files.ts
var MIN_FOLD_BYTES = 64 * 1024;
var StateFiles = class {
  constructor(o) {
    this.o = o;
  }
  o;
  known;
  /**
   * Reads the JSON file and replays the journal. With `remember` (the store holds the apply lock,
   * so appends may follow), it also remembers what it read, if the files held still meanwhile.
   */
  async read(remember = false) {
    const before = remember ? await this.signature() : "";
    const read = await this.readText(this.o.statePath, "read");
    const text = read ?? "";
    let doc = emptyState(this.o.project, this.o.env);
    let version = 0;
    let message;
    let updatedAt;
    let olderFormat = false;
    if (read !== void 0) {
      const parsed = parseStateFile(text, this.o.location, this.o);
      if (!parsed.ok) throw new StateStoreError(parsed.diags[0], parsed.diags);
      ({ version, message, updatedAt } = parsed.file);
      doc = parsed.file.state;
      olderFormat = parsed.olderFormat !== void 0;
    }
    const journal = await this.readText(this.o.journalPath, "read the journal of") ?? "";
    let journalBytes = 0;
    if (journal) {
      const file = this.o.location.replace(/\.json$/, ".journal");
      const replayed = replayJournal(journal, { doc, version }, file);
      if (!replayed.ok) throw new StateStoreError(replayed.diags[0], replayed.diags);
      const problems = stateDocProblems(replayed.value.doc);
      if (problems.length > 0) {
        throw new StateStoreError({
          code: STATE_CODES.invalid,
          severity: "error",
          summary: `the state journal ${file} is not valid: ${problems[0]}`,
          detail: "It was edited or damaged. Restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost)."
        });
      }
      ({ doc, version } = replayed.value);
      if (replayed.value.message !== void 0) {
        message = replayed.value.message;
        updatedAt = replayed.value.updatedAt;
      }
      journalBytes = Buffer.byteLength(journal.slice(0, replayed.value.validBytes));
    }
    this.known = void 0;
    if (remember) {
      const signature = await this.signature();
      if (signature === before && journalBytes === Buffer.byteLength(journal) && !olderFormat)
        this.known = { doc, version, signature, baseBytes: Buffer.byteLength(text), journalBytes };
    }
    return {
      doc,
      version,
      journal: journal !== "",
      ...message !== void 0 ? { message } : {},
      ...updatedAt !== void 0 ? { updatedAt } : {}
    };
  }
  /** read(), leaving what this instance knows of the files (for appends) as it was. */
  async peek() {
    const known = this.known;
    try {
      return await this.read(false);
    } finally {
      this.known = known;
    }
  }
  /**
   * Appends `doc` as version `expectedVersion + 1` when it changes only jobs of the document last
   * read or written, that is still what the files hold; false when a whole write is needed.
   */
  async append(doc, expectedVersion, meta) {
    const known = this.appendable(expectedVersion);
    if (!known?.doc) return false;
    const jobs = changedJobs(known.doc, doc);
    if (!jobs || await this.signature() !== known.signature) return false;
    checkWritable({ ...doc, jobs: onlyRecords(jobs) }, this.o, meta);
    await this.appendLine(known, jobs, meta, doc);
    return true;
  }
  /**
   * Appends the records of `jobs`, over the document last read or written (at `expectedVersion`,
   * still what the files hold), as version `expectedVersion + 1`; false when a whole write is needed.
   */
  async appendJobs(jobs, expectedVersion, meta) {
    const known = this.appendable(expectedVersion);
    if (!known || await this.signature() !== known.signature) return false;
    checkWritable({ ...emptyState(this.o.project, this.o.env), jobs }, this.o, meta);
    await this.appendLine(known, jobs, meta, void 0);
    return true;
  }
  /** What the files are known to hold at `expectedVersion`, while the journal may still grow. */
  appendable(expectedVersion) {
    const known = this.known;
    if (!known || known.version !== expectedVersion) return void 0;
    if (known.journalBytes > Math.max(MIN_FOLD_BYTES, known.baseBytes)) return void 0;
    return known;
  }
  /** Appends one journal line; `doc` is the document it makes (undefined: not at hand). */
  async appendLine(known, jobs, meta, doc) {
    const version = known.version + 1;
    const line = journalLine({ version, updatedAt: this.now(), message: meta.message, jobs });
    this.known = void 0;
    await appendDurable(this.o.journalPath, line);
    const { doc: _before, ...rest } = known;
    this.known = {
      ...rest,
      ...doc ? { doc } : {},
      version,
      journalBytes: known.journalBytes + Buffer.byteLength(line),
      signature: await this.signature()
    };
  }
  /**
   * Replaces the JSON file with the whole document and drops the journal (`journal`: there is
   * one) it now holds; `remember` as for read().
   */
  async writeWhole(doc, version, message, opts) {
    this.known = void 0;
    await removeStaleTemps(this.o.statePath);
    const text = serializeStateFile({
      version,
      updatedAt: this.now(),
      ...message !== void 0 ? { message } : {},
      state: doc
    });
    await writeFileAtomic(this.o.statePath, text, this.o.beforeRename);
    if (opts.journal)
      await fsPromises().unlink(this.o.journalPath).catch((e) => {
        if (!isErrno(e, "ENOENT")) throw e;
      });
    if (!opts.remember) return;
    this.known = {
      doc,
      version,
      signature: await this.signature(),
      baseBytes: Buffer.byteLength(text),
      journalBytes: 0
    };
  }
  /** Folds the journal into the JSON file, so that the JSON file alone is the state again. */
  async fold() {
    try {
      await stat2(this.o.journalPath);
    } catch (e) {
      if (isErrno(e, "ENOENT")) return;
      throw this.o.ioError("read the journal of", e);
    }
    const now = await this.read();
    await this.writeWhole(now.doc, now.version, now.message, { journal: true, remember: false });
  }
  now() {
    return new Date(this.o.clock.now()).toISOString();
  }
  /** The file's text; undefined when there is no such file. */
  async readText(path, what) {
    try {
      return await readText(path);
    } catch (e) {
      if (isErrno(e, "ENOENT")) return void 0;
      throw this.o.ioError(what, e, path);
    }
  }
  /** Identity of the JSON file and the journal as they are now. */
  async signature() {
    const one = async (path) => {
      try {
        const s = await stat2(path, { bigint: true });
        return `${s.ino}:${s.size}:${s.mtimeNs}`;
      } catch (e) {
        if (isErrno(e, "ENOENT")) return "-";
        throw this.o.ioError("read", e);
      }
    };
    return `${await one(this.o.statePath)} ${await one(this.o.journalPath)}`;
  }
};
function onlyRecords(jobs) {
  const out = {};
  for (const [name, record] of Object.entries(jobs)) if (record) out[name] = record;
  return out;
}

// src/state/file-store.ts
var UNREADABLE_LOCK_TTL_MS = 6e4;
var FileStateStore = class {
  constructor(opts) {
    this.opts = opts;
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    this.clock = opts.clock ?? systemClock;
    this.statePath = resolve(opts.dir, opts.path ?? join(".flinkops", "state", `${opts.env}.json`));
    const base = this.statePath.replace(/\.json$/, "");
    this.lockPath = `${base}.lock`;
    this.mutexPath = `${base}.mutex`;
    this.journalPath = `${base}.journal`;
    const rel = relative(resolve(opts.dir), this.statePath);
    this.location = (rel.startsWith("..") || isAbsolute(rel) ? this.statePath : rel).split(sep).join("/");
    this.files = new StateFiles({
      statePath: this.statePath,
      journalPath: this.journalPath,
      location: this.location,
      project: opts.project,
      env: opts.env,
      clock: this.clock,
      ...opts.beforeRename ? { beforeRename: opts.beforeRename } : {},
      ioError: (what, e, path) => this.ioError(what, e, path)
    });
  }
  opts;
  location;
  /** Absolute paths of the state file, the lock file and the write mutex. */
  statePath;
  lockPath;
  journalPath;
  mutexPath;
  clock;
  files;
  /** This instance holds the apply lock: only then are writes journalled (and folded in at unlock). */
  holding = false;
  async read() {
    const { doc, version } = await this.files.read(this.holding);
    return { doc, version };
  }
  async lastWrite() {
    const { message, updatedAt } = await this.files.peek();
    return lastWriteOf(message, updatedAt);
  }
  async write(doc, expectedVersion, meta) {
    await this.ensureDir();
    return this.exclusive("write", async () => {
      const next = expectedVersion + 1;
      if (this.holding && await this.files.append(doc, expectedVersion, meta)) return { version: next };
      checkWritable(doc, this.opts, meta);
      const { version, journal, message, updatedAt } = await this.files.read(this.holding);
      if (version !== expectedVersion)
        throw new StateConflictError(
          expectedVersion,
          version,
          this.location,
          lastWriteOf(message, updatedAt)
        );
      await this.files.writeWhole(doc, next, meta.message, { journal, remember: this.holding });
      return { version: next };
    });
  }
  /** Appends the records to the journal while this instance holds the lock and knows the files. */
  async writeJobs(jobs, expectedVersion, meta) {
    if (!this.holding) return void 0;
    return this.exclusive(
      "write",
      async () => await this.files.appendJobs(jobs, expectedVersion, meta) ? { version: expectedVersion + 1 } : void 0
    );
  }
  async lock(owner, ttlMs) {
    await this.ensureDir();
    const now = this.clock.now();
    const pidStart = (this.opts.startTimeOf ?? processStartTime)(process.pid);
    const info = newLockInfo(owner, now, ttlMs, {
      host: hostName(),
      pid: process.pid,
      ...pidStart !== void 0 ? { pidStart } : {}
    });
    let replaced;
    for (let round = 0; round < 2; round++) {
      try {
        const fh = await fsPromises().open(this.lockPath, "wx", 420);
        try {
          await fh.writeFile(`${JSON.stringify(info, null, 2)}
`, "utf8");
          await fh.sync();
        } catch (e) {
          await removeQuietly(this.lockPath);
          throw e;
        } finally {
          await fh.close();
        }
        this.holding = true;
        return replaced ? { info, replaced } : { info };
      } catch (e) {
        if (!isErrno(e, "EEXIST")) throw this.ioError("lock", e);
      }
      const holder2 = await this.readLockSettled();
      if (!holder2) continue;
      const now2 = holder2.id === UNREADABLE_ID ? Date.now() : this.clock.now();
      const expired = Date.parse(holder2.expires) <= now2;
      if (!expired && !this.holderDead(holder2))
        throw new StateLockedError(holder2, this.location, false, this.holderRunningHere(holder2));
      const broken = await this.removeLockIf(holder2.id);
      if (broken) replaced = expired ? broken : { ...broken, dead: true };
    }
    const holder = await this.lockInfo();
    if (holder) throw new StateLockedError(holder, this.location);
    throw this.ioError("lock", new Error("the lock file keeps changing"));
  }
  async renew(lock, ttlMs) {
    return this.exclusive("renew the lock of", async () => {
      const now = await this.lockInfo();
      if (now?.id !== lock.info.id) throw new StateLockLostError(lock.info, now, this.location);
      const info = { ...lock.info, expires: new Date(this.clock.now() + ttlMs).toISOString() };
      await writeFileAtomic(this.lockPath, `${JSON.stringify(info, null, 2)}
`);
      return { info };
    });
  }
  async unlock(lock) {
    await this.exclusive("unlock", async () => {
      const now = await this.lockInfo();
      if (now?.id !== lock.info.id) throw new StateLockLostError(lock.info, now, this.location);
      await this.files.fold();
      this.holding = false;
      await removeQuietly(this.lockPath);
    });
  }
  async lockInfo() {
    let text;
    let mtimeMs;
    try {
      [text, mtimeMs] = await Promise.all([
        readText(this.lockPath),
        stat2(this.lockPath).then((s) => s.mtimeMs)
      ]);
    } catch (e) {
      if (isErrno(e, "ENOENT")) return void 0;
      throw this.ioError("read the lock of", e, this.lockPath);
    }
    return parseLockInfo(text) ?? unreadableLock(mtimeMs);
  }
  async breakLock(id) {
    const holder = await this.lockInfo();
    if (!holder) return void 0;
    if (id !== void 0 && holder.id !== id)
      throw new StateLockedError(holder, this.location, false, false, {
        given: id,
        holderGone: this.holderDead(holder)
      });
    if (this.holderRunningHere(holder)) throw new StateLockedError(holder, this.location, false, true);
    return this.removeLockIf(holder.id);
  }
  /** The holder is another process of this host, and it is running. */
  holderRunningHere(holder) {
    if (holder.pid === void 0 || holder.host !== hostName() || holder.pid === process.pid) return false;
    return holderAlive(holder, holder.pid, this.opts);
  }
  /** A lock of a process of this host that no longer exists (killed, crashed): nobody can renew it. */
  holderDead(holder) {
    return lockHolderGone(holder, this.opts.isAlive, this.opts.startTimeOf);
  }
  /** Removes the lock only if it is still the one with `id` (someone may have retaken it meanwhile). */
  removeLockIf(id) {
    return this.exclusive("break the lock of", async () => {
      const now = await this.lockInfo();
      if (now?.id !== id) return void 0;
      await removeQuietly(this.lockPath);
      return now;
    });
  }
  /** A lock file is created empty and then written: give its writer a moment before calling it unreadable. */
  async readLockSettled() {
    for (let i = 0; i < 10; i++) {
      const info = await this.lockInfo();
      if (!info || info.id !== UNREADABLE_ID) return info;
      await this.clock.sleep(10);
    }
    return this.lockInfo();
  }
  /** Runs `fn` holding the write mutex; failures other than the store's own become I/O diagnostics. */
  async exclusive(what, fn) {
    try {
      return await withMutex(this.mutexPath, this.clock, fn);
    } catch (e) {
      if (e instanceof StateStoreError) throw e;
      throw this.ioError(what, e);
    }
  }
  async ensureDir() {
    try {
      await fsPromises().mkdir(dirname(this.statePath), { recursive: true });
    } catch (e) {
      throw this.ioError("create the directory of", e);
    }
  }
  /** An I/O failure as FO808; `path` is the file it concerns, where the error does not name it. */
  ioError(what, e, file) {
    const path = e?.path ?? file;
    if (isErrno(e, "EISDIR") && path !== void 0) {
      return new StateStoreError({
        code: STATE_CODES.io,
        severity: "error",
        summary: `cannot ${what} the state store ${this.location}: ${path} is a folder, not a file`,
        detail: path === this.statePath ? (
          // `--state-file DIR`: the store is a file, not the folder to put it in.
          `Give --state-file (or FLINKOPS_STATE_FILE) the path of the state file itself, e.g. ${join(path, `${this.opts.env}.json`)}; without it the store is .flinkops/state/${this.opts.env}.json in the project.`
        ) : `flinkops keeps the store's lock and journal in files beside it: move the folder ${path} away.`
      });
    }
    const cause = e instanceof Error ? e.message : String(e);
    return new StateStoreError({
      code: STATE_CODES.io,
      severity: "error",
      summary: `cannot ${what} the state store ${this.location}: ${cause}`,
      detail: "Check that the directory exists and is writable by this user, and that the disk is not full."
    });
  }
};
var UNREADABLE_ID = "(unreadable)";
function unreadableLock(mtimeMs) {
  return {
    id: UNREADABLE_ID,
    who: "an unknown process",
    command: "unknown",
    host: "unknown host",
    since: new Date(mtimeMs).toISOString(),
    expires: new Date(mtimeMs + UNREADABLE_LOCK_TTL_MS).toISOString()
  };
}
function lockHolderGone(lock, isAlive = processAlive, startTimeOf = processStartTime) {
  if (lock.pid === void 0 || lock.host !== hostName() || lock.pid === process.pid) return false;
  return !holderAlive(lock, lock.pid, { isAlive, startTimeOf });
}
function holderAlive(lock, pid, o) {
  if (!(o.isAlive ?? processAlive)(pid)) return false;
  if (lock.pidStart === void 0) return true;
  const start = (o.startTimeOf ?? processStartTime)(pid);
  return start === void 0 || start === lock.pidStart;
}

// src/state/memory-store.ts
var MemoryStateStore = class {
  constructor(opts) {
    this.opts = opts;
    this.location = `memory:${opts.project}/${opts.env}`;
    this.clock = opts.clock ?? systemClock;
    if (opts.initial)
      this.text = serializeStateFile({ version: opts.initial.version, state: opts.initial.doc });
  }
  opts;
  location;
  /** Every committed write, oldest first. */
  writes = [];
  text;
  held;
  clock;
  /** Replaces the stored text as is, e.g. with a corrupted document. */
  setRawText(text) {
    this.text = text;
  }
  rawText() {
    return this.text;
  }
  async read() {
    if (this.text === void 0) return { doc: emptyState(this.opts.project, this.opts.env), version: 0 };
    const parsed = parseStateFile(this.text, this.location, this.opts);
    if (!parsed.ok) throw new StateStoreError(parsed.diags[0], parsed.diags);
    return { doc: parsed.file.state, version: parsed.file.version };
  }
  async write(doc, expectedVersion, meta) {
    checkWritable(doc, this.opts, meta);
    const { version } = await this.read();
    if (version !== expectedVersion) throw new StateConflictError(expectedVersion, version, this.location);
    const next = version + 1;
    this.opts.beforeCommit?.(doc, next);
    this.text = serializeStateFile({
      version: next,
      updatedAt: new Date(this.clock.now()).toISOString(),
      message: meta.message,
      state: doc
    });
    this.writes.push({ version: next, message: meta.message });
    return { version: next };
  }
  async writeJobs(jobs, expectedVersion, meta) {
    const { doc } = await this.read();
    return this.write({ ...doc, jobs: { ...doc.jobs, ...jobs } }, expectedVersion, meta);
  }
  async lock(owner, ttlMs) {
    const now = this.clock.now();
    let replaced;
    if (this.held) {
      if (Date.parse(this.held.expires) > now) throw new StateLockedError(this.held, this.location);
      replaced = this.held;
    }
    const info = newLockInfo(owner, now, ttlMs, { host: "localhost", pid: process.pid });
    this.held = info;
    return replaced ? { info, replaced } : { info };
  }
  async renew(lock, ttlMs) {
    if (this.held?.id !== lock.info.id) throw new StateLockLostError(lock.info, this.held, this.location);
    this.held = { ...this.held, expires: new Date(this.clock.now() + ttlMs).toISOString() };
    return { info: this.held };
  }
  async unlock(lock) {
    if (!this.held) return;
    if (this.held.id !== lock.info.id) throw new StateLockLostError(lock.info, this.held, this.location);
    this.held = void 0;
  }
  async lockInfo() {
    return this.held;
  }
  async breakLock(id) {
    const holder = this.held;
    if (!holder) return void 0;
    if (id !== void 0 && holder.id !== id)
      throw new StateLockedError(holder, this.location, false, false, { given: id, holderGone: false });
    this.held = void 0;
    return holder;
  }
};

export {
  FileStateStore,
  lockHolderGone,
  MemoryStateStore
};
