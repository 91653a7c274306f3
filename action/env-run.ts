/**
 * One environment of a run: plan (and comment, summarise) or plan-and-apply (and report on
 * the merged pull request, record the audit commit).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, hasErrors, warning } from '../src/core/diagnostics';
import { applyPlan } from '../src/engine/apply-run';
import { runPlan } from '../src/engine/plan-run';
import { hasChanges, type Plan } from '../src/plan';
import {
  countActions,
  planMarker,
  renderDiagnosticsMarkdown,
  renderPlanJson,
  renderPlanMarkdown,
} from '../src/render';
import { GitStateStore } from '../src/state/git-store';
import { upsertStickyComment } from './comments';
import { readProjectInfo } from './project-info';
import { applySucceeded, auditMessage, auditRecord, renderApplyMarkdown } from './report';
import type { RunShared } from './run';

export interface AppliedChange {
  env: string;
  job: string;
  action: string;
  outcome: string;
  jobId?: string;
  savepoint?: string;
}

export interface EnvResult {
  env: string;
  ok: boolean;
  failure?: string;
  hasChanges: boolean;
  counts?: Record<string, number>;
  planPath?: string;
  applied?: AppliedChange[];
}

/** GitHub's job summary takes 1 MiB per step: the full plan fits where a comment would not. */
const SUMMARY_MAX = 400_000;

export async function runEnvironment(s: RunShared, env: string): Promise<EnvResult> {
  const { core, route, ctx, options } = s;
  core.info(`flinkops: ${route.mode} ${env}${route.offline ? ' (offline)' : ''}`);
  const run = await runPlan({
    dir: s.dir,
    env,
    envVars: s.env,
    secrets: s.secrets.source(s.env),
    offline: route.offline,
    allowDelete: options.allowDelete,
    ...(ctx.sha ? { commit: ctx.sha } : {}),
    now: new Date(s.clock.now()).toISOString(),
    endpoints: {
      ...(options.jobmanagerUrl ? { jobmanagerUrl: options.jobmanagerUrl } : {}),
      ...(options.sqlGatewayUrl ? { sqlGatewayUrl: options.sqlGatewayUrl } : {}),
    },
    concurrency: 16,
    clock: s.clock,
    store: s.store,
    ...(s.flinkClient ? { client: s.flinkClient } : {}),
    onProgress: (m) => core.info(`  … ${m}`),
  });
  for (const v of run.secretValues) s.secrets.add(v);
  let diags = run.diags;
  // A fork's read-only (or anonymous) token may not read the state branch: still no failure.
  if (route.offline && route.pullRequest !== undefined)
    diags = diags.map((d) => (d.code === 'FO808' ? downgrade(d) : d));
  s.annotate(diags);
  const project = run.desired?.project ?? readProjectInfo(s.dir).name;
  const marker = planMarker(project, env);
  const plan = run.plan;

  if (!plan || hasErrors(diags)) {
    await run.client?.close();
    const body = failedPlanBody(marker, project, env, diags, s.footer());
    await s.core.appendSummary(body);
    await comment(s, marker, body);
    const errors = hasErrors(diags);
    return {
      env,
      ok: !errors,
      ...(errors ? { failure: 'the plan has errors (see the annotations and the job summary)' } : {}),
      hasChanges: false,
    };
  }

  const planPath = writePlanFile(s.planDir, env, s.secrets.mask(renderPlanJson(plan)));
  const counts = { ...countActions(plan) } as Record<string, number>;
  const changes = hasChanges(plan);
  const base: EnvResult = { env, ok: true, hasChanges: changes, counts, planPath };

  if (route.mode === 'plan') {
    await run.client?.close();
    await comment(s, marker, renderPlanMarkdown(plan, [], { marker, footer: s.footer() }));
    await core.appendSummary(
      renderPlanMarkdown(plan, [], { marker, footer: s.footer(), maxLength: SUMMARY_MAX }),
    );
    return base;
  }

  // apply
  await core.appendSummary(
    renderPlanMarkdown(plan, [], { marker, footer: s.footer(), maxLength: SUMMARY_MAX }),
  );
  if (!changes || !run.client || !run.desired || !run.store) {
    await run.client?.close();
    core.info(`flinkops: ${env}: nothing to apply`);
    return { ...base, applied: [] };
  }
  return applyEnvironment(
    s,
    env,
    plan,
    run as Required<Pick<typeof run, 'client' | 'desired' | 'store'>>,
    base,
  );
}

async function applyEnvironment(
  s: RunShared,
  env: string,
  plan: Plan,
  run: Required<Pick<Awaited<ReturnType<typeof runPlan>>, 'client' | 'desired' | 'store'>>,
  base: EnvResult,
): Promise<EnvResult> {
  const { core, ctx, options } = s;
  let report: Awaited<ReturnType<typeof applyPlan>>;
  try {
    report = await applyPlan({
      plan,
      desired: run.desired,
      client: run.client,
      store: run.store,
      clock: s.clock,
      parallelism: options.parallelism,
      secrets: s.secrets.source(s.env),
      ...(ctx.sha ? { commit: ctx.sha } : {}),
      owner: {
        who: `${ctx.actor} via GitHub Actions${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`,
        command: 'apply',
        host: 'github-actions',
      },
      timing: { graceMs: options.healthGraceMs },
      hooks: {
        onEvent: (e) => {
          if (e.type === 'step-started') core.info(`  ${e.job}: ${e.step.kind}`);
          else if (e.type === 'rollback-started') core.info(`  ${e.job}: rolling back: ${e.reason}`);
          else if (e.type === 'job-done')
            core.info(
              `  ${e.job}: ${e.change.action} ${e.change.outcome}${e.change.error ? `: ${e.change.error}` : ''}`,
            );
        },
      },
    });
  } finally {
    await run.client.close();
  }
  s.annotate(report.diags);
  const actx = {
    project: plan.project,
    env,
    commit: ctx.sha,
    ...(s.pullRequest ? { pullRequest: s.pullRequest } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  };
  const markdown = renderApplyMarkdown(report, actx);
  await core.appendSummary(markdown);
  if (s.github && s.pullRequest && options.comment) {
    try {
      await upsertStickyComment(s.github, s.pullRequest, markdown.split('\n')[0]!, markdown);
    } catch (e) {
      core.info(
        `flinkops: could not comment on #${s.pullRequest}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  if (run.store instanceof GitStateStore && report.changes.length > 0) {
    const record = JSON.parse(
      s.secrets.mask(JSON.stringify(auditRecord(report, actx, new Date(s.clock.now()).toISOString()))),
    );
    try {
      await run.store.recordApply(record, s.secrets.mask(auditMessage(report, actx)));
    } catch (e) {
      core.info(
        `flinkops: could not record the apply on the state branch: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  const applied = report.changes.map((c) => ({
    env,
    job: c.job,
    action: c.action,
    outcome: c.outcome,
    ...(c.newJobId ? { jobId: c.newJobId } : {}),
    ...(c.savepoint ? { savepoint: c.savepoint } : {}),
  }));
  const ok = applySucceeded(report);
  const cause =
    report.changes.find((c) => c.error)?.error ?? report.diags.find((d) => d.severity === 'error')?.summary;
  return { ...base, ok, applied, ...(ok ? {} : { failure: `apply failed${cause ? `: ${cause}` : ''}` }) };
}

async function comment(s: RunShared, marker: string, body: string): Promise<void> {
  if (!s.github || s.route.pullRequest === undefined || !s.options.comment) return;
  try {
    const r = await upsertStickyComment(s.github, s.route.pullRequest, marker, body);
    s.core.info(`flinkops: ${r.created ? 'created' : 'updated'} the plan comment on #${s.route.pullRequest}`);
  } catch (e) {
    // A fork's token cannot comment: the job summary still has the plan.
    s.core.info(
      `flinkops: could not comment on #${s.route.pullRequest}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

function failedPlanBody(
  marker: string,
  project: string,
  env: string,
  diags: Diagnostic[],
  footer: string,
): string {
  const errors = hasErrors(diags);
  return [
    marker,
    `### flinkops plan: \`${project}\` / \`${env}\``,
    errors
      ? '❌ **No plan: the repository has errors.** Fix them and push again.'
      : 'ℹ️ **No plan could be computed.**',
    '',
    renderDiagnosticsMarkdown(diags),
    '',
    footer,
    '',
  ].join('\n');
}

function downgrade(d: Diagnostic): Diagnostic {
  return warning(
    d.code,
    d.summary,
    `${d.detail} This fork pull request was validated and compiled; its plan needs the state branch.`,
    ...(d.range ? [d.range] : []),
  );
}

/** Writes the plan JSON for the `plan-json` output. */
function writePlanFile(dir: string, env: string, json: string): string {
  const path = join(dir, `plan-${env}.json`);
  writeFileSync(path, json);
  return path;
}
