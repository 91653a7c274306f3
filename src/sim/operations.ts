/**
 * Async operations behind trigger ids (savepoint, stop-with-savepoint, manual
 * checkpoint, disposal). Like `DispatcherCachedOperationsHandler`, an operation key
 * is registered once: the same triggerId twice returns the first operation.
 */
import { randomHex } from './clock';
import type { Cluster } from './cluster';
import { parseDuration, savepointDirOf } from './config-keys';
import type { Faults } from './faults';
import { type AsyncOp, type CheckpointEntry, isBatch, type SimJob } from './model';
import { snapshotContent } from './snapshots';

export class TriggerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class Operations {
  private readonly ops = new Map<string, AsyncOp>();

  constructor(
    private readonly cluster: Cluster,
    private readonly faults: Faults,
    private readonly rand: () => number,
  ) {}

  private key(kind: 'job' | 'disposal', id: string, triggerId: string): string {
    return `${kind}/${id}/${triggerId}`;
  }

  /** A trigger's result, or undefined when unknown, expired or lost in a failover. */
  get(jid: string | undefined, triggerId: string, disposal = false): AsyncOp | undefined {
    const k = disposal ? this.key('disposal', '', triggerId) : this.key('job', jid ?? '', triggerId);
    const op = this.ops.get(k);
    if (
      op?.completedAt !== undefined &&
      this.cluster.now() - op.completedAt > this.cluster.timing.asyncStoreMs
    ) {
      this.ops.delete(k);
      return undefined;
    }
    return op;
  }

  /** JobManager failover: every trigger result and in-flight operation is forgotten; jobs keep running. */
  forgetAll(): void {
    let touched = false;
    for (const op of this.ops.values()) {
      if (op.status !== 'IN_PROGRESS' || !op.jid) continue;
      const job = this.cluster.get(op.jid);
      if (!job) continue;
      job.stopping = false;
      job.epoch++; // drops the pending completion timer
      touched = true;
    }
    this.ops.clear();
    // Jobs keep running: give them back their checkpoint timers.
    if (touched) this.cluster.onJobFaultsChanged();
  }

  private register(k: string, op: AsyncOp): { op: AsyncOp; fresh: boolean } {
    const existing = this.ops.get(k);
    if (existing) return { op: existing, fresh: false };
    this.ops.set(k, op);
    return { op, fresh: true };
  }

  private complete(
    op: AsyncOp,
    result: { location?: string; failure?: AsyncOp['failure']; checkpointId?: number },
  ) {
    op.status = 'COMPLETED';
    op.completedAt = this.cluster.now();
    if (result.location) op.location = result.location;
    if (result.failure) op.failure = result.failure;
    if (result.checkpointId !== undefined) op.checkpointId = result.checkpointId;
  }

  /**
   * The REST handler checks only the cluster's default before it asks the job (SavepointHandlers):
   * with neither a target nor a cluster default it answers 400, even when the job configures a
   * directory; otherwise the job's own directory comes before the cluster's.
   */
  private targetDir(job: SimJob, requested: string | undefined): string {
    const cluster = this.cluster.defaultSavepointDir;
    const dir =
      requested ?? (cluster ? (savepointDirOf(job.config, this.cluster.version) ?? cluster) : undefined);
    if (!dir) {
      throw new TriggerError(
        400,
        'Config key [state.savepoints.dir] is not set. Property [targetDirectory] must be provided.',
      );
    }
    return dir.replace(/\/+$/, '');
  }

  /** POST /jobs/:jid/savepoints and /stop (and SQL STOP JOB ... WITH SAVEPOINT). */
  triggerSavepoint(
    job: SimJob,
    req: {
      triggerId?: string;
      targetDirectory?: string;
      cancelJob?: boolean;
      stop?: boolean;
      drain?: boolean;
      /** `formatType`: NATIVE keeps the state backend's own format (real Flink reports it as `savepointFormat`). */
      formatType?: string;
    },
  ): AsyncOp {
    const triggerId = req.triggerId ?? randomHex(this.rand, 32);
    const k = this.key('job', job.jid, triggerId);
    const known = this.ops.get(k);
    if (known) return known;
    const dir = this.targetDir(job, req.targetDirectory);
    const { op } = this.register(k, {
      kind: req.stop ? 'stop' : 'savepoint',
      jid: job.jid,
      triggerId,
      status: 'IN_PROGRESS',
    });
    const c = this.cluster;
    if (job.state !== 'RUNNING' || job.stopping || job.unscheduled || job.restoring) {
      const failure =
        job.state === 'RUNNING' && !job.unscheduled && !job.restoring
          ? {
              className: 'java.lang.IllegalStateException',
              message: 'Another stop-with-savepoint or rescale operation is already in progress.',
            }
          : isGone(job.state)
            ? {
                className: 'org.apache.flink.runtime.messages.FlinkJobNotFoundException',
                message: `Could not find Flink job (${job.jid})`,
              }
            : {
                className: 'org.apache.flink.runtime.checkpoint.CheckpointException',
                message: `Checkpoint triggering task ${job.vertices[0]?.name ?? 'Source'} (1/1) of job ${job.jid} is not being executed at the moment. Aborting checkpoint. Failure reason: Not all required tasks are currently running.`,
              };
      this.complete(op, { failure });
      return op;
    }
    // A batch job's tasks write blocking outputs: Flink 1.20 fails the savepoint at once.
    if (isBatch(job)) {
      this.complete(op, {
        failure: {
          className: 'org.apache.flink.runtime.checkpoint.CheckpointException',
          message: 'Blocking output edge exists in running tasks.',
        },
      });
      return op;
    }
    if (req.stop) job.stopping = true;
    if (req.stop && this.faults.stopHangs) return op; // never completes; the job keeps RUNNING
    // Flink aborts a savepoint still running after the job's checkpoint timeout (default 10 min).
    const timeoutMs = parseDuration(job.config['execution.checkpointing.timeout']) ?? 600_000;
    const expires = c.timing.savepointMs > timeoutMs;
    const willFail = expires || this.faults.takeSavepointFailure();
    const epoch = job.epoch;
    const triggeredAt = c.now();
    c.scheduler.after(expires ? timeoutMs : c.timing.savepointMs, () => {
      if (job.epoch !== epoch || job.state !== 'RUNNING') {
        // The job ended (cancelled, stopped by another savepoint, failed) while the savepoint was
        // pending: Flink's checkpoint coordinator stops and aborts it, and the operation fails.
        this.complete(op, {
          failure: {
            className: 'org.apache.flink.runtime.checkpoint.CheckpointException',
            message: 'Checkpoint Coordinator is suspending.',
          },
        });
        return;
      }
      const id = job.nextCheckpointId++;
      if (willFail) {
        const entry: CheckpointEntry = {
          id,
          isSavepoint: true,
          type: req.stop ? 'SYNC_SAVEPOINT' : 'SAVEPOINT',
          status: 'FAILED',
          triggerTimestamp: triggeredAt,
          latestAck: c.now(),
          failureMessage: expires ? 'Checkpoint expired before completing.' : 'Simulated savepoint failure.',
        };
        c.record(job, entry);
        job.stopping = false;
        this.complete(op, {
          failure: {
            className: 'org.apache.flink.runtime.checkpoint.CheckpointException',
            message: expires
              ? 'Checkpoint expired before completing.'
              : `Failure to finalize checkpoint. Simulated savepoint failure (checkpoint ${id}).`,
          },
        });
        return;
      }
      const path = `${dir}/savepoint-${job.jid.slice(0, 6)}-${randomHex(this.rand, 12)}`;
      const entry: CheckpointEntry = {
        id,
        isSavepoint: true,
        type: req.stop ? 'SYNC_SAVEPOINT' : 'SAVEPOINT',
        status: 'COMPLETED',
        triggerTimestamp: triggeredAt,
        latestAck: c.now(),
        externalPath: path,
        ...(req.formatType?.toUpperCase() === 'NATIVE' ? { format: 'NATIVE' as const } : {}),
      };
      c.record(job, entry);
      job.latestSavepoint = entry;
      c.savepoints.set(path, {
        path,
        jid: job.jid,
        ...snapshotContent(job),
        createdAt: c.now(),
        kind: 'savepoint',
        disposed: false,
        flinkVersion: c.version,
      });
      this.complete(op, { location: path });
      if (req.stop) c.finish(job, 'FINISHED');
      else if (req.cancelJob) c.finish(job, 'CANCELED');
    });
    return op;
  }

  /**
   * A savepoint or stop of a job the cluster does not know: the dispatcher registers the
   * operation first (202) and the operation fails with FlinkJobNotFoundException.
   */
  triggerForMissingJob(jid: string, req: { triggerId?: string; stop?: boolean }): AsyncOp {
    const triggerId = req.triggerId ?? randomHex(this.rand, 32);
    const { op, fresh } = this.register(this.key('job', jid, triggerId), {
      kind: req.stop ? 'stop' : 'savepoint',
      jid,
      triggerId,
      status: 'IN_PROGRESS',
    });
    if (fresh) {
      this.complete(op, {
        failure: {
          className: 'java.util.concurrent.CompletionException',
          message: `org.apache.flink.runtime.messages.FlinkJobNotFoundException: Could not find Flink job (${jid})`,
        },
      });
    }
    return op;
  }

  /** POST /jobs/:jid/checkpoints (1.17+). */
  triggerCheckpoint(job: SimJob, triggerId: string | undefined): AsyncOp {
    const id = triggerId ?? randomHex(this.rand, 32);
    const { op, fresh } = this.register(this.key('job', job.jid, id), {
      kind: 'checkpoint',
      jid: job.jid,
      triggerId: id,
      status: 'IN_PROGRESS',
    });
    if (!fresh) return op;
    const epoch = job.epoch;
    this.cluster.scheduler.after(Math.max(1, Math.floor(this.cluster.timing.savepointMs / 2)), () => {
      if (job.epoch !== epoch || job.state !== 'RUNNING') {
        this.complete(op, {
          failure: {
            className: 'org.apache.flink.runtime.checkpoint.CheckpointException',
            message: 'Checkpoint was declined (tasks not ready).',
          },
        });
        return;
      }
      const entry = this.cluster.completeCheckpoint(job);
      this.complete(op, { checkpointId: entry.id });
    });
    return op;
  }

  /** POST /savepoint-disposal: the request carries no trigger id, the dispatcher makes one. */
  triggerDisposal(path: string): AsyncOp {
    const id = randomHex(this.rand, 32);
    const { op, fresh } = this.register(this.key('disposal', '', id), {
      kind: 'disposal',
      triggerId: id,
      status: 'IN_PROGRESS',
    });
    if (!fresh) return op;
    this.cluster.scheduler.after(this.cluster.timing.disposeMs, () => {
      const sp = this.cluster.findSnapshot(path);
      if (!sp || sp.disposed) {
        this.complete(op, {
          // Real 1.20 and 2.2: a FlinkException wrapping the file system's answer.
          failure: {
            className: 'org.apache.flink.util.FlinkException',
            message: `Could not dispose savepoint ${path}.`,
            cause: {
              className: 'java.io.FileNotFoundException',
              message: `Cannot find checkpoint or savepoint file/directory '${path}' on file system 'file'.`,
            },
          },
        });
        return;
      }
      sp.disposed = true;
      // Said again to the store: one on a shared file system removes the savepoint's folder.
      this.cluster.savepoints.set(sp.path, sp);
      this.complete(op, {});
    });
    return op;
  }
}

function isGone(state: string): boolean {
  return state === 'FINISHED' || state === 'CANCELED' || state === 'FAILED' || state === 'SUSPENDED';
}
