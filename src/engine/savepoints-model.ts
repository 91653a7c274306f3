/**
 * What savepoint management takes and reports: its options, hooks, per-job outcomes and
 * diagnostic codes (the runs themselves are `savepoints-run.ts`).
 */
import type { ApplyEvent, ApplyTiming } from '../apply';
import type { DesiredState } from '../compile';
import type { Clock } from '../core/clock';
import { type Diagnostic, hasErrors } from '../core/diagnostics';
import type { FlinkClient } from '../flink';
import type { LiveState } from '../observe';
import type { LockOwner, StateStore } from '../state';

/** Diagnostic codes of savepoint management (FO72x; failed and timed-out savepoints keep FO703/FO704). */
export const SAVEPOINT_CODES = {
  /** A manual savepoint of a job that is not running, or not in the repository. */
  notRunning: 'FO720',
  /** Disposing of a savepoint failed; it stays recorded as restorable. */
  disposalFailed: 'FO721',
  /** An interrupted apply left an operation pending on the job: it is left alone. */
  pendingOperation: 'FO722',
  /** The run was asked to stop: the jobs after the one in flight were not looked at. */
  interrupted: 'FO727',
  /** `savepoint JOB` was asked to stop before its savepoint was triggered: none was taken. */
  stoppedBeforeTrigger: 'FO729',
} as const;

export type SavepointsEvent =
  | { type: 'savepoint-started'; job: string; jobId: string }
  | { type: 'savepoint-completed'; job: string; path: string }
  | { type: 'dispose-started'; job: string; path: string }
  | Extract<ApplyEvent, { type: 'poll-progress' }>
  | Extract<ApplyEvent, { type: 'lock-wait' }>;

export interface SavepointsHooks {
  onEvent?: (e: SavepointsEvent) => void;
}

/** `keep-only`: `savepoints: {keep}` without `every`: retention, no periodic savepoint. */
export type JobSavepointsOutcome =
  | 'taken'
  | 'not-due'
  | 'not-running'
  | 'no-policy'
  | 'keep-only'
  | 'skipped'
  | 'failed';

export interface JobSavepointsReport {
  job: string;
  outcome: JobSavepointsOutcome;
  /** For people: why nothing was taken, or what failed (secrets masked). */
  reason?: string;
  jobId?: string;
  /** The savepoint taken by this run. */
  savepoint?: string;
  /** When the next periodic savepoint is due (ISO-8601). */
  nextDue?: string;
  /** Disposed by this run (oldest first). */
  disposed: string[];
  /** Beyond `keep` or `maxAge`, but Flink's disposal failed (FO721): still restorable, tried again next run. */
  disposalFailed?: string[];
  /** Past `keep` but kept, because a restore depends on them. */
  retained: { path: string; why: string }[];
}

export interface SavepointsReport {
  /** The instant the schedule was evaluated at (ISO-8601). */
  now: string;
  jobs: JobSavepointsReport[];
  diags: Diagnostic[];
}

export interface SavepointsRunOptions {
  desired: DesiredState;
  client: FlinkClient;
  store: StateStore;
  clock: Clock;
  /** ISO-8601 instant `every` is measured at (a scheduled run's time). Default: the clock's now. */
  now?: string;
  owner: LockOwner;
  hooks?: SavepointsHooks;
  /** Only these jobs (default: every job of the repository). */
  jobs?: readonly string[];
  timing?: Partial<ApplyTiming>;
  /** Resolved secret values: masked in messages, refused by the store. */
  secretValues?: readonly string[];
  /** Test seam: the live state instead of observing the cluster. */
  observe?: () => Promise<{ value: LiveState; diags: Diagnostic[] }>;
  /** Ctrl-C, SIGTERM: the job in flight finishes (its savepoint recorded), no other is started. */
  stop?: AbortSignal;
  /**
   * Read the store first, without its lock, and take the lock only when a savepoint is due or
   * one is beyond `keep` (a scheduled run every few minutes then leaves the state branch alone
   * while nothing is due). A job found not due is reported `not-due` whether or not it runs.
   */
  lockOnlyWhenDue?: boolean;
}

/** Exit status: a failed savepoint or disposal, or a refused run, is a failure. */
export function savepointsFailed(report: SavepointsReport): boolean {
  return report.jobs.some((j) => j.outcome === 'failed') || hasErrors(report.diags);
}
