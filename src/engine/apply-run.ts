/**
 * `apply` as one call: re-observe the cluster, refuse a stale plan, hold the state
 * lock, and carry the plan out (src/apply). Every port is injected; progress goes
 * to hooks, and the report says per job what happened. Nothing prints.
 */
import type { Clock } from '../core/clock';
import type { DesiredState } from '../compile';
import type { FlinkClient } from '../flink';
import type { SecretSource } from '../load';
import { type ApplyHooks, type ApplyReport, type ApplyTiming, execute } from '../apply';
import type { Plan } from '../plan';
import type { LockOwner, StateStore } from '../state';

export interface ApplyRunOptions {
  plan: Plan;
  desired: DesiredState;
  client: FlinkClient;
  store: StateStore;
  clock: Clock;
  hooks?: ApplyHooks;
  /** Jobs worked on at once. Default 4. */
  parallelism?: number;
  secrets: SecretSource;
  commit?: string;
  owner: LockOwner;
  timing?: Partial<ApplyTiming>;
}

export async function applyPlan(opts: ApplyRunOptions): Promise<ApplyReport> {
  return execute({
    plan: opts.plan,
    desired: opts.desired,
    client: opts.client,
    store: opts.store,
    clock: opts.clock,
    secrets: opts.secrets,
    owner: opts.owner,
    ...(opts.hooks ? { hooks: opts.hooks } : {}),
    ...(opts.parallelism !== undefined ? { parallelism: opts.parallelism } : {}),
    ...(opts.commit !== undefined ? { commit: opts.commit } : {}),
    ...(opts.timing ? { timing: opts.timing } : {}),
  });
}

export { applyFailed } from '../apply';
