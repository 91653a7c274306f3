/**
 * Carrying out a plan for one environment and reporting it: the job summary, the result
 * comment on the merged pull request, the audit commit on the state branch, and — when a
 * change failed — its root cause and the JobManager's last log lines.
 */
import { applyFailed, reportedAction } from '../src/apply';
import { warning } from '../src/core/diagnostics';
import { runGraceful } from '../src/core/interrupt';
import { runApply } from '../src/engine/apply-run';
import type { PlanRun, PlanRunOptions } from '../src/engine/plan-run';
import type { Plan } from '../src/plan';
import { GITHUB_COMMENT_LIMIT } from '../src/render';
import { lockWaitLine } from '../src/render/progress';
import { STATE_CODES } from '../src/state';
import { postComment } from './comments';
import { LOG_LINES, logTailOf, MAX_LINE } from './failure-details';
import { forceUnlock } from './force-unlock';
import { movedOn } from './moved-on';
import { type ApplyTrigger, auditMessage, auditRecord, renderApplyMarkdown } from './report';
import type { EnvResult, RunShared } from './run-shared';

/** What the log says when a cancelled run's apply stops. */
const CANCEL_NOTICE =
  'the run was cancelled: no new step starts; the step under way finishes and is recorded, and the state lock is released.';

export type AppliableRun = Required<Pick<PlanRun, 'client' | 'desired' | 'store'>> &
  Pick<PlanRun, 'previous'>;

/**
 * Applies `plan` (planning again once with `replan`'s options if it went stale while waiting
 * for the lock), then reports. The caller closes the run's client.
 */
export async function applyEnvironment(
  s: RunShared,
  env: string,
  plan: Plan,
  run: AppliableRun,
  base: EnvResult,
  trigger: ApplyTrigger,
  replan?: PlanRunOptions,
  /** A fresh plan replaced `plan` (it went stale while waiting for the lock): report it; the new base. */
  replanned?: (fresh: Plan) => Promise<EnvResult>,
): Promise<EnvResult> {
  const { core, ctx, options } = s;
  await forceUnlock(s, env, run.store);
  const outcome = await runGraceful(s.interrupt, CANCEL_NOTICE, (stop) =>
    runApply({
      stop,
      plan,
      desired: run.desired,
      client: run.client,
      ...(run.previous ? { previous: run.previous } : {}),
      store: run.store,
      clock: s.clock,
      parallelism: options.parallelism,
      secrets: s.secrets.source(s.env),
      secretValues: s.secrets.list(),
      ...(ctx.sha ? { commit: ctx.sha } : {}),
      owner: {
        who: `${ctx.actor} via GitHub Actions${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`,
        command: trigger === 'schedule' ? 'operate' : 'apply',
        host: 'github-actions',
        ...(ctx.run ? { run: ctx.run } : {}),
      },
      timing: {
        graceMs: options.healthGraceMs,
        checkpointWaitMs: options.checkpointWaitMs,
        lockTimeoutMs: options.lockTimeoutMs,
        savepointTimeoutMs: options.savepointTimeoutMs,
      },
      hooks: {
        onEvent: (e) => {
          if (e.type === 'step-started') core.info(`  ${e.job}: ${e.step.kind}`);
          else if (e.type === 'rollback-started') core.info(`  ${e.job}: rolling back: ${e.reason}`);
          else if (e.type === 'lock-wait')
            core.info(`flinkops: ${env}: ${lockWaitLine(e.holder, e.timeoutMs)}`);
          else if (e.type === 'job-done')
            core.info(
              `  ${e.job}: ${reportedAction(e.change)} ${e.change.outcome}${e.change.error ? `: ${e.change.error}` : ''}`,
            );
        },
      },
      // Waiting for another run's lock can leave the plan stale (that run changed the store or
      // the cluster): plan again once and apply the fresh plan.
      ...(replan
        ? {
            replanIfStale: replan,
            onReplan: () => core.info(`flinkops: ${env}: the plan went stale while waiting; planning again`),
            // The run that held the lock may have applied a later push: planning this commit
            // again would roll the cluster back to it.
            replanGuard: async () => (trigger === 'merge' && s.github ? movedOn(s.github, ctx) : undefined),
          }
        : {}),
      failureLog: { lines: LOG_LINES, maxLineLength: MAX_LINE },
    }),
  );
  if (outcome.skipped) {
    core.annotate('warning', outcome.skipped, { title: 'flinkops: nothing applied' });
    await core.appendSummary(`### flinkops apply: \`${env}\`: nothing applied\n\n> ⚠️ ${outcome.skipped}\n`);
    return { ...base, ok: true, hasChanges: false, applied: [] };
  }
  const report = outcome.report;
  plan = outcome.plan;
  if (outcome.replanned && replanned) base = await replanned(plan);
  const log = outcome.log ? logTailOf(s, outcome.log) : undefined;
  s.annotate(report.diags);
  const actx = {
    project: plan.project,
    env,
    commit: ctx.sha,
    trigger,
    ...(s.pullRequest ? { pullRequest: s.pullRequest } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    ...(log ? { log } : {}),
  };
  const markdown = renderApplyMarkdown(report, actx);
  await core.appendSummary(markdown);
  if (s.pullRequest && options.comment) {
    const comment =
      markdown.length <= GITHUB_COMMENT_LIMIT
        ? markdown
        : renderApplyMarkdown(report, actx, GITHUB_COMMENT_LIMIT);
    await postComment(s, s.pullRequest, comment.split('\n')[0]!, comment);
  }

  // The audit trail is the store's to keep, if it keeps one (the git state branch does).
  if (run.store.recordApply && report.changes.length > 0) {
    const record = JSON.parse(
      s.secrets.mask(JSON.stringify(auditRecord(report, actx, new Date(s.clock.now()).toISOString()))),
    );
    try {
      await run.store.recordApply(record, s.secrets.mask(auditMessage(report, actx)));
    } catch (e) {
      s.annotate([
        warning(
          STATE_CODES.auditNotRecorded,
          `could not record the apply of ${env} on the state branch: ${s.secrets.mask(e instanceof Error ? e.message : String(e))}`,
          'The apply itself is done and its state is saved; only the audit commit (<project>/<env>.last-apply.json) is missing. It is written again by the next apply.',
        ),
      ]);
    }
  }
  const applied = report.changes.map((c) => ({
    env,
    job: c.job,
    action: c.action,
    ...(c.did ? { did: c.did } : {}),
    outcome: c.outcome,
    ...(c.newJobId ? { jobId: c.newJobId } : {}),
    ...(c.savepoint ? { savepoint: c.savepoint } : {}),
  }));
  const ok = !applyFailed(report);
  const cause =
    report.changes.find((c) => c.error)?.error ?? report.diags.find((d) => d.severity === 'error')?.summary;
  return { ...base, ok, applied, ...(ok ? {} : { failure: `apply failed${cause ? `: ${cause}` : ''}` }) };
}
