/**
 * Checkpoints and savepoints as the cluster keeps them: the checkpoint history,
 * retention of completed checkpoints, and restoring a job from a snapshot path.
 */
import { sha256 } from '../core/hash';
import { rowsFrameBecomesRange } from '../core/operator-state';
import { explicitMaxParallelism, restoreSettings } from './config-keys';
import type { CheckpointEntry, SavepointRecord, SimJob } from './model';
import type { FlinkVersion } from './versions';

export type Snapshots = Map<string, SavepointRecord>;

/** Why a restore would fail, as the exception Flink raises. */
export interface RestoreError {
  className: string;
  message: string;
}

export function findSnapshot(snapshots: Snapshots, path: string): SavepointRecord | undefined {
  // As Flink: file:///x and a path without a scheme (/x, read on the local file system) are file:/x.
  const p = path.replace(/\/+$/, '');
  return (
    snapshots.get(p) ?? snapshots.get(p.startsWith('/') ? `file:${p}` : p.replace(/^file:\/\//, 'file:'))
  );
}

/** Validates `execution.savepoint.path` / `execution.state-recovery.path` against known snapshots. */
export function checkRestore(
  job: SimJob,
  snapshots: Snapshots,
  version: FlinkVersion,
): RestoreError | undefined {
  const rs = restoreSettings(job.config, version);
  if (!rs.path) return undefined;
  const sp = findSnapshot(snapshots, rs.path);
  if (!sp || sp.disposed) {
    return {
      className: 'java.io.FileNotFoundException',
      message: `Cannot find checkpoint or savepoint file/directory '${rs.path}' on file system 'file'.`,
    };
  }
  // Flink 2.x writes checkpoint metadata version 6, which no 1.x release knows (real 1.20.3
  // restoring a 2.2.0 savepoint); allowNonRestoredState does not help.
  if (sp.flinkVersion?.startsWith('2.') && version.startsWith('1.')) {
    return {
      className: 'java.lang.IllegalArgumentException',
      message: 'Unrecognized checkpoint version number: 6',
    };
  }
  const ids = new Set(job.operators.map((o) => o.id));
  const mismatch = maxParallelismMismatch(job, sp, ids);
  if (mismatch) return mismatch;
  if (rs.ignoreUnclaimed) return undefined;
  const missing = sp.operators.find((op) => !ids.has(op));
  if (missing) {
    return {
      className: 'java.lang.IllegalStateException',
      message:
        `Failed to rollback to checkpoint/savepoint ${sp.path}. Cannot map checkpoint/savepoint state for operator ${missing} ` +
        'to the new program, because the operator is not available in the new program. If you want to allow to skip this, ' +
        'you can set the --allowNonRestoredState option on the CLI.',
    };
  }
  return undefined;
}

/**
 * Flink maps each operator's state into the new job's key groups: a job whose max parallelism is
 * set (`pipeline.max-parallelism`) restores only state taken under the same one; one that derives
 * it takes the snapshot's (`canRescaleMaxParallelism`). allowNonRestoredState does not help.
 */
function maxParallelismMismatch(
  job: SimJob,
  sp: SavepointRecord,
  ids: ReadonlySet<string>,
): RestoreError | undefined {
  const was = sp.maxParallelism;
  const mapped = sp.operators.find((op) => ids.has(op));
  if (was === undefined || !mapped) return undefined;
  // Taking the snapshot's key groups, the job restores into at most that many subtasks (real
  // 2.2.0: a rescale 2 → 200 from a savepoint taken under max parallelism 128).
  if (job.config['pipeline.max-parallelism'] === undefined && job.parallelism > was)
    return {
      className: 'java.lang.IllegalStateException',
      message:
        `The state for task ${mapped} can not be restored. The maximum parallelism (${was}) of the restored state is lower than the configured parallelism (${job.parallelism}). ` +
        'Please reduce the parallelism of the task to be lower or equal to the maximum parallelism.',
    };
  if (was === job.maxParallelism || job.config['pipeline.max-parallelism'] === undefined) return undefined;
  return {
    className: 'java.lang.IllegalStateException',
    message:
      `Failed to rollback to checkpoint/savepoint ${sp.path}. Max parallelism mismatch between checkpoint/savepoint state and new program. ` +
      `Cannot map operator ${mapped} with max parallelism ${was} to new program with max parallelism ${job.maxParallelism}. ` +
      'This indicates that the program has been changed in a non-compatible way after the checkpoint/savepoint.',
  };
}

/**
 * The state a restored operator cannot take: the snapshot holds keyed state for an operator id
 * the new job has, in another shape (another key, other aggregates). Flink maps it by id, then
 * each task fails building its state backend, and the job restarts over and over.
 */
export function stateMismatch(
  job: SimJob,
  snapshots: Snapshots,
  version: FlinkVersion,
): SimJob['stateFailure'] | undefined {
  const rs = restoreSettings(job.config, version);
  if (!rs.path) return undefined;
  const sp = findSnapshot(snapshots, rs.path);
  if (!sp || sp.disposed) return undefined;
  for (const op of job.operators) {
    const before = sp.shapes[op.id];
    if (before === undefined || op.holds !== 'keyed' || before === op.shape) continue;
    if (rowsFrameBecomesRange(before, op.shape)) continue;
    const keyOf = (shape: string) => /(?:groupBy|partitionBy|key|where)=\[([^\]]*)\]/.exec(shape)?.[1];
    // Another deduplication or Top-N function keeps its state under other names: Flink checks the
    // key serializer only, restores, and the new function starts empty (real 1.20.3 and 2.3.0).
    const [was, now] = [sp.stateNames?.[op.id], op.stateNames];
    if (was && now && !was.some((x) => now.includes(x)) && keyOf(before) === keyOf(op.shape)) continue;
    const what = keyOf(before) !== keyOf(op.shape) ? 'key' : 'state';
    return {
      operator: op.id,
      message:
        what === 'key'
          ? `The new key serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer) must be compatible with the previous key serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer).`
          : `The new state serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer) must not be incompatible with the old state serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer).`,
    };
  }
  return undefined;
}

/** What a snapshot of `job` holds: the operators that keep state, and their shapes. */
export function snapshotContent(
  job: SimJob,
): Pick<SavepointRecord, 'operators' | 'shapes' | 'stateNames' | 'maxParallelism'> {
  const kept = job.operators.filter((o) => o.holds !== 'none');
  return {
    operators: kept.map((o) => o.id),
    maxParallelism: job.maxParallelism,
    shapes: Object.fromEntries(kept.filter((o) => o.holds === 'keyed').map((o) => [o.id, o.shape])),
    stateNames: Object.fromEntries(kept.flatMap((o) => (o.stateNames ? [[o.id, o.stateNames]] : []))),
  };
}

/** Marks the job restored from its configured snapshot (when there is one). */
export function applyRestore(job: SimJob, snapshots: Snapshots, version: FlinkVersion, now: number): void {
  const rs = restoreSettings(job.config, version);
  if (!rs.path) return;
  const sp = findSnapshot(snapshots, rs.path);
  if (!sp) return;
  // A job that sets no max parallelism takes the snapshot's key groups.
  if (sp.maxParallelism !== undefined && explicitMaxParallelism(job.config) === undefined) {
    job.maxParallelism = sp.maxParallelism;
    for (const v of job.vertices) v.maxParallelism = sp.maxParallelism;
  }
  job.restored = {
    id: Number.parseInt(sha256(sp.path).slice(0, 6), 16) % 1000,
    restoreTimestamp: now,
    // Flink loads a snapshot it does not claim (NO_CLAIM, the default; LEGACY) with savepoint
    // properties, a retained chk-N too; CLAIM keeps the checkpoint's own.
    isSavepoint: sp.kind === 'savepoint' || claimMode(job.config) !== 'CLAIM',
    externalPath: sp.path,
  };
  job.counts.restored++;
}

/** The restore's claim mode, under the 1.20+ key or the older one (default NO_CLAIM). */
function claimMode(cfg: SimJob['config']): string {
  const mode = cfg['execution.state-recovery.claim-mode'] ?? cfg['execution.savepoint-restore-mode'];
  return String(mode ?? 'NO_CLAIM')
    .trim()
    .toUpperCase();
}

/**
 * Whether the job restored from a snapshot in NO_CLAIM mode with the changelog state backend on
 * (its `state.changelog.enabled`, else the cluster's): NO_CLAIM forces a full first checkpoint,
 * which Flink's ChangelogStateBackend cannot take (`supportsNoClaimRestoreMode()` is false), so
 * StreamTask fails the task at every checkpoint until one completes (real 2.2.0 and 1.20.3). CLAIM
 * and LEGACY force none.
 */
export function noClaimChangelog(job: SimJob, cluster: Readonly<Record<string, string>>): boolean {
  if (!job.restored) return false;
  const enabled = job.config['state.changelog.enabled'] ?? cluster['state.changelog.enabled'];
  return String(enabled).trim().toLowerCase() === 'true' && claimMode(job.config) === 'NO_CLAIM';
}

/** The exception real 2.2.0 recorded for it: the checkpoint trigger, caused by StreamTask's check. */
export function fullSnapshotRefused(job: SimJob): {
  className: string;
  message: string;
  cause: { className: string; message: string };
} {
  const vertex = job.vertices[0]?.name ?? 'Source';
  return {
    className: 'java.lang.Exception',
    message: `Error while triggering checkpoint ${job.counts.completed + job.counts.failed + 1} for ${vertex} (1/${job.vertices[0]?.parallelism ?? 1})#${job.restarts}`,
    cause: {
      className: 'java.lang.IllegalStateException',
      message:
        'Configured state backend (org.apache.flink.state.changelog.ChangelogStateBackend@53573970) does not support enforcing a full snapshot. If you are restoring in NO_CLAIM mode, please consider choosing CLAIM mode.',
    },
  };
}

/** Marks the job restored from its latest completed checkpoint (a restart), when it has one. */
export function restoreLatestCheckpoint(job: SimJob, now: number): void {
  const cp = job.latestCompleted;
  if (!cp?.externalPath) return;
  job.restored = {
    id: cp.id,
    restoreTimestamp: now,
    isSavepoint: false,
    externalPath: cp.externalPath,
  };
  job.counts.restored++;
}

export function recordCheckpoint(job: SimJob, entry: CheckpointEntry): void {
  job.history.unshift(entry);
  if (job.history.length > 10) job.history.pop(); // web.checkpoints.history default 10
  if (entry.status === 'COMPLETED') job.counts.completed++;
  if (entry.status === 'FAILED') {
    job.counts.failed++;
    job.latestFailed = entry;
  }
}

export function completeCheckpoint(
  job: SimJob,
  snapshots: Snapshots,
  now: number,
  version?: FlinkVersion,
): CheckpointEntry {
  const id = job.nextCheckpointId++;
  const path = `${job.checkpointDir.replace(/\/+$/, '')}/${job.jid}/chk-${id}`;
  const entry: CheckpointEntry = {
    id,
    isSavepoint: false,
    type: 'CHECKPOINT',
    status: 'COMPLETED',
    triggerTimestamp: now - 10,
    latestAck: now,
    externalPath: path,
  };
  recordCheckpoint(job, entry);
  // Only the latest checkpoint is retained (state.checkpoints.num-retained = 1): the one it
  // subsumes is deleted, and its statistics say so (`discarded`), cached ones too.
  const prev = job.latestCompleted?.externalPath;
  if (prev) snapshots.delete(prev);
  if (job.latestCompleted) job.latestCompleted.discarded = true;
  job.latestCompleted = entry;
  snapshots.set(path, {
    path,
    jid: job.jid,
    ...snapshotContent(job),
    createdAt: now,
    kind: 'checkpoint',
    disposed: false,
    ...(version ? { flinkVersion: version } : {}),
  });
  return entry;
}
