import { deployedSettings } from '../compile';
import { majorMinor } from '../core/flink-version';
import type { SavepointKind } from '../state/model';
import {
  appendHistory,
  clearPending,
  clearRolledBack,
  markStable,
  renamedRecord,
  setCurrent,
  setPending,
  setStatus,
  updateJob,
} from '../state/records';
import { cancelAndWait } from './cancel-wait';
import { APPLY_CODES } from './codes';
import { clusterVersion, endpointOf, iso, type RunContext } from './context';
import { type JobRun, OK, type StepResult } from './job-run';
import { finishRollback } from './rollback';
import { resolvePendingSavepoint } from './savepoint';
import { keepEndedJobCheckpoint, readCheckpoint, refreshCheckpoint } from './step-checkpoint';
import { awaitParallelism, rescaleInPlace } from './step-rescale';
import { stop, stopPlannedByCancel } from './step-stop';
import { recordFinished, syncRecord } from './step-sync';
import { failure, health, history, type Of, readFailed, specHashOfLive } from './step-util';
import type { RestoreSource, Step } from './steps';
import { submitJob } from './submit';

function stopKind(run: JobRun): SavepointKind {
  const s = run.steps.steps.find(
    (x): x is Of<'stop-with-savepoint' | 'stop-by-cancel'> =>
      x.kind === 'stop-with-savepoint' || x.kind === 'stop-by-cancel',
  );
  return s?.savepointKind ?? 'upgrade';
}

async function resolvePending(ctx: RunContext, run: JobRun): Promise<StepResult> {
  const job = run.change.job;
  const p = ctx.store.record(job)?.pending;
  if (!p) return OK;
  switch (p.kind) {
    case 'savepoint':
    case 'stop-with-savepoint': {
      // A plain savepoint (`savepoints run`, `flinkops savepoint`) left its job running: it is
      // recorded as such, and this run's stop step must still stop the job.
      const trigger = p.kind === 'savepoint';
      const specHash = specHashOfLive(ctx, run);
      const t = trigger
        ? { job, jobId: p.jobId, specHash, kind: 'periodic' as const, mode: 'trigger' as const }
        : { job, jobId: p.jobId, specHash, kind: stopKind(run) };
      const o = await resolvePendingSavepoint(ctx, t, p);
      if (o?.ok && trigger) return OK; // recorded, pending cleared and history written by the helper
      if (o?.ok) {
        run.savepoint = { path: o.path, jobId: p.jobId };
        run.fromPending = o.path;
        run.report.savepoint = o.path;
        await ctx.store.update(job, `apply: ${job}: interrupted savepoint found`, (d) =>
          appendHistory(
            clearPending(d, job),
            job,
            history(ctx, run, 'savepoint-recovered', { jobId: p.jobId, savepoint: o.path }),
          ),
        );
        return OK;
      }
      // Still running after the whole budget: leave `pending` for the next run and stop here.
      if (o && o.diag.code === APPLY_CODES.savepointTimeout)
        return { ok: false, cause: o.cause, diag: o.diag };
      break;
    }
    case 'cancel': {
      // Kept until the submission replaces it: the checkpoint is what the restart restores.
      const cp = await ctx.client.getCheckpoints(p.jobId);
      if (!cp.ok)
        readFailed(
          ctx,
          run,
          `the checkpoints of ${p.jobId} (cancelled by an interrupted run)`,
          cp.error.message,
          'The restart restores from the checkpoint recorded in the state store before the cancel, if any.',
        );
      const latest = cp.ok ? cp.value.latestCompleted : undefined;
      const path = latest?.discarded ? undefined : latest?.externalPath;
      if (path) {
        run.checkpoint = path;
        run.fromPending = path;
      }
      return OK;
    }
    case 'submit':
      run.interruptedSubmit = { specHash: p.specHash, startedAt: p.startedAt };
      break;
    case 'rescale':
    // A rollback the plan does not finish: the repository asks for another version than the one it replaced.
    case 'rollback':
      break;
  }
  await ctx.store.update(job, `apply: ${job}: interrupted ${p.kind} resolved`, (d) => clearPending(d, job));
  return OK;
}

/**
 * The step as it will run, for the progress lines: a submission names the savepoint it restores
 * from, which may be newer than the plan knew (one found resolving an interrupted stop).
 */
export function asRun(run: JobRun, s: Step): Step {
  if (s.kind !== 'submit') return s;
  const path = restorePath(run, s.restore);
  return path ? { ...s, restore: { kind: 'path', path } } : s;
}

function restorePath(run: JobRun, r: RestoreSource): string | undefined {
  switch (r.kind) {
    case 'none':
      return run.fromPending;
    case 'this-run':
      return run.savepoint?.path ?? run.checkpoint;
    case 'path':
      return run.fromPending ?? r.path;
  }
}

async function submit(ctx: RunContext, run: JobRun, s: Of<'submit'>): Promise<StepResult> {
  const job = run.change.job;
  const d = run.desired;
  if (!d) {
    return failure(
      APPLY_CODES.planMismatch,
      `job ${job} is not in the desired state`,
      'Run plan again from the same commit.',
    );
  }
  if (d.settings.planMode === 'compiled' && !d.compiledPlan) {
    return failure(
      APPLY_CODES.compiledPlanMismatch,
      `job ${job} has planMode: compiled, but no compiled plan`,
      'The gateway did not compile it during this run (see the plan diagnostics); fix that and apply again.',
    );
  }
  const restore = restorePath(run, s.restore);
  if (s.restore.kind === 'this-run' && !restore) {
    return failure(APPLY_CODES.savepointFailed, `no savepoint of job ${job} to restore from`, 'Apply again.');
  }
  await ctx.store.update(job, `apply: submit ${job}`, (doc) =>
    setPending(doc, job, { kind: 'submit', specHash: s.specHash, startedAt: iso(ctx.clock) }),
  );
  const sub = await submitJob(ctx, {
    job,
    pipelineName: d.pipelineName,
    script: d.script,
    specHash: s.specHash,
    commit: ctx.commit,
    parallelism: s.parallelism,
    ...(d.settings.maxParallelism !== undefined ? { maxParallelism: d.settings.maxParallelism } : {}),
    ...(restore ? { restorePath: restore } : {}),
    allowNonRestoredState: s.allowNonRestoredState,
    ...(ctx.desired.environment.savepointDir ? { savepointDir: ctx.desired.environment.savepointDir } : {}),
    ...(d.compiledPlan ? { plan: { path: d.compiledPlan.path, sha256: d.compiledPlan.sha256 } } : {}),
    ...(d.sourceRanges ? { sourceRanges: d.sourceRanges } : {}),
  });
  if (!sub.ok) {
    await ctx.store.update(job, `apply: submit of ${job} failed`, (doc) => clearPending(doc, job));
    return { ok: false, cause: sub.diag.summary, diag: sub.diag };
  }
  run.newJobId = sub.jobId;
  run.report.newJobId = sub.jobId;
  if (restore) run.restoredFrom = restore;
  const version = {
    specHash: s.specHash,
    script: d.script,
    parallelism: s.parallelism,
    jobId: sub.jobId,
    commit: ctx.commit,
    deployedAt: iso(ctx.clock),
    ...(restore ? { restoredFrom: restore } : { startedWithoutState: true }),
    ...(await clusterVersion(ctx.client)),
    ...endpointOf(ctx.client),
    ...(d.compiledPlan ? { plan: { ...d.compiledPlan } } : {}),
    settings: { ...deployedSettings(d.settings), allowNonRestoredState: s.allowNonRestoredState },
  };
  await ctx.store.update(job, `apply: ${run.change.action} ${job}`, (doc) => {
    let next = setCurrent(clearRolledBack(clearPending(doc, job), job), job, version, 'running');
    next = updateJob(next, job, (r) => ({ ...r, deletionPolicy: d.settings.deletionPolicy }));
    return appendHistory(
      next,
      job,
      history(ctx, run, run.change.action === 'none' ? 'sync' : run.change.action, {
        jobId: sub.jobId,
        savepoint: restore,
        detail: movedFrom(run, version.flinkVersion),
      }),
    );
  });
  return OK;
}

/** A move's history line: from which cluster (and Flink release) the job came (`history` shows it). */
function movedFrom(run: JobRun, to: string | undefined): string | undefined {
  const m = run.change.move;
  if (!m) return undefined;
  const from = majorMinor(m.fromVersion);
  const versions = from && to && from !== to ? `, Flink ${from} → ${to}` : '';
  return `moved from ${m.from}${versions}`;
}

export async function runStep(ctx: RunContext, run: JobRun, s: Step): Promise<StepResult> {
  const job = run.change.job;
  switch (s.kind) {
    case 'move-record':
      await ctx.store.moveRecord(s.from, job, `apply: rename ${s.from} to ${job}`, (old, replaced) =>
        renamedRecord(
          old,
          replaced,
          run.change.pipelineName,
          history(ctx, run, 'renamed', {
            detail: `renamed from ${s.from} (${run.change.renamedFrom?.pipelineName ?? s.from})`,
          }),
        ),
      );
      return OK;
    case 'resolve-pending':
      return resolvePending(ctx, run);
    case 'finish-rollback':
      return finishRollback(ctx, run);
    case 'stop-with-savepoint':
      return stop(ctx, run, s);
    case 'stop-by-cancel':
      return stopPlannedByCancel(ctx, run, s);
    case 'record-savepoint': {
      const entry = run.stoppedByCancel
        ? history(ctx, run, 'stopped-by-cancel', {
            jobId: run.change.liveJobId,
            savepoint: run.checkpoint,
            detail: run.stoppedByCancel,
          })
        : history(ctx, run, `savepoint-${s.savepointKind}`, {
            jobId: run.savepoint?.jobId,
            savepoint: run.savepoint?.path,
          });
      await ctx.store.update(job, `apply: ${job}: savepoint recorded`, (d) =>
        appendHistory(clearPending(d, job), job, entry),
      );
      return OK;
    }
    case 'read-checkpoint':
      return readCheckpoint(ctx, run, s);
    case 'cancel': {
      await ctx.store.update(job, `apply: cancel ${job}`, (d) =>
        setPending(d, job, { kind: 'cancel', jobId: s.jobId, startedAt: iso(ctx.clock) }),
      );
      const c = await cancelAndWait(ctx, job, s.jobId);
      if (!c.ok)
        return failure(
          APPLY_CODES.cancelFailed,
          `cannot cancel job ${s.jobId} of ${job}: ${c.cause}`,
          'Check the job in the Flink UI.',
        );
      run.oldStopped = true;
      if (run.checkpoint) {
        await refreshCheckpoint(ctx, run, s.jobId);
        run.report.savepoint = run.checkpoint;
      }
      return OK;
    }
    case 'submit':
      return submit(ctx, run, s);
    case 'await-running':
      return health(ctx, run, 'running');
    case 'health-grace':
      return health(ctx, run, 'grace');
    case 'await-finished':
      return health(ctx, run, 'finished');
    case 'record-finished':
      return recordFinished(ctx, run, run.newJobId);
    case 'record-stable':
      await ctx.store.update(job, `apply: ${job} stable`, (d) =>
        appendHistory(markStable(d, job), job, history(ctx, run, 'stable', { jobId: run.newJobId })),
      );
      return OK;
    case 'put-resource-requirements':
      return rescaleInPlace(ctx, run, s);
    case 'await-parallelism':
      return awaitParallelism(ctx, run, s);
    case 'record-rescale':
      await ctx.store.update(job, `apply: ${job} rescaled`, (d) => {
        const cur = d.jobs[job]?.current;
        const next =
          cur?.jobId === s.jobId
            ? markStable(setCurrent(d, job, { ...cur, parallelism: s.parallelism }), job)
            : d;
        return appendHistory(
          clearPending(next, job),
          job,
          history(ctx, run, 'rescale', { jobId: s.jobId, detail: `parallelism ${s.parallelism}` }),
        );
      });
      return OK;
    case 'record-status':
      await keepEndedJobCheckpoint(ctx, run, s.status);
      await ctx.store.update(job, `apply: ${job} ${s.status}`, (d) =>
        appendHistory(
          setStatus(clearPending(d, job), job, s.status),
          job,
          history(ctx, run, s.status === 'suspended' ? 'suspend' : 'delete', {
            savepoint: run.savepoint?.path ?? run.checkpoint,
          }),
        ),
      );
      return OK;
    case 'adopt': {
      const rec = ctx.store.record(job);
      const version = {
        specHash: s.specHash ?? 'unlabelled',
        script: s.script ?? (rec?.current?.jobId === s.jobId ? rec.current.script : ''),
        parallelism: s.parallelism,
        jobId: s.jobId,
        commit: ctx.commit,
        deployedAt: iso(ctx.clock),
        adopted: true as const,
        ...endpointOf(ctx.client),
        // The repository's settings at the adoption, as its script: a later edit of one is named as such.
        ...(run.desired ? { settings: deployedSettings(run.desired.settings) } : {}),
      };
      // Taken over as it runs, not restarted: what runs is the version to come back to.
      await ctx.store.update(job, `apply: adopt ${job}`, (d) =>
        appendHistory(
          markStable(setCurrent(d, job, version, 'running'), job),
          job,
          history(ctx, run, 'adopt', { jobId: s.jobId }),
        ),
      );
      return OK;
    }
    case 'sync-record':
      return syncRecord(ctx, run, s);
  }
}
