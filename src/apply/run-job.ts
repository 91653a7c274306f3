/**
 * Walks one job's steps in order. The first failing step ends the walk; what follows
 * depends on how far it got: before the old job stopped nothing needs undoing, after
 * it a rollback restores the last stable version (or, for a start without a previous
 * version, the new job is cancelled and the record marked failed).
 */
import { error, warning } from '../core/diagnostics';
import { isLocallyTerminal } from '../flink/types';
import { renamedRecordOf } from '../plan/rename';
import { StateStoreError } from '../state/store';
import { cancelAndWait } from './cancel-wait';
import { APPLY_CODES } from './codes';
import { mask, type RunContext } from './context';
import { describeStep } from './describe-steps';
import type { JobRun, StepResult } from './job-run';
import { recordFailed, recordRestoreGone, rollback } from './rollback';
import { asRun, runStep } from './step-run';
import { ACTS_ON_LIVE_JOB, type Step } from './steps';

async function guarded(ctx: RunContext, fn: () => Promise<StepResult>): Promise<StepResult> {
  try {
    return await fn();
  } catch (e) {
    // A store refusal (lock lost, a secret about to be written) fails this job; anything else is a crash or a bug.
    if (e instanceof StateStoreError && !ctx.signal.aborted) {
      return { ok: false, cause: e.diagnostic.summary, diag: e.diagnostic };
    }
    throw e;
  }
}

async function onFailure(
  ctx: RunContext,
  run: JobRun,
  failed: Extract<StepResult, { ok: false }>,
): Promise<void> {
  const job = run.change.job;
  run.diags.push(failed.diag);
  run.report.error = mask(ctx, failed.cause);
  run.report.outcome = 'failed';
  if (run.steps.rollback && run.oldStopped) {
    const rb = await guarded(ctx, () => rollback(ctx, run, failed.cause));
    if (rb.ok) {
      run.report.outcome = 'rolled-back';
      run.diags.push(
        error(
          APPLY_CODES.rolledBack,
          `job ${job} was rolled back to its last stable version`,
          `The new version failed; the previous one runs again${run.rolledBackFrom ? ` from ${run.rolledBackFrom}` : `, started without state: ${run.change.action === 'upgrade' && run.change.strategy === 'stateless' ? 'the upgrade cancelled it without a savepoint (upgradeMode: stateless), so ' : ''}there was no savepoint or checkpoint of it to restore, and its sources start where their startup mode says`}. Fix the job and apply again: until the job changes in the repository, plans hold this change rather than try it again (--replace ${job} tries it again as it is).`,
        ),
      );
    } else {
      // Interrupted while the rollback proved itself: the previous version runs, unverified.
      if (rb.interrupted) run.report.outcome = 'interrupted';
      run.diags.push(rb.diag);
    }
    return;
  }
  run.report.fix = mask(ctx, failed.diag.detail);
  if (run.newJobId && run.change.action !== 'none') {
    // A start without a version to go back to: stop the broken job so it does not loop forever.
    // One that has ended already (FAILED, a batch run's end) needs no cancel: Flink would refuse it
    // with an ERROR in the JobManager log, the log the report prints next.
    const now = await ctx.client.getJob(run.newJobId);
    const c =
      now.ok && isLocallyTerminal(now.value.state)
        ? { ok: true as const }
        : await cancelAndWait(ctx, job, run.newJobId);
    if (!c.ok) {
      run.diags.push(
        error(
          APPLY_CODES.cancelFailed,
          `the failed job ${run.newJobId} of ${job} could not be cancelled: ${mask(ctx, c.cause)}`,
          'It may still be running or restarting: cancel it in the Flink UI, then apply again.',
        ),
      );
    }
    await guarded(ctx, async () => {
      await recordFailed(ctx, run, c.ok ? failed.cause : `${failed.cause}; cancelling it failed: ${c.cause}`);
      return { ok: true };
    });
  } else if (run.change.action !== 'none' && run.change.restoreFrom !== undefined) {
    await guarded(ctx, async () => {
      await recordRestoreGone(ctx, run, `${failed.cause} ${failed.diag.summary}`);
      return { ok: true };
    });
  }
}

/** Steps that only write the store what an earlier step learned: they finish even when asked to stop. */
const RECORDS: ReadonlySet<Step['kind']> = new Set([
  'record-savepoint',
  'record-stable',
  'record-finished',
  'record-rescale',
  'record-status',
]);

/** Ends a job's walk before `step`: what was done stays recorded, the rest is for the next run. */
function stopBefore(run: JobRun, step: Step, index: number): void {
  const job = run.change.job;
  run.report.outcome = 'interrupted';
  run.report.error =
    index === 0 ? 'not started: the run was interrupted' : `interrupted before: ${describeStep(step)}`;
  if (index === 0) return;
  // Stopped by this run and not started again (an upgrade, rescale or move between its stop and
  // its submit): the job is down until the next apply, which the report must not leave unsaid.
  const down =
    run.oldStopped &&
    run.newJobId === undefined &&
    run.change.action !== 'delete' &&
    run.change.action !== 'suspend' &&
    run.steps.steps.slice(0, index).some((s) => ACTS_ON_LIVE_JOB.has(s.kind));
  const state = run.savepoint?.path ?? run.checkpoint;
  run.diags.push(
    warning(
      APPLY_CODES.interrupted,
      `${run.change.action} of job ${job} was interrupted before: ${describeStep(step)}${down ? `; nothing of ${job} runs now` : ''}`,
      (down
        ? `Job ${job} was stopped and not started again${state ? `: its state is in ${state}, which the next apply starts it from` : ''}. `
        : '') +
        'Everything done so far is recorded in the state store. Run flinkops plan to see what is left, and flinkops apply to finish it.',
    ),
  );
}

/** The context of one step: a moving job's old job is stopped through the old cluster's client. */
function stepContext(ctx: RunContext, run: JobRun, step: Step): RunContext {
  if (!run.change.move || !ctx.previous) return ctx;
  const pending = step.kind === 'resolve-pending' ? ctx.store.record(run.change.job)?.pending : undefined;
  const onOld = ACTS_ON_LIVE_JOB.has(step.kind) || (pending !== undefined && pending.kind !== 'submit');
  return onOld ? { ...ctx, client: ctx.previous } : ctx;
}

export async function runJob(ctx: RunContext, run: JobRun): Promise<void> {
  const job = run.change.job;
  // A rename not yet applied: the old name's record holds the version to roll back to.
  const rec = renamedRecordOf(run.change, (name) => ctx.store.record(name));
  const previous = rec?.lastStable ?? (rec?.current?.script.trim() ? rec.current : undefined);
  if (previous) run.previous = previous;
  const steps = run.steps.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    // Asked to stop: no new step starts, but the store still records what the last one did
    // (a savepoint taken, a job stable): a rerun resumes from there.
    if (ctx.stop.aborted && !RECORDS.has(step.kind)) {
      stopBefore(run, step, i);
      break;
    }
    const shown = asRun(run, step);
    ctx.emit({ type: 'step-started', job, index: i, step: shown });
    const t0 = ctx.clock.now();
    const r = await guarded(ctx, () => runStep(stepContext(ctx, run, step), run, step));
    ctx.emit({
      type: 'step-finished',
      job,
      index: i,
      step: shown,
      ok: r.ok,
      ...(!r.ok && r.interrupted ? { interrupted: true as const } : {}),
      elapsedMs: ctx.clock.now() - t0,
    });
    if (!r.ok && (r.interrupted || r.unverified)) {
      // Left for the next apply to finish: what was done stays recorded, nothing is rolled back.
      run.report.outcome = r.interrupted ? 'interrupted' : 'failed';
      run.report.error = mask(ctx, r.cause);
      run.diags.push(r.diag);
      break;
    }
    if (!r.ok) {
      await onFailure(ctx, run, r);
      break;
    }
  }
  ctx.emit({ type: 'job-done', job, change: { ...run.report } });
}
