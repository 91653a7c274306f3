/**
 * The one way a run holds the state store: take the lock, read, work in a store session, and
 * release the lock whatever happened — every return, every throw. What the lock and the session
 * have to say (a broken stale lock, a renewal that failed, a release that failed) reaches the
 * caller's diagnostics instead of being dropped.
 */
import type { Clock } from '../core/clock';
import { type Diagnostic, error } from '../core/diagnostics';
import {
  type LockInfo,
  type LockOwner,
  lockState,
  type StateRead,
  type StateStore,
  StateStoreError,
} from '../state/store';
import { APPLY_CODES } from './codes';
import { type ApplyTiming, StoreSession } from './context';

export interface LockedSessionOptions {
  store: StateStore;
  owner: LockOwner;
  clock: Clock;
  timing: ApplyTiming;
  /** Told each time the lock is found held and the run waits (`lockTimeoutMs` > 0). */
  onWait?: (holder: LockInfo) => void;
  /** The user's request to stop: a wait for the lock ends at once (the lock is not taken). */
  stop?: AbortSignal;
}

export interface Locked {
  /** The store as read under the lock. */
  read: StateRead;
  /**
   * The session every write of the run goes through (it keeps the lock renewed). `guard` throws
   * to refuse an edit (a crashed run); `secretValues` are refused by the store.
   */
  session(guard: () => void, secretValues: () => readonly string[]): StoreSession;
}

/** A lock that could not be released: the store's own words, or ours. */
function releaseDiagnostics(e: unknown): Diagnostic[] {
  return e instanceof StateStoreError
    ? e.diagnostics
    : [
        error(
          APPLY_CODES.unlockFailed,
          `releasing the state lock failed: ${e instanceof Error ? e.message : String(e)}`,
          'Release it with --force-unlock.',
        ),
      ];
}

/**
 * Runs `work` under the store's lock. `empty` is the result when the lock cannot be taken (its
 * diagnostics say why). The lock's and the session's diagnostics are added to the result's.
 */
export async function withLockedSession<T extends { diags: Diagnostic[] }>(
  opts: LockedSessionOptions,
  empty: (diags: Diagnostic[]) => T,
  work: (locked: Locked) => Promise<T>,
): Promise<T> {
  const { store, clock, timing } = opts;
  const locked = await lockState(store, opts.owner, timing, clock, opts.onWait, opts.stop);
  const lock = locked.value;
  if (!lock) return empty(locked.diags);
  let session: StoreSession | undefined;
  let result: T | undefined;
  const released: Diagnostic[] = [];
  try {
    const read = await store.read();
    result = await work({
      read,
      session: (guard, secretValues) => {
        session = new StoreSession(store, read, lock, clock, timing.lockTtlMs, guard, secretValues);
        return session;
      },
    });
  } finally {
    try {
      if (session) await session.release();
      else await store.unlock(lock);
    } catch (e) {
      released.push(...releaseDiagnostics(e));
    }
  }
  return { ...result, diags: [...locked.diags, ...result.diags, ...(session?.warnings ?? []), ...released] };
}
