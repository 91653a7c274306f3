/**
 * One environment of a plan or apply run: plan (and comment, summarise) or plan-and-apply (and report on
 * the merged pull request, record the audit commit).
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvReference } from '../src/compile';
import { type Diagnostic, error, hasErrors, warning } from '../src/core/diagnostics';
import { closeRun, type PlanRunOptions, runPlan } from '../src/engine/plan-run';
import { hasChanges, type Plan, unknownJobs } from '../src/plan';
import {
  countActions,
  GITHUB_COMMENT_LIMIT,
  planMarker,
  renderDiagnosticsMarkdown,
  renderPlanJson,
  renderPlanMarkdown,
} from '../src/render';
import { describeEngineProgress } from '../src/render/progress';
import { type AppliableRun, applyEnvironment } from './apply-env';
import { postComment } from './comments';
import { readProjectInfo } from './project-info';
import { applyMarker, renderApplyMarkdown, succeededApply } from './report';
import type { EnvResult, RunShared } from './run-shared';

export type { AppliedChange, EnvResult } from './run-shared';

/** The options of runPlan for one environment of this run, at the run's instant. */
export function planOptions(s: RunShared, env: string): PlanRunOptions & { now: string } {
  const { route, ctx, options } = s;
  return {
    dir: s.dir,
    env,
    envVars: s.env,
    secrets: s.secrets.source(s.env),
    offline: route.offline,
    allowDelete: options.allowDelete,
    ...(options.replace.length > 0 ? { replace: options.replace } : {}),
    stateVerdicts: true,
    // A pull request's plan checks the jobs it would start with the cluster's planner, as the
    // CLI's plan does: an unknown column is an error on the pull request, not a failed merge.
    ...(route.mode === 'plan' ? { explain: true } : {}),
    ...(ctx.sha ? { commit: ctx.sha } : {}),
    now: s.now(),
    endpoints: {
      ...(options.jobmanagerUrl ? { jobmanagerUrl: options.jobmanagerUrl } : {}),
      ...(options.sqlGatewayUrl ? { sqlGatewayUrl: options.sqlGatewayUrl } : {}),
    },
    concurrency: 16,
    clock: s.clock,
    store: s.store,
    ...(s.flinkClient ? { client: s.flinkClient } : {}),
    onProgress: (p) => s.core.info(`  … ${describeEngineProgress(p)}`),
  };
}

/**
 * Masks what the run's `${env.X}` references read from the environment, before anything of the
 * plan is shown: the credentials (FO272) end up in the compiled scripts that comments, summaries
 * and plan files show. A fork's files are not trusted: they could name any variable of the runner
 * (a token, a secret the workflow maps under another name) in a table option and have the plan
 * comment publish it, so on a fork's pull request every value they read is masked. The references
 * come from the plan's own load of the repository (a 1,000-job one takes ~0.1 s to load).
 */
export function maskEnvValues(s: RunShared, references: readonly EnvReference[]): void {
  const every = s.ctx.event.kind === 'pull_request' && s.ctx.event.fork;
  for (const r of references) if (every || r.credential) s.secrets.addShown(s.env[r.name]);
}

/** Diagnostic codes of the Action (FO9xx). Stable: documented for users. */
export const ACTION_CODES = {
  /** Error: the `replace` input names a job the environment does not have. */
  replaceUnknown: 'FO901',
} as const;

/** GitHub's job summary takes 1 MiB per step: the full plan fits where a comment would not. */
const SUMMARY_MAX = 400_000;
/** What a step's summaries may add up to, in bytes: under GitHub's 1 MiB, with room for the rest. */
const SUMMARY_BYTES = 900_000;

/**
 * A plan's markdown for the job summary, within what is left of the step's budget: with several
 * environments, each one's plan folds sooner so that the summary as a whole stays under 1 MiB
 * (GitHub drops a larger one whole).
 */
function summaryPlan(s: RunShared, render: (maxLength: number) => string): string {
  const room = Math.max(10_000, SUMMARY_BYTES - s.summaryBytes.value);
  let max = Math.min(SUMMARY_MAX, room);
  let md = render(max);
  for (let i = 0; i < 3 && Buffer.byteLength(md) > room; i++) {
    max = Math.floor(max * (room / Buffer.byteLength(md)) * 0.95);
    md = render(max);
  }
  return md;
}

export async function runEnvironment(s: RunShared, env: string): Promise<EnvResult> {
  const { core, route } = s;
  core.info(`flinkops: ${route.mode} ${env}${route.offline ? ' (offline)' : ''}`);
  const run = await runPlan({
    ...planOptions(s, env),
    checkpoints: 'for-restarts',
    keepPrevious: route.mode === 'apply',
  });
  for (const v of run.secretValues) s.secrets.add(v);
  maskEnvValues(s, run.envReferences);
  let diags = run.diags;
  const unknown = run.plan ? unknownJobs(run.plan, s.options.replace) : [];
  if (unknown.length > 0)
    diags = [
      ...diags,
      error(
        ACTION_CODES.replaceUnknown,
        `input 'replace' names no job of ${run.plan!.project}/${env}: ${unknown.join(', ')}`,
        'Name jobs of the repository (the file names under jobs/), separated by commas or spaces. Nothing was applied.',
      ),
    ];
  // A fork's read-only (or anonymous) token may not read the state branch: still no failure.
  if (route.offline && route.pullRequest !== undefined)
    diags = diags.map((d) => (d.code === 'FO808' ? downgrade(d) : d));
  s.annotate(diags);
  const project = run.desired?.project ?? readProjectInfo(s.dir).name;
  const marker = planMarker(project, env);
  const plan = run.plan;

  if (!plan || hasErrors(diags)) {
    await closeRun(run);
    const body = (max: number) => failedPlanBody(marker, project, env, diags, s.footer(), max);
    await s.core.appendSummary(summaryPlan(s, body));
    if (route.mode === 'apply') {
      // Nothing was applied: the merged pull request learns why, in the apply's result comment
      // (its own marker, so the pull request's plan comment is left as it was).
      const am = applyMarker(project, env, s.ctx.sha);
      if (s.pullRequest && s.options.comment && hasErrors(diags))
        await postComment(
          s,
          s.pullRequest,
          am,
          failedPlanBody(am, project, env, diags, s.footer(), GITHUB_COMMENT_LIMIT, 'apply'),
        );
    } else await comment(s, marker, body(GITHUB_COMMENT_LIMIT));
    const errors = hasErrors(diags);
    return {
      env,
      ok: !errors,
      ...(errors ? { failure: 'the plan has errors (see the annotations and the job summary)' } : {}),
      hasChanges: false,
    };
  }

  const resultOf = (p: Plan): EnvResult => ({
    env,
    ok: true,
    hasChanges: hasChanges(p),
    counts: { ...countActions(p) } as Record<string, number>,
    planPath: writePlanFile(s.planDir, env, s.secrets.mask(renderPlanJson(p))),
  });
  const base = resultOf(plan);
  const changes = base.hasChanges;

  if (route.mode === 'plan') {
    await closeRun(run);
    await comment(s, marker, renderPlanMarkdown(plan, [], { marker, footer: s.footer() }));
    await core.appendSummary(
      summaryPlan(s, (maxLength) => renderPlanMarkdown(plan, [], { marker, footer: s.footer(), maxLength })),
    );
    return base;
  }

  // apply
  await core.appendSummary(
    summaryPlan(s, (maxLength) => renderPlanMarkdown(plan, [], { marker, footer: s.footer(), maxLength })),
  );
  if (!changes || !run.client || !run.desired || !run.store) {
    await closeRun(run);
    core.info(`flinkops: ${env}: nothing to apply`);
    // The merged pull request learns that too: its plan comment said what it would change, and
    // an earlier run (or a revert) may already have made the cluster match.
    if (!changes && s.pullRequest && s.options.comment && s.ctx.sha) {
      const body = renderApplyMarkdown(
        { changes: [], diags: [] },
        {
          project: plan.project,
          env,
          commit: s.ctx.sha,
          trigger: 'merge',
          pullRequest: s.pullRequest,
          ...(s.ctx.runUrl ? { runUrl: s.ctx.runUrl } : {}),
          nothingChanged: 'Nothing to apply: the cluster already matched the repository at this commit.',
        },
      );
      // A later run of this commit with nothing to do (a scheduled or dispatched apply, a re-run)
      // leaves a succeeded apply's result as it is: it says what the merge changed.
      await postComment(s, s.pullRequest, body.split('\n')[0]!, body, succeededApply);
    }
    return { ...base, applied: [] };
  }
  try {
    const replan = { ...planOptions(s, env), checkpoints: 'for-restarts' as const };
    // The plan made again after the lock wait is the one applied: plan-json, the counts and the
    // summary show it (the first one, above it in the summary, is marked as superseded).
    const replanned = async (fresh: Plan): Promise<EnvResult> => {
      s.annotate(fresh.diagnostics);
      await core.appendSummary(
        `> The plan above went stale while this run waited for the state lock: another run changed the store or the cluster. This is the plan made again, and applied:\n\n${summaryPlan(s, (maxLength) => renderPlanMarkdown(fresh, [], { marker, footer: s.footer(), maxLength }))}`,
      );
      return resultOf(fresh);
    };
    return await applyEnvironment(s, env, plan, run as AppliableRun, base, 'merge', replan, replanned);
  } finally {
    await closeRun(run);
  }
}

async function comment(s: RunShared, marker: string, body: string): Promise<void> {
  if (s.route.pullRequest === undefined || !s.options.comment) return;
  // On failure the job summary still has the plan, and says why there is no comment.
  const r = await postComment(s, s.route.pullRequest, marker, body);
  if (r)
    s.core.info(`flinkops: ${r.created ? 'created' : 'updated'} the plan comment on #${s.route.pullRequest}`);
}

/** The comment of a plan that could not be made: every diagnostic that fits in `maxLength`. */
function failedPlanBody(
  marker: string,
  project: string,
  env: string,
  diags: Diagnostic[],
  footer: string,
  maxLength: number,
  /** `apply`: the result comment of an apply that could not plan (nothing was applied). */
  what: 'plan' | 'apply' = 'plan',
): string {
  const parts = (list: string) =>
    [
      marker,
      what === 'apply'
        ? `### ❌ flinkops apply: \`${project}\` / \`${env}\`: nothing applied`
        : `### flinkops plan: \`${project}\` / \`${env}\``,
      failedPlanHeadline(diags),
      '',
      list,
      '',
      footer,
      '',
    ].join('\n');
  return parts(renderDiagnosticsMarkdown(diags, maxLength - parts('').length));
}

/**
 * Why there is no plan, by the family of its errors: the repository's own (fix and push), or the
 * cluster or the state store not answering (nothing to fix in the repository: run it again).
 */
export function failedPlanHeadline(diags: readonly Diagnostic[]): string {
  const codes = diags.filter((d) => d.severity === 'error').map((d) => Number(d.code.replace(/^FO/, '')));
  if (codes.length === 0) return 'ℹ️ **No plan could be computed.**';
  // FO113 (a secret not set) is the run's environment, not the repository: e.g. a workflow that
  // does not map the secret, or a Dependabot pull request, which gets no Actions secrets.
  const repository = codes.some((c) => c !== 113 && (c < 500 || (c >= 610 && c < 650)));
  if (repository) return '❌ **No plan: the repository has errors.** Fix them and push again.';
  if (codes.includes(113))
    return "❌ **No plan: a secret is not set in this run.** Nothing in the repository needs fixing: map the secret named below into the flinkops step's `env:` (`FLINKOPS_SECRET_<NAME>: ${{ secrets.<NAME> }}`), then run this workflow again. Runs without the repository's secrets (Dependabot pull requests) cannot plan against the cluster.";
  if (codes.some((c) => (c >= 500 && c < 600) || (c >= 650 && c < 670)))
    return "❌ **No plan: the cluster did not answer.** Nothing in the repository needs fixing: run this workflow again once the cluster answers (or check the `jobmanager-url` and `sql-gateway-url` inputs, or the environment's URLs in flinkops.yaml).";
  if (codes.some((c) => c >= 800 && c < 900))
    return '❌ **No plan: the state store could not be read.** Nothing in the repository needs fixing: see the error below, then run this workflow again.';
  return '❌ **No plan could be made.** See the errors below.';
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
export function writePlanFile(dir: string, env: string, json: string): string {
  const path = join(dir, `plan-${env}.json`);
  writeFileSync(path, json);
  return path;
}
