/**
 * Deciding for a job that does not run: what the store remembers chooses between
 * create (never deployed, or retired), resume (suspended) and recover (the store
 * says running or failed, so it died against the repo's will).
 */

import { isBatchJob } from '../compile/runtime-mode';
import { type Diagnostic, warning } from '../core/diagnostics';
import { missingRestorePoint, restorePointKind } from '../core/restore-point';
import type { LiveJob } from '../observe/model';
import type { JobRecord, PendingOperation } from '../state/model';
import { lastRestorableSavepoint, sameSavepointPath } from '../state/records';
import { PLAN_CODES } from './codes';
import { sourceStartFindings } from './compat';
import {
  at,
  backendSwitch,
  type Decision,
  fileRange,
  isAlive,
  type JobInputs,
  latestRestorePoint,
  noRestorePoint,
  ownRestorableSavepoint,
  pinnedFormat,
  pinRewinds,
  specChange,
  specHashOf,
  stoppedByInterruptedApply,
  stoppedForRestart,
  warnNewerReleaseSavepoints,
} from './job-inputs';
import type { JobChange } from './model';

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

/**
 * An apply died during a rollback, before the previous version ran again (the store's `pending`
 * rollback): while the repository still asks for the failing version, the recovery finishes that
 * rollback (the failed job cancelled, if `last` is it and still alive; the previous version started
 * from the savepoint the rollback chose) rather than start the failing version once more.
 */
export function finishRollback(
  j: JobInputs,
  last: LiveJob | undefined,
  from: { specHash: string; parallelism: number },
): Decision | undefined {
  const { record, run, diags, base, to } = j;
  const p = record?.pending;
  if (p?.kind !== 'rollback' || p.failedSpecHash !== to.specHash || run.state === 'suspended')
    return undefined;
  const failed = p.jobId ? `job ${p.jobId}` : 'the new version';
  if (last && rolledBackJob(last, p))
    return {
      change: {
        ...base,
        action: 'recover',
        reason: `an earlier apply was rolling ${failed} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped after it started that version again, before it recorded it: finish the rollback, record job ${last.jobId} (${last.state}${p.savepoint ? `, restored from ${p.savepoint}` : ''}) and check its health; nothing is started`,
        causes: [{ kind: 'cluster', path: 'state', from: 'RUNNING', to: last.state }],
        liveJobId: last.jobId,
        liveState: last.state,
        from,
        to,
      },
      diags,
    };
  const alive = last !== undefined && last.jobId === p.jobId && isAlive(last);
  return {
    change: {
      ...base,
      action: 'recover',
      reason: `an earlier apply was rolling ${failed} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped before that ran again: finish the rollback, ${alive ? `cancel job ${last.jobId} (${last.state}), ` : ''}${p.savepoint ? `restore the last stable version from ${p.savepoint}` : 'start the last stable version without state'}`,
      causes: [{ kind: 'cluster', path: 'state', from: 'RUNNING', to: last?.state ?? 'missing' }],
      ...(p.savepoint ? { restoreFrom: p.savepoint } : {}),
      ...(last ? { liveJobId: last.jobId, liveState: last.state } : {}),
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

/**
 * FO671: the job's last start failed because Flink could not find the savepoint or checkpoint it
 * restored (its folder deleted, a path edited in the store), and this resume or recovery would
 * restore that same path: it would fail the same way on every apply. Refused, and said, with the
 * way out: pin another restore point (a newly pinned path, the same one too once it is back, is
 * never refused). A later start of the job clears it.
 */
function lastStartNotFound(
  j: JobInputs,
  restoreFrom: string,
): { refused: NonNullable<JobChange['refused']>; diag: Diagnostic } | undefined {
  const history = j.record?.history ?? [];
  const i = history.findLastIndex((h) => h.action.endsWith('-failed'));
  if (i < 0 || history.slice(i + 1).some((h) => h.jobId !== undefined && !h.action.startsWith('savepoint')))
    return undefined;
  const path = missingRestorePoint(history[i]!.detail ?? '');
  if (path === undefined || !sameSavepointPath(path, restoreFrom)) return undefined;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  const summary = `Job ${j.job.name} cannot restore ${restoreFrom}: Flink did not find it`;
  const detail =
    `Its last start (${history[i]!.action.replace(/-failed$/, '')} at ${history[i]!.time}) failed because that ${restorePointKind(restoreFrom)} is gone: ` +
    'its folder was deleted, or the path was changed by hand in the state store. Starting from it again would fail the same way, so the ' +
    `${j.run.state === 'suspended' ? 'change' : 'start'} is refused. Pin a restore point that exists with restoreFrom: <path> in ${settings} ` +
    `(flinkops savepoints list ${j.job.name} lists the recorded ones; a retained checkpoint is a …/chk-N folder), then plan again` +
    (j.run.state === 'suspended'
      ? '.'
      : `; or set upgradeMode: stateless in ${settings} to start it without state.`);
  return {
    refused: { code: PLAN_CODES.restorePointGone, summary, detail },
    diag: warning(PLAN_CODES.restorePointGone, summary, detail, fileRange(j.job.yamlFile ?? j.job.sqlFile)),
  };
}

/** FO671 with upgradeMode: stateless: the recovery starts the job without the state that is gone. */
function startsWithoutGoneState(j: JobInputs, path: string): Diagnostic {
  return warning(
    PLAN_CODES.restorePointGone,
    `Job ${j.job.name} cannot restore ${path}: Flink did not find it; it starts without state (upgradeMode: stateless)`,
    `Its last start failed because that ${restorePointKind(path)} is gone. The job asks for upgradeMode: stateless, so the recovery starts it without state: each source starts where its scan.startup.mode says. To restore another savepoint instead, set restoreFrom: <path> in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`}.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile),
  );
}

/**
 * flinkops before 1584e3f0 took a batch run that ended FINISHED for a job that did not become
 * healthy: status `failed`, history `<change>-failed` "job X is FINISHED". Read now, that run
 * succeeded; running it again would write its sinks once more.
 */
function finishedCalledFailed(record: JobRecord, jobId: string): boolean {
  const last = record.history.at(-1);
  return (
    record.status === 'failed' &&
    last !== undefined &&
    last.action.endsWith('-failed') &&
    last.jobId === jobId &&
    last.detail === `job ${jobId} is FINISHED`
  );
}

/**
 * A batch job whose run of the store's version ended FINISHED: that is its success, not a job
 * that died. Nothing to do while the repository asks for what ran; a changed job (script, a
 * setting, parallelism) runs again, without state, as batch jobs always start, and so does one
 * named by `--replace` (the way to run it again on demand: the next day's run from cron).
 */
function batchRun(
  j: JobInputs,
  last: LiveJob | undefined,
  from: { specHash: string; parallelism: number },
): Decision | undefined {
  const { job, record, current, run, diags, base, to } = j;
  if (!isBatchJob(job) || !current || !record) return undefined;
  if (record.status !== 'running' && !finishedCalledFailed(record, current.jobId)) return undefined;
  if (last?.state !== 'FINISHED' || last.jobId !== current.jobId || run.state === 'suspended')
    return undefined;
  const lastIds = { liveJobId: last.jobId, liveState: last.state };
  const ended = last.endTime !== undefined && last.endTime > 0 ? ` at ${at(last.endTime)}` : '';
  const rerun = j.ctx.replace?.has(job.name) === true;
  if (from.specHash === to.specHash && from.parallelism === to.parallelism && !rerun) {
    // The apply that started it stopped watching before it ended (Ctrl-C, a timeout): apply records it.
    const unrecorded = record.lastStable?.jobId !== last.jobId;
    return {
      change: {
        ...base,
        action: 'none',
        reason: `batch job: its run (job ${last.jobId}) FINISHED${ended}${unrecorded ? '; apply records it' : ''}`,
        causes: unrecorded ? [{ kind: 'state', path: 'health-check', to: 'unfinished' }] : [],
        ...lastIds,
        from,
        to,
        ...(unrecorded ? { verify: { jobId: last.jobId } } : {}),
      },
      diags,
    };
  }
  const spec = specChange(j, 'stateless', false);
  return {
    change: {
      ...base,
      action: 'upgrade',
      strategy: 'stateless',
      reason:
        rerun && !spec.causes && from.parallelism === to.parallelism
          ? `batch job run again on request (--replace); its last run (job ${last.jobId}) FINISHED${ended}`
          : `batch job changed since its run (job ${last.jobId}) FINISHED${ended}: run the new version (a batch job keeps no state)`,
      ...spec,
      causes: [
        ...(rerun ? [{ kind: 'request', path: 'replace' } as const] : []),
        ...(spec.causes ??
          (from.parallelism !== to.parallelism
            ? [
                {
                  kind: 'repo',
                  path: 'parallelism',
                  from: String(from.parallelism),
                  to: String(to.parallelism),
                } as const,
              ]
            : [])),
      ],
      ...lastIds,
      from,
      to,
    },
    diags,
  };
}

/**
 * FO602: the recovery (or the resume after a suspend of the ended job) restores older state than
 * the job had: it completed a checkpoint after its restore point, which Flink discarded when the
 * job ended (cancelled without RETAIN_ON_CANCELLATION). The records since are read again, and sinks that append (an
 * exactly-once Kafka topic among them) write them twice: said, with the setting that keeps them.
 */
function warnRewind(
  j: JobInputs,
  point: { path: string; time: number; what: string },
  last: LiveJob,
  record: JobRecord,
  /** A recovery restores the point now; a suspend of the ended job keeps it for its resume. */
  action: 'recover' | 'suspend' = 'recover',
): void {
  const lost = last.lastCheckpointTime;
  // Any newer checkpoint counts: the sinks committed what came before it (an exactly-once Kafka
  // sink commits on each checkpoint), so even one is written twice.
  if (lost === undefined || lost <= point.time || sameSavepointPath(last.latestCheckpoint?.path, point.path))
    return;
  const { job } = j;
  const taken = takenAt(point, j.live, record);
  j.diags.push(
    warning(
      PLAN_CODES.recoveryRewinds,
      action === 'recover'
        ? `Job ${job.name} is recovered from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})`
        : `Job ${job.name} is recorded as suspended and resumes from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})`,
      `Flink discarded that checkpoint when job ${last.jobId} ended (${last.state}): a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION. ` +
        `The records since ${at(taken)} are read again: a sink that appends (an exactly-once Kafka topic, files) writes them a second time; an upsert sink by key ends the same. ` +
        `Set the retention in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} so that the next cancel keeps them; to start from other state, restoreFrom: <path>.`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * FO659: the job vanished from the cluster: a JobManager restarted without high availability
 * forgot it, its checkpoints and the outcome of a savepoint under way. The recovery restores the
 * newest state the store knows; a savepoint that completed as the JobManager went down, and the
 * checkpoints since, are on disk only, where the plan cannot look: said, with their names.
 */
function warnVanished(
  j: JobInputs,
  point: { path: string; time: number; what: string } | undefined,
  record: JobRecord,
  ended?: string,
): void {
  const { job } = j;
  const jid = record.current!.jobId;
  const p = record.pending;
  const stop =
    p && (p.kind === 'stop-with-savepoint' || p.kind === 'savepoint') && p.jobId === jid ? p : undefined;
  const from = point
    ? `its ${point.what} of ${at(takenAt(point, j.live, record))} (${point.path})`
    : 'no state';
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  // Started through another endpoint than the plan reached: another cluster more likely than a
  // restart without high availability (FO739 says so for the environment).
  const started = record.current?.endpoint;
  const elsewhere = j.ctx.endpoint !== undefined && started !== undefined && started !== j.ctx.endpoint;
  j.diags.push(
    warning(
      PLAN_CODES.vanishedState,
      ended
        ? `Job ${job.name} ended ${ended} with no checkpoint Flink shows: it is recovered from ${from}, and newer state may be on disk only`
        : elsewhere
          ? `Job ${job.name} is not on this cluster, and was started through another JobManager endpoint: it is recovered from ${from}, and newer state may be on the other cluster`
          : `Job ${job.name} vanished from the cluster: it is recovered from ${from}, and newer state may be on disk only`,
      (ended
        ? `Job ${jid} ran, but Flink answers it with no RUNNING time and no checkpoint: the adaptive scheduler reports a job that failed between two runs from a graph it never built (one that lost its TaskManager and waited for task slots in vain, NoResourceAvailableException, or whose restart failed before it ran, e.g. on a checkpoint directory it could not write). Its exceptions in the Flink UI say which. `
        : elsewhere
          ? `This JobManager does not know job ${jid}, which was started through another JobManager endpoint (FO739): it may still run on that cluster${stop ? `, where the ${stop.kind} started at ${stop.startedAt} (trigger ${stop.triggerId}) was under way` : ''}. If it does, move the environment with moveFrom instead of applying this recovery. `
          : `The JobManager no longer knows job ${jid}: it restarted without high availability (or the job expired from its history), and forgot the job${stop ? `, its checkpoints and the outcome of the ${stop.kind} started at ${stop.startedAt} (trigger ${stop.triggerId})` : ' and its checkpoints'}. `) +
        `${stop ? `If that savepoint completed, it is a folder savepoint-${jid.slice(0, 6)}-… holding a _metadata file in the savepoint directory. ` : ''}` +
        `Checkpoints the job completed later are kept as <checkpoint directory>/${jid}/chk-<n> (with a _metadata file) when they were retained, or when the JobManager died before it could delete them. ` +
        `To restore the newest of them, set restoreFrom: <its path> in ${settings} before applying; otherwise the records since are read again (a sink that appends writes them twice).`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * When a restore point was taken. The savepoint the current version started from counts as of
 * that start for choosing the newest point (latestRestorePoint), but it holds the state of when
 * it was taken, which the store's record of it (or the job that took it) says.
 */
function takenAt(point: { path: string; time: number }, live: readonly LiveJob[], record: JobRecord): number {
  const times = [point.time];
  for (const s of record.savepoints)
    if (sameSavepointPath(s.path, point.path)) times.push(Date.parse(s.time));
  for (const l of live)
    for (const p of [l.latestSavepoint, l.latestCheckpoint])
      if (p && sameSavepointPath(p.path, point.path) && p.time > 0) times.push(p.time);
  return Math.min(...times.filter((t) => !Number.isNaN(t)));
}

/**
 * FO633: a job started outside flinkops (no labels) ran under the managed name, ended (cancelled,
 * stopped with a savepoint, failed) and left a savepoint or checkpoint. Only a running job is
 * adopted, so the new job would start without that state, silently: said, with the pin that keeps it.
 */
function warnHandJobState(j: JobInputs): void {
  const { job, live, ctx } = j;
  if (!ctx.observed) return;
  const ended = live.filter((l) => l.labels === undefined && !isAlive(l) && !l.previousCluster);
  const point = latestRestorePoint(ended, undefined);
  if (!point) return;
  const owner = ended.find(
    (l) =>
      sameSavepointPath(l.latestSavepoint?.path, point.path) ||
      sameSavepointPath(l.latestCheckpoint?.path, point.path),
  );
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.handJobState,
      `Job ${job.name} is created without the state of the job that ran under its name outside flinkops`,
      `Job ${owner?.jobId ?? '?'} (${owner?.state ?? 'ended'}), started without flinkops labels, left the ${point.what} ${point.path}. ` +
        `Only a running job is adopted; the new job restores nothing. To start it from that state, set restoreFrom: ${point.path} in ${settings}; to start afresh, nothing.`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * FO693: a deleted job created again without its final savepoint pinned starts without state, so
 * each Kafka or Flink CDC source reads where its startup mode says (earliest-offset: every record
 * again, into an exactly-once sink too), as after a stateless upgrade; the final savepoint holds
 * where the deleted job stopped.
 */
function warnCreatedAgain(j: JobInputs, finalSp: string): void {
  const { job } = j;
  const findings = sourceStartFindings(job.script);
  if (findings.length === 0) return;
  j.diags.push(
    warning(
      PLAN_CODES.createdAgainWithoutState,
      `Job ${job.name} is created again without the state of its deleted version: its sources start where their startup mode says`,
      `${findings.join('; ')}. Its final savepoint ${finalSp} holds where the deleted job stopped: to go on from there, set restoreFrom: ${finalSp} in ${job.yamlFile ?? `jobs/${job.name}.yaml`}; to start afresh, nothing.`,
      fileRange(job.sqlFile),
    ),
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

/**
 * The job the rollback under way (`p`) started again, alive: the previous version's labels, not the
 * failed job, and restored from the savepoint the rollback chose where the cluster says what it
 * restored (in any spelling of the path).
 */
export function rolledBackJob(live: LiveJob, p: Extract<PendingOperation, { kind: 'rollback' }>): boolean {
  return (
    isAlive(live) &&
    live.jobId !== p.jobId &&
    specHashOf(live).specHash === p.specHash &&
    (live.restoredFrom === undefined ||
      p.savepoint === undefined ||
      sameSavepointPath(live.restoredFrom, p.savepoint))
  );
}
