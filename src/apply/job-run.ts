/**
 * The runtime record of one job's steps: what this run learned so far (the
 * savepoint it took, the job it started, the version to roll back to) and the
 * report it builds. Steps read and extend it; nothing here talks to a port.
 */

import type { DesiredJob } from '../compile/model';
import type { Diagnostic } from '../core/diagnostics';
import type { ResourceRequirements } from '../flink/types';
import type { JobChange } from '../plan/model';
import type { DeployedVersion } from '../state/model';
import type { ChangeReport } from './report';
import { ACTS_ON_LIVE_JOB, type JobSteps } from './steps';

export interface JobRun {
  steps: JobSteps;
  change: JobChange;
  desired?: DesiredJob;
  /** The version to roll back to, as the store had it before this run touched the job. */
  previous?: DeployedVersion;
  /** Savepoint taken by a stop step of this run (or found while resolving a pending one). */
  savepoint?: { path: string; jobId: string };
  /** Savepoint or checkpoint found while resolving an interrupted operation: newer than what the plan knew. */
  fromPending?: string;
  /** Latest completed checkpoint read for a last-state upgrade (or a stop by cancel). */
  checkpoint?: string;
  /** The old job could take no savepoint and was cancelled instead: what the report and history say. */
  stoppedByCancel?: string;
  /** The old job no longer runs (stopped or cancelled by this run, or none to stop): a failure from here on needs a rollback. */
  oldStopped: boolean;
  /**
   * The submission an earlier apply was making when it died (its `pending`, resolved by this run):
   * the job it started, found running, is recorded as the change that apply made.
   */
  interruptedSubmit?: { specHash: string; startedAt: string };
  /** What the new job restored from. */
  restoredFrom?: string;
  /** What the rollback restored the previous version from (not the new job's pinned restoreFrom). */
  rolledBackFrom?: string;
  newJobId?: string;
  runningSince?: number;
  /** A batch job's run: when it FINISHED (the cluster's clock). */
  finishedAt?: number;
  /** The resource requirements an in-place rescale replaced: put back when it does not complete. */
  boundsBefore?: ResourceRequirements;
  /** The store was written for this job (a `none` change that synced its record shows in the report). */
  touched: boolean;
  report: ChangeReport;
  diags: Diagnostic[];
}

export type StepResult =
  | { ok: true }
  | {
      ok: false;
      diag: Diagnostic;
      /** One line for the report. */
      cause: string;
      /** The run was asked to stop during a wait that can be resumed (a health check): no rollback. */
      interrupted?: true;
      /**
       * The new job's health could not be read (the JobManager did not answer): it is left running,
       * unverified, for the next apply to finish the check. No rollback: it needs the JobManager
       * too, and would replay what the job may well have processed.
       */
      unverified?: true;
    };

export const OK: StepResult = { ok: true };

export function newJobRun(steps: JobSteps, change: JobChange, desired: DesiredJob | undefined): JobRun {
  return {
    steps,
    change,
    ...(desired ? { desired } : {}),
    // Steps that stop no live job (resume, recover) find the old version gone already.
    oldStopped: !steps.steps.some((s) => ACTS_ON_LIVE_JOB.has(s.kind)),
    touched: false,
    report: { job: change.job, action: change.action, outcome: 'applied' },
    diags: [],
  };
}
