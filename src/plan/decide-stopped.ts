/**
 * Deciding for a job that does not run: what the store remembers chooses between
 * create (never deployed, or retired), resume (suspended) and recover (the store
 * says running or failed, so it died against the repo's will).
 */

import { isBatchJob } from '../compile/runtime-mode';
import { restorePointKind } from '../core/restore-point';
import type { JobRecord } from '../state/model';
import { lastRestorableSavepoint, sameSavepointPath } from '../state/records';
import { batchRun } from './finished-batch-run';
import type { Decision, JobInputs } from './job-inputs';
import type { JobChange } from './model';
import { lastStartNotFound, startsWithoutGoneState } from './restore-point-gone';
import {
  latestRestorePoint,
  noRestorePoint,
  ownRestorableSavepoint,
  pinRewinds,
  stoppedByInterruptedApply,
  stoppedForRestart,
  warnNewerReleaseSavepoints,
} from './restore-points';
import { specChange } from './spec-change';
import { backendSwitch, pinnedFormat } from './state-backend';
import { warnCreatedAgain, warnHandJobState, warnRewind, warnVanished } from './stopped-state-warnings';
import { finishRollback } from './unfinished-rollback';

export function decideStopped(j: JobInputs): Decision {
  const { job, record, current, run, ctx, diags, base, to, live } = j;
  const last = ctx.observed ? live[0] : undefined;
  const lastIds = last ? { liveJobId: last.jobId, liveState: last.state } : {};
  if (!record || !current || record.status === 'deleted') {
    if (run.state === 'suspended') {
      return {
        change: { ...base, action: 'none', reason: `${run.reason}: not deployed`, causes: [run.cause!], to },
        diags,
      };
    }
    const spec = specChange(j, job.settings.upgradeMode ?? 'savepoint', false);
    const finalSp = record?.status === 'deleted' ? lastRestorableSavepoint(record) : undefined;
    if (!record && !job.settings.restoreFrom) warnHandJobState(j);
    if (finalSp && !job.settings.restoreFrom) warnCreatedAgain(j, finalSp.path);
    return {
      change: {
        ...base,
        action: 'create',
        reason: finalSp
          ? newAgain(finalSp.path, job.settings.restoreFrom)
          : isBatchJob(job)
            ? 'new batch job: apply runs it once and waits until it has FINISHED'
            : 'new job',
        causes: [{ kind: 'repo', path: job.sqlFile, to: 'added' }],
        ...(job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {}),
        to,
        ...(spec.sqlDiff ? { sqlDiff: spec.sqlDiff } : {}),
      },
      diags,
    };
  }
  const from = { specHash: current.specHash, parallelism: current.parallelism };
  if (record.status === 'suspended') {
    if (run.state === 'suspended') {
      return {
        change: { ...base, action: 'none', reason: 'suspended', causes: [], ...lastIds, from, to },
        diags,
      };
    }
    const sp = ownRestorableSavepoint(record, ctx.flinkVersion);
    const spec = specChange(
      j,
      job.settings.upgradeMode ?? 'savepoint',
      sp !== undefined || job.settings.restoreFrom !== undefined || pendingSavepoint(record),
    );
    // A restoreFrom pinned since the last deployment wins, as for a recovery; one that version was
    // already started from is spent: the suspend's own savepoint is newer, and resuming from the
    // pin would rewind the job's state (and its sources' offsets) to it on every resume.
    const pinned = spec.causes?.some((c) => c.path === 'restoreFrom') ? job.settings.restoreFrom : undefined;
    const restoreFrom = pinned ?? sp?.path;
    const awaited = !restoreFrom && pendingSavepoint(record);
    const batch = isBatchJob(job);
    if (!batch) pinRewinds(spec.compatibility, pinned, record, last);
    if (!batch) pinnedBackendSwitch(j, spec.compatibility, pinned);
    if (!pinned && !batch)
      warnNewerReleaseSavepoints(j, 'resume', restoreFrom, sp ? Date.parse(sp.time) : undefined);
    // A batch job keeps no state: every run of it starts afresh, which is nothing to warn about.
    if (!restoreFrom && !awaited && !batch) diags.push(noRestorePoint(job, 'resume'));
    const back = run.cause?.kind === 'schedule' ? run.reason : `${run.reason} again`;
    const gone = restoreFrom && !pinned ? lastStartNotFound(j, restoreFrom) : undefined;
    if (gone) diags.push(gone.diag);
    return {
      change: {
        ...base,
        action: 'resume',
        ...(gone ? { refused: gone.refused } : {}),
        reason: restoreFrom
          ? `${back}: restore from ${pinned ? 'the pinned' : 'its last'} ${restorePointKind(restoreFrom)}`
          : awaited
            ? `${back}: restore from the savepoint its interrupted stop took, if it completed`
            : batch
              ? `${back}: run the batch job (it keeps no state)`
              : `${back}: no savepoint known, starts without state`,
        ...spec,
        causes: [
          // A schedule window that opened says so; otherwise `state: running` brought it back.
          run.cause?.kind === 'schedule'
            ? run.cause
            : { kind: 'setting', path: 'state', from: 'suspended', to: 'running' },
          ...(spec.causes ?? []),
        ],
        ...(restoreFrom ? { restoreFrom } : {}),
        ...lastIds,
        from,
        to,
      },
      diags,
    };
  }
  const batch = batchRun(j, last, from);
  if (batch) return batch;
  const finishing = finishRollback(j, last, from);
  if (finishing) return finishing;
  // The store says running (or failed) but nothing runs: the job died against the repo's will.
  const why =
    record.status === 'failed'
      ? 'recorded as failed by an earlier apply'
      : !last
        ? 'vanished from the cluster while the store says running'
        : last.state === 'FINISHED' && last.jobId === current.jobId && isBatchJob(job)
          ? `its batch run (job ${last.jobId}) FINISHED`
          : stoppedByInterruptedApply(record, last.jobId)
            ? `job ${last.jobId} ${last.state}: an interrupted apply stopped it with a savepoint, which apply records first`
            : stoppedForRestart(record, last)
              ? `job ${last.jobId} ${last.state}: an interrupted apply stopped it with a savepoint to restart it, and did not start the new job`
              : `${last.state} on the cluster while the repo wants it running`;
  // A batch job whose version already FINISHED has nothing to stop, and `state: suspended` (set by
  // hand, or on the whole environment for maintenance) is not recorded: set back to running, the
  // version it asks for has run, and running it again would write its sinks once more. A schedule's
  // window closing is recorded, so that the next window runs it again.
  if (
    run.state === 'suspended' &&
    run.cause?.kind !== 'schedule' &&
    record.status === 'running' &&
    isBatchJob(job) &&
    last?.state === 'FINISHED' &&
    last.jobId === current.jobId &&
    from.specHash === to.specHash &&
    from.parallelism === to.parallelism
  ) {
    return {
      change: {
        ...base,
        action: 'none',
        reason: `${run.reason}; ${why}: nothing to stop (set back to running it does not run again; --replace ${job.name} runs it once more)`,
        causes: [],
        ...lastIds,
        from,
        to,
      },
      diags,
    };
  }
  if (run.state === 'suspended') {
    // What the job ended with is what it resumes from: said when Flink discarded newer checkpoints.
    const kept = latestRestorePoint(ctx.observed ? live : [], record, ctx.flinkVersion);
    if (kept && last) warnRewind(j, kept, last, record, 'suspend');
    return {
      change: {
        ...base,
        action: 'suspend',
        reason: `${run.reason}; ${why}: nothing to stop, recorded as suspended`,
        causes: [run.cause!],
        ...lastIds,
        from,
        to,
      },
      diags,
    };
  }
  const point = latestRestorePoint(ctx.observed ? live : [], record, ctx.flinkVersion);
  // Starting without state restores nothing: no state verdict, no advice on how to restore.
  const spec = specChange(
    j,
    job.settings.upgradeMode ?? 'savepoint',
    point !== undefined || job.settings.restoreFrom !== undefined || pendingSavepoint(record),
  );
  // A restoreFrom pinned since the last deployment wins, as it does for an upgrade (FO614 advises it):
  // the way back when the latest savepoint is gone. A pin already deployed is history.
  const pinned = spec.causes?.some((c) => c.path === 'restoreFrom') ? job.settings.restoreFrom : undefined;
  // The restore point the last start failed on because Flink did not find it: refused, unless the
  // job asks for upgradeMode: stateless, which starts it without state (what FO705 advises).
  const gone = point && !pinned ? lastStartNotFound(j, point.path) : undefined;
  const dropped = point !== undefined && gone !== undefined && job.settings.upgradeMode === 'stateless';
  const restoreFrom = pinned ?? (dropped ? undefined : point?.path);
  if (!isBatchJob(job)) pinRewinds(spec.compatibility, pinned, record, last);
  if (!isBatchJob(job)) pinnedBackendSwitch(j, spec.compatibility, pinned);
  // An interrupted stop (or savepoint) may have completed: apply asks for its result first (FO616).
  const awaited = !restoreFrom && pendingSavepoint(record);
  // The version the store runs ended and left nothing: say why when Flink discarded its checkpoints.
  // A batch job keeps no state: its run again starts afresh, as every run of it does. Nor does a job
  // that never ran: it failed before RUNNING (no task slots, a refused start), so it checkpointed nothing.
  // The default scheduler shows a job RUNNING while its tasks wait for slots: one that ended so
  // (real 1.20.3: NoResourceAvailableException, every vertex's start-time -1) never ran either.
  const unseen =
    last !== undefined &&
    last.jobId === current.jobId &&
    (last.runningSince === undefined || last.tasksNeverDeployed === true) &&
    last.lastCheckpointTime === undefined;
  // Real 1.20.3 (adaptive scheduler): a job that lost its TaskManager and failed waiting for slots
  // answers with no RUNNING time and no checkpoint, though it ran (the store recorded it stable)
  // and a retained checkpoint of it may be on disk; real 2.2.0 too for a job whose restart failed
  // creating its graph (a checkpoint directory that had become a file).
  const stable = unseen && record.lastStable?.jobId === last.jobId;
  const forgotten = stable && last.runningSince === undefined;
  const neverRan = unseen && !stable;
  if (dropped && point) {
    if (!isBatchJob(job)) diags.push(startsWithoutGoneState(j, point.path));
  } else {
    if (!restoreFrom && !awaited && !isBatchJob(job) && !neverRan)
      diags.push(noRestorePoint(job, 'recovery', last?.jobId === current.jobId ? last : undefined));
    if (!pinned && !isBatchJob(job)) warnNewerReleaseSavepoints(j, 'recovery', restoreFrom, point?.time);
    if (!pinned && point && last) warnRewind(j, point, last, record);
    if (!pinned && !last && ctx.observed && record.current) warnVanished(j, point, record);
    if (!pinned && forgotten) warnVanished(j, point, record, last.state);
    if (gone) diags.push(gone.diag);
  }
  return {
    change: {
      ...base,
      action: 'recover',
      ...(gone && !dropped ? { refused: gone.refused } : {}),
      reason:
        dropped && point
          ? `${why}: start without state (upgradeMode: stateless), as its latest ${point.what} is gone`
          : isBatchJob(job) && !pinned && !point && !awaited
            ? `${why}: run the batch job again (it keeps no state)`
            : neverRan && !restoreFrom && !awaited
              ? `${why}: start it again (it never ran, so it has no state to restore)`
              : `${why}: restart from ${pinned ? `the pinned ${restorePointKind(pinned)}` : point ? `its latest ${point.what}` : awaited ? 'the savepoint its interrupted stop took, if it completed' : 'no known state'}`,
      ...spec,
      causes: [
        {
          kind: 'cluster',
          path: 'state',
          from: 'RUNNING',
          to: last?.state ?? (record.status === 'failed' ? 'failed' : 'missing'),
        },
        ...(spec.causes ?? []),
      ],
      ...(restoreFrom ? { restoreFrom } : {}),
      ...lastIds,
      from,
      to,
    },
    diags,
  };
}

/** A newly pinned savepoint restored into another state backend than the recorded version's. */
function pinnedBackendSwitch(
  j: JobInputs,
  compat: JobChange['compatibility'],
  pinned: string | undefined,
): void {
  if (!pinned || !compat || j.job.settings.upgradeMode === 'stateless') return;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  backendSwitch(
    compat,
    j.current?.settings?.config,
    j.job.settings.config,
    settings,
    pinned,
    pinnedFormat(pinned, j.live, j.record),
    j.ctx.defaultStateBackend,
  );
}

/** An earlier apply stopped during a savepoint (or a stop with one) of this job: its result is not known yet. */
function pendingSavepoint(record: JobRecord): boolean {
  const p = record.pending;
  return p !== undefined && (p.kind === 'savepoint' || p.kind === 'stop-with-savepoint');
}

/** The reason of a create after a deletion: which state it starts from, before it happens. */
function newAgain(finalSp: string, pinned: string | undefined): string {
  if (pinned === undefined)
    return `new again after its deletion; its final savepoint ${finalSp} is used only if pinned with restoreFrom`;
  return sameSavepointPath(pinned, finalSp)
    ? 'new again after its deletion: restore from its final savepoint, pinned with restoreFrom'
    : `new again after its deletion: restore from the pinned ${restorePointKind(pinned)}, not its final savepoint ${finalSp}`;
}
