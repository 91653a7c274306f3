/**
 * Which savepoint or checkpoint a start restores: the newest the job owns, a pin that rewinds it,
 * none.
 */

import type { DesiredJob } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { formatAge } from '../core/duration';
import { majorMinor } from '../core/flink-version';
import { restorePointKind } from '../core/restore-point';
import type { LiveJob } from '../observe/model';
import type { JobRecord, SavepointRecord } from '../state/model';
import {
  lastRestorableSavepoint,
  sameSavepointPath,
  unreadableSavepoints,
  writtenByNewerMajor,
} from '../state/records';
import { PLAN_CODES } from './codes';
import { at, fileRange, type JobInputs } from './job-inputs';
import type { Compatibility } from './model';

interface RestorePoint {
  path: string;
  time: number;
  what: string;
}

/**
 * Newest savepoint or checkpoint known, from the cluster's jobs and the store. The savepoint the
 * store's current version was started from counts too, as of its start, as Flink's own failover
 * restores it while the job has no checkpoint of its own: a version started from a pinned
 * `restoreFrom:` that failed before it checkpointed (no task slots, a sink down) still owns that
 * state, which no savepoint in the store holds.
 */
export function latestRestorePoint(
  live: readonly LiveJob[],
  record: JobRecord | undefined,
  /** The cluster's Flink major.minor: savepoints a newer major release wrote are passed over. */
  cluster?: string,
): RestorePoint | undefined {
  const points: RestorePoint[] = [];
  for (const j of live) {
    if (j.latestSavepoint) points.push({ ...j.latestSavepoint, what: 'savepoint' });
    if (j.latestCheckpoint) points.push({ ...j.latestCheckpoint, what: 'checkpoint' });
  }
  const sp = lastRestorableSavepoint(record, cluster);
  if (sp) points.push({ path: sp.path, time: Date.parse(sp.time), what: restorePointKind(sp.path) });
  const started = record?.current;
  // Not once retention disposed of it (a store savepoint the version has long checkpointed past),
  // nor when a newer major release than the cluster's wrote it.
  const disposed = record?.savepoints.some(
    (s) =>
      sameSavepointPath(s.path, started?.restoredFrom) && (s.disposed || writtenByNewerMajor(s, cluster)),
  );
  if (started?.restoredFrom && !disposed && !Number.isNaN(Date.parse(started.deployedAt)))
    points.push({
      path: started.restoredFrom,
      time: Date.parse(started.deployedAt),
      what: restorePointKind(started.restoredFrom),
    });
  const since = startedWithoutState(record) ?? Number.NEGATIVE_INFINITY;
  const own = points.filter((p) => p.time >= since);
  own.sort(
    (a, b) =>
      b.time - a.time || (a.what < b.what ? 1 : a.what > b.what ? -1 : 0) || (a.path < b.path ? -1 : 1),
  );
  return own[0];
}

/**
 * When the version the store records as current was started without state (a create, or an
 * upgradeMode: stateless upgrade), the instant it was deployed: savepoints and checkpoints from
 * before it hold an earlier version's state, which its operators may not read (a stateless
 * upgrade is how an incompatible change is deployed), so they are not its restore points.
 */
export function startedWithoutState(record: JobRecord | undefined): number | undefined {
  const current = record?.current;
  if (!current?.startedWithoutState || current.restoredFrom) return undefined;
  const t = Date.parse(current.deployedAt);
  return Number.isNaN(t) ? undefined : t;
}

/** The job ended through a stop with a savepoint that an interrupted apply started (FO616). */
export function stoppedByInterruptedApply(record: JobRecord | undefined, jobId: string): boolean {
  const p = record?.pending;
  return p?.kind === 'stop-with-savepoint' && p.jobId === jobId;
}

/**
 * The job FINISHED through a stop with a savepoint an apply took to restart it (an upgrade or a
 * rescale, recorded), and that apply ended before the new job started (killed, interrupted).
 */
export function stoppedForRestart(record: JobRecord | undefined, last: LiveJob): boolean {
  return (
    last.state === 'FINISHED' &&
    (record?.savepoints ?? []).some(
      (s) => s.jobId === last.jobId && (s.kind === 'upgrade' || s.kind === 'rescale') && !s.disposed,
    )
  );
}

/** The newest savepoint in the store the current version may restore (see startedWithoutState). */
export function ownRestorableSavepoint(
  record: JobRecord | undefined,
  /** The cluster's Flink major.minor: savepoints a newer major release wrote are passed over. */
  cluster?: string,
): SavepointRecord | undefined {
  const sp = lastRestorableSavepoint(record, cluster);
  const since = startedWithoutState(record);
  return sp && (since === undefined || Date.parse(sp.time) >= since) ? sp : undefined;
}

/**
 * A `restoreFrom` pin older than the job's newest state (its last completed checkpoint, or a
 * savepoint recorded since the pinned one): restoring it rewinds the sources' offsets too. The pin
 * is meant, its cost is not obvious: the findings say how far back, and what the sinks then get.
 * Said only of a pin the store records (its time is known).
 */
export function pinRewinds(
  compat: Compatibility | undefined,
  pinned: string | undefined,
  record: JobRecord | undefined,
  live: LiveJob | undefined,
): void {
  const pin =
    pinned === undefined ? undefined : record?.savepoints.find((s) => sameSavepointPath(s.path, pinned));
  if (!compat || !pin || !record) return;
  const pinTime = Date.parse(pin.time);
  const later = record.savepoints
    .filter((s) => !s.disposed && !sameSavepointPath(s.path, pin.path))
    .map((s) => Date.parse(s.time));
  const newest = Math.max(live?.lastCheckpointTime ?? Number.NEGATIVE_INFINITY, ...later);
  // Within a minute: the pin is the job's newest state, give or take a checkpoint.
  if (!(newest - pinTime > 60_000)) return;
  compat.findings.push(
    `restoreFrom rewinds the job to ${pin.path} of ${at(pinTime)}, ${formatAge(newest - pinTime)} before its newest state (${at(newest)}): its sources read again what they read since, and its sinks get it again (an append or exactly-once Kafka sink writes it twice; an upsert sink by key ends the same)`,
  );
}

export function noRestorePoint(job: DesiredJob, what: string, ended?: LiveJob): Diagnostic {
  // The job had checkpointed: Flink discarded its checkpoints when it ended (cancelled without retention).
  const discarded =
    ended?.lastCheckpointTime !== undefined
      ? `Job ${ended.jobId} completed checkpoints, but Flink discarded them when it ended (${ended.state}): ${
          ended.state === 'FAILED'
            ? 'a job that fails for good keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: DELETE_ON_CANCELLATION or RETAIN_ON_CANCELLATION'
            : 'a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION'
        } (set it in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} for the next time). `
      : '';
  return warning(
    PLAN_CODES.noRestorePoint,
    `No savepoint or checkpoint known for the ${what} of job ${job.name}`,
    `${discarded}It starts without state. To start from a known savepoint, set restoreFrom: <path> in the job settings.`,
  );
}

/**
 * FO666: a resume or recovery on a cluster of Flink `ctx.flinkVersion` passes over the job's
 * savepoints that a newer major release wrote (taken while the job ran on a 2.x cluster, before
 * it moved back): the cluster cannot read them, so the start restores older state, or none.
 */
export function warnNewerReleaseSavepoints(
  j: JobInputs,
  what: 'resume' | 'recovery',
  restoreFrom: string | undefined,
  /** When the state it restores was written (ms): older savepoints are not passed over. */
  since: number | undefined,
): void {
  const cluster = majorMinor(j.ctx.flinkVersion);
  const skipped = unreadableSavepoints(j.record, cluster, since);
  if (skipped.length === 0 || cluster === undefined) return;
  const newest = skipped[0]!;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.newerReleaseSavepoint,
      `The ${what} of job ${j.job.name} on Flink ${cluster} passes over ${skipped.length === 1 ? 'its savepoint' : `${skipped.length} of its savepoints`} that Flink ${newest.flinkVersion} wrote (newest ${newest.path}, ${newest.time})`,
      `A Flink ${cluster.split('.')[0]}.x release cannot read a savepoint a newer major release wrote ("Unrecognized checkpoint version number"), so the job ${restoreFrom ? `restores from ${restoreFrom} instead` : 'starts without state'}: the state written since is not restored. ` +
        `To keep it, run the job on a cluster of Flink ${newest.flinkVersion} (or newer) again; to start from other state, set restoreFrom: <path> in ${settings} (flinkops savepoints list ${j.job.name} shows which release wrote each).`,
      fileRange(j.job.sqlFile),
    ),
  );
}
