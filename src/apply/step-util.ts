/** Small helpers shared by the step functions: failures, history entries, health of the new job. */

import { scriptRuntimeMode } from '../compile/runtime-mode';
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { isLocallyTerminal } from '../core/job-state';
import { runningBelow } from '../plan';
import { scriptSettings } from '../sql/script-settings';
import type { HistoryAction } from '../state/model';
import { cancelAndWait } from './cancel-wait';
import { APPLY_CODES } from './codes';
import { iso, mask, type RunContext } from './context';
import { awaitFinished, awaitRunning } from './health';
import { healthGrace } from './health-grace';
import { type JobRun, OK, type StepResult } from './job-run';
import { kafkaSendWait } from './kafka-send-wait';
import { restoreFix } from './restore-advice';
import type { Step } from './steps';

export type Of<K extends Step['kind']> = Extract<Step, { kind: K }>;

/** Spec hash of the job being stopped: what a savepoint or checkpoint of it can restore. */
export function specHashOfLive(ctx: RunContext, run: JobRun): string {
  return run.change.from?.specHash ?? ctx.store.record(run.change.job)?.current?.specHash ?? 'unknown';
}

export function failure(code: string, summary: string, detail: string, cause = summary): StepResult {
  return { ok: false, cause, diag: error(code, summary, detail) };
}

/**
 * A read the run can go on without failed (a job's state before its stop, its checkpoints):
 * said as a warning on the job, with what the run did instead.
 */
export function readFailed(ctx: RunContext, run: JobRun, what: string, cause: string, instead: string): void {
  run.diags.push(
    warning(
      APPLY_CODES.readFailed,
      `could not read ${what} of job ${run.change.job}: ${mask(ctx, cause)}`,
      instead,
    ),
  );
}

export function history(
  ctx: RunContext,
  _run: JobRun,
  action: HistoryAction,
  extra: Record<string, string | undefined> = {},
) {
  const e = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  return { time: iso(ctx.clock), action, commit: ctx.commit, ...e };
}

export async function health(
  ctx: RunContext,
  run: JobRun,
  which: 'running' | 'grace' | 'finished',
): Promise<StepResult> {
  const job = run.change.job;
  const id = run.newJobId;
  if (!id) return OK;
  if (which === 'finished') return batchRun(ctx, run, job, id);
  const h =
    which === 'running'
      ? await awaitRunning(ctx, job, id)
      : await healthGrace(
          ctx,
          job,
          id,
          run.runningSince ?? ctx.clock.now(),
          scriptSettings(run.desired?.statements ?? []),
          kafkaSendWait(run.desired?.statements ?? []),
        );
  if (h.ok) {
    run.runningSince = h.runningSince;
    if (which === 'grace') {
      // Said unless the checkpoint requirement was turned off (--checkpoint-wait 0).
      if ('withoutCheckpoints' in h && ctx.timing.checkpointWaitMs > 0)
        run.diags.push({
          code: APPLY_CODES.healthWithoutCheckpoints,
          severity: 'info',
          summary: `job ${job} checkpoints nothing: judged healthy on its tasks running through the ${Math.round(ctx.timing.graceMs / 1000)} s grace period without a restart`,
          detail:
            'With checkpointing on, apply also waits for a completed checkpoint, which proves that every task runs and its state can be saved. Without it, a failure after the grace period restarts the job without its state, and an upgrade can only restore a savepoint. Set execution.checkpointing.interval in its config (a stateless job may do without; a longer --health-grace watches it longer).',
        });
      await warnIfBelowParallelism(ctx, run, id);
      await sayOtherInstances(ctx, run, id);
    }
    return OK;
  }
  if (h.interrupted)
    return interruptedWait(
      h.cause,
      `the health check of job ${job} (${id}) was not finished: apply was interrupted`,
      `${which === 'running' ? 'The new job was submitted but had not reached RUNNING (it may wait for task slots)' : 'The new job runs but is not yet known to be healthy'}${
        // A new job (create) has no previous version to go back to.
        ctx.store.record(job)?.lastStable ? '; the previous version stays the rollback target' : ''
      }. Run flinkops plan: it shows the check as unfinished, and apply finishes it.`,
    );
  if (h.unknown) {
    return {
      ok: false,
      unverified: true,
      cause: mask(ctx, h.cause),
      diag: error(
        APPLY_CODES.unhealthy,
        `the health of job ${job} (${id}) could not be read: the JobManager did not answer`,
        'The new job was left running, not rolled back: a rollback needs the JobManager too, and the job may well be healthy. The previous version stays the rollback target. Once the JobManager answers, run flinkops plan (it shows the health check unfinished, FO619); apply finishes it, and rolls back if the job is not healthy.',
      ),
    };
  }
  const cause = mask(ctx, h.cause);
  return failure(
    APPLY_CODES.unhealthy,
    `job ${job} did not become healthy: ${cause}`,
    unhealthyFix(
      job,
      cause,
      run.desired ? scriptRuntimeMode(run.desired.statements) : undefined,
      run.desired?.settings.parallelism ?? run.change.to?.parallelism,
    ),
    cause,
  );
}

/** A wait on the new job that the run's interruption ended: the job runs on, unjudged (FO717). */
function interruptedWait(cause: string, summary: string, detail: string): StepResult {
  return { ok: false, interrupted: true, cause, diag: warning(APPLY_CODES.interrupted, summary, detail) };
}

/** A batch job's run: done once it FINISHED; its failure is Flink's root cause, said as such. */
async function batchRun(ctx: RunContext, run: JobRun, job: string, id: string): Promise<StepResult> {
  const h = await awaitFinished(ctx, job, id);
  if (h.ok) {
    run.runningSince = h.runningSince;
    if (h.finishedAt !== undefined) run.finishedAt = h.finishedAt;
    return OK;
  }
  if (h.interrupted)
    return interruptedWait(
      h.cause,
      `apply was interrupted before batch job ${job} (${id}) finished`,
      `The batch job runs on in Flink. Run flinkops status to see whether it finished; flinkops plan counts a FINISHED run of the repository's version as done.`,
    );
  // A run past --batch-timeout is cancelled here: whether this apply started it or finishes the
  // wait an interrupted one left (a `none` change, which no failure handling cancels).
  const cancelled = h.timedOut ? await cancelAndWait(ctx, job, id) : undefined;
  const cause = mask(
    ctx,
    `${h.cause}${cancelled && !cancelled.ok ? `; the cancel failed: ${cancelled.cause}` : ''}`,
  );
  return failure(
    APPLY_CODES.unhealthy,
    `batch job ${job} did not finish: ${cause}`,
    /^job \S+ is (FAILED|CANCELED)$/.test(cause)
      ? 'See the exception in the Flink UI (Exceptions tab) and the task manager logs.'
      : cancelled
        ? `${cancelled.ok ? 'It was still running when the wait ended and is cancelled.' : 'It was still running when the wait ended, and could not be cancelled: cancel it in the Flink UI.'} Give a longer run more time with apply --batch-timeout (default 2h).`
        : `Flink's exception says why. Fix the query or its data, then apply again: a failed batch run is run again by the next apply (plan: recover).`,
    cause,
  );
}

/**
 * What to do about a job that did not become healthy, from what Flink said. `mode`: the runtime
 * mode its compiled script sets last (undefined when none does); `parallelism`: the job's.
 */
export function unhealthyFix(job: string, cause: string, mode?: string, parallelism?: number): string {
  const restore = restoreFix(job, cause);
  if (restore) return restore;
  if (
    /NoResourceAvailableException|Could not acquire the minimum required resources|Slot request bulk is not fulfillable|: it waits for task slots, /.test(
      cause,
    )
  ) {
    // The slots it needs, as the start wait counted them, else its parallelism. Lowering it helps
    // only a job that needs more than one slot on a cluster with some free: at parallelism 1, or
    // with no slot free, it would send the user after the wrong setting.
    const needed = Number(/where the job needs (\d+)/.exec(cause)?.[1] ?? parallelism ?? Number.NaN);
    const free = /the cluster has (\d+) of \d+ free/.exec(cause)?.[1];
    if (needed === 1 || free === '0')
      return `The cluster had no free task slot for the job${needed === 1 ? ', which needs one (parallelism 1: there is nothing to lower)' : ''}. Free slots (stop or suspend another job; flinkops status shows what runs), or add TaskManagers or raise taskmanager.numberOfTaskSlots, then apply again.`;
    return `The cluster had too few free task slots for the job. Free some (flinkops status shows what runs), add TaskManagers, or lower its parallelism${needed > 1 ? ` (${needed})` : ''}, then apply again.`;
  }
  // No exception to see: a job whose every source is bounded ends by itself once it has read them
  // (seen FINISHED while starting — "is" — or during the health check after it ran — "went").
  if (/^job \S+ (is|went) FINISHED$/.test(cause)) {
    const bounded = `The job ended by itself, without an error: every table it reads is bounded (a jdbc table or a JDBC catalog's table scanned rather than joined FOR SYSTEM_TIME AS OF, a filesystem table without source.monitor-interval, datagen with number-of-rows), and the job runs in streaming mode, where flinkops expects it to keep running.`;
    const otherwise = `Otherwise read an unbounded source (kafka, ...) in jobs/${job}.sql.`;
    // Set to streaming in so many words: a batch config: setting is overridden by a later SET line.
    if (mode !== undefined && mode !== 'batch')
      return `${bounded} Its script sets execution.runtime-mode to '${mode}' last, and the last one counts (a SET line in jobs/${job}.sql comes after the config: settings). For a job meant to run once to its end, make that last one batch (remove or change that SET line, or set execution.runtime-mode: batch in jobs/${job}.yaml's config): its FINISHED run is then its success. ${otherwise}`;
    return `${bounded} For a job meant to run once to its end, set execution.runtime-mode: batch (config in jobs/${job}.yaml, or SET 'execution.runtime-mode' = 'batch'; in jobs/${job}.sql): its FINISHED run is then its success. ${otherwise}`;
  }
  return 'See the exception in the Flink UI (Exceptions tab) and the task manager logs.';
}

/**
 * The adaptive scheduler starts a job with the task slots it finds free and scales it up when more
 * free up: healthy, but running below the parallelism it was given (its vertices' upper bounds).
 * Said as a warning once the job passed its health check; nothing to say on the default scheduler,
 * which waits for the slots instead.
 */
async function warnIfBelowParallelism(ctx: RunContext, run: JobRun, jobId: string): Promise<void> {
  // The default scheduler answers resource requirements with a 500, which the client retries
  // for seconds: every new job would wait that long after its health check.
  if (!(await ctx.client.capabilities()).adaptiveScheduler) return;
  const [details, req] = await Promise.all([
    ctx.client.getJob(jobId),
    ctx.client.getResourceRequirements(jobId),
  ]);
  if (!details.ok || !req.ok) return;
  const vertices = details.value.vertices.map((v) => ({
    parallelism: v.parallelism,
    upperBound: req.value[v.id]?.upperBound ?? 0,
  }));
  const meant = Math.max(0, ...vertices.map((v) => v.upperBound));
  const running = runningBelow(vertices, meant);
  if (running === undefined) return;
  run.diags.push(belowParallelism(run.change.job, running, meant, 'started'));
}

/** FO724: the adaptive scheduler `how` the job with the slots it found, below its parallelism. */
export function belowParallelism(
  job: string,
  running: number,
  meant: number,
  how: 'started' | 'rescaled',
): Diagnostic {
  return warning(
    APPLY_CODES.belowParallelism,
    `job ${job} runs at parallelism ${running} of ${meant}: the cluster had too few free task slots`,
    `Flink's adaptive scheduler ${how} it with the slots it found and scales it up to ${meant} when more free up. Add TaskManagers or slots, or stop a job that holds them; flinkops status shows it as ${running} of ${meant} until then.`,
  );
}

/**
 * FO728: once the new job proved healthy, another job of its name runs beside it. A second apply
 * with another state store (a clone with its own `.flinkops/`, another repository of the same
 * project) planned against the same cluster at the same time and submitted it too, or someone did
 * by hand: both write the job's sinks. The apply is not undone (its job is healthy, and the other
 * may be the one to stop), but it fails so that someone looks.
 */
async function sayOtherInstances(ctx: RunContext, run: JobRun, jobId: string): Promise<void> {
  const name = run.desired?.pipelineName ?? run.change.pipelineName;
  const listed = await ctx.client.listJobs();
  if (!listed.ok) return;
  const others = listed.value.filter((j) => j.name === name && j.id !== jobId && !isLocallyTerminal(j.state));
  if (others.length === 0) return;
  const shown = others.map((j) => `${j.id} (${j.state})`).join(', ');
  run.diags.push(
    error(
      APPLY_CODES.otherInstance,
      `job ${run.change.job} runs more than once: ${name} ${others.length === 1 ? 'job' : 'jobs'} ${shown} ${others.length === 1 ? 'runs' : 'run'} beside job ${jobId}, which this apply started`,
      'Another apply with another state store (a second clone or machine with its own .flinkops/, another repository deploying this project), or a submission by hand, started it while this apply ran: both write the same sinks. ' +
        'Stop all but one (with a savepoint: POST /jobs/<job id>/stop, or in the Flink UI), then plan again (until then plans report FO610). ' +
        "Point every apply of this environment at one state store (the Action's state branch, or one --state-file on a shared disk): its lock lets only one apply at a time.",
    ),
  );
}
