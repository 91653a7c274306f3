
// src/state/store.ts
var STATE_CODES = {
  /** The store file is not JSON. */
  notJson: "FO801",
  /** The store file is JSON but not a valid state document. */
  invalid: "FO802",
  /** The store belongs to another project or environment. */
  mismatch: "FO803",
  /** Compare-and-swap lost: the store changed since it was read. */
  conflict: "FO804",
  /** The lock is held by someone else. */
  locked: "FO805",
  /** Our lock was broken or replaced while we held it. */
  lockLost: "FO806",
  /** A secret value was about to be written to the store. */
  secret: "FO807",
  /** The store could not be read or written (permissions, disk). */
  io: "FO808",
  /** The store was written by a newer flinkops. */
  tooNew: "FO809",
  /** Warning: a lock left by a dead or expired run was broken to take this one. */
  staleLockBroken: "FO811",
  /** Warning: the store's audit trail (recordApply) could not be written; the apply itself is done. */
  auditNotRecorded: "FO812"
};
var StateStoreError = class extends Error {
  constructor(diagnostic, diagnostics) {
    super(`${diagnostic.code} ${diagnostic.summary}`);
    this.diagnostic = diagnostic;
    this.name = "StateStoreError";
    this.diagnostics = diagnostics && diagnostics.length > 0 ? diagnostics : [diagnostic];
  }
  diagnostic;
  /** Every problem found (a hand-edited file may have several); `diagnostic` is the first. */
  diagnostics;
};
var StateConflictError = class extends StateStoreError {
  constructor(expectedVersion, actualVersion, location, by) {
    const what = by ? ` (its last write${by.time ? `, ${by.time}` : ""}: "${by.message}")` : "";
    super({
      code: STATE_CODES.conflict,
      severity: "error",
      summary: `state changed since it was read (version ${expectedVersion}, now ${actualVersion}); run plan again`,
      detail: `Another run wrote ${location} after this one read it${what}. Nothing was written. Run plan again to see the current state, then apply the new plan.`
    });
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
    this.name = "StateConflictError";
  }
  expectedVersion;
  actualVersion;
};
var shellWord = (function shellWord(id) {
  return /^[\w.:@+-]+$/.test(id) ? id : `'${id.replaceAll("'", "'\\''")}'`;
});
var StateLockedError = class extends StateStoreError {
  /** `onBranch`: the git state branch, which GitHub Action runs share (its hint names the Action's input too). */
  /** `runningHere`: the holder is a process of this host that is still running; its lock is not broken. */
  constructor(holder, location, onBranch = false, runningHere = false, wrongId) {
    super({
      code: STATE_CODES.locked,
      severity: "error",
      summary: `state is locked by ${holder.who} (${holder.command} on ${holder.host}${holder.pid ? `, pid ${holder.pid}` : ""}) since ${holder.since}`,
      detail: wrongId ? `--force-unlock ${shellWord(wrongId.given)} does not name this lock, so it was left in place: the lock on ${location} has the id ${shellWord(holder.id)}. ` + (wrongId.holderGone ? `Its process (pid ${holder.pid} on this host) is gone: run again without --force-unlock and the lock is broken (FO811), or with \`--force-unlock ${shellWord(holder.id)}\`.` : `If the run that holds it is gone, run again with \`--force-unlock ${shellWord(holder.id)}\`${onBranch ? ` (in the GitHub Action, the input \`force-unlock: ${holder.id}\`)` : ""}; if it is still going, wait for it to finish.`) : runningHere ? `Process ${holder.pid} of this host holds the lock on ${location} and is still running: wait for it to finish, or stop it (Ctrl-C, or kill ${holder.pid}: it releases the lock or leaves it to be broken at once). The lock of a running process is not removed, not even with --force-unlock: two runs would change the cluster at once.` : `Another run holds the lock on ${location} until ${holder.expires}. Wait for it to finish. If that process is gone, the lock can be broken after it expires, or now with \`--force-unlock ${shellWord(holder.id)}\`${onBranch ? ` (in the GitHub Action, the input \`force-unlock: ${holder.id}\`)` : ""}.`
    });
    this.holder = holder;
    this.name = "StateLockedError";
  }
  holder;
};
var StateLockLostError = class extends StateStoreError {
  constructor(lock, now, location) {
    super({
      code: STATE_CODES.lockLost,
      severity: "error",
      summary: now ? `the state lock was taken over by ${now.who} (${now.command}) at ${now.since}` : "the state lock was broken while this run held it",
      detail: `This run's lock ${lock.id} on ${location} is gone (it expired at ${lock.expires} or was broken with --force-unlock). Check that no other apply ran at the same time, then run plan again.`
    });
    this.lock = lock;
    this.now = now;
    this.name = "StateLockLostError";
  }
  lock;
  now;
};
var lastWriteOf = (function lastWriteOf(message, time) {
  return message === void 0 ? void 0 : { message, ...time !== void 0 ? { time } : {} };
});
var stateStoreDiagnostics = (function stateStoreDiagnostics(err) {
  return err instanceof StateStoreError ? err.diagnostics : void 0;
});
var readState = (async function readState(store) {
  try {
    return { value: await store.read(), diags: [] };
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    return { diags };
  }
});
var lockWithTimeout = (async function lockWithTimeout(store, owner, ttlMs, opts) {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let pause = 1e3;
  for (; ; ) {
    try {
      return await store.lock(owner, ttlMs);
    } catch (e) {
      const left = deadline - opts.clock.now();
      if (!(e instanceof StateLockedError) || left <= 0 || opts.stop?.aborted) throw e;
      opts.onWait?.(e.holder);
      await opts.clock.sleep(Math.min(pause, left), opts.stop).catch(() => {
      });
      if (opts.stop?.aborted) throw e;
      pause = Math.min(pause * 2, 1e4);
    }
  }
});
var lockState = (async function lockState(store, owner, timing, clock, onWait, stop) {
  try {
    const lock = await lockWithTimeout(store, owner, timing.lockTtlMs, {
      timeoutMs: timing.lockTimeoutMs,
      clock,
      ...onWait ? { onWait } : {},
      ...stop ? { stop } : {}
    });
    return { value: lock, diags: lock.replaced ? [staleLockWarning(lock.replaced, store.location)] : [] };
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    if (stop?.aborted && e instanceof StateLockedError)
      return {
        diags: diags.map(
          (d) => d.code === STATE_CODES.locked ? {
            ...d,
            severity: "warning",
            detail: "This run was cancelled while it waited for that lock: it did not take the lock and changed nothing."
          } : d
        )
      };
    if (e instanceof StateLockedError)
      return {
        diags: diags.map(
          (d) => d.code === STATE_CODES.locked ? lockWaitAdvice(d, timing.lockTimeoutMs) : d
        )
      };
    return { diags };
  }
});
var lockWaitAdvice = (function lockWaitAdvice(d, timeoutMs) {
  if (timeoutMs > 0) {
    const waited = timeoutMs % 6e4 === 0 ? `${timeoutMs / 6e4} min` : `${timeoutMs / 1e3} s`;
    return {
      ...d,
      detail: `This run waited ${waited} (--lock-timeout) and the lock was still held. ${d.detail}`
    };
  }
  return {
    ...d,
    detail: `${d.detail} To have a run wait for the lock rather than stop, give it --lock-timeout (e.g. --lock-timeout 10min; the GitHub Action's input lock-timeout).`
  };
});
var staleLockWarning = (function staleLockWarning(old, location) {
  const holder = `${old.who} (${old.command} on ${old.host}${old.pid ? `, pid ${old.pid}` : ""}, since ${old.since})`;
  return {
    code: STATE_CODES.staleLockBroken,
    severity: "warning",
    summary: old.dead ? `broke the lock of ${holder}: ${old.run ? `that workflow run (${old.run}) has ended` : "that process is gone"}` : `broke the expired lock of ${holder}`,
    detail: `The run that held ${location} ended without releasing it (killed, or its machine lost). Run flinkops plan to see whether it left work unfinished; apply finishes it.`
  };
});

export {
  STATE_CODES,
  StateStoreError,
  StateConflictError,
  StateLockedError,
  StateLockLostError,
  lastWriteOf,
  stateStoreDiagnostics,
  readState,
  lockWithTimeout,
  lockState,
  staleLockWarning
};
