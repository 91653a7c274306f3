/**
 * The simulated JobManager: jobs and their state machine, checkpoints, restore
 * validation and retention. Async savepoint/stop/disposal operations live in
 * `operations.ts`; HTTP shapes in `jobmanager-views.ts`.
 */
import { sha256 } from '../core/hash';
import { randomHex, type Scheduler } from './clock';
import {
  type Config,
  maxParallelismOf,
  parallelismOf,
  parseDuration,
  parseMapOption,
  restoreSettings,
} from './config-keys';
import type { Faults } from './faults';
import {
  type CheckpointEntry,
  type ExceptionEntry,
  isTerminal,
  type JobSpec,
  type JobStatus,
  type SavepointRecord,
  type SimJob,
  type SimVertex,
} from './model';
import type { FlinkVersion } from './versions';

export interface SimTiming {
  /** INITIALIZING → RUNNING (also after a restart). Default 1000. */
  startMs: number;
  /** Duration of a savepoint (trigger or stop). Default 500. */
  savepointMs: number;
  /** CANCELLING → CANCELED. Default 100. */
  cancelMs: number;
  /** Savepoint disposal. Default 100. */
  disposeMs: number;
  /** Overrides `execution.checkpointing.interval` when set. */
  checkpointMs?: number;
  /** Time between failures with the jobRestartLoop fault. Default 2000. */
  restartLoopMs: number;
  /** `jobstore.expiration-time`: finished jobs leave the overview after this. Default 3 600 000. */
  jobStoreExpirationMs: number;
  /** `rest.async.store-duration`: trigger results are kept this long. Default 300 000. */
  asyncStoreMs: number;
  /** `sql-gateway.session.idle-timeout`. Default 600 000. */
  sessionIdleTimeoutMs: number;
}

export const DEFAULT_TIMING: SimTiming = {
  startMs: 1000,
  savepointMs: 500,
  cancelMs: 100,
  disposeMs: 100,
  restartLoopMs: 2000,
  jobStoreExpirationMs: 3_600_000,
  asyncStoreMs: 300_000,
  sessionIdleTimeoutMs: 600_000,
};

export interface ClusterOptions {
  version: FlinkVersion;
  timing: SimTiming;
  savepointDir: string | null;
  checkpointDir: string;
  adaptiveScheduler: boolean;
  scheduler: Scheduler;
  faults: Faults;
  rand: () => number;
  log: (line: string) => void;
}

/** Flink's stack-trace-ish text for an exception chain. */
export function stackTrace(
  className: string,
  message: string,
  causedBy?: { className: string; message: string },
): string {
  let s = `${className}: ${message}\n\tat org.apache.flink.runtime.simulator.Simulated.run(Simulated.java:1)`;
  if (causedBy) s += `\nCaused by: ${causedBy.className}: ${causedBy.message}\n\t... 1 more`;
  return s;
}

function vertexId(kind: string, key: string): string {
  return sha256(`${kind}:${key}`).slice(0, 32);
}

function shortName(table: string): string {
  return table.split('.').pop() ?? table;
}

/** Operator vertices of a job; their ids are the operator signature a savepoint is matched against. */
export function buildVertices(spec: JobSpec, parallelism: number, maxParallelism: number): SimVertex[] {
  const queryHash = sha256(spec.query).slice(0, 12);
  const sinkKey = [...spec.sinks].sort().join(',');
  const out: SimVertex[] = [];
  let n = 1;
  for (const src of spec.sources) {
    out.push({
      id: vertexId('source', src),
      name: `Source: ${shortName(src)}[${n++}]`,
      parallelism,
      maxParallelism,
    });
  }
  out.push({
    id: vertexId('operator', `${queryHash}|${sinkKey}`),
    name: `Calc[${n++}]`,
    parallelism,
    maxParallelism,
  });
  for (const sink of spec.sinks) {
    out.push({
      id: vertexId('sink', sink),
      name: `Sink: ${shortName(sink)}[${n++}]`,
      parallelism,
      maxParallelism,
    });
  }
  return out;
}

export class Cluster {
  readonly jobs = new Map<string, SimJob>();
  readonly savepoints = new Map<string, SavepointRecord>();

  constructor(private readonly o: ClusterOptions) {}

  get version(): FlinkVersion {
    return this.o.version;
  }
  get timing(): SimTiming {
    return this.o.timing;
  }
  get scheduler(): Scheduler {
    return this.o.scheduler;
  }
  get defaultSavepointDir(): string | null {
    return this.o.savepointDir;
  }
  get adaptive(): boolean {
    return this.o.adaptiveScheduler;
  }

  now(): number {
    return this.o.scheduler.now();
  }

  newId(): string {
    return randomHex(this.o.rand, 32);
  }

  get(jid: string): SimJob | undefined {
    return this.jobs.get(jid);
  }

  /** Submits a job the way the dispatcher does: INITIALIZING → CREATED → RUNNING, or FAILED on a bad restore. */
  submit(spec: JobSpec, opts: { jid?: string; state?: JobStatus; startedAgoMs?: number } = {}): SimJob {
    const now = this.now();
    const cfg = spec.config;
    const parallelism = parallelismOf(cfg);
    const maxParallelism = maxParallelismOf(cfg);
    const vertices = buildVertices(spec, parallelism, maxParallelism);
    let userConfig: Config = {};
    const gjp = cfg['pipeline.global-job-parameters'];
    let badParams: string | undefined;
    if (gjp !== undefined) {
      try {
        userConfig = parseMapOption(gjp, this.o.version);
      } catch (e) {
        badParams = (e as Error).message;
      }
    }
    const interval = this.o.timing.checkpointMs ?? parseDuration(cfg['execution.checkpointing.interval']);
    const jid = opts.jid ?? this.newId();
    const start = now - (opts.startedAgoMs ?? 0);
    const job: SimJob = {
      jid,
      name: spec.name,
      state: 'INITIALIZING',
      startTime: start,
      endTime: -1,
      lastModification: start,
      timestamps: { INITIALIZING: start },
      vertices,
      parallelism,
      maxParallelism,
      userConfig,
      config: cfg,
      spec,
      checkpointIntervalMs: interval && interval > 0 ? interval : undefined,
      checkpointDir:
        cfg['state.checkpoints.dir'] ?? cfg['execution.checkpointing.dir'] ?? this.o.checkpointDir,
      history: [],
      counts: { completed: 0, failed: 0, restored: 0, inProgress: 0 },
      nextCheckpointId: 1,
      exceptions: [],
      restarts: 0,
      stopping: false,
      rescaling: false,
      requirements: {},
      epoch: 0,
      adaptive: this.o.adaptiveScheduler,
    };
    this.jobs.set(jid, job);
    if (badParams) {
      this.fail(job, 'org.apache.flink.configuration.IllegalConfigurationException', badParams);
      return job;
    }
    if (opts.state && opts.state !== 'INITIALIZING') {
      // Seeded jobs appear directly in the requested state.
      job.timestamps.CREATED = start;
      if (opts.state === 'RUNNING') this.enterRunning(job);
      else this.setState(job, opts.state);
      if (isTerminal(job.state)) this.onTerminal(job);
      return job;
    }
    const restoreError = this.checkRestore(job);
    const epoch = job.epoch;
    const half = Math.floor(this.o.timing.startMs / 2);
    this.o.scheduler.after(half, () => {
      if (job.epoch !== epoch) return;
      if (restoreError) {
        this.fail(
          job,
          'org.apache.flink.runtime.client.JobInitializationException',
          'Could not start the JobMaster.',
          restoreError,
        );
        return;
      }
      this.setState(job, 'CREATED');
    });
    this.o.scheduler.after(this.o.timing.startMs, () => {
      if (job.epoch !== epoch || job.state !== 'CREATED') return;
      this.applyRestore(job);
      this.enterRunning(job);
    });
    return job;
  }

  /** Validates `execution.savepoint.path` / `execution.state-recovery.path` against known snapshots. */
  private checkRestore(job: SimJob): { className: string; message: string } | undefined {
    const rs = restoreSettings(job.config, this.o.version);
    if (!rs.path) return undefined;
    const sp = this.findSnapshot(rs.path);
    if (!sp || sp.disposed) {
      return {
        className: 'java.io.FileNotFoundException',
        message: `Cannot find checkpoint or savepoint file/directory '${rs.path}' on file system 'file'.`,
      };
    }
    if (rs.ignoreUnclaimed) return undefined;
    const ids = new Set(job.vertices.map((v) => v.id));
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

  findSnapshot(path: string): SavepointRecord | undefined {
    const p = path.replace(/\/+$/, '');
    return this.savepoints.get(p) ?? this.savepoints.get(p.replace(/^file:\/\//, 'file:'));
  }

  private applyRestore(job: SimJob): void {
    const rs = restoreSettings(job.config, this.o.version);
    if (!rs.path) return;
    const sp = this.findSnapshot(rs.path);
    if (!sp) return;
    job.restored = {
      id: Number.parseInt(sha256(sp.path).slice(0, 6), 16) % 1000,
      restoreTimestamp: this.now(),
      isSavepoint: sp.kind === 'savepoint',
      externalPath: sp.path,
    };
    job.counts.restored++;
  }

  setState(job: SimJob, state: JobStatus): void {
    const now = this.now();
    job.state = state;
    job.timestamps[state] = now;
    job.lastModification = now;
    this.o.log(`Job ${job.name} (${job.jid}) switched to state ${state}.`);
  }

  private enterRunning(job: SimJob): void {
    this.setState(job, 'RUNNING');
    job.runningSince = this.now();
    this.scheduleRunningEvents(job);
  }

  /** Checkpoint loop and the job fault switches, for one RUNNING job. */
  private scheduleRunningEvents(job: SimJob): void {
    const epoch = job.epoch;
    const alive = () => job.epoch === epoch && job.state === 'RUNNING';
    if (job.checkpointIntervalMs) {
      const tick = () => {
        if (!alive()) return;
        this.completeCheckpoint(job);
        this.o.scheduler.after(job.checkpointIntervalMs!, tick);
      };
      this.o.scheduler.after(job.checkpointIntervalMs, tick);
    }
    const f = this.o.faults;
    const since = job.runningSince ?? this.now();
    if (f.jobFailsAfterMs !== null) {
      const ms = f.jobFailsAfterMs;
      this.o.scheduler.at(Math.max(this.now(), since + ms), () => {
        if (!alive() || this.o.faults.jobFailsAfterMs === null) return;
        this.fail(
          job,
          'java.lang.RuntimeException',
          `Simulated failure: job failed ${ms} ms after it started running.`,
        );
      });
    }
    if (f.jobRestartLoop) {
      this.o.scheduler.at(Math.max(this.now(), since + this.o.timing.restartLoopMs), () => {
        if (!alive() || !this.o.faults.jobRestartLoop) return;
        this.restart(job, 'java.lang.RuntimeException', 'Simulated task failure (restart loop).');
      });
    }
  }

  /** Fault switches changed: give every RUNNING job the new timers (old ones are dropped by epoch). */
  onJobFaultsChanged(): void {
    for (const job of this.jobs.values()) {
      if (job.state !== 'RUNNING' || job.stopping) continue;
      job.epoch++;
      this.scheduleRunningEvents(job);
    }
  }

  completeCheckpoint(job: SimJob): CheckpointEntry {
    const now = this.now();
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
    this.record(job, entry);
    // Only the latest checkpoint is retained (state.checkpoints.num-retained = 1).
    const prev = job.latestCompleted?.externalPath;
    if (prev) this.savepoints.delete(prev);
    job.latestCompleted = entry;
    this.savepoints.set(path, {
      path,
      jid: job.jid,
      operators: job.vertices.map((v) => v.id),
      createdAt: now,
      kind: 'checkpoint',
      disposed: false,
    });
    return entry;
  }

  record(job: SimJob, entry: CheckpointEntry): void {
    job.history.unshift(entry);
    if (job.history.length > 10) job.history.pop(); // web.checkpoints.history default 10
    if (entry.status === 'COMPLETED') job.counts.completed++;
    if (entry.status === 'FAILED') {
      job.counts.failed++;
      job.latestFailed = entry;
    }
  }

  addException(
    job: SimJob,
    className: string,
    message: string,
    cause?: { className: string; message: string },
  ): void {
    const entry: ExceptionEntry = {
      exceptionName: className,
      stacktrace: stackTrace(className, message, cause),
      timestamp: this.now(),
    };
    job.exceptions.unshift(entry);
    if (job.exceptions.length > 16) job.exceptions.pop(); // web.exception-history-size default 16
  }

  fail(
    job: SimJob,
    className: string,
    message: string,
    cause?: { className: string; message: string },
  ): void {
    this.addException(job, className, message, cause);
    job.epoch++;
    job.stopping = false;
    job.rescaling = false;
    this.setState(job, 'FAILED');
    this.onTerminal(job);
  }

  /** A task failure with restarts: RESTARTING, then RUNNING again from the latest checkpoint. */
  restart(job: SimJob, className: string, message: string, record = true): void {
    if (record) this.addException(job, className, message);
    job.epoch++;
    job.restarts++;
    this.setState(job, 'RESTARTING');
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.startMs, () => {
      if (job.epoch !== epoch) return;
      const cp = job.latestCompleted;
      if (cp?.externalPath) {
        job.restored = {
          id: cp.id,
          restoreTimestamp: this.now(),
          isSavepoint: false,
          externalPath: cp.externalPath,
        };
        job.counts.restored++;
      }
      job.rescaling = false;
      this.enterRunning(job);
    });
  }

  cancel(job: SimJob): void {
    job.epoch++;
    job.stopping = false;
    this.setState(job, 'CANCELLING');
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.cancelMs, () => {
      if (job.epoch !== epoch) return;
      this.finish(job, 'CANCELED');
    });
  }

  finish(job: SimJob, state: 'FINISHED' | 'CANCELED'): void {
    job.epoch++;
    job.stopping = false;
    job.rescaling = false;
    this.setState(job, state);
    this.onTerminal(job);
  }

  private onTerminal(job: SimJob): void {
    job.endTime = this.now();
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.jobStoreExpirationMs, () => {
      if (job.epoch === epoch && this.jobs.get(job.jid) === job) this.jobs.delete(job.jid);
    });
  }

  /** Applies new per-vertex parallelism (adaptive scheduler): restart from the latest checkpoint. */
  rescale(job: SimJob, target: Record<string, { lowerBound: number; upperBound: number }>): void {
    job.requirements = target;
    let changed = false;
    for (const v of job.vertices) {
      const r = target[v.id];
      if (!r) continue;
      const p = r.upperBound === -1 ? v.parallelism : r.upperBound;
      if (p !== v.parallelism) {
        v.parallelism = p;
        changed = true;
      }
    }
    if (!changed || job.state !== 'RUNNING') return;
    job.parallelism = Math.max(...job.vertices.map((v) => v.parallelism));
    job.rescaling = true;
    this.restart(job, '', '', false);
  }
}
