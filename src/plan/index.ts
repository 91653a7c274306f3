/**
 * The plan stage: a pure diff(desired, live, state) → Plan. It decides one action
 * per job (create, upgrade, rescale, suspend, resume, recover, delete, adopt, none),
 * explains each with causes, judges whether an upgrade can restore its state,
 * diffs the compiled SQL and draws the lineage of what changes. No I/O, no clock:
 * the plan is data, rendered by src/render and carried out by src/apply.
 */

export { PLAN_CODES, POLICY_CODES } from './codes';
export type { CompatInput } from './compat';
export { compatibility } from './compat';
export { VERSION_CODES } from './declared-version';
export type { DiffOptions, DiffState } from './diff';
export { diff } from './diff';
export { relationsOf } from './lineage';
export * from './model';
export { MOVE_CODES } from './move';
export { changedJobCommits, type OutsideCheckout } from './older-checkout';
export { effectiveParallelism, runningBelow } from './parallelism';
export { applyPolicy, type PolicyOptions } from './policy';
export { ownRestorableSavepoint, startedWithoutState } from './restore-points';
export type { RunDecision, RunState } from './schedule';
export { desiredRunState, isoMinute } from './schedule';
export { heldSlots, neededSlots, slotDiagnostics } from './slots';
export { unifiedDiff } from './sql-diff';
export { configuredBackend } from './state-backend';
export { isTargeted, type PlanTarget, targetChanges, unknownJobs } from './target';
export type { VersionUpgradeJob, VersionUpgradeSummary } from './version-upgrade';
