/**
 * Pure edits of the state document for the apply engine. Each returns a new document and
 * leaves its input untouched, so a failed write can be retried with the same value.
 */
import { parseFlinkVersion } from '../core/flink-version';
import { pipelineName } from '../core/names';
import { sameSavepointPath, savepointPathKey } from '../core/restore-point';
import type {
  DeployedVersion,
  HistoryEntry,
  JobRecord,
  JobStatus,
  PendingOperation,
  RolledBackChange,
  SavepointRecord,
  StateDoc,
} from './model';

/** History entries kept per job; the oldest are dropped first. */
export const HISTORY_LIMIT = 100;

/**
 * Disposed savepoints kept per job (for `savepoints list` and the warning on a pin of one), as
 * many as history entries: without a bound, every periodic savepoint would grow the store for good.
 */
export const DISPOSED_SAVEPOINTS_LIMIT = HISTORY_LIMIT;

function newRecord(doc: StateDoc, job: string): JobRecord {
  return {
    pipelineName: pipelineName(doc.project, doc.env, job),
    status: 'running',
    savepoints: [],
    history: [],
  };
}

/**
 * The job each document made by updateJob changed, and the document it was made from (held
 * weakly: a link never keeps an old document alive). The file store appends the records changed
 * since its last write by following these links, instead of comparing every job of the store.
 */
const edits = new WeakMap<StateDoc, { job: string; prev: WeakRef<StateDoc>; depth: number }>();
/** Longer chains of edits (between two writes) are compared job by job instead. */
const MAX_EDIT_CHAIN = 256;

/** Applies `edit` to a copy of the job's record (created if missing). */
export function updateJob(doc: StateDoc, job: string, edit: (record: JobRecord) => JobRecord): StateDoc {
  const record = doc.jobs[job] ?? newRecord(doc, job);
  const next = { ...doc, jobs: { ...doc.jobs, [job]: edit(record) } };
  const depth = (edits.get(doc)?.depth ?? 0) + 1;
  if (depth <= MAX_EDIT_CHAIN) edits.set(next, { job, prev: new WeakRef(doc), depth });
  return next;
}

/**
 * The jobs updateJob edited on the way from `prev` to `next`, oldest edit first; undefined when
 * `next` was not made from `prev` by updateJob alone (then only a comparison of every job tells).
 * Edits through updateJob change nothing but `jobs`.
 */
export function jobsEditedSince(prev: StateDoc, next: StateDoc): string[] | undefined {
  const jobs: string[] = [];
  let doc: StateDoc | undefined = next;
  while (doc !== prev) {
    const link: { job: string; prev: WeakRef<StateDoc> } | undefined =
      doc === undefined ? undefined : edits.get(doc);
    if (!link) return undefined;
    jobs.push(link.job);
    doc = link.prev.deref();
  }
  return jobs.reverse();
}

/**
 * Records a completed savepoint (newest last). Recording the same path again is a no-op, so an
 * apply rerun after a crash can record what it finds without duplicates.
 */
export function recordSavepoint(doc: StateDoc, job: string, savepoint: SavepointRecord): StateDoc {
  const existing = doc.jobs[job]?.savepoints.some((s) => sameSavepointPath(s.path, savepoint.path));
  if (existing) return doc;
  return updateJob(doc, job, (r) => ({ ...r, savepoints: [...r.savepoints, { ...savepoint }] }));
}

/**
 * Marks a savepoint disposed: kept for history, never restored from. Only the newest `limit`
 * disposed ones stay recorded, except those a deployed version was started from.
 */
export function markSavepointDisposed(
  doc: StateDoc,
  job: string,
  path: string,
  limit = DISPOSED_SAVEPOINTS_LIMIT,
): StateDoc {
  if (!doc.jobs[job]?.savepoints.some((s) => sameSavepointPath(s.path, path) && !s.disposed)) return doc;
  return updateJob(doc, job, (r) => {
    const marked = r.savepoints.map((s) => (sameSavepointPath(s.path, path) ? { ...s, disposed: true } : s));
    const startedFrom = new Set(
      [r.current?.restoredFrom, r.lastStable?.restoredFrom].flatMap((p) => (p ? [savepointPathKey(p)] : [])),
    );
    // Oldest first: the ones beyond `limit` are dropped.
    const droppable = marked.filter((s) => s.disposed && !startedFrom.has(savepointPathKey(s.path)));
    const dropped = new Set(droppable.slice(0, Math.max(0, droppable.length - limit)));
    return { ...r, savepoints: marked.filter((s) => !dropped.has(s)) };
  });
}

/**
 * The savepoint the store records at `path`, with the job that recorded it: `job`'s own first, then
 * any other job's (a `restoreFrom` pin may name another job's savepoint: a job split in two, a
 * copy started from its state).
 */
export { sameSavepointPath, savepointPathKey };

export function recordedSavepoint(
  doc: StateDoc,
  path: string,
  job?: string,
): { owner: string; savepoint: SavepointRecord } | undefined {
  const own =
    job === undefined ? undefined : doc.jobs[job]?.savepoints.find((s) => sameSavepointPath(s.path, path));
  if (own) return { owner: job!, savepoint: own };
  for (const [owner, r] of Object.entries(doc.jobs)) {
    const savepoint = r.savepoints.find((s) => sameSavepointPath(s.path, path));
    if (savepoint) return { owner, savepoint };
  }
  return undefined;
}

/**
 * Whether a cluster of Flink `cluster` (major.minor) cannot read the savepoint: a newer major
 * release wrote it (1.x fails a 2.x savepoint: "Unrecognized checkpoint version number"). False
 * when either version is not known (savepoints recorded before the version was).
 */
export function writtenByNewerMajor(savepoint: SavepointRecord, cluster: string | undefined): boolean {
  const wrote = parseFlinkVersion(savepoint.flinkVersion)?.major;
  const runs = parseFlinkVersion(cluster)?.major;
  return wrote !== undefined && runs !== undefined && wrote > runs;
}

/**
 * The newest savepoint that was not disposed: what a resume or a rollback restores from. With
 * `cluster` (its Flink major.minor), the newest that release can read: savepoints a newer major
 * release wrote are passed over.
 */
export function lastRestorableSavepoint(
  record: JobRecord | undefined,
  cluster?: string,
): SavepointRecord | undefined {
  if (!record) return undefined;
  for (let i = record.savepoints.length - 1; i >= 0; i--) {
    const s = record.savepoints[i]!;
    if (!s.disposed && !writtenByNewerMajor(s, cluster)) return s;
  }
  return undefined;
}

/**
 * The restorable savepoints newer than `than` (ms since the epoch; all when undefined) that a
 * cluster of Flink `cluster` cannot read, newest first: what a restore there passes over.
 */
export function unreadableSavepoints(
  record: JobRecord | undefined,
  cluster: string | undefined,
  than?: number,
): SavepointRecord[] {
  return (record?.savepoints ?? [])
    .filter(
      (s) =>
        !s.disposed && writtenByNewerMajor(s, cluster) && (than === undefined || Date.parse(s.time) > than),
    )
    .reverse();
}

/** Sets what runs on the cluster now (and, optionally, the job's status). */
export function setCurrent(
  doc: StateDoc,
  job: string,
  current: DeployedVersion,
  status?: JobStatus,
): StateDoc {
  return updateJob(doc, job, (r) => ({ ...r, current: { ...current }, status: status ?? r.status }));
}

/** The current version passed its health grace period: it becomes the rollback target. */
export function markStable(doc: StateDoc, job: string): StateDoc {
  const current = doc.jobs[job]?.current;
  if (!current) return doc;
  return updateJob(doc, job, (r) => ({ ...r, lastStable: { ...current } }));
}

export function setStatus(doc: StateDoc, job: string, status: JobStatus): StateDoc {
  if (doc.jobs[job]?.status === status) return doc;
  return updateJob(doc, job, (r) => ({ ...r, status }));
}

/** Records an operation before it is triggered, so a rerun after a crash can look for its result. */
export function setPending(doc: StateDoc, job: string, pending: PendingOperation): StateDoc {
  return updateJob(doc, job, (r) => ({ ...r, pending: { ...pending } }));
}

/** A change was rolled back: remembered, so plans do not try it again unchanged. */
export function setRolledBack(doc: StateDoc, job: string, change: RolledBackChange): StateDoc {
  return updateJob(doc, job, (r) => ({ ...r, rolledBack: { ...change } }));
}

/** A new version of the job is deployed: a rolled-back change is no longer held. */
export function clearRolledBack(doc: StateDoc, job: string): StateDoc {
  if (!doc.jobs[job]?.rolledBack) return doc;
  return updateJob(doc, job, ({ rolledBack: _dropped, ...r }) => r);
}

export function clearPending(doc: StateDoc, job: string): StateDoc {
  if (!doc.jobs[job]?.pending) return doc;
  return updateJob(doc, job, ({ pending: _dropped, ...r }) => r);
}

/** Appends to the job's history, keeping the newest `limit` entries. */
export function appendHistory(
  doc: StateDoc,
  job: string,
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): StateDoc {
  return updateJob(doc, job, (r) => {
    const history = [...r.history, { ...entry }];
    return { ...r, history: history.length > limit ? history.slice(history.length - limit) : history };
  });
}

/**
 * Whether `live` is the very job the store recorded as deployed (by job id): the one flinkops
 * started, or one it adopted, which runs without flinkops labels and is known by its id alone.
 */
export function isRecordedRun(
  current: DeployedVersion | undefined,
  live: { jobId: string },
): current is DeployedVersion {
  return current !== undefined && current.jobId === live.jobId;
}

/**
 * Whether the store's current version of the job runs state that a script flinkops never saw
 * wrote: the job was adopted (taken over as it ran), or rolled back to such a version. Its
 * recorded script is the repository's at the adoption, so no restore of that state can be judged
 * against it. Stores written before `adopted` was recorded say it by the adopt entry of its job id.
 */
export function runsAdoptedState(record: JobRecord | undefined): boolean {
  const current = record?.current;
  if (!current) return false;
  return (
    current.adopted === true || record.history.some((h) => h.action === 'adopt' && h.jobId === current.jobId)
  );
}

/**
 * The record of a renamed job: the old name's, under the new pipeline name, with `entry` (the
 * rename) in its history. A deleted job's record under the new name (a job of that name removed
 * earlier) keeps its savepoints and history in front of the old one's, so none is forgotten.
 */
export function renamedRecord(
  old: JobRecord,
  replaced: JobRecord | undefined,
  pipelineName: string,
  entry: HistoryEntry,
): JobRecord {
  const before = replaced?.status === 'deleted' ? replaced : undefined;
  return {
    ...old,
    pipelineName,
    savepoints: [...(before?.savepoints ?? []), ...old.savepoints],
    history: [...(before?.history ?? []), ...old.history, entry].slice(-HISTORY_LIMIT),
  };
}

/** The job a rename (movedFrom) moved `job`'s record to, by the `renamed` entry of its history; newest rename first. */
export function renamedTo(doc: StateDoc, job: string): string | undefined {
  const from = `renamed from ${job} (`;
  let found: { name: string; time: string } | undefined;
  for (const [name, record] of Object.entries(doc.jobs)) {
    for (const h of record.history) {
      if (h.action !== 'renamed' || !h.detail?.startsWith(from)) continue;
      if (!found || h.time > found.time) found = { name, time: h.time };
    }
  }
  return found?.name;
}
