/**
 * `apply` as one call: re-observe the cluster, refuse a stale plan, hold the state
 * lock, and carry the plan out (src/apply). Every port is injected; progress goes
 * to hooks, and the report says per job what happened. Nothing prints.
 *
 * `runApply` is the use case the CLI and the Action share: apply, optionally plan
 * again once when the plan went stale, and read the JobManager log when a change failed.
 */

import { APPLY_CODES, type ApplyReport, type ExecuteOptions, execute } from '../apply';
import type { DesiredState } from '../compile';
import { type Diagnostic, error, hasErrors } from '../core/diagnostics';
import { maskSecrets } from '../core/secrets';
import type { Plan } from '../plan';
import { fetchJobManagerLog, type JobManagerLogOptions, type JobManagerLogTail } from './logs';
import { type PlanRunOptions, runPlan } from './plan-run';

/** What apply takes; the stale check always observes the cluster itself. */
export type ApplyRunOptions = Omit<ExecuteOptions, 'observe'>;

export async function applyPlan(opts: ApplyRunOptions): Promise<ApplyReport> {
  return execute({
    plan: opts.plan,
    desired: opts.desired,
    client: opts.client,
    ...(opts.previous ? { previous: opts.previous } : {}),
    store: opts.store,
    clock: opts.clock,
    secrets: opts.secrets,
    ...(opts.secretValues ? { secretValues: opts.secretValues } : {}),
    owner: opts.owner,
    ...(opts.hooks ? { hooks: opts.hooks } : {}),
    ...(opts.parallelism !== undefined ? { parallelism: opts.parallelism } : {}),
    ...(opts.commit !== undefined ? { commit: opts.commit } : {}),
    ...(opts.timing ? { timing: opts.timing } : {}),
    ...(opts.stop ? { stop: opts.stop } : {}),
  });
}

export interface ApplyUseCaseOptions extends ApplyRunOptions {
  /**
   * Plan again once, with these options, when apply refuses the plan as stale (another run
   * changed the store or the cluster while this one waited for the lock), and apply the fresh
   * plan. The new plan reads the cluster through this apply's client. Off: a stale plan is
   * refused, as a plan someone approved must be (the CLI).
   */
  replanIfStale?: Omit<PlanRunOptions, 'client'>;
  /** Told before planning again. */
  onReplan?: () => void;
  /** Told the fresh plan, before it is applied. */
  onReplanned?: (plan: Plan) => void;
  /**
   * Asked before planning again: a reason not to (what this run applies is no longer current,
   * e.g. the branch moved on while it waited). The stale plan then stays refused and
   * `skipped` carries the reason.
   */
  replanGuard?: () => Promise<string | undefined>;
  /** When a change failed or was rolled back: read the JobManager log's last lines (masked). */
  failureLog?: Omit<JobManagerLogOptions, 'secrets'>;
}

export interface ApplyOutcome {
  /** The plan carried out: the one given, or the fresh one when it went stale. */
  plan: Plan;
  report: ApplyReport;
  replanned: boolean;
  /** Why the stale plan was not planned again (`replanGuard`'s reason): nothing was applied. */
  skipped?: string;
  /** The JobManager log's tail, when a change failed and `failureLog` asked for it. */
  log?: JobManagerLogTail;
}

export async function runApply(opts: ApplyUseCaseOptions): Promise<ApplyOutcome> {
  const { replanIfStale, onReplan, onReplanned, replanGuard, failureLog, ...base } = opts;
  let plan = opts.plan;
  let report = await applyPlan(base);
  let replanned = false;
  if (replanIfStale && report.diags.some((d) => d.code === APPLY_CODES.stalePlan)) {
    const skipped = await replanGuard?.();
    if (skipped) return { plan, report, replanned: false, skipped };
    onReplan?.();
    // This apply's clients: the environment's cluster and, during a move, the one being left
    // (kept open: they are the caller's).
    const previous = opts.previous;
    const again = await runPlan({
      ...replanIfStale,
      keepPrevious: true,
      client: (e) => (previous && e.jobmanagerUrl === previous.jobmanagerUrl ? previous.client : opts.client),
    });
    if (again.plan && !hasErrors(again.diags)) {
      plan = again.plan;
      replanned = true;
      onReplanned?.(plan);
      report = await applyPlan({ ...base, plan });
    }
  }
  const failures = report.changes.filter((c) => c.outcome === 'failed' || c.outcome === 'rolled-back');
  // The jobs that failed (named in the error; a failed change's new job): the log's entries about
  // them, not the other jobs' checkpoints, explain the failure. After a rollback the new job is the
  // restored version's, running fine: its entries would push the failed job's out of the tail.
  const jobIds = [
    ...new Set(
      failures.flatMap((c) => [
        ...(c.error?.match(/\b[0-9a-f]{32}\b/g) ?? []),
        ...(c.outcome === 'failed' && c.newJobId ? [c.newJobId] : []),
      ]),
    ),
  ];
  const log =
    failures.length > 0 && failureLog
      ? await readFailureLog(opts.client, { jobIds, ...failureLog }, opts.secretValues ?? [])
      : undefined;
  return { plan, report, replanned, ...(log ? { log } : {}) };
}

/**
 * The JobManager log's tail for a failed apply. Best effort: a log that cannot be read says why
 * and never hides the apply's own result.
 */
export async function readFailureLog(
  client: ApplyRunOptions['client'],
  log: Omit<JobManagerLogOptions, 'secrets'>,
  secretValues: readonly string[],
): Promise<JobManagerLogTail> {
  try {
    return await fetchJobManagerLog(client, { ...log, secrets: secretValues });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { lines: [], truncated: false, unavailable: maskSecrets(why, secretValues) };
  }
}

export { applyFailed } from '../apply';

/**
 * A saved plan applies only to the repository it was made from: every job it would start must
 * still compile to the spec the plan names. (Apply separately refuses a plan whose cluster or
 * store has moved on.) `commit` is the repository's commit now: when it is the one the plan was
 * made from, the spec differs for another reason than a new commit, most often a plan saved by
 * another flinkops version (a pinned version bumped between plan and apply), and the refusal says so.
 */
export function planMatchesRepository(plan: Plan, desired: DesiredState, commit?: string): Diagnostic[] {
  const diags: Diagnostic[] = [];
  if (plan.project !== desired.project || plan.env !== desired.env) {
    diags.push(
      error(
        APPLY_CODES.planForOtherEnv,
        `the plan is for ${plan.project}/${plan.env}, not ${desired.project}/${desired.env}`,
        'Apply it with --env set to the environment it was planned for, from the same repository.',
      ),
    );
    return diags;
  }
  const byName = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of plan.changes) {
    // A job back in the repository must not be retired by a plan made while it was gone.
    if (c.action === 'delete' && byName.has(c.job)) {
      diags.push(
        error(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job} is back)`,
          `The plan deletes job ${c.job}, and the repository has jobs/${c.job}.sql again (or the plan file was edited). Run flinkops plan again and apply the new plan.`,
        ),
      );
      continue;
    }
    if (!c.to || c.action === 'delete' || c.action === 'none') continue;
    const job = byName.get(c.job);
    if (!job || job.restartHash !== c.to.specHash || job.settings.parallelism !== c.to.parallelism) {
      const now = job
        ? `the repository compiles it to spec ${job.restartHash.slice(0, 12)} at parallelism ${job.settings.parallelism}`
        : `the repository has no job ${c.job}`;
      const sameCommit = job !== undefined && plan.commit !== undefined && plan.commit === commit;
      diags.push(
        sameCommit
          ? error(
              APPLY_CODES.repositoryChanged,
              `the plan does not match what this flinkops compiles from the repository (job ${c.job})`,
              `The plan ${c.action}s job ${c.job} to spec ${c.to.specHash.slice(0, 12)} at parallelism ${c.to.parallelism}; ${now}, at commit ${commit!.slice(0, 12)}, the commit the plan was made from. So the plan was made by another flinkops version (which compiles the job otherwise), from edits not committed, or the plan file was edited. Run flinkops plan again with this flinkops and apply the new plan.`,
            )
          : error(
              APPLY_CODES.repositoryChanged,
              `the repository changed since the plan was made (job ${c.job})`,
              `The plan ${c.action}s job ${c.job} to spec ${c.to.specHash.slice(0, 12)} at parallelism ${c.to.parallelism}; ${now} (it was edited since, or the plan file was). Run flinkops plan again and apply the new plan.`,
            ),
      );
    }
  }
  return diags;
}
