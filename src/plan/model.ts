/**
 * The plan is data: produced by the pure diff, rendered three ways, saved as JSON
 * (schemas/plan.schema.json) and applied only while the world it saw still holds.
 */
import type { Diagnostic } from '../core/diagnostics';
import { type JobState, refusesSavepoint } from '../core/job-state';
import type { HistoryChange } from '../state/model';
import type { ExecNodeDiff } from './exec-node-diff';
import type { VersionUpgrade, VersionUpgradeSummary } from './version-upgrade';

export const PLAN_FORMAT_VERSION = 1;

/**
 * A closed set: every consumer handles it with an exhaustive switch. The changes are the ones the
 * state store's history records; `none` never writes one.
 */
export type ActionKind = HistoryChange | 'none';

export const ACTION_KINDS: readonly ActionKind[] = [
  'create',
  'upgrade',
  'rescale',
  'suspend',
  'resume',
  'recover',
  'delete',
  'adopt',
  'none',
];

export type UpgradeStrategy = 'savepoint' | 'last-state' | 'stateless';
export type RescaleMode = 'in-place' | 'savepoint-restart';

/** Why a change is planned. For people only: apply never branches on causes. */
export interface Cause {
  /** `request`: asked for on the command line (`--replace JOB`), not found in a difference. */
  kind:
    | 'script'
    | 'setting'
    | 'table'
    | 'udf'
    | 'state'
    | 'schedule'
    | 'drift'
    | 'cluster'
    | 'repo'
    | 'request';
  /** What changed: a setting path (`parallelism`), a table name, a file. */
  path: string;
  from?: string;
  to?: string;
}

/**
 * `compatible`: every operator of the running job that holds state maps to one in the new job.
 * `drops-state`: some state has no operator to go to; the restore needs allowNonRestoredState.
 * `incompatible`: a mapped operator's state changes shape; the restore fails even then.
 * `unknown`: flinkops cannot tell (no gateway to ask, another Flink version, drift).
 */
export type CompatibilityVerdict = 'compatible' | 'drops-state' | 'incompatible' | 'unknown';

/** An operator that holds state, and what the upgrade does to it. */
export interface StateOperator {
  /** As a reviewer knows it: `GroupAggregate (city)`, `source orders`. */
  name: string;
  /**
   * Flink's operator id: the key of its state in a savepoint. A job started from a compiled plan
   * keeps its state by uid, `<ExecNode id>_<transformation>`, which is given instead.
   */
  id: string;
  state: 'kept' | 'dropped' | 'reshaped' | 'new' | 'unknown';
  /**
   * Dropped though restored: an operator with its id takes the savepoint but keeps its state under
   * other names (a deduplication become a Top-N), so it starts empty without allowNonRestoredState.
   */
  unread?: true;
}

export interface Compatibility {
  verdict: CompatibilityVerdict;
  /** `flink`: from the stream graphs Flink's planner built for both scripts; `estimate`: from the scripts alone. */
  source?: 'flink' | 'estimate';
  /** Stateful operators of both jobs by Flink's operator ids (`flink` verdicts only). */
  operators?: StateOperator[];
  /** What changed in the query that matters for state (stateful operator added, GROUP BY keys, join, window...). */
  findings: string[];
  /** What the user can do (allowNonRestoredState, a stateless upgrade, pin a savepoint). */
  advice: string[];
  /**
   * What Flink does with an `incompatible` verdict's savepoint (`flink` verdicts only): `fails`, the
   * restore fails (a key or accumulator of another type, a max parallelism changed); `read-wrong`,
   * Flink restores it (the serializers match) and the new job reads it as other keys', windows' or
   * rows' state (a key moved to another column of its type, a window over another time column);
   * `fails-or-read-wrong`, one or the other (state of the same types in another shape).
   */
  restore?: 'fails' | 'read-wrong' | 'fails-or-read-wrong';
}

/** The spec a change deploys: what apply submits and a saved plan is checked against. */
export interface SpecRef {
  specHash: string;
  parallelism: number;
}

/** What every change has, whatever its action. */
interface ChangeBase {
  job: string;
  pipelineName: string;
  /** One line for display. */
  reason: string;
  causes: Cause[];
  /** The live job the change acts on. */
  liveJobId?: string;
  liveState?: JobState;
  /** Savepoint or checkpoint a resume/recover/create restores from, when known at plan time. */
  restoreFrom?: string;
  from?: { specHash?: string; parallelism?: number };
  /** The spec to deploy; required by the actions that start a job (see `JobChange`). */
  to?: SpecRef;
  compatibility?: Compatibility;
  /** Unified diff of the compiled scripts (secret placeholders only). */
  sqlDiff?: string;
  /**
   * planMode: compiled — the plan file the job starts from (EXECUTE PLAN), and what changed in it
   * since the plan the job last ran (absent when there was none or it is the same).
   */
  compiledPlan?: { path: string; sha256: string; execNodes?: ExecNodeDiff };
  /** The job starts on another Flink version than the one its state was written by. */
  versionUpgrade?: VersionUpgrade;
  /**
   * The job was renamed (`movedFrom`): the change acts on the old job's live job and state store
   * record. Apply moves the record (savepoints, history) to the new name first, then stops the old
   * job as any upgrade does and starts this one under its own pipeline name.
   */
  renamedFrom?: { job: string; pipelineName: string };
  /**
   * The live job runs on the cluster the environment moves away from (`moveFrom`): apply stops it
   * there (JobManager URL `from`, user info removed) and starts its successor on this cluster.
   */
  move?: { from: string; fromVersion?: string };
  /** The change is wanted but not allowed (deletion without --allow-delete, a policy): apply skips it. */
  refused?: {
    code: string;
    summary: string;
    detail: string;
    /**
     * The refused change is a rename from this job (`movedFrom`, FO734): the old name stays as it
     * is, and names this change (`--target OLD` plans it).
     */
    renamedFrom?: string;
  };
  /**
   * The job runs in batch mode: Flink takes no savepoint of it (a stop-with-savepoint fails), so a
   * suspend or delete of a run still going cancels it; it holds no state to keep.
   */
  batch?: true;
}

/**
 * One job's change, keyed on `action`: each action carries exactly what apply needs for it — a
 * start its target spec, an upgrade its strategy, a rescale its mode.
 */
export type JobChange =
  | (ChangeBase & { action: 'create' | 'resume' | 'recover'; to: SpecRef })
  /** upgrade: how state is carried over. */
  | (ChangeBase & { action: 'upgrade'; strategy: UpgradeStrategy; to: SpecRef })
  /** rescale: in place (adaptive scheduler, 1.18+) or through a savepoint restart. */
  | (ChangeBase & { action: 'rescale'; rescaleMode: RescaleMode; to: SpecRef })
  | (ChangeBase & { action: 'suspend' | 'delete' | 'adopt' })
  | (ChangeBase & {
      action: 'none';
      /**
       * The live job was started by an apply that stopped (killed, interrupted) before its
       * health check passed. Apply watches it through the grace period before it counts as
       * stable, so a plan never reports convergence over an unverified job.
       */
      verify?: { jobId: string };
      /**
       * The store holds a change an apply rolled back (FO601) that the repository no longer asks
       * for: it asks for the version that runs (a revert of the failed change). Apply forgets the
       * rolled-back change, so a later change that asks for it again (a revert of the revert) is tried.
       */
      releases?: { rolledBackAt: string; specHash: string };
      /**
       * The live job runs the repository's spec, but the state store records another one (FO612:
       * an apply with another store started it, or the store was restored from an older copy).
       * Apply records the live job as what runs, though nothing else is to change.
       */
      syncs?: { jobId: string };
      /**
       * The store's record of the live job says no JobManager endpoint it was started through (a
       * store written before format 5), and the job runs on the cluster this plan reached through
       * `endpoint` (a hash, never the URL): apply records it, so FO739 and FO659 can judge the job.
       */
      recordsEndpoint?: { jobId: string; endpoint: string };
      /**
       * An earlier apply stopped during an operation on the job (FO616) that left the job as the
       * repository wants it (an in-place rescale that completed): apply looks up the operation's
       * result and clears it, breaking the dead run's lock, though nothing else is to change.
       */
      resolves?: { pending: string; startedAt: string };
    });

/** How an upgrade carries state over, or how a rescale is made; undefined for the other actions. */
export function changeMode(c: JobChange): UpgradeStrategy | RescaleMode | undefined {
  return c.action === 'upgrade' ? c.strategy : c.action === 'rescale' ? c.rescaleMode : undefined;
}

/** The change of one action. */
export type ChangeOf<A extends ActionKind> = Extract<JobChange, { action: A }>;

export interface LineageNode {
  id: string;
  kind: 'job' | 'table' | 'view' | 'udf';
  label: string;
  changed: boolean;
}

export interface LineageEdge {
  from: string;
  to: string;
}

/** What a targeted plan (src/plan/target.ts) records of its target: the target, and the work it left out. */
export interface PlanTargeting {
  jobs?: string[];
  causes?: Cause['kind'][];
  /** Changes apply would have made that the target left out (not refused, not `none`). */
  omitted: { job: string; action: ActionKind }[];
}

export interface Plan {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  project: string;
  env: string;
  /** Commit the desired state was compiled from, if known. */
  commit?: string;
  /** Planned without looking at the cluster (--offline, fork pull requests). */
  offline: boolean;
  /**
   * The JobManager the plan observed (credentials left out), and where its URL came from: the
   * environment in flinkops.yaml, FLINKOPS_JOBMANAGER_URL, or an option of the run
   * (--jobmanager-url, the Action's jobmanager-url input). A saved plan applies only there.
   */
  cluster?: { jobmanagerUrl: string; from: 'flinkops.yaml' | 'FLINKOPS_JOBMANAGER_URL' | 'option' };
  /** State store version the plan was computed against (stale-plan check). */
  stateVersion: number;
  /** Fingerprint of the live state the plan was computed against (stale-plan check). */
  liveFingerprint: string;
  /**
   * A targeted plan (`-target`) keeps only the changes of its target, and says what it left out;
   * the summary, affected tables and lineage are of the kept changes.
   */
  target?: PlanTargeting;
  /** One entry per job, sorted by job name; `none` included so a plan shows the whole picture. */
  changes: JobChange[];
  summary: Record<ActionKind, number>;
  /**
   * Jobs that start on the cluster's Flink version from state another version wrote (a move to a
   * new release), by that version: compiled and script-mode jobs with their version verdicts.
   * Absent when no job changes version.
   */
  versionUpgrades?: VersionUpgradeSummary[];
  /** Tables and UDFs whose change forces job changes. */
  affected: { kind: 'table' | 'udf'; name: string; jobs: string[] }[];
  lineage: { nodes: LineageNode[]; edges: LineageEdge[] };
  diagnostics: Diagnostic[];
}

/** What apply carries out, per action (the plan's `summary`): a refused change is in the plan, not in its counts. */
export function summarize(changes: readonly JobChange[]): Record<ActionKind, number> {
  const counts = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0])) as Record<ActionKind, number>;
  for (const c of changes) if (!c.refused) counts[c.action]++;
  return counts;
}

/** Whether apply has work: a change to make, or a health check an earlier apply left unfinished. */
export function hasChanges(plan: Plan): boolean {
  return plan.changes.some(
    (c) =>
      (c.action !== 'none' && !c.refused) ||
      (c.action === 'none' &&
        (c.verify !== undefined ||
          c.releases !== undefined ||
          c.resolves !== undefined ||
          c.syncs !== undefined ||
          c.recordsEndpoint !== undefined)),
  );
}

/**
 * `plan --detailed-exitcode`'s "there is a difference": the changes apply makes, and also a change
 * it refuses and skips (a deletion without --allow-delete), which leaves the cluster unlike the
 * repository — a drift check must not read that as "in sync".
 */
export function differs(plan: Plan): boolean {
  return hasChanges(plan) || plan.changes.some((c) => c.action !== 'none' && c.refused !== undefined);
}

/** A `none` change that holds back a change an apply rolled back (FO601). */
export function holdsRollback(change: JobChange): boolean {
  return change.action === 'none' && change.causes?.some((c) => c.path === 'rolled-back') === true;
}

/**
 * Whether apply stops the change's live job by cancel instead of with a savepoint: the change
 * would stop it with a savepoint (savepoint upgrade, rescale through a restart, suspend, delete)
 * but the plan saw it alive and not RUNNING, and Flink takes no savepoint of such a job.
 */
export function stopsByCancel(change: JobChange): boolean {
  if (change.refused || change.batch || !change.liveJobId || !refusesSavepoint(change.liveState))
    return false;
  switch (change.action) {
    case 'upgrade':
      return change.strategy === 'savepoint';
    case 'rescale':
      return change.rescaleMode !== 'in-place';
    case 'suspend':
    case 'delete':
      return true;
    default:
      return false;
  }
}
