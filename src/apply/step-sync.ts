/** A `none` change: the store catches up with the live job (after a crash between submit and record). */
import { deployedSettings, isBatchJob } from '../compile';
import { holdsRollback } from '../plan/model';
import type { DeployedVersion, HistoryChange, JobRecord } from '../state/model';
import {
  appendHistory,
  clearPending,
  clearRolledBack,
  markStable,
  setCurrent,
  setStatus,
  updateJob,
} from '../state/records';
import { clusterVersion, endpointOf, iso, type RunContext } from './context';
import { type JobRun, OK, type StepResult } from './job-run';
import { health, history, type Of } from './step-util';

export async function syncRecord(ctx: RunContext, run: JobRun, s: Of<'sync-record'>): Promise<StepResult> {
  const job = run.change.job;
  const d = run.desired;
  await recordEndpoint(ctx, run, s.jobId);
  const rec = ctx.store.record(job);
  // Flink may not show a job's labels yet (still initialising; on 2.x, restarting): the plan then
  // knows it by the job id the store recorded, and so does this step, which the plan promised.
  const liveHash =
    run.change.from?.specHash ?? (rec?.current?.jobId === s.jobId ? rec.current.specHash : undefined);
  if (!d || liveHash === undefined) return OK;
  // Only a job whose labels were read (and match the repo) can be recorded as what runs. One
  // exception: a rolled-back change the repository still asks for (FO601) leaves the previous
  // version running, recorded by its rollback; a check that rollback did not finish (FO619) is
  // finished here, as the plan said.
  if (liveHash !== d.restartHash)
    return run.change.action === 'none' &&
      holdsRollback(run.change) &&
      run.change.verify?.jobId === s.jobId &&
      rec?.current?.jobId === s.jobId &&
      rec.current.specHash === liveHash
      ? verify(ctx, run, s.jobId, false)
      : OK;
  const parallelism = Math.max(1, run.change.from?.parallelism ?? d.settings.parallelism);
  const cur = rec?.current;
  let learnStart = false;
  if (
    cur?.jobId !== s.jobId ||
    cur.specHash !== liveHash ||
    cur.parallelism !== parallelism ||
    rec?.status !== 'running' ||
    rec.pending
  ) {
    run.touched = true;
    run.report.did = 'record';
    const start = cur?.jobId === s.jobId ? startOf(cur) : {};
    if (cur?.jobId !== s.jobId) learnStart = true;
    const version = {
      specHash: liveHash,
      script: d.script,
      parallelism,
      jobId: s.jobId,
      commit: ctx.commit,
      deployedAt: cur?.jobId === s.jobId ? cur.deployedAt : iso(ctx.clock),
      ...start,
      settings: deployedSettings(d.settings),
    };
    // The job an interrupted apply submitted: its change, carried out, is what history says.
    const finished =
      cur?.jobId !== s.jobId && run.interruptedSubmit?.specHash === liveHash
        ? changeMade(rec, liveHash, parallelism)
        : undefined;
    await ctx.store.update(job, `apply: ${job}: record the live job`, (doc) =>
      appendHistory(
        setCurrent(clearPending(doc, job), job, version, 'running'),
        job,
        history(
          ctx,
          run,
          finished ?? 'sync',
          finished
            ? {
                jobId: s.jobId,
                detail: `started by an apply that was interrupted (${run.interruptedSubmit!.startedAt}) before it recorded the job`,
              }
            : { jobId: s.jobId },
        ),
      ),
    );
  }
  // The repository went back to what runs: the rolled-back change the plan saw is no longer held.
  const released = run.change.action === 'none' ? run.change.releases : undefined;
  if (released && ctx.store.record(job)?.rolledBack?.time === released.rolledBackAt) {
    run.touched = true;
    run.report.did = 'record';
    await ctx.store.update(job, `apply: ${job}: rolled-back change no longer held`, (doc) =>
      appendHistory(
        clearRolledBack(doc, job),
        job,
        history(ctx, run, 'sync', {
          jobId: s.jobId,
          detail: `the change to spec ${released.specHash.slice(0, 12)} rolled back at ${released.rolledBackAt} is no longer asked for`,
        }),
      ),
    );
  }
  return verify(ctx, run, s.jobId, learnStart);
}

/**
 * FO736: the record of the job that runs, written before the store kept endpoints (format 5),
 * learns the endpoint the plan reached it through, which is the one this apply talks to. Nothing
 * else changes: no restart, no history entry; a rerun after a crash plans it again.
 */
async function recordEndpoint(ctx: RunContext, run: JobRun, jobId: string): Promise<void> {
  const job = run.change.job;
  const want = run.change.action === 'none' ? run.change.recordsEndpoint : undefined;
  if (want?.jobId !== jobId || endpointOf(ctx.client).endpoint !== want.endpoint) return;
  const cur = ctx.store.record(job)?.current;
  if (cur?.jobId !== jobId || cur.endpoint !== undefined) return;
  run.touched = true;
  run.report.did = 'record';
  const endpoint = want.endpoint;
  await ctx.store.update(job, `apply: ${job}: record the JobManager endpoint it runs through`, (doc) =>
    updateJob(doc, job, (r) => ({
      ...r,
      ...(r.current?.jobId === jobId ? { current: { ...r.current, endpoint } } : {}),
      ...(r.lastStable?.jobId === jobId && r.lastStable.endpoint === undefined
        ? { lastStable: { ...r.lastStable, endpoint } }
        : {}),
    })),
  );
}

/**
 * The change an interrupted apply made by submitting `specHash` at `parallelism`, told from the
 * record it left: a new job, a resume, an upgrade, a rescale through a restart, else a recovery.
 */
function changeMade(rec: JobRecord | undefined, specHash: string, parallelism: number): HistoryChange {
  const cur = rec?.current;
  if (!rec || !cur || rec.status === 'deleted') return 'create';
  if (rec.status === 'suspended') return 'resume';
  if (cur.specHash !== specHash) return 'upgrade';
  return cur.parallelism !== parallelism ? 'rescale' : 'recover';
}

/** The health check of the live job the store records as current, unless it is the stable one already. */
async function verify(ctx: RunContext, run: JobRun, jobId: string, learnStart: boolean): Promise<StepResult> {
  const job = run.change.job;
  if (ctx.store.record(job)?.lastStable?.jobId === jobId) return OK;
  run.touched = true;
  run.report.did = 'verify';
  run.newJobId = jobId;
  // A batch run started by an apply that stopped watching it: done once it has FINISHED.
  if (run.desired && isBatchJob(run.desired)) {
    const done = await health(ctx, run, 'finished');
    return done.ok ? recordFinished(ctx, run, jobId) : done;
  }
  const up = await health(ctx, run, 'running');
  if (!up.ok) return up;
  if (learnStart) await recordStart(ctx, job, jobId);
  const ok = await health(ctx, run, 'grace');
  if (!ok.ok) return ok;
  await ctx.store.update(job, `apply: ${job} stable`, (doc) =>
    appendHistory(markStable(doc, job), job, history(ctx, run, 'stable', { jobId })),
  );
  return OK;
}

type Start = Pick<DeployedVersion, 'restoredFrom' | 'startedWithoutState' | 'flinkVersion' | 'endpoint'>;

function startOf(v: DeployedVersion): Start {
  return {
    ...(v.restoredFrom ? { restoredFrom: v.restoredFrom } : {}),
    ...(v.startedWithoutState ? { startedWithoutState: true } : {}),
    ...(v.flinkVersion ? { flinkVersion: v.flinkVersion } : {}),
    ...(v.endpoint ? { endpoint: v.endpoint } : {}),
  };
}

/**
 * How a job the store has not recorded was started, as Flink tells it: restored from a savepoint,
 * or never restored at all (a create or a stateless upgrade whose apply died before recording it).
 * Without this, the record of a stateless version would let a later recovery or resume restore
 * the previous version's savepoint. A job Flink restored from a checkpoint since says neither.
 */
async function recordStart(ctx: RunContext, job: string, jobId: string): Promise<void> {
  const start = await liveStart(ctx, jobId);
  if (!start.restoredFrom && !start.startedWithoutState && !start.flinkVersion && !start.endpoint) return;
  await ctx.store.update(job, `apply: ${job}: record how the live job started`, (doc) =>
    updateJob(doc, job, (r) =>
      r.current?.jobId === jobId ? { ...r, current: { ...r.current, ...start } } : r,
    ),
  );
}

/** Once the job runs (a restore happens as its tasks deploy, so not before). */
async function liveStart(ctx: RunContext, jobId: string): Promise<Start> {
  const flinkVersion = { ...(await clusterVersion(ctx.client)), ...endpointOf(ctx.client) };
  const cp = await ctx.client.getCheckpoints(jobId);
  if (!cp.ok) return flinkVersion;
  const r = cp.value.latestRestored;
  if (r?.isSavepoint && r.externalPath) return { ...flinkVersion, restoredFrom: r.externalPath };
  if (!r && cp.value.counts.restored === 0) return { ...flinkVersion, startedWithoutState: true };
  return flinkVersion;
}

/** A batch job's run ended FINISHED: recorded as the version that ran (history `finished`, how long it ran). */
export async function recordFinished(
  ctx: RunContext,
  run: JobRun,
  jobId: string | undefined,
): Promise<StepResult> {
  const job = run.change.job;
  const ranMs =
    run.finishedAt !== undefined && run.runningSince !== undefined
      ? run.finishedAt - run.runningSince
      : undefined;
  if (ranMs !== undefined) run.report.ranMs = ranMs;
  const took =
    ranMs !== undefined
      ? `ran ${(ranMs / 1000).toFixed(1)} s, finished ${new Date(run.finishedAt!).toISOString()}`
      : undefined;
  await ctx.store.update(job, `apply: ${job} finished`, (d) =>
    // setStatus: a store an older flinkops wrote calls such a run failed (finished-batch-run.ts).
    appendHistory(
      setStatus(markStable(d, job), job, 'running'),
      job,
      history(ctx, run, 'finished', { jobId, detail: took }),
    ),
  );
  return OK;
}
