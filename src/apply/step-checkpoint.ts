/**
 * Checkpoints as restore points. When a job's state lives only in a checkpoint (a last-state
 * upgrade, a job that ended by itself), its path goes to the store with the savepoints before
 * the job is cancelled or retired: the JobManager forgets an ended job within the hour (or at a
 * failover), and a rerun, resume or recovery then finds the path in the store.
 */
import { sameSavepointPath } from '../core/restore-point';
import type { CheckpointStats } from '../flink/types';
import type { SavepointKind } from '../state/model';
import { recordSavepoint } from '../state/records';
import { APPLY_CODES } from './codes';
import { clusterVersion, iso, type RunContext } from './context';
import { type JobRun, OK, type StepResult } from './job-run';
import { failure, type Of, readFailed, specHashOfLive } from './step-util';

/**
 * Latest completed checkpoint of `jobId`, if the cluster still reports one. A failed read is a
 * warning on the job (the client has retried it already): the run goes on as if there were none.
 */
async function latestCheckpoint(
  ctx: RunContext,
  run: JobRun,
  jobId: string,
  orRestored = false,
  orSavepoint = false,
  settle = false,
): Promise<RestorePoint | undefined> {
  let cp = await ctx.client.getCheckpoints(jobId);
  // Between two attempts of a restarting job, Flink's adaptive scheduler answers from a graph it
  // has not built yet: empty statistics, as if nothing was ever checkpointed. Ask again.
  for (
    let waited = 0;
    settle && cp.ok && emptyStats(cp.value) && waited < SETTLE_MS;
    waited += SETTLE_STEP_MS
  ) {
    await ctx.clock.sleep(SETTLE_STEP_MS, ctx.signal);
    cp = await ctx.client.getCheckpoints(jobId);
  }
  // Flink answers from statistics cached for `rest.cache.checkpoint-statistics.timeout` (3 s by
  // default): a latest checkpoint shown as discarded was subsumed by a newer one the cached
  // answer does not show yet. Ask again until it does (an ended job's discarded one stays).
  for (
    let waited = 0;
    cp.ok && cp.value.latestCompleted?.discarded && waited < STALE_MS;
    waited += STALE_STEP_MS
  ) {
    await ctx.clock.sleep(STALE_STEP_MS, ctx.signal);
    cp = await ctx.client.getCheckpoints(jobId);
  }
  // A job that never checkpointed (a batch job, checkpointing off): Flink answers 404, and there is
  // nothing to read, which is no failure.
  if (!cp.ok && cp.error.status === 404 && /Checkpointing has not been enabled/.test(cp.error.message))
    return undefined;
  if (!cp.ok) {
    readFailed(
      ctx,
      run,
      `the checkpoints of ${jobId}`,
      cp.error.message,
      'The run went on as if the job had no completed checkpoint. Check the job in the Flink UI (Checkpoints tab).',
    );
    return undefined;
  }
  const latest = cp.value.latestCompleted;
  const from = orRestored ? startedFrom(cp.value) : undefined;
  if (from) return { path: from, restored: true };
  const sp = orSavepoint ? cp.value.latestSavepoint : undefined;
  const usable = latest?.externalPath && !latest.discarded ? latest : undefined;
  // A savepoint taken after the latest checkpoint (a stop with a savepoint by hand) is newer state.
  const point = sp?.externalPath && (!usable || (sp.timestamp ?? 0) >= (usable.timestamp ?? 0)) ? sp : usable;
  if (!point?.externalPath) return undefined;
  return { path: point.externalPath, ...(point.timestamp ? { timestamp: point.timestamp } : {}) };
}

/** How long a stopped-by-cancel job's empty checkpoint statistics are asked again, and how often. */
const SETTLE_MS = 12_000;
const SETTLE_STEP_MS = 1_000;

/** How long a latest checkpoint shown as discarded (subsumed, cached statistics) is asked again. */
const STALE_MS = 6_000;
const STALE_STEP_MS = 500;

/** Statistics of a job that never triggered, completed nor restored a checkpoint. */
function emptyStats(s: CheckpointStats): boolean {
  return s.counts.total === 0 && s.counts.restored === 0 && !s.latestCompleted && !s.latestRestored;
}

/**
 * The savepoint (or retained checkpoint) a job started from, when it completed no checkpoint
 * since: its state is still that one's. Undefined once a checkpoint completed.
 */
export function startedFrom(stats: CheckpointStats): string | undefined {
  return stats.latestCompleted === undefined ? stats.latestRestored?.externalPath : undefined;
}

/**
 * A state to restore from: a checkpoint, or (`restored`) the savepoint or retained checkpoint the
 * job was started from, which no cancel deletes (flinkops restores with NO_CLAIM).
 */
export interface RestorePoint {
  path: string;
  timestamp?: number;
  restored?: true;
}

/** Records a checkpoint among the job's restore points (no trigger id: nothing was triggered). */
async function record(
  ctx: RunContext,
  run: JobRun,
  jobId: string,
  cp: RestorePoint,
  kind: SavepointKind,
): Promise<void> {
  const job = run.change.job;
  const time = cp.timestamp !== undefined ? new Date(cp.timestamp).toISOString() : iso(ctx.clock);
  // A checkpoint this cluster wrote; what the job was started from may be another release's.
  const version = cp.restored ? {} : await clusterVersion(ctx.client);
  await ctx.store.update(job, `apply: ${job}: checkpoint to restore from recorded`, (d) =>
    recordSavepoint(d, job, {
      path: cp.path,
      time,
      triggerId: '',
      jobId,
      specHash: specHashOfLive(ctx, run),
      kind,
      ...version,
    }),
  );
}

/**
 * Whether the job's checkpoints outlive a cancel (`execution.checkpointing.externalized-checkpoint-retention:
 * RETAIN_ON_CANCELLATION`): Flink deletes them otherwise, and a restore from one fails. Undefined
 * when the cluster does not say (the restore is then tried, as before).
 */
export async function checkpointsSurviveCancel(ctx: RunContext, jobId: string): Promise<boolean | undefined> {
  const r = await ctx.client.getCheckpointConfig?.(jobId);
  const retention = r?.ok ? r.value.retention : undefined;
  return retention === undefined ? undefined : retention === 'on-cancellation';
}

/** What to set so that a job's checkpoints outlive a cancel. */
export const RETAIN_ON_CANCEL =
  "execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION in the job's config (or the cluster's)";

/** last-state: the checkpoint to restore from, durable before the cancel step. */
export async function readCheckpoint(
  ctx: RunContext,
  run: JobRun,
  s: Of<'read-checkpoint'>,
): Promise<StepResult> {
  if ((await checkpointsSurviveCancel(ctx, s.jobId)) === false) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${run.change.job} cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled`,
      `Nothing was changed. A last-state upgrade cancels the job and restores from its latest checkpoint, which Flink keeps only with ${RETAIN_ON_CANCEL}; it applies from the job's next start. Or use upgradeMode: savepoint.`,
    );
  }
  const cp = await latestCheckpoint(ctx, run, s.jobId);
  if (!cp) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${run.change.job} has no completed checkpoint to carry its state over`,
      'A last-state upgrade restores from the latest checkpoint: turn checkpointing on, or use upgradeMode: savepoint.',
    );
  }
  run.checkpoint = cp.path;
  await record(ctx, run, s.jobId, cp, 'upgrade');
  return OK;
}

/**
 * What a job stopped by cancel (it could not take a savepoint) restores from: its latest
 * checkpoint or, with none completed since it started, the savepoint it started from. Read
 * before the cancel; `keepRestorePoint` records it. Empty statistics are asked again for a few
 * seconds: a job between two restarts has them until its next attempt is scheduled.
 */
export function cancelRestorePoint(
  ctx: RunContext,
  run: JobRun,
  jobId: string,
): Promise<RestorePoint | undefined> {
  return latestCheckpoint(ctx, run, jobId, true, false, true);
}

/** Records `point` under `kind` and keeps it in `run.checkpoint`, before the cancel. */
export async function keepRestorePoint(
  ctx: RunContext,
  run: JobRun,
  jobId: string,
  point: RestorePoint,
  kind: SavepointKind,
): Promise<void> {
  run.checkpoint = point.path;
  await record(ctx, run, jobId, point, kind);
}

/** After the cancel: a checkpoint may have completed since it was read; the newest wins. */
export async function refreshCheckpoint(
  ctx: RunContext,
  run: JobRun,
  jobId: string,
  kind: SavepointKind = 'upgrade',
): Promise<void> {
  const cp = await latestCheckpoint(ctx, run, jobId);
  if (!cp || sameSavepointPath(cp.path, run.checkpoint)) return;
  run.checkpoint = cp.path;
  await record(ctx, run, jobId, cp, kind);
}

/**
 * Suspend or delete with nothing to stop (the job had ended): keep its newest state, the savepoint
 * it was stopped with by hand included.
 */
export async function keepEndedJobCheckpoint(
  ctx: RunContext,
  run: JobRun,
  status: 'suspended' | 'deleted',
): Promise<void> {
  const jobId = run.change.liveJobId;
  if (run.savepoint || !jobId) return;
  const cp = await latestCheckpoint(ctx, run, jobId, false, true);
  if (cp) await record(ctx, run, jobId, cp, status === 'suspended' ? 'suspend' : 'delete');
}
