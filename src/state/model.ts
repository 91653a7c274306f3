/**
 * The state store document: what the cluster forgets. One JSON document per
 * project environment, versioned by the store (compare-and-swap on write).
 */

/**
 * The version of the document this flinkops writes. Every flinkops refuses a store of a higher
 * version as written by a newer one (FO809), and an unknown property as a damaged store (FO802,
 * whose advice is to edit it by hand): so a change to schemas/state.schema.json takes a new
 * version (test/state-format-version.test.ts holds them together).
 * - 1: builds to 5 Dec 2026. Properties were added under it (alerts, compiled plans,
 *   startedWithoutState, rolledBack, adopted), which the builds before each refused as FO802.
 * - 2: the same document. A store written by this flinkops is refused by every older one as
 *   newer; version 1 is read, and written back as 2.
 * - 3: savepoint records may say which Flink release wrote them (`flinkVersion`); versions 1
 *   and 2 are read as before (their savepoints say nothing of it), and written back as 3.
 * - 4: a job's `pending` may be a `rollback` under way (`failedSpecHash`, `savepoint`, `cause`);
 *   versions 1 to 3 are read as before, and written back as 4.
 * - 5: a deployed version may say which JobManager endpoint it was started through (`endpoint`,
 *   a hash); versions 1 to 4 are read as before, and written back as 5.
 */
export const STATE_FORMAT_VERSION = 5;

/** The oldest version this flinkops reads. */
export const OLDEST_STATE_FORMAT_VERSION = 1;

export type SavepointKind = 'upgrade' | 'suspend' | 'delete' | 'rescale' | 'periodic' | 'manual' | 'final';

export interface SavepointRecord {
  path: string;
  /** ISO-8601. */
  time: string;
  triggerId: string;
  /** Job id of the job the savepoint was taken from. */
  jobId: string;
  /** Spec hash of the job the savepoint was taken from (what it can restore). */
  specHash: string;
  kind: SavepointKind;
  /** Disposed through /savepoint-disposal: kept for history, never restored from. */
  disposed?: boolean;
  /**
   * Flink version (major.minor) of the cluster that wrote it. A release of an older major line
   * cannot read it (1.x fails a 2.x savepoint: "Unrecognized checkpoint version number"). Absent
   * in stores written before it was recorded.
   */
  flinkVersion?: string;
}

/** A deployed version of a job: what is running, and what to roll back to. */
export interface DeployedVersion {
  specHash: string;
  /** Compiled script with secret placeholders (never values). */
  script: string;
  parallelism: number;
  jobId: string;
  commit?: string;
  /** ISO-8601. */
  deployedAt: string;
  /** Savepoint it was started from, if any. */
  restoredFrom?: string;
  /**
   * flinkops started it restoring nothing (a create, an upgradeMode: stateless upgrade): the
   * savepoints and checkpoints from before `deployedAt` hold an earlier version's state.
   */
  startedWithoutState?: boolean;
  /** Flink version (major.minor) of the cluster it was started on. */
  flinkVersion?: string;
  /**
   * The JobManager endpoint it was started through, as `endpointId` hashes it (never the URL): a
   * plan that finds it gone from a cluster reached through another endpoint says so (FO739).
   */
  endpoint?: string;
  /** planMode: compiled — the plan file it was started from (EXECUTE PLAN) and its exact bytes. */
  plan?: { path: string; sha256: string; json: string };
  /** Settings that need a restart, as deployed (so a restart-only change is explained). */
  settings?: Record<string, unknown>;
  /**
   * Taken over as it ran (adopt), not started by flinkops, or a rollback to such a version:
   * `specHash` and `script` are the repository's at the adoption, while the job's state was
   * written by a script flinkops never saw.
   */
  adopted?: true;
}

export type JobStatus = 'running' | 'suspended' | 'deleted' | 'failed';

/**
 * An operation under way, written before it is triggered so a rerun after a crash can find its
 * result. Each kind carries what finding it needs.
 */
export type PendingOperation =
  /** A savepoint, or a stop with one: the trigger to poll again. */
  | { kind: 'savepoint' | 'stop-with-savepoint'; jobId: string; triggerId: string; startedAt: string }
  /** A submission of the spec hash being deployed (the new job is found by its labels). */
  | { kind: 'submit'; specHash: string; startedAt: string }
  /** An in-place rescale, or a cancel (its checkpoint is what the restart restores). */
  | { kind: 'rescale' | 'cancel'; jobId: string; startedAt: string }
  /**
   * A rollback: written before the failing new job (`jobId`) is cancelled, so that a rerun after a
   * crash restores the previous version (`specHash`) from `savepoint` rather than start the failing
   * one (`failedSpecHash`) again.
   */
  | {
      kind: 'rollback';
      jobId?: string;
      specHash: string;
      failedSpecHash: string;
      savepoint?: string;
      /** Why the new version failed (masked). */
      cause: string;
      startedAt: string;
    };

export type PendingKind = PendingOperation['kind'];

export interface JobRecord {
  pipelineName: string;
  status: JobStatus;
  /** What runs (or last ran) on the cluster. */
  current?: DeployedVersion;
  /** The last version that passed its health grace period: the rollback target. */
  lastStable?: DeployedVersion;
  /** Newest last. */
  savepoints: SavepointRecord[];
  /** Policy recorded at deploy time, so a job removed from the repo still knows it. */
  deletionPolicy?: 'retain' | 'delete';
  pending?: PendingOperation;
  /**
   * The change an apply made and rolled back (the new version failed; the previous one runs
   * again). Plans do not try it again while the repository asks for exactly it; a new deployment
   * of the job, or `--replace JOB`, clears it.
   */
  rolledBack?: RolledBackChange;
  /** Newest last, bounded. */
  history: HistoryEntry[];
}

/**
 * What a rolled-back change asked for: the spec hash and the settings outside it that decide
 * how it starts, so that a fix of any of them (fewer task slots, `allowNonRestoredState`,
 * `upgradeMode: stateless`) is tried again.
 */
export interface RolledBackChange {
  specHash: string;
  parallelism: number;
  upgradeMode: string;
  allowNonRestoredState: boolean;
  /** ISO-8601: when the rollback happened. */
  time: string;
  /** The failed job, if it was started. */
  jobId?: string;
  /** Why the new version failed (masked). */
  cause: string;
}

/** Plan actions as history records them (the README's list); `none` never writes one. */
export type HistoryChange =
  | 'create'
  | 'upgrade'
  | 'rescale'
  | 'suspend'
  | 'resume'
  | 'recover'
  | 'delete'
  | 'adopt';

/**
 * What a history entry records: a change carried out, its failure, a rollback, a savepoint
 * (`savepoint-<kind>` when a stop took it, `savepoint` for one the job kept running through),
 * the new version passing its health check (`stable`), the store catching up with the cluster
 * (`sync`), a disposal.
 */
export type HistoryAction =
  | HistoryChange
  | `${HistoryChange | 'none'}-failed`
  | 'stable'
  /** A batch job's run ended FINISHED. */
  | 'finished'
  | 'rollback'
  | 'sync'
  | 'savepoint'
  | 'savepoint-failed'
  | `savepoint-${SavepointKind}`
  | 'savepoint-recovered'
  | 'stopped-by-cancel'
  | 'dispose'
  /** The job was renamed (`movedFrom`): its record, savepoints and history came from the old name. */
  | 'renamed';

/** Names older stores wrote for a status change, shown as the action that caused it. */
export const LEGACY_HISTORY_ACTIONS: Readonly<Record<string, HistoryAction>> = {
  suspended: 'suspend',
  deleted: 'delete',
};

export interface HistoryEntry {
  time: string;
  action: HistoryAction;
  commit?: string;
  jobId?: string;
  savepoint?: string;
  detail?: string;
}

export interface StateDoc {
  formatVersion: typeof STATE_FORMAT_VERSION;
  project: string;
  env: string;
  jobs: Record<string, JobRecord>;
  /** Open alerts (status --check --alert): job → rule → when it started breaching (ISO-8601). */
  alerts?: Record<string, Record<string, string>>;
}

export function emptyState(project: string, env: string): StateDoc {
  return { formatVersion: STATE_FORMAT_VERSION, project, env, jobs: {} };
}
