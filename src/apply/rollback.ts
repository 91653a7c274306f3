/**
 * Rollback: the new version did not become healthy (or could not start after the old
 * job was stopped). Cancel what we started, start the last stable version from the
 * same savepoint, watch it through the grace period, and leave the trail in history.
 */
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import { missingRestorePoint, sameSavepointPath } from '../core/restore-point';
import { jarRebuilt, pythonFileChanged } from '../plan/causes';
import { analyzeScript } from '../sql/analyze';
import { scriptSettings } from '../sql/script-settings';
import type { RolledBackChange } from '../state/model';
import {
  appendHistory,
  clearPending,
  clearRolledBack,
  markStable,
  setCurrent,
  setPending,
  setRolledBack,
  setStatus,
  writtenByNewerMajor,
} from '../state/records';
import { cancelAndWait } from './cancel-wait';
import { APPLY_CODES } from './codes';
import { clusterVersion, endpointOf, iso, mask, type RunContext } from './context';
import { awaitRunning } from './health';
import { healthGrace } from './health-grace';
import type { JobRun, StepResult } from './job-run';
import { kafkaSendWait } from './kafka-send-wait';
import { submitJob } from './submit';

/** Marks the job failed in the store, keeping the cause in its history. */
export async function recordFailed(ctx: RunContext, run: JobRun, cause: string): Promise<void> {
  const job = run.change.job;
  await ctx.store.update(job, `apply: ${run.change.action} of ${job} failed`, (d) =>
    appendHistory(setStatus(clearPending(d, job), job, 'failed'), job, {
      time: iso(ctx.clock),
      action: `${run.change.action}-failed`,
      ...(run.newJobId ? { jobId: run.newJobId } : {}),
      detail: mask(ctx, cause),
    }),
  );
}

/**
 * A start refused at submission because Flink cannot find the savepoint or checkpoint it restores
 * (the default scheduler restores it as the JobMaster starts, so no job is left to record): the
 * attempt goes into the job's history, its status unchanged, so that the next plan knows that path
 * is gone rather than submit from it again.
 */
export async function recordRestoreGone(ctx: RunContext, run: JobRun, cause: string): Promise<void> {
  const job = run.change.job;
  if (missingRestorePoint(cause) === undefined) return;
  await ctx.store.update(job, `apply: ${run.change.action} of ${job} failed`, (d) =>
    appendHistory(d, job, {
      time: iso(ctx.clock),
      action: `${run.change.action}-failed`,
      detail: mask(ctx, cause),
    }),
  );
}

/**
 * The max parallelism the previous version starts with again: the one recorded for it, unless the
 * job this run stopped ran with another (an older flinkops recorded maxParallelism without sending
 * it to Flink). Its savepoint or checkpoint, which the rollback restores, is in that job's key groups.
 */
async function rollbackMaxParallelism(
  ctx: RunContext,
  run: JobRun,
  restore: string | undefined,
  recorded: unknown,
): Promise<number | undefined> {
  if (typeof recorded !== 'number') return undefined;
  const from = sameSavepointPath(restore, run.savepoint?.path)
    ? run.savepoint?.jobId
    : sameSavepointPath(restore, run.checkpoint)
      ? run.change.liveJobId
      : undefined;
  if (!from) return recorded;
  const details = await ctx.client.getJob(from);
  if (!details.ok) return recorded;
  const values = new Set(details.value.vertices.map((v) => v.maxParallelism).filter((m) => m > 1));
  return values.size === 1 ? [...values][0]! : recorded;
}

export async function rollback(ctx: RunContext, run: JobRun, cause: string): Promise<StepResult> {
  const job = run.change.job;
  ctx.emit({ type: 'rollback-started', job, reason: mask(ctx, cause) });
  const target = run.previous;
  // A moving job goes back to the cluster it left (moveFrom), which runs the release that wrote
  // its state: a start on the new cluster failed, and the previous version would fail there too.
  const back = run.change.move && ctx.previous ? { ...ctx, client: ctx.previous } : ctx;
  // The previous version's own state, taken by this run: not what the new version restored from,
  // which may be a pinned restoreFrom of another version. A resume or recover took nothing: the
  // newest savepoint of the previous version's spec that the cluster can read, else what the new
  // version restored from.
  const restore =
    run.savepoint?.path ?? run.checkpoint ?? (await ownSavepoint(back, run)) ?? run.restoredFrom;
  // Written before the cancel: a run that dies between the cancel and the restart of the previous
  // version leaves the next plan to finish this rollback, not to start the failing version again.
  // (Not for a move, whose previous version goes back to the cluster it left.)
  const failed = run.change.to?.specHash;
  if (target?.script.trim() && failed !== undefined && failed !== target.specHash && !run.change.move)
    await ctx.store.update(job, `apply: rolling back ${job}`, (d) =>
      setPending(d, job, {
        kind: 'rollback',
        ...(run.newJobId ? { jobId: run.newJobId } : {}),
        specHash: target.specHash,
        failedSpecHash: failed,
        ...(restore ? { savepoint: restore } : {}),
        cause: mask(ctx, cause),
        startedAt: iso(ctx.clock),
      }),
    );
  if (run.newJobId) {
    const refused = await cancelFailing(ctx, job, run.newJobId, 'new job');
    if (refused) {
      await recordFailed(ctx, run, refused.cause);
      return refused;
    }
  }
  return restorePrevious(back, ctx, run, cause, restore);
}

/** Cancels a rollback's failing job (`what` names it); the rollback's failure when it cannot. */
async function cancelFailing(
  ctx: RunContext,
  job: string,
  jobId: string,
  what: string,
): Promise<{ ok: false; cause: string; diag: Diagnostic } | undefined> {
  const c = await cancelAndWait(ctx, job, jobId);
  if (c.ok) return undefined;
  const why = `could not cancel the ${what} ${jobId}: ${c.cause}`;
  return {
    ok: false,
    cause: why,
    diag: error(
      APPLY_CODES.rollbackFailed,
      `rollback of job ${job} failed: ${why}`,
      'Cancel it in the Flink UI, then apply again.',
    ),
  };
}

/**
 * The rollback an apply that died had started (the store's `pending` rollback): the failing job is
 * cancelled (again), and the previous version restored from the savepoint that apply chose.
 */
export async function finishRollback(ctx: RunContext, run: JobRun): Promise<StepResult> {
  const job = run.change.job;
  const rec = ctx.store.record(job);
  const p = rec?.pending;
  if (p?.kind !== 'rollback')
    return {
      ok: false,
      cause: 'no rollback is under way',
      diag: error(APPLY_CODES.planMismatch, `job ${job} has no rollback under way`, 'Run plan again.'),
    };
  const target = [rec?.lastStable, rec?.current].find((v) => v?.specHash === p.specHash);
  if (target) run.previous = target;
  else delete run.previous;
  ctx.emit({ type: 'rollback-started', job, reason: p.cause });
  if (p.jobId) {
    const refused = await cancelFailing(ctx, job, p.jobId, 'failed job');
    if (refused) return refused;
  }
  // That apply had started the previous version again, and died before it recorded it: the plan
  // found the job alive (its labels, the savepoint it restored), and it is recorded, not started
  // again. (A job the plan names that has ended is an older one: the previous version is started.)
  const c = run.change;
  const restarted =
    c.liveJobId !== undefined &&
    c.liveJobId !== p.jobId &&
    c.liveState !== undefined &&
    !isTerminal(c.liveState)
      ? c.liveJobId
      : undefined;
  const r = await restorePrevious(ctx, ctx, run, p.cause, p.savepoint, p.jobId, restarted);
  if (!r.ok) return r;
  run.report.outcome = 'rolled-back';
  run.report.error = p.cause;
  if (p.savepoint) run.report.savepoint = p.savepoint;
  run.diags.push(
    error(
      APPLY_CODES.rolledBack,
      `job ${job} was rolled back to its last stable version: the rollback an earlier apply started (${p.startedAt}) is finished`,
      `The new version failed (${p.cause}); ${restarted ? `that apply started the previous version again (job ${restarted}${p.savepoint ? `, from ${p.savepoint}` : ''}) and stopped before it recorded it: it is recorded now` : `that apply stopped before the previous version ran again. It runs again now${p.savepoint ? ` from ${p.savepoint}` : ', started without state'}`}. Fix the job and apply again: until the job changes in the repository, plans hold this change rather than try it again (--replace ${job} tries it again as it is).`,
    ),
  );
  return r;
}

/** Starts the version to roll back to (`run.previous`) from `restore`, records it, and watches it through the grace period. */
async function restorePrevious(
  back: RunContext,
  ctx: RunContext,
  run: JobRun,
  cause: string,
  restore: string | undefined,
  failedJobId?: string,
  /** The previous version's job, already running: recorded and watched, not submitted. */
  restarted?: string,
): Promise<StepResult> {
  const job = run.change.job;
  const target = run.previous;
  if (!target?.script.trim()) {
    const why = 'no stable version is known to roll back to';
    await recordFailed(ctx, run, `${cause}; ${why}`);
    return {
      ok: false,
      cause: why,
      diag: error(
        APPLY_CODES.rollbackFailed,
        `rollback of job ${job} impossible: ${why}`,
        `Nothing runs for this job now. ${restore ? `Its state is in ${restore}. ` : ''}Fix the job and apply again.`,
      ),
    };
  }
  const maxParallelism = await rollbackMaxParallelism(back, run, restore, target.settings?.maxParallelism);
  // A new build of a jar under the same URI, or an edit of a Python file at the same path: the
  // previous script loads the new code, so the job it starts is the new version, and is recorded
  // as such (a repository put back to the previous code then plans an upgrade).
  const specHash =
    (jarRebuilt(run.change.causes) || pythonFileChanged(run.change.causes)) && run.change.to
      ? run.change.to.specHash
      : target.specHash;
  const sub = restarted
    ? ({ ok: true, jobId: restarted } as const)
    : await submitJob(back, {
        job,
        pipelineName: run.change.pipelineName,
        script: target.script,
        specHash,
        commit: target.commit ?? 'unknown',
        parallelism: target.parallelism,
        ...(maxParallelism !== undefined ? { maxParallelism } : {}),
        ...(restore ? { restorePath: restore } : {}),
        allowNonRestoredState: target.settings?.allowNonRestoredState === true,
        ...(ctx.desired.environment.savepointDir
          ? { savepointDir: ctx.desired.environment.savepointDir }
          : {}),
        ...(target.plan ? { plan: { path: target.plan.path, sha256: target.plan.sha256 } } : {}),
      });
  if (!sub.ok) {
    // Neither version could be submitted (the gateway is down, likely): the cause may well be
    // outside the change, so the rollback is not kept under way, and the next apply recovers the
    // version the repository asks for from the same state.
    await recordFailed(ctx, run, `${cause}; rollback submission failed: ${sub.diag.summary}`);
    // The old job is stopped and neither version started: say so, and where the state is.
    return {
      ok: false,
      cause: sub.diag.summary,
      diag: {
        ...sub.diag,
        code: APPLY_CODES.rollbackFailed,
        summary: `rollback of job ${job} failed: ${sub.diag.summary}`,
        detail: `Nothing runs for this job now. ${restore ? `Its state is in ${restore}; the next apply restarts it from there. ` : ''}${sub.diag.detail}`,
      },
    };
  }
  const jobId = sub.jobId;
  // How the previous version was started the first time is not how it started now: the record
  // says what this start did, as a submission's does (a restore path, or none), and where: the
  // cluster it runs on (the one a move left, after a move's rollback) and that cluster's release.
  const { restoredFrom: _restoredFrom, startedWithoutState: _startedWithoutState, ...kept } = target;
  const restored = {
    ...kept,
    specHash,
    jobId,
    deployedAt: iso(ctx.clock),
    ...(restore ? { restoredFrom: restore } : { startedWithoutState: true }),
    ...(await clusterVersion(back.client)),
    ...endpointOf(back.client),
  };
  const rejected = rolledBackChange(ctx, run, cause, failedJobId);
  await ctx.store.update(job, `apply: roll back ${job}`, (d) =>
    appendHistory(
      setCurrent(clearPending(rejected ? setRolledBack(d, job, rejected) : d, job), job, restored, 'running'),
      job,
      {
        time: iso(ctx.clock),
        action: 'rollback',
        jobId,
        ...(restore ? { savepoint: restore } : {}),
        ...(target.commit ? { commit: target.commit } : {}),
        detail: mask(ctx, `to spec ${target.specHash.slice(0, 12)}: ${cause}`),
      },
    ),
  );
  run.report.newJobId = jobId;
  if (restore) run.rolledBackFrom = restore;
  const running = await awaitRunning(back, job, jobId);
  // The target's SET lines and its Kafka sinks' wait, from one analysis of its script.
  const statements = running.ok ? analyzeScript(target.script, 'script.sql').statements : [];
  const healthy = running.ok
    ? await healthGrace(
        back,
        job,
        jobId,
        running.runningSince,
        scriptSettings(statements),
        kafkaSendWait(statements),
      )
    : running;
  if (!healthy.ok && 'interrupted' in healthy && healthy.interrupted) {
    // Ctrl-C while the rolled-back job proved itself: it runs, its check is unfinished.
    return {
      ok: false,
      cause: healthy.cause,
      interrupted: true,
      diag: warning(
        APPLY_CODES.interrupted,
        `job ${job} was rolled back to its last stable version (job ${jobId}), but apply was interrupted before its health check finished`,
        'The previous version runs again. The next plan says its health check is unfinished (FO619), and apply finishes it.',
      ),
    };
  }
  if (!healthy.ok) {
    await recordFailed(ctx, run, `rollback unhealthy: ${healthy.cause}`);
    // The previous version fails as well, so the cause is outside the change (a wrong secret, a
    // database or broker down): holding the change would leave the failing version in place
    // while plans say there is nothing to do. The next plan tries the change again.
    if (rejected) await ctx.store.update(job, `apply: ${job} not held`, (d) => clearRolledBack(d, job));
    return {
      ok: false,
      cause: healthy.cause,
      diag: error(
        APPLY_CODES.rollbackFailed,
        `rollback of job ${job} failed: ${mask(ctx, healthy.cause)}`,
        jarRebuilt(run.change.causes)
          ? `The change was a new build of a UDF jar under the same URI, and the previous version loads the jar from that URI too: the rollback ran the new build, so the cause is likely that build. Put the previous build back at the jar's URI (and its sha256 in the repository) and apply again, or fix the UDF and publish the fix; publish each build under a URI of its own (acme-udfs-1.0.1.jar) so that a rollback loads the old one.`
          : pythonFileChanged(run.change.causes)
            ? `The change was an edit of a Python file the job ships (${run.change.causes.find((c) => c.kind === 'udf')!.path}), and the previous version reads the same file: the rollback ran the edited code, so the cause is likely that edit. Fix the function (or put its previous code back) and apply again; to keep a version that can be rolled back to, ship each version of the code under a folder of its own (file:///udfs/1.1/my_udfs.py: the module keeps its name).`
            : 'Neither the new nor the previous version runs healthily, so the cause is likely outside the change (a credential, a database or broker, the cluster). Check the job in the Flink UI and the cluster log, fix the cause and apply again: the next plan tries the change again.',
      ),
    };
  }
  await ctx.store.update(job, `apply: ${job} rolled back`, (d) => markStable(d, job));
  return { ok: true };
}

/** What the rolled-back change asked for, so that plans hold it until the repository changes it. */
function rolledBackChange(
  ctx: RunContext,
  run: JobRun,
  cause: string,
  failedJobId = run.newJobId,
): RolledBackChange | undefined {
  const to = run.change.to;
  const settings = run.desired?.settings;
  if (!to || !settings) return undefined;
  return {
    specHash: to.specHash,
    parallelism: to.parallelism,
    upgradeMode: settings.upgradeMode,
    allowNonRestoredState: settings.allowNonRestoredState,
    time: iso(ctx.clock),
    ...(failedJobId ? { jobId: failedJobId } : {}),
    cause: mask(ctx, cause),
  };
}

/**
 * For a resume or recover, which stopped nothing: the newest savepoint the store holds of the
 * version it rolls back to (by spec hash), not disposed, and not written by a newer major release
 * than the cluster's (after a move back, 1.x fails a 2.x savepoint: FO666).
 */
async function ownSavepoint(ctx: RunContext, run: JobRun): Promise<string | undefined> {
  const spec = run.previous?.specHash;
  if (spec === undefined || (run.change.action !== 'resume' && run.change.action !== 'recover'))
    return undefined;
  const here = (await clusterVersion(ctx.client)).flinkVersion;
  let newest: { path: string; time: string } | undefined;
  for (const sp of ctx.store.record(run.change.job)?.savepoints ?? [])
    if (
      sp.specHash === spec &&
      !sp.disposed &&
      !writtenByNewerMajor(sp, here) &&
      (!newest || sp.time >= newest.time)
    )
      newest = sp;
  return newest?.path;
}
