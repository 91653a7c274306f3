/**
 * The plan lowered into typed steps with no side effects. `--explain` prints this
 * list and the executor walks the very same one, so what a dry run shows is what
 * runs. Each step is small enough that a crash between two of them is survivable:
 * durable facts are written by the step that learns them.
 */

import type { DesiredJob, DesiredState } from '../compile/model';
import { isBatchJob } from '../compile/runtime-mode';
import { isTerminal, type JobState } from '../core/job-state';
import { sameSavepointPath } from '../core/restore-point';
import { type ActionKind, type JobChange, type Plan, stopsByCancel } from '../plan/model';
import { recordOf } from '../plan/rename';
import type { JobRecord, SavepointKind, StateDoc } from '../state/model';

/** Where a submission takes its state from. */
export type RestoreSource =
  | { kind: 'none' }
  /** The savepoint (or checkpoint) an earlier step of this job took or read in this run. */
  | { kind: 'this-run' }
  /**
   * Known when planning (resume, recover, a pinned restoreFrom). A savepoint found while
   * resolving an interrupted operation is newer and wins.
   */
  | { kind: 'path'; path: string };

export type Step =
  /**
   * A rename (`movedFrom`): the old name's state store record (savepoints, history, an operation
   * left pending) becomes the new name's, before anything else, so every later step records there.
   */
  | { kind: 'move-record'; from: string }
  /** An earlier apply stopped during an operation: find its outcome (poll the same trigger) first. */
  | { kind: 'resolve-pending' }
  /** Writes `pending` with a fresh trigger id, stops the job, records the path as soon as it completes. */
  | { kind: 'stop-with-savepoint'; jobId: string; savepointKind: SavepointKind }
  /**
   * The job is alive but not RUNNING (as the plan saw it): Flink takes no savepoint of it. Its
   * latest completed checkpoint is recorded, then it is cancelled.
   */
  | { kind: 'stop-by-cancel'; jobId: string; savepointKind: SavepointKind; state: JobState }
  /** Clears `pending` and notes the savepoint (or the checkpoint of a stop by cancel) in the job's history. */
  | { kind: 'record-savepoint'; savepointKind: SavepointKind }
  /** last-state: the latest completed checkpoint, to restore from after the cancel. */
  | { kind: 'read-checkpoint'; jobId: string }
  | { kind: 'cancel'; jobId: string }
  /** Runs the compiled script through the gateway and records the new job as current. */
  | {
      kind: 'submit';
      specHash: string;
      parallelism: number;
      restore: RestoreSource;
      allowNonRestoredState: boolean;
      /** `planMode: compiled`: the gateway runs the job's compiled plan (EXECUTE PLAN), not its script. */
      compiledPlan?: true;
    }
  | { kind: 'await-running' }
  /** No restarts (and one completed checkpoint, when checkpointing is on) for the grace period. */
  | { kind: 'health-grace' }
  | { kind: 'record-stable' }
  /** A batch job: wait until it has ended. FINISHED is its success; FAILED or CANCELED its failure. */
  | { kind: 'await-finished' }
  /** Records the batch run as done (history `finished`); it is the version the store compares against. */
  | { kind: 'record-finished' }
  /** Moves the vertices that run at the job's parallelism (`from`) to `parallelism`; the others keep theirs. */
  | { kind: 'put-resource-requirements'; jobId: string; from: number; parallelism: number }
  | { kind: 'await-parallelism'; jobId: string; parallelism: number }
  | { kind: 'record-rescale'; jobId: string; parallelism: number }
  | { kind: 'record-status'; status: 'suspended' | 'deleted' }
  /** Takes over a running job in the store only; nothing is restarted. */
  | { kind: 'adopt'; jobId: string; parallelism: number; specHash?: string; script?: string }
  /** Nothing to do on the cluster: bring the store's record up to date with the live job, if it lags. */
  | { kind: 'sync-record'; jobId: string }
  /**
   * An earlier apply died during a rollback (the store's `pending`): the failed job is cancelled,
   * and the previous version (`specHash`) restored from the savepoint that rollback chose.
   */
  | { kind: 'finish-rollback'; specHash: string; restore?: string };

export type StepKind = Step['kind'];

/** Steps that act on the live job a change replaces: during a move (`change.move`) it runs on the cluster being left. */
export const ACTS_ON_LIVE_JOB: ReadonlySet<StepKind> = new Set([
  'stop-with-savepoint',
  'stop-by-cancel',
  'record-savepoint',
  'read-checkpoint',
  'cancel',
]);

export interface JobSteps {
  job: string;
  pipelineName: string;
  action: ActionKind;
  /** The plan's change these steps carry out (its strategy or rescale mode included). */
  change: JobChange;
  steps: Step[];
  /** A new job that fails to become healthy is replaced by the last stable version, from the same savepoint. */
  rollback: boolean;
  /** Set when the plan refused the change: nothing runs. */
  refused?: string;
}

/** Restarting from scratch with new state (create, resume, recover) or after a stop (upgrade). */
function startSteps(specHash: string, parallelism: number, restore: RestoreSource, job?: DesiredJob): Step[] {
  const submit: Step = {
    kind: 'submit',
    specHash,
    parallelism,
    restore,
    allowNonRestoredState: job?.settings.allowNonRestoredState ?? false,
    ...(job?.settings.planMode === 'compiled' ? { compiledPlan: true as const } : {}),
  };
  // A batch job ends by itself: its run is done when it has FINISHED, with no grace period to watch.
  if (job && isBatchJob(job)) return [submit, { kind: 'await-finished' }, { kind: 'record-finished' }];
  return [submit, { kind: 'await-running' }, { kind: 'health-grace' }, { kind: 'record-stable' }];
}

/** How the live job is stopped with its state kept: a savepoint, or by cancel when the plan says so. */
function stopSteps(change: JobChange, jobId: string, savepointKind: SavepointKind): Step[] {
  // A batch run has no savepoint to stop with (Flink fails the attempt): it is cancelled.
  if (change.batch) return [{ kind: 'cancel', jobId }];
  const state = change.liveState;
  return [
    state !== undefined && stopsByCancel(change)
      ? { kind: 'stop-by-cancel', jobId, savepointKind, state }
      : { kind: 'stop-with-savepoint', jobId, savepointKind },
    { kind: 'record-savepoint', savepointKind },
  ];
}

function restoreOf(change: JobChange): RestoreSource {
  return change.restoreFrom ? { kind: 'path', path: change.restoreFrom } : { kind: 'none' };
}

/**
 * The steps of one change. `desired` is the job as the repo wants it (absent for deletions);
 * `backToStable`: a resume or recover that fails rolls back to the last stable version (see toSteps).
 */
export function stepsFor(
  change: JobChange,
  desired: DesiredJob | undefined,
  pending = false,
  backToStable = false,
): JobSteps {
  const base = {
    job: change.job,
    pipelineName: change.pipelineName,
    action: change.action,
    change,
  };
  if (change.refused) return { ...base, steps: [], rollback: false, refused: change.refused.summary };
  const pre: Step[] = [
    ...(change.renamedFrom ? [{ kind: 'move-record' as const, from: change.renamedFrom.job }] : []),
    ...(pending ? [{ kind: 'resolve-pending' as const }] : []),
  ];
  // A batch run that fails is not rolled back: the previous version ran to its end already, and
  // running it again would write its sinks once more. The failure is reported with Flink's cause.
  const batch = desired !== undefined && isBatchJob(desired);
  const done = (steps: Step[], rollback = false): JobSteps => ({
    ...base,
    steps: [...pre, ...steps],
    rollback: rollback && !batch,
  });
  // The plan names the newest cluster job even when it has ended: only a live one is stopped or synced.
  const live =
    change.liveJobId && !(change.liveState && isTerminal(change.liveState)) ? change.liveJobId : undefined;
  // Adopt may name no target (a job not in the repository): the repo's job, if any, is it.
  const to =
    change.to ??
    (desired ? { specHash: desired.restartHash, parallelism: desired.settings.parallelism } : undefined);
  switch (change.action) {
    case 'none':
      // A rename that waits (its old job is not RUNNING yet): the record stays where it is.
      if (change.renamedFrom) return { ...base, steps: [], rollback: false };
      // A SUSPENDED job is not recorded as what runs until its new leader has recovered it.
      if (live && change.liveState !== 'SUSPENDED') return done([{ kind: 'sync-record', jobId: live }]);
      // A batch run that FINISHED after the apply that started it stopped watching: recorded now.
      if (change.verify && change.liveState === 'FINISHED')
        return done([{ kind: 'sync-record', jobId: change.verify.jobId }]);
      return done([]);
    case 'create':
      return done(startSteps(change.to.specHash, change.to.parallelism, restoreOf(change), desired));
    case 'upgrade': {
      const t = change.to;
      if (!live) return done(startSteps(t.specHash, t.parallelism, restoreOf(change), desired));
      // Restart from the state just taken (or read), unless the change pins a restore path.
      const restartWithState = (): Step[] =>
        startSteps(
          t.specHash,
          t.parallelism,
          change.restoreFrom !== undefined ? restoreOf(change) : { kind: 'this-run' },
          desired,
        );
      switch (change.strategy) {
        case 'savepoint':
          return done([...stopSteps(change, live, 'upgrade'), ...restartWithState()], true);
        case 'last-state':
          return done(
            [
              { kind: 'read-checkpoint', jobId: live },
              { kind: 'cancel', jobId: live },
              ...restartWithState(),
            ],
            true,
          );
        case 'stateless':
          return done(
            [
              { kind: 'cancel', jobId: live },
              ...startSteps(t.specHash, t.parallelism, restoreOf(change), desired),
            ],
            true,
          );
      }
      break;
    }
    case 'rescale': {
      const t = change.to;
      if (!live) return done(startSteps(t.specHash, t.parallelism, restoreOf(change), desired));
      if (change.rescaleMode === 'in-place') {
        return done([
          {
            kind: 'put-resource-requirements',
            jobId: live,
            from: change.from?.parallelism ?? t.parallelism,
            parallelism: t.parallelism,
          },
          { kind: 'await-parallelism', jobId: live, parallelism: t.parallelism },
          { kind: 'record-rescale', jobId: live, parallelism: t.parallelism },
        ]);
      }
      return done(
        [
          ...stopSteps(change, live, 'rescale'),
          ...startSteps(t.specHash, t.parallelism, { kind: 'this-run' }, desired),
        ],
        true,
      );
    }
    case 'suspend':
      return done([
        // A job started by hand under the managed name (no labels) is taken over first, so that
        // its savepoint is recorded as an adopted job's: a script flinkops never saw wrote it.
        ...(live &&
        change.causes.some((c) => c.kind === 'cluster' && c.path === 'labels' && c.to === 'missing')
          ? [adoptStep(change, live, to, desired)]
          : []),
        ...(live ? stopSteps(change, live, 'suspend') : []),
        { kind: 'record-status', status: 'suspended' },
      ]);
    case 'resume':
    case 'recover':
      return done(
        startSteps(change.to.specHash, change.to.parallelism, restoreOf(change), desired),
        backToStable,
      );
    case 'delete':
      return done([
        ...(live ? stopSteps(change, live, 'delete') : []),
        { kind: 'record-status', status: 'deleted' },
      ]);
    case 'adopt':
      if (!live) return done([]);
      return done([adoptStep(change, live, to, desired)]);
  }
}

/**
 * Takes the running job `live` over in the store as the repo's version: later plans compare
 * against that, so adoption does not turn into a restart on the next apply.
 */
function adoptStep(
  change: JobChange,
  live: string,
  to: { specHash: string; parallelism: number } | undefined,
  desired: DesiredJob | undefined,
): Step {
  const specHash = to?.specHash ?? change.from?.specHash;
  return {
    kind: 'adopt',
    jobId: live,
    parallelism: Math.max(1, change.from?.parallelism ?? to?.parallelism ?? 1),
    ...(specHash ? { specHash } : {}),
    ...(desired ? { script: desired.script } : {}),
  };
}

/**
 * Lowers a plan into one step list per job, in the plan's order. `state` (the store as
 * apply reads it) adds a `resolve-pending` step where an earlier apply was interrupted.
 */
export function toSteps(plan: Plan, desired: DesiredState, state?: StateDoc): JobSteps[] {
  const byName = new Map(desired.jobs.map((j) => [j.name, j]));
  return plan.changes.map((c) => {
    // A rename not yet applied: the old name's record is the one its steps continue.
    const rec = state ? recordOf(state, c) : undefined;
    const finish = rec ? finishesRollback(c, rec) : undefined;
    if (finish) return finish;
    return stepsFor(c, byName.get(c.job), rec?.pending !== undefined, rec ? backToStable(c, rec) : false);
  });
}

/**
 * A recovery of the version a rollback under way was replacing (an apply died between cancelling
 * it and starting the previous version): the rollback is finished instead, as the plan says.
 */
function finishesRollback(c: JobChange, rec: JobRecord): JobSteps | undefined {
  const p = rec.pending;
  if (c.action !== 'recover' || c.refused || p?.kind !== 'rollback' || p.failedSpecHash !== c.to.specHash)
    return undefined;
  return {
    job: c.job,
    pipelineName: c.pipelineName,
    action: c.action,
    change: c,
    steps: [
      { kind: 'finish-rollback', specHash: p.specHash, ...(p.savepoint ? { restore: p.savepoint } : {}) },
    ],
    rollback: false,
  };
}

/**
 * A resume or recover of a version that never became stable (an upgrade interrupted before its
 * health check, whose new job then failed) rolls back, when it fails again, to the last stable
 * version — but only while it restores from that version's own savepoint: a new version that
 * checkpointed since has moved the state on, and going back would replay and undo that.
 */
function backToStable(c: JobChange, rec: JobRecord): boolean {
  if (c.action !== 'resume' && c.action !== 'recover') return false;
  const stable = rec.lastStable?.specHash;
  if (stable === undefined || stable === c.to.specHash || c.restoreFrom === undefined) return false;
  return rec.savepoints.some(
    (sp) => sameSavepointPath(sp.path, c.restoreFrom) && sp.specHash === stable && !sp.disposed,
  );
}
