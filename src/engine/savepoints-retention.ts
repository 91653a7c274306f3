/**
 * The pure half of savepoint management: which savepoint is newest, which ones a restore
 * depends on (never disposed), which ones retention disposes, and the rows of
 * `savepoints list`. No I/O, no clock: times are inputs.
 */
import type { DesiredJob } from '../compile';
import { majorMinor } from '../core/flink-version';
import type { SavepointSettings } from '../load';
import { startedWithoutState } from '../plan';
import type { SavepointListEntry, SavepointStartPoint } from '../render';
import {
  type JobRecord,
  lastRestorableSavepoint,
  type SavepointRecord,
  sameSavepointPath,
  savepointPathKey,
  writtenByNewerMajor,
} from '../state';
import { durationMs } from './health';

/**
 * The newest savepoint recorded for the job, of any kind (disposed ones are older still), that
 * holds the running version's state: when that version was started without state (a create
 * after a deletion, a stateless upgrade), the savepoints of the earlier one do not count, so its
 * first periodic savepoint is due at once.
 */
export function newestSavepoint(record: JobRecord | undefined): SavepointRecord | undefined {
  const since = startedWithoutState(record) ?? Number.NEGATIVE_INFINITY;
  let best: SavepointRecord | undefined;
  for (const s of record?.savepoints ?? []) {
    if (Date.parse(s.time) < since) continue;
    if (!best || Date.parse(s.time) > Date.parse(best.time)) best = s;
  }
  return best;
}

/**
 * The `restoreFrom:` pins of the repository's jobs, by path (`savepointPathKey`): the job whose savepoints retention
 * trims may hold the savepoint another job starts from (a job split in two, a copy started from a
 * running job's state), which that job's create or redeploy needs.
 */
export function pinsOf(jobs: readonly DesiredJob[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const j of jobs) {
    const pin = j.settings.restoreFrom;
    if (pin && !out.has(savepointPathKey(pin))) out.set(savepointPathKey(pin), j.name);
  }
  return out;
}

/**
 * Savepoints a restore depends on, with the reason: never disposed whatever `keep` says. `pins`
 * (from `pinsOf`) adds the savepoints other jobs pin.
 */
export function protectedSavepoints(
  record: JobRecord,
  pinned?: string,
  pins: ReadonlyMap<string, string> = new Map(),
  /** The cluster's Flink major.minor: the newest savepoint it can read is what it restores. */
  cluster?: string,
): Map<string, string> {
  // Keyed by savepointPathKey: a pin or a restore path written /x or file:///x is the recorded file:/x.
  const out = new Map<string, string>();
  const add = (path: string | undefined, why: string) => {
    if (path && !out.has(savepointPathKey(path))) out.set(savepointPathKey(path), why);
  };
  // A pin the current version was deployed with is spent, and may be gone from the file (plan keeps
  // it: keepSpentPins): a later resume or recovery restores newer state. What still needs that
  // savepoint (the version started from it, a rollback) is said below.
  const spent =
    pinned !== undefined &&
    (sameSavepointPath(pinned, record.current?.restoredFrom) ||
      sameSavepointPath(pinned, pinOf(record.current?.settings)));
  if (!spent) add(pinned, 'pinned with restoreFrom');
  for (const s of record.savepoints) {
    const by = pins.get(savepointPathKey(s.path));
    // `pins` holds this job's own pin too, said (or found spent) above.
    if (by !== undefined && !sameSavepointPath(s.path, pinned))
      add(s.path, `job ${by} pins it with restoreFrom`);
  }
  add(record.lastStable?.restoredFrom, 'the last stable version was started from it (rollback target)');
  add(record.current?.restoredFrom, 'the running version was started from it');
  const newest = lastRestorableSavepoint(record);
  const here = lastRestorableSavepoint(record, cluster);
  // A version started without state (re-created, upgraded stateless) restores none of the savepoints
  // before it: the newest of those is kept, as the earlier version's state a restoreFrom can pin.
  const since = startedWithoutState(record);
  const resumes =
    record.status === 'suspended'
      ? 'the suspended job resumes from it'
      : since !== undefined && here && Date.parse(here.time) < since
        ? 'the newest savepoint of the version before the running one, which was started without state (restoreFrom can pin it)'
        : 'the newest restore point';
  // A newer major release wrote the newest: kept for a cluster of that release, which restores it;
  // this cluster restores the newest it can read.
  if (newest && newest !== here)
    add(
      newest.path,
      `the newest savepoint; Flink ${newest.flinkVersion} wrote it, so a cluster of that release restores it`,
    );
  add(here?.path, newest !== here ? `${resumes} on Flink ${cluster}` : resumes);
  return out;
}

/** A job's retention limits: `keep` newest savepoints; none taken before `takenBefore` (epoch ms: now − maxAge). */
export interface RetentionLimits {
  keep?: number;
  takenBefore?: number;
}

/** The limits of a job's `savepoints:` at instant `now` (epoch ms); undefined when it sets neither. */
export function retentionLimits(
  policy: SavepointSettings | undefined,
  now: number,
): RetentionLimits | undefined {
  const maxAge = policy?.maxAge === undefined ? undefined : durationMs(policy.maxAge);
  if (policy?.keep === undefined && maxAge === undefined) return undefined;
  return {
    ...(policy?.keep !== undefined ? { keep: policy.keep } : {}),
    ...(maxAge !== undefined ? { takenBefore: now - maxAge } : {}),
  };
}

/**
 * Which restorable savepoints to dispose: those beyond the newest `keep` and those taken before
 * `takenBefore` (as the Flink Kubernetes Operator's savepoint history's max count and max age:
 * either limit disposes), but never a protected one. With `cluster` (its Flink version), the newest
 * savepoint that release can read is protected too: after a move back from 2.x, the newest `keep`
 * may all be ones it cannot restore. `expired` names those only `maxAge` disposes. Pure.
 */
export function retention(
  record: JobRecord,
  limits: RetentionLimits,
  pinned?: string,
  pins?: ReadonlyMap<string, string>,
  cluster?: string,
): { dispose: SavepointRecord[]; retained: { path: string; why: string }[]; expired: Set<string> } {
  const restorable = record.savepoints.filter((s) => !s.disposed);
  const beyond = limits.keep === undefined ? 0 : Math.max(0, restorable.length - Math.max(1, limits.keep));
  const old = (s: SavepointRecord) =>
    limits.takenBefore !== undefined && Date.parse(s.time) < limits.takenBefore;
  const excess = restorable.filter((s, i) => i < beyond || old(s));
  const guard = protectedSavepoints(record, pinned, pins, majorMinor(cluster));
  return {
    dispose: excess.filter((s) => !guard.has(savepointPathKey(s.path))),
    retained: excess
      .filter((s) => guard.has(savepointPathKey(s.path)))
      .map((s) => ({ path: s.path, why: guard.get(savepointPathKey(s.path))! })),
    expired: new Set(restorable.filter((s, i) => i >= beyond && old(s)).map((s) => s.path)),
  };
}

/** A job's savepoints for `savepoints list`, newest first. `sizes` maps paths to bytes where known. Pure. */
export function listSavepoints(
  job: DesiredJob | undefined,
  record: JobRecord | undefined,
  now: string,
  sizes: ReadonlyMap<string, number> = new Map(),
  pins?: ReadonlyMap<string, string>,
  /** The cluster's Flink version: savepoints a newer major release wrote are not restorable on it. */
  cluster?: string,
): SavepointListEntry[] {
  if (!record) return [];
  const here = majorMinor(cluster);
  const t = Date.parse(now);
  const guard = protectedSavepoints(record, job?.settings.restoreFrom, pins, here);
  const adopted = adoptedJobIds(record);
  return [...record.savepoints]
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
    .map((s) => {
      // Flink's checkpoint statistics still give a disposed savepoint's size: its folder is gone.
      const size = s.disposed ? undefined : sizes.get(s.path);
      const why = s.disposed ? undefined : guard.get(savepointPathKey(s.path));
      return {
        path: s.path,
        kind: s.kind,
        time: s.time,
        ageMs: t - Date.parse(s.time),
        jobId: s.jobId,
        specHash: s.specHash,
        matchesCurrentSpec: job !== undefined && s.specHash === job.restartHash && !adopted.has(s.jobId),
        ...(adopted.has(s.jobId) ? { adopted: true as const } : {}),
        disposed: s.disposed === true,
        ...(why ? { protected: why } : {}),
        ...(size !== undefined ? { sizeBytes: size } : {}),
        ...(s.flinkVersion !== undefined ? { flinkVersion: s.flinkVersion } : {}),
        ...(here !== undefined && writtenByNewerMajor(s, here) ? { unreadableOn: here } : {}),
      };
    });
}

/**
 * What the job's deployed versions were started from (Flink's `latest.restored`), for `savepoints
 * list`: a pinned path or the state a recovery restored is often no savepoint of the job's own (a
 * savepoint taken by hand, another job's, a retained `chk-N`), so the rows alone would not say
 * what the running job restored, or show an empty list. Pure.
 */
export function startPoints(record: JobRecord | undefined): SavepointStartPoint[] {
  const out: SavepointStartPoint[] = [];
  const versions = [
    { v: record?.current, version: record?.status === 'running' ? 'running' : 'last deployed' },
    { v: record?.lastStable, version: 'last stable' },
  ] as const;
  for (const { v, version } of versions) {
    if (!v?.restoredFrom || out.some((p) => p.jobId === v.jobId)) continue;
    out.push({
      version,
      jobId: v.jobId,
      deployedAt: v.deployedAt,
      path: v.restoredFrom,
      pinned: sameSavepointPath(pinOf(v.settings), v.restoredFrom),
      recorded: record!.savepoints.some((s) => sameSavepointPath(s.path, v.restoredFrom)),
    });
  }
  return out;
}

/** The `restoreFrom:` a deployed version's recorded settings carry. */
function pinOf(settings: Record<string, unknown> | undefined): string | undefined {
  const pin = settings?.restoreFrom;
  return typeof pin === 'string' ? pin : undefined;
}

/**
 * Ids of the jobs whose state a script flinkops never saw wrote: adopted jobs (and rollbacks to
 * them), as the versions and the history record them.
 */
function adoptedJobIds(record: JobRecord): Set<string> {
  const ids = new Set<string>();
  for (const v of [record.current, record.lastStable]) if (v?.adopted) ids.add(v.jobId);
  for (const h of record.history) if (h.action === 'adopt' && h.jobId) ids.add(h.jobId);
  return ids;
}
