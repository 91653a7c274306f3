/**
 * The stop step. Flink takes no savepoint of a job that is not RUNNING: a crash-looping job
 * (RESTARTING, FAILING) would refuse every stop-with-savepoint and keep looping. Such a job is
 * stopped by cancel instead; its latest completed checkpoint is recorded as the restore point
 * before the cancel, and the report and history say so.
 */

import { warning } from '../core/diagnostics';
import { sameSavepointPath } from '../core/restore-point';
import { isLocallyTerminal, type JobDetails } from '../flink/types';
import { ownRestorableSavepoint } from '../plan';
import type { SavepointKind } from '../state/model';
import { setPending } from '../state/records';
import { awaitTerminal, cancelAndWait } from './cancel-wait';
import { APPLY_CODES } from './codes';
import { iso, type RunContext } from './context';
import { type JobRun, OK, type StepResult } from './job-run';
import { stopWithSavepoint } from './savepoint';
import {
  cancelRestorePoint,
  checkpointsSurviveCancel,
  keepRestorePoint,
  RETAIN_ON_CANCEL,
  refreshCheckpoint,
} from './step-checkpoint';
import { failure, type Of, readFailed, specHashOfLive } from './step-util';

/**
 * Alive but not RUNNING (restarting, failing, (re)initialising): no savepoint possible, a cancel is.
 * A failed read is said, and the stop goes on as for a RUNNING job: Flink refuses the savepoint
 * of a job that is not, and the refusal leads to the cancel.
 */
async function unsavepointable(
  ctx: RunContext,
  run: JobRun,
  jobId: string,
  seen?: (job: JobDetails) => void,
): Promise<string | undefined> {
  const r = await ctx.client.getJob(jobId);
  if (!r.ok) {
    readFailed(
      ctx,
      run,
      `the state of ${jobId}`,
      r.error.message,
      'The stop went on as for a RUNNING job (a stop with savepoint); had the job been unable to take one, it would have been stopped by cancel.',
    );
    return undefined;
  }
  seen?.(r.value);
  const s = r.value.state;
  return s === 'RUNNING' || isLocallyTerminal(s) ? undefined : s;
}

/** Flink's refusal of a savepoint because the job's tasks were not running when it was triggered. */
const NOT_RUNNING = /Not all required tasks are currently running/i;

/** States of a job waiting for its (next) attempt to be scheduled. */
const WAITING = new Set(['CREATED', 'INITIALIZING']);

async function stopByCancel(
  ctx: RunContext,
  run: JobRun,
  s: { jobId: string; savepointKind: SavepointKind },
  state: string,
  /** Why the stop-with-savepoint failed, when the job left RUNNING during it. */
  savepointCause?: string,
): Promise<StepResult> {
  const job = run.change.job;
  // A job found restarting after its own savepoint failed (a TaskManager lost, a checkpoint that
  // expired) is most often recovering, not crash-looping: the message says what happened first.
  const after = savepointCause ? ` after its savepoint failed (${savepointCause})` : '';
  const unchanged = savepointCause
    ? 'Nothing was changed. A job that restarts after a failed savepoint usually comes back by itself (Flink restarts it once the TaskManagers are back): apply again once it is RUNNING. If it keeps restarting:'
    : 'Nothing was changed; the job keeps restarting.';
  // upgradeMode: stateless starts the new job without state: no checkpoint to keep.
  const stateless = run.change.action === 'upgrade' && run.change.strategy === 'stateless';
  const restarts = (s.savepointKind === 'upgrade' || s.savepointKind === 'rescale') && !stateless;
  const pinned = restarts ? run.change.restoreFrom : undefined;
  // Flink deletes a cancelled job's checkpoints unless they are retained on cancellation.
  const survives = stateless ? undefined : await checkpointsSurviveCancel(ctx, s.jobId);
  // With no checkpoint completed since it started from a savepoint, that savepoint is its state,
  // and no cancel deletes it.
  const point = stateless ? undefined : await cancelRestorePoint(ctx, run, s.jobId);
  // A suspend keeps the job's state for its resume. A job restarting because its own savepoint
  // failed (a TaskManager lost) is most often back soon: cancelling it would throw away the state
  // it built since its last savepoint, so the suspend waits for the next apply instead.
  // Flink refuses the savepoint of a job already restarting ("Not all required tasks are
  // currently running"): that one crash-loops, and the suspend cancels it as before.
  const restartedBySavepoint = savepointCause !== undefined && !NOT_RUNNING.test(savepointCause);
  const suspendAfterFailure = restartedBySavepoint && s.savepointKind === 'suspend';
  const keepsState = restarts || suspendAfterFailure;
  const fix = suspendAfterFailure
    ? 'fix what makes it fail (a RUNNING job stops with a savepoint), then apply again.'
    : `To replace it without state, set upgradeMode: stateless in jobs/${job}.yaml; or set restoreFrom: <path> to a savepoint of it, or fix what makes it fail (a RUNNING job stops with a savepoint), then apply again.`;
  if (survives === false && keepsState && !pinned && !point?.restored) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${job} is ${state}${after}: no savepoint possible, and cancelling it would delete its checkpoints`,
      `${unchanged} ${fix} Flink keeps a cancelled job's checkpoints only with ${RETAIN_ON_CANCEL}.`,
    );
  }
  // Durable before the cancel: the JobManager forgets a cancelled job's checkpoints.
  const cp = point && (point.restored || survives !== false) ? point : undefined;
  if (cp) await keepRestorePoint(ctx, run, s.jobId, cp, s.savepointKind);
  if (!cp && keepsState && !pinned) {
    // Waiting to be scheduled, the adaptive scheduler shows no checkpoint statistics at all.
    if (WAITING.has(state)) {
      return failure(
        APPLY_CODES.noCheckpoint,
        `job ${job} is ${state}, waiting to be scheduled: no savepoint possible, and Flink shows none of its checkpoints until it runs`,
        `Nothing was changed. Flink's adaptive scheduler shows a job's checkpoints only once it has task slots again. Start TaskManagers (or free slots) and apply again once it is RUNNING: it then stops with a savepoint. To replace it now, set upgradeMode: stateless in jobs/${job}.yaml (no state), or restoreFrom: <path> to a savepoint or retained checkpoint of it.`,
      );
    }
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${job} is ${state}${after}: no savepoint possible and no completed checkpoint to carry its state over`,
      `${unchanged} ${fix}`,
    );
  }
  await ctx.store.update(job, `apply: cancel ${job} (no savepoint possible while ${state})`, (d) =>
    setPending(d, job, { kind: 'cancel', jobId: s.jobId, startedAt: iso(ctx.clock) }),
  );
  const c = await cancelAndWait(ctx, job, s.jobId);
  if (!c.ok) {
    return failure(
      APPLY_CODES.cancelFailed,
      `cannot cancel job ${s.jobId} of ${job} (${state}, no savepoint possible): ${c.cause}`,
      'Check the job in the Flink UI.',
    );
  }
  run.oldStopped = true;
  if (cp) {
    // A checkpoint may have completed meanwhile; it survives the cancel only when retained.
    if (!cp.restored || survives === true) await refreshCheckpoint(ctx, run, s.jobId, s.savepointKind);
    run.report.savepoint = run.checkpoint;
  }
  const fromStart = cp?.restored && sameSavepointPath(run.checkpoint, cp.path);
  // With no checkpoint kept, a resume or recovery falls back on the newest savepoint the store
  // has of the job (older than its lost checkpoints): "without state" only when there is none.
  const older = s.savepointKind === 'delete' ? undefined : ownRestorableSavepoint(ctx.store.record(job));
  const resumeWith = older
    ? `will restore the older savepoint ${older.path} (${older.time}): the state since is lost`
    : 'will resume without state';
  const then = fromStart
    ? `will restore from ${run.checkpoint}, the savepoint it started from (no checkpoint completed since)`
    : run.checkpoint
      ? `will restore from checkpoint ${run.checkpoint}`
      : pinned
        ? `will restore from ${pinned}`
        : stateless
          ? 'the new job starts without state (upgradeMode: stateless)'
          : s.savepointKind === 'delete'
            ? 'no state was kept'
            : survives === false
              ? `its checkpoints went with it (not retained on cancellation): it ${resumeWith}`
              : resumeWith;
  // A savepoint that failed first (expired, a TaskManager lost) is why the job restarted: say it.
  run.stoppedByCancel = `stopped by cancel: no savepoint possible while ${state}${after}; ${then}`;
  // Flink fails a job whose stop-with-savepoint failed (an expired one: execution.checkpointing.timeout).
  const why = savepointCause
    ? `The stop-with-savepoint failed (${savepointCause}) and Flink restarted the job, so it was cancelled instead. A savepoint that expires needs a longer execution.checkpointing.timeout (Flink's default: 10 min). `
    : '';
  run.diags.push(
    warning(
      APPLY_CODES.stoppedByCancel,
      `job ${job} ${run.stoppedByCancel}`,
      why +
        (fromStart
          ? 'Flink takes no savepoint of a job that is not RUNNING, and this one completed no checkpoint since it started: its state is still that of the savepoint it started from, which is recorded in the state store again.'
          : run.checkpoint
            ? 'Flink takes no savepoint of a job that is not RUNNING. The checkpoint is recorded in the state store like a savepoint; records after it are replayed from the sources.'
            : stateless
              ? 'Flink takes no savepoint of a job that is not RUNNING; upgradeMode: stateless needs none.'
              : survives === false
                ? `Flink takes no savepoint of a job that is not RUNNING, and deleted its checkpoints with it: keep them with ${RETAIN_ON_CANCEL}. To start from a known savepoint instead, set restoreFrom: <path> in the job settings.`
                : 'Flink takes no savepoint of a job that is not RUNNING, and the job had no completed checkpoint. To start from a known savepoint instead, set restoreFrom: <path> in the job settings.'),
    ),
  );
  return OK;
}

/**
 * The plan saw the job alive but not RUNNING: it is stopped by cancel, its latest checkpoint
 * recorded first, as `--explain` showed.
 */
export async function stopPlannedByCancel(
  ctx: RunContext,
  run: JobRun,
  s: Of<'stop-by-cancel'>,
): Promise<StepResult> {
  // After an interrupted run, a cancel already made is made again: Flink accepts it.
  return stopByCancel(ctx, run, s, s.state);
}

/**
 * Stop with a savepoint. Should the job have left RUNNING since the plan (Flink refuses the
 * savepoint), it is stopped by cancel after all, and the warning and history say so.
 */
export async function stop(ctx: RunContext, run: JobRun, s: Of<'stop-with-savepoint'>): Promise<StepResult> {
  if (run.savepoint?.jobId === s.jobId) {
    run.oldStopped = true;
    return OK; // An interrupted run's stop already completed.
  }
  let seen: JobDetails | undefined;
  const before = await unsavepointable(ctx, run, s.jobId, (j) => {
    seen = j;
  });
  if (before) return stopByCancel(ctx, run, s, before);
  const o = await stopWithSavepoint(ctx, {
    job: run.change.job,
    jobId: s.jobId,
    specHash: specHashOfLive(ctx, run),
    kind: s.savepointKind,
    ...(seen ? { seen } : {}),
  });
  if (!o.ok) {
    // Refused or failed because the job restarted meanwhile: stop it by cancel. A timeout stays
    // pending (the savepoint may still complete), and a RUNNING job keeps running as it was.
    if (o.diag.code === APPLY_CODES.savepointFailed) {
      const after = await unsavepointable(ctx, run, s.jobId);
      if (after) return stopByCancel(ctx, run, s, after, o.cause);
    }
    return { ok: false, cause: o.cause, diag: o.diag };
  }
  run.savepoint = { path: o.path, jobId: s.jobId };
  run.report.savepoint = o.path;
  if (!o.failedWhileStopping) {
    const t = await awaitTerminal(ctx, run.change.job, s.jobId);
    if (!t.ok) {
      return failure(
        APPLY_CODES.cancelFailed,
        `job ${s.jobId} of ${run.change.job} did not stop after its savepoint: ${t.cause}`,
        `Its savepoint ${o.path} is recorded in the state store. Check the job in the Flink UI, then apply again.`,
      );
    }
  } else {
    // The job failed as it stopped; its restart strategy may bring it back. It must be gone
    // before the new version starts from the savepoint, or both would run.
    const c = await cancelAndWait(ctx, run.change.job, s.jobId);
    if (!c.ok) {
      return failure(
        APPLY_CODES.cancelFailed,
        `job ${s.jobId} of ${run.change.job} failed while stopping and cannot be cancelled: ${c.cause}`,
        `Its savepoint ${o.path} is recorded in the state store. Cancel the job in the Flink UI, then apply again.`,
      );
    }
  }
  run.oldStopped = true;
  return OK;
}
