/**
 * What apply tells its caller: the outcome of every change (ApplyReport) and,
 * while it runs, progress events through hooks. The engine never prints.
 */
import type { Diagnostic } from '../core/diagnostics';
import type { ActionKind } from '../plan/model';
import type { LockInfo } from '../state/store';
import type { Step } from './steps';

/** `interrupted`: the run was asked to stop (Ctrl-C, CI cancel) before this change finished. */
export type ChangeOutcome = 'applied' | 'failed' | 'rolled-back' | 'skipped' | 'interrupted';

export interface ChangeReport {
  job: string;
  action: ActionKind;
  outcome: ChangeOutcome;
  /** The job started by this apply (after a rollback: the job of the restored version). */
  newJobId?: string;
  /** The savepoint taken (or checkpoint read) by this apply. */
  savepoint?: string;
  /** One line, secrets masked: why it failed or was rolled back. */
  error?: string;
  /**
   * What a `none` change did: `record` (the store caught up with the live job) or `verify` (it
   * finished the health check an interrupted run left).
   */
  did?: 'record' | 'verify';
  /** What to do about a change that failed and was not rolled back: the detail of the diagnostic that failed it. */
  fix?: string;
  /** A batch run this apply saw FINISHED: how long it ran, in ms (from RUNNING to FINISHED). */
  ranMs?: number;
}

/** The action a report row shows: a `none` change by what it did. */
export function reportedAction(c: Pick<ChangeReport, 'action' | 'did'>): string {
  return c.action === 'none' && c.did ? c.did : c.action;
}

export interface ApplyReport {
  changes: ChangeReport[];
  diags: Diagnostic[];
  /** The run was asked to stop (ExecuteOptions.stop) and ended at a safe point. */
  interrupted?: boolean;
}

/** Exit status for the CLI: any failure, an interrupted change (or a refused run) is 1. */
/** What a report's `savepoint` path is: a last-state upgrade (or a stop by cancel) records the checkpoint it read. */
export { restorePointKind } from '../core/restore-point';

export function applyFailed(report: ApplyReport): boolean {
  return (
    report.interrupted === true ||
    report.changes.some((c) => c.outcome === 'failed' || c.outcome === 'rolled-back') ||
    report.diags.some((d) => d.severity === 'error')
  );
}

export type ApplyEvent =
  | { type: 'step-started'; job: string; index: number; step: Step }
  | {
      type: 'step-finished';
      job: string;
      index: number;
      step: Step;
      ok: boolean;
      /** The step stopped because the run was asked to stop (Ctrl-C, SIGTERM), not because it failed. */
      interrupted?: true;
      elapsedMs: number;
    }
  | {
      type: 'poll-progress';
      job: string;
      what: string;
      attempt: number;
      elapsedMs: number;
      progress?: string;
    }
  | { type: 'rollback-started'; job: string; reason: string }
  /** The state lock is held by another run, and this one waits for it (said once). */
  | { type: 'lock-wait'; holder: LockInfo; timeoutMs: number }
  | { type: 'job-done'; job: string; change: ChangeReport };

export interface ApplyHooks {
  /**
   * Called synchronously for every event. A hook that throws stops the run where it is: no
   * further step, write or call is made, the lock is released and the error is rethrown.
   */
  onEvent?: (e: ApplyEvent) => void;
}
