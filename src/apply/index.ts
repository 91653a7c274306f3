/**
 * Apply stage: carries out a plan. The plan is lowered into typed steps (steps.ts,
 * printed by `apply --explain`), which the executor walks job by job with bounded
 * parallelism under the state store's lock, refusing a stale plan. Every async Flink
 * operation goes through the one poll(); durable facts (a savepoint path, the job
 * just started) are written before the next step, so a rerun after a crash converges;
 * a new version that does not become healthy is rolled back from the same savepoint.
 */
export { APPLY_CODES } from './codes';
export { type ApplyTiming, clusterVersion, DEFAULT_TIMING, pollOptions, StoreSession } from './context';
export { describeStep, describeSteps } from './describe-steps';
export { dependencies, type ExecuteOptions, execute, knownSecretValues } from './execute';
export { type Locked, type LockedSessionOptions, withLockedSession } from './locked-session';
export {
  type ApplyEvent,
  type ApplyHooks,
  type ApplyReport,
  applyFailed,
  type ChangeOutcome,
  type ChangeReport,
  reportedAction,
  restorePointKind,
} from './report';
export {
  resolvePendingSavepoint,
  type SavepointContext,
  type SavepointOutcome,
  type SavepointTarget,
  triggerSavepoint,
} from './savepoint';
export { RETAIN_ON_CANCEL, startedFrom } from './step-checkpoint';
export {
  type JobSteps,
  type RestoreSource,
  type Step,
  type StepKind,
  stepsFor,
  toSteps,
} from './steps';
export { formatLabels, labelsFor } from './submit';
