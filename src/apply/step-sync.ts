/** A `none` change: the store catches up with the live job (after a crash between submit and record). */
import { deployedSettings, isBatchJob } from '../compile';
import {
  appendHistory,
  clearPending,
  clearRolledBack,
  markStable,
  setCurrent,
  setStatus,
} from '../state/records';
import { iso, type RunContext } from './context';
import { type JobRun, OK, type StepResult } from './job-run';
import { health, history, type Of } from './step-util';

export async function syncRecord(ctx: RunContext, run: JobRun, s: Of<'sync-record'>): Promise<StepResult> {
  const job = run.change.job;
  const d = run.desired;
  const rec = ctx.store.record(job);
  const liveHash = run.change.from?.specHash;
  // Only a job whose labels were read (and match the repo) can be recorded as what runs.
  if (!d || liveHash === undefined || liveHash !== d.restartHash) return OK;
  const parallelism = Math.max(1, run.change.from?.parallelism ?? d.settings.parallelism);
  const cur = rec?.current;
  if (
    cur?.jobId !== s.jobId ||
    cur.specHash !== liveHash ||
    cur.parallelism !== parallelism ||
    rec?.status !== 'running' ||
    rec.pending
  ) {
    run.touched = true;
    run.report.did = 'record';
    const version = {
      specHash: liveHash,
      script: d.script,
      parallelism,
      jobId: s.jobId,
      commit: ctx.commit,
      deployedAt: iso(ctx.clock),
      settings: deployedSettings(d.settings),
    };
    await ctx.store.update(job, `apply: ${job}: record the live job`, (doc) =>
      appendHistory(
        setCurrent(clearPending(doc, job), job, version, 'running'),
        job,
        history(ctx, run, 'sync', { jobId: s.jobId }),
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
  if (ctx.store.record(job)?.lastStable?.jobId === s.jobId) return OK;
  run.touched = true;
  run.report.did = 'verify';
  run.newJobId = s.jobId;
  // A batch run started by an apply that stopped watching it: done once it has FINISHED.
  if (isBatchJob(d)) {
    const done = await health(ctx, run, 'finished');
    return done.ok ? recordFinished(ctx, run, s.jobId) : done;
  }
  const up = await health(ctx, run, 'running');
  if (!up.ok) return up;
  const ok = await health(ctx, run, 'grace');
  if (!ok.ok) return ok;
  await ctx.store.update(job, `apply: ${job} stable`, (doc) =>
    appendHistory(markStable(doc, job), job, history(ctx, run, 'stable', { jobId: s.jobId })),
  );
  return OK;
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
    // setStatus: a store an older flinkops wrote calls such a run failed (decide-stopped.ts).
    appendHistory(
      setStatus(markStable(d, job), job, 'running'),
      job,
      history(ctx, run, 'finished', { jobId, detail: took }),
    ),
  );
  return OK;
}
