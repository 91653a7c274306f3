/**
 * The StateStore port: one versioned JSON document per project environment,
 * written with compare-and-swap, plus an advisory lock that serialises applies.
 *
 * Expected failures (a stale version, a held lock, a corrupted file) reject with a
 * `StateStoreError` that carries a ready-made diagnostic; anything else is a bug.
 */
import type { Clock } from '../core/clock';
import type { Diagnostic } from '../core/diagnostics';
import type { JobRecord, StateDoc } from './model';

export interface StateRead {
  doc: StateDoc;
  /** 0 when the store does not exist yet. */
  version: number;
}

export interface WriteMeta {
  /** What the write does, e.g. `apply: upgrade orders` (a commit message in the git backend). */
  message: string;
  /** Resolved secret values known to the caller: the write is refused if any appears in the document. */
  secretValues?: readonly string[];
}

export interface LockOwner {
  /** A person or a CI identity, e.g. `alice` or `github-actions[bot] (run 1234)`. */
  who: string;
  /** The command that took the lock, e.g. `apply`. */
  command: string;
  host?: string;
  /**
   * The CI run the holder is part of, `<run id>/<attempt>` (GitHub Actions): a store that can ask
   * whether that run has ended takes over a lock the run left when it was cancelled or killed.
   */
  run?: string;
}

/** What a lock file says about its holder. Times are ISO-8601. */
export interface LockInfo {
  /** Random id, the argument of `breakLock` / `--force-unlock`. */
  id: string;
  who: string;
  command: string;
  host: string;
  pid?: number;
  /** When process `pid` started (Linux), so a pid reused by another process is not taken for the holder. */
  pidStart?: string;
  /** The holder's CI run (`LockOwner.run`). */
  run?: string;
  since: string;
  expires: string;
}

export interface Lock {
  readonly info: LockInfo;
  /**
   * A lock of a dead or stuck process that this lock replaced (worth a warning): expired, or
   * (`dead`) held by a process of this host that no longer exists, or by a CI run that has ended.
   */
  readonly replaced?: LockInfo & { dead?: true };
}

export interface StateStore {
  /** Where the store lives, for messages: a file path relative to the project, or a branch. */
  readonly location: string;
  /** The document and its version; a missing store reads as the empty state at version 0. */
  read(): Promise<StateRead>;
  /**
   * Compare-and-swap: writes `doc` as version `expectedVersion + 1` only if the store is still at
   * `expectedVersion`, else rejects with `StateConflictError`.
   */
  write(doc: StateDoc, expectedVersion: number, meta: WriteMeta): Promise<{ version: number }>;
  /**
   * Optional capability: `write` of the document at `expectedVersion` with the records of `jobs`
   * replaced (and nothing else changed), when the store can write those records alone; undefined
   * when it cannot now, and wrote nothing (then `write` the whole document). A run that changes
   * one job per step then pays for that job, not for every job the store holds.
   */
  writeJobs?(
    jobs: Readonly<Record<string, JobRecord>>,
    expectedVersion: number,
    meta: WriteMeta,
  ): Promise<{ version: number } | undefined>;
  /**
   * Takes the lock for `ttlMs`, or rejects with `StateLockedError` naming the holder. A lock past its
   * expiry is taken over (its holder is reported in `Lock.replaced`).
   */
  lock(owner: LockOwner, ttlMs: number): Promise<Lock>;
  /** Extends a held lock; rejects with `StateLockLostError` if it was broken meanwhile. */
  renew(lock: Lock, ttlMs: number): Promise<Lock>;
  /** Releases a held lock; rejects with `StateLockLostError` if someone else holds it now. */
  unlock(lock: Lock): Promise<void>;
  /** The current holder, if any. */
  lockInfo(): Promise<LockInfo | undefined>;
  /**
   * `--force-unlock`: removes the lock if its id is `id` (or whatever lock there is when `id` is
   * omitted) and returns what it removed. Refused (`StateLockedError`) when `id` does not match.
   */
  breakLock(id?: string): Promise<LockInfo | undefined>;
  /**
   * Optional capability: stores that keep an audit trail (the git state branch) record one apply's
   * `record` (already masked) with `message`. A store without it keeps the state document only.
   */
  recordApply?(record: unknown, message: string): Promise<unknown>;
  /**
   * Optional capability: what the last write said it did and when (a refusal of a stale plan names
   * it). Undefined when the store has not been written, or does not keep it.
   */
  lastWrite?(): Promise<LastWrite | undefined>;
}

/** Diagnostic codes of the state store (FO8xx). */
export const STATE_CODES = {
  /** The store file is not JSON. */
  notJson: 'FO801',
  /** The store file is JSON but not a valid state document. */
  invalid: 'FO802',
  /** The store belongs to another project or environment. */
  mismatch: 'FO803',
  /** Compare-and-swap lost: the store changed since it was read. */
  conflict: 'FO804',
  /** The lock is held by someone else. */
  locked: 'FO805',
  /** Our lock was broken or replaced while we held it. */
  lockLost: 'FO806',
  /** A secret value was about to be written to the store. */
  secret: 'FO807',
  /** The store could not be read or written (permissions, disk). */
  io: 'FO808',
  /** The store was written by a newer flinkops. */
  tooNew: 'FO809',
  /** Warning: a lock left by a dead or expired run was broken to take this one. */
  staleLockBroken: 'FO811',
  /** Warning: the store's audit trail (recordApply) could not be written; the apply itself is done. */
  auditNotRecorded: 'FO812',
} as const;

/** Base of every expected state store failure; `diagnostic` is what the CLI prints. */
export class StateStoreError extends Error {
  /** Every problem found (a hand-edited file may have several); `diagnostic` is the first. */
  readonly diagnostics: Diagnostic[];

  constructor(
    readonly diagnostic: Diagnostic,
    diagnostics?: Diagnostic[],
  ) {
    super(`${diagnostic.code} ${diagnostic.summary}`);
    this.name = 'StateStoreError';
    this.diagnostics = diagnostics && diagnostics.length > 0 ? diagnostics : [diagnostic];
  }
}

export class StateConflictError extends StateStoreError {
  constructor(
    readonly expectedVersion: number,
    readonly actualVersion: number,
    location: string,
    /** The write that came in between, where the store says. */
    by?: LastWrite,
  ) {
    const what = by ? ` (its last write${by.time ? `, ${by.time}` : ''}: "${by.message}")` : '';
    super({
      code: STATE_CODES.conflict,
      severity: 'error',
      summary: `state changed since it was read (version ${expectedVersion}, now ${actualVersion}); run plan again`,
      detail: `Another run wrote ${location} after this one read it${what}. Nothing was written. Run plan again to see the current state, then apply the new plan.`,
    });
    this.name = 'StateConflictError';
  }
}

/** A lock id as it can be pasted into a shell: `(unreadable)` (an unparsable lock file) needs quotes. */
function shellWord(id: string): string {
  return /^[\w.:@+-]+$/.test(id) ? id : `'${id.replaceAll("'", "'\\''")}'`;
}

export class StateLockedError extends StateStoreError {
  /** `onBranch`: the git state branch, which GitHub Action runs share (its hint names the Action's input too). */
  /** `runningHere`: the holder is a process of this host that is still running; its lock is not broken. */
  constructor(
    readonly holder: LockInfo,
    location: string,
    onBranch = false,
    runningHere = false,
    /** `--force-unlock` was given this id, which is not the lock's: said first, with the lock's own. */
    wrongId?: { given: string; holderGone: boolean },
  ) {
    super({
      code: STATE_CODES.locked,
      severity: 'error',
      summary: `state is locked by ${holder.who} (${holder.command} on ${holder.host}${holder.pid ? `, pid ${holder.pid}` : ''}) since ${holder.since}`,
      detail: wrongId
        ? `--force-unlock ${shellWord(wrongId.given)} does not name this lock, so it was left in place: the lock on ${location} has the id ${shellWord(holder.id)}. ` +
          (wrongId.holderGone
            ? `Its process (pid ${holder.pid} on this host) is gone: run again without --force-unlock and the lock is broken (FO811), or with \`--force-unlock ${shellWord(holder.id)}\`.`
            : `If the run that holds it is gone, run again with \`--force-unlock ${shellWord(holder.id)}\`${onBranch ? ` (in the GitHub Action, the input \`force-unlock: ${holder.id}\`)` : ''}; if it is still going, wait for it to finish.`)
        : runningHere
          ? `Process ${holder.pid} of this host holds the lock on ${location} and is still running: wait for it to finish, or stop it (Ctrl-C, or kill ${holder.pid}: it releases the lock or leaves it to be broken at once). The lock of a running process is not removed, not even with --force-unlock: two runs would change the cluster at once.`
          : `Another run holds the lock on ${location} until ${holder.expires}. Wait for it to finish. If that process is gone, the lock can be broken after it expires, or now with \`--force-unlock ${shellWord(holder.id)}\`${onBranch ? ` (in the GitHub Action, the input \`force-unlock: ${holder.id}\`)` : ''}.`,
    });
    this.name = 'StateLockedError';
  }
}

export class StateLockLostError extends StateStoreError {
  constructor(
    readonly lock: LockInfo,
    readonly now: LockInfo | undefined,
    location: string,
  ) {
    super({
      code: STATE_CODES.lockLost,
      severity: 'error',
      summary: now
        ? `the state lock was taken over by ${now.who} (${now.command}) at ${now.since}`
        : 'the state lock was broken while this run held it',
      detail: `This run's lock ${lock.id} on ${location} is gone (it expired at ${lock.expires} or was broken with --force-unlock). Check that no other apply ran at the same time, then run plan again.`,
    });
    this.name = 'StateLockLostError';
  }
}

/** What the last write of a store said it did (`WriteMeta.message`), and when. */
export interface LastWrite {
  message: string;
  /** ISO-8601. */
  time?: string;
}

/** A LastWrite from a state file's (or journal line's) message and time. */
export function lastWriteOf(message: string | undefined, time: string | undefined): LastWrite | undefined {
  return message === undefined ? undefined : { message, ...(time !== undefined ? { time } : {}) };
}

/** Maps a rejection of a store call to its diagnostics; undefined for anything that is a bug. */
export function stateStoreDiagnostics(err: unknown): Diagnostic[] | undefined {
  return err instanceof StateStoreError ? err.diagnostics : undefined;
}

/** `read()` as a Result: the diagnostics of a corrupted or unreadable store instead of a rejection. */
export async function readState(store: StateStore): Promise<{ value?: StateRead; diags: Diagnostic[] }> {
  try {
    return { value: await store.read(), diags: [] };
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    return { diags };
  }
}

/**
 * `store.lock` that waits while another run holds the lock (as `terraform -lock-timeout`):
 * retries every few seconds on the injected clock until `timeoutMs` has passed, then gives
 * up with the holder's StateLockedError. A timeout of 0 tries once.
 */
export async function lockWithTimeout(
  store: StateStore,
  owner: LockOwner,
  ttlMs: number,
  opts: {
    timeoutMs: number;
    clock: Clock;
    onWait?: (holder: LockInfo) => void;
    /**
     * The user's request to stop (Ctrl-C, a cancelled CI run): the wait ends at once with the
     * holder's StateLockedError, so a cancelled run never takes the lock (and starts changing
     * things) once the holder lets go.
     */
    stop?: AbortSignal;
  },
): Promise<Lock> {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let pause = 1_000;
  for (;;) {
    try {
      return await store.lock(owner, ttlMs);
    } catch (e) {
      // The last try is at the deadline itself: a lock-timeout of 20s waits 20 s, not 15.
      const left = deadline - opts.clock.now();
      if (!(e instanceof StateLockedError) || left <= 0 || opts.stop?.aborted) throw e;
      opts.onWait?.(e.holder);
      // A stop cuts the pause short (the clock's sleep rejects): the holder's error is the answer.
      await opts.clock.sleep(Math.min(pause, left), opts.stop).catch(() => {});
      if (opts.stop?.aborted) throw e;
      pause = Math.min(pause * 2, 10_000);
    }
  }
}

/**
 * `lockWithTimeout` with a run's lock timing, as a Result: the diagnostics of a held or
 * unreachable lock instead of a rejection.
 */
export async function lockState(
  store: StateStore,
  owner: LockOwner,
  timing: { lockTtlMs: number; lockTimeoutMs: number },
  clock: Clock,
  onWait?: (holder: LockInfo) => void,
  stop?: AbortSignal,
): Promise<{ value?: Lock; diags: Diagnostic[] }> {
  try {
    const lock = await lockWithTimeout(store, owner, timing.lockTtlMs, {
      timeoutMs: timing.lockTimeoutMs,
      clock,
      ...(onWait ? { onWait } : {}),
      ...(stop ? { stop } : {}),
    });
    return { value: lock, diags: lock.replaced ? [staleLockWarning(lock.replaced, store.location)] : [] };
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    // Asked to stop while another run held the lock: this run took nothing and changed nothing.
    if (stop?.aborted && e instanceof StateLockedError)
      return {
        diags: diags.map((d) =>
          d.code === STATE_CODES.locked
            ? {
                ...d,
                severity: 'warning',
                detail:
                  'This run was cancelled while it waited for that lock: it did not take the lock and changed nothing.',
              }
            : d,
        ),
      };
    if (e instanceof StateLockedError)
      return {
        diags: diags.map((d) =>
          d.code === STATE_CODES.locked ? lockWaitAdvice(d, timing.lockTimeoutMs) : d,
        ),
      };
    return { diags };
  }
}

/**
 * A held lock's refusal, with how long this run waited for it, or (it did not wait) how to have the
 * next run wait rather than stop: --lock-timeout (the GitHub Action's input lock-timeout).
 */
function lockWaitAdvice(d: Diagnostic, timeoutMs: number): Diagnostic {
  if (timeoutMs > 0) {
    const waited = timeoutMs % 60_000 === 0 ? `${timeoutMs / 60_000} min` : `${timeoutMs / 1000} s`;
    return {
      ...d,
      detail: `This run waited ${waited} (--lock-timeout) and the lock was still held. ${d.detail}`,
    };
  }
  return {
    ...d,
    detail: `${d.detail} To have a run wait for the lock rather than stop, give it --lock-timeout (e.g. --lock-timeout 10min; the GitHub Action's input lock-timeout).`,
  };
}

/** What a run says when it broke a lock its holder can no longer release. */
export function staleLockWarning(old: LockInfo & { dead?: true }, location: string): Diagnostic {
  const holder = `${old.who} (${old.command} on ${old.host}${old.pid ? `, pid ${old.pid}` : ''}, since ${old.since})`;
  return {
    code: STATE_CODES.staleLockBroken,
    severity: 'warning',
    summary: old.dead
      ? `broke the lock of ${holder}: ${old.run ? `that workflow run (${old.run}) has ended` : 'that process is gone'}`
      : `broke the expired lock of ${holder}`,
    detail: `The run that held ${location} ended without releasing it (killed, or its machine lost). Run flinkops plan to see whether it left work unfinished; apply finishes it.`,
  };
}
