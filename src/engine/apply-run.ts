/**
 * `apply` as one call: re-observe the cluster, refuse a stale plan, hold the state
 * lock, and carry the plan out (src/apply). Every port is injected; progress goes
 * to hooks, and the report says per job what happened. Nothing prints.
 */

import { APPLY_CODES, type ApplyReport, type ExecuteOptions, execute } from '../apply';
import type { DesiredState } from '../compile';
import { type Diagnostic, error } from '../core/diagnostics';
import type { Plan } from '../plan';

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

export { applyFailed } from '../apply';

/**
 * A saved plan applies only to the repository it was made from: every job it would start must
 * still compile to the spec the plan names. (Apply separately refuses a plan whose cluster or
 * store has moved on.)
 */
export function planMatchesRepository(plan: Plan, desired: DesiredState): Diagnostic[] {
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
          'Run flinkops plan again and apply the new plan.',
        ),
      );
      continue;
    }
    if (!c.to || c.action === 'delete' || c.action === 'none') continue;
    const job = byName.get(c.job);
    if (!job || job.restartHash !== c.to.specHash || job.parallelism !== c.to.parallelism) {
      diags.push(
        error(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job})`,
          'Run flinkops plan again and apply the new plan.',
        ),
      );
    }
  }
  return diags;
}
