/**
 * The simulated JobManager: jobs and their lifecycle state machine (submit,
 * restart, fail, cancel, expiry). Checkpoints and restore live in `snapshots.ts`,
 * rescaling in `rescale.ts`, async savepoint/stop/disposal operations in
 * `operations.ts`, HTTP shapes in `jobmanager-views.ts`.
 */

import { murmur3x64_128, toHex } from '../core/murmur3';
import { holdsState, keyedStateNames, stateShape } from '../core/operator-state';
import { operatorIds } from '../core/stream-graph';
import { randomHex, type Scheduler } from './clock';
import {
  type Config,
  checkpointRetention,
  maxParallelismOf,
  parallelismOf,
  parseDuration,
  parseMapOption,
} from './config-keys';
import type { Faults } from './faults';
import { addException } from './job-exceptions';
import { buildStreamGraph, buildVertices, hashOptions } from './job-graph';
import { blockedKafkaSinks, metadataTimeout, type SimKafkaSink } from './kafka-sinks';
import {
  type CheckpointEntry,
  isBatch,
  isTerminal,
  type JobOperator,
  type JobSpec,
  type JobStatus,
  type SavepointRecord,
  type SimJob,
  slotsNeeded,
} from './model';
import { applyRequirements, type ResourceRequirements } from './rescale';
import {
  applyRestore,
  checkRestore,
  completeCheckpoint,
  findSnapshot,
  fullSnapshotRefused,
  noClaimChangelog,
  recordCheckpoint,
  restoreLatestCheckpoint,
  stateMismatch,
} from './snapshots';
import type { SimTiming } from './timing';
import type { FlinkVersion } from './versions';

export interface ClusterOptions {
  version: FlinkVersion;
  /** Savepoints by path: a map shared with another simulator is a shared savepoint directory. */
  savepoints?: Map<string, SavepointRecord>;
  timing: SimTiming;
  savepointDir: string | null;
  checkpointDir: string;
  adaptiveScheduler: boolean;
  /** TaskManagers, and the task slots each offers (`taskmanager.numberOfTaskSlots`). */
  taskManagers: number;
  slotsPerTaskManager: number;
  /** The cluster's Flink configuration, a job's defaults (`state.backend.type`). */
  clusterConfig?: Record<string, string>;
  taskHeapBytes?: number;
  scheduler: Scheduler;
  faults: Faults;
  rand: () => number;
  log: (line: string) => void;
}

export class Cluster {
  readonly jobs = new Map<string, SimJob>();
  readonly savepoints: Map<string, SavepointRecord>;

  /** When the cluster started: its ResourceManager's start-up period counts from here. */
  private readonly startedAt: number;

  constructor(private readonly o: ClusterOptions) {
    this.savepoints = o.savepoints ?? new Map();
    this.startedAt = o.scheduler.now();
  }

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
    const maxParallelism = maxParallelismOf(cfg, parallelism);
    const graph = spec.graph ?? seededGraph(spec);
    // A seeded job's tables are unknown; its sources run like datagen's, so the source and the
    // sink's writer are two vertices (what the seeds' metrics and rescale tests expect).
    const hashing = hashOptions(cfg, spec.tableOptions, spec.graph === undefined);
    const vertices = buildVertices(graph, hashing, maxParallelism);
    const ids = operatorIds(graph, hashing);
    const uid = (n: number) => spec.uids?.get(n);
    const operators: JobOperator[] = graph.nodes.map((n) => {
      const names = keyedStateNames(n, graph, this.o.version);
      return {
        id: uid(n.id) !== undefined ? uidHash(uid(n.id)!) : ids.get(n.id)!,
        name: n.type,
        holds: holdsState(n, (t) => spec.tableOptions?.[t]),
        shape: typedShape(stateShape(n, graph), spec.columnTypes),
        ...(names ? { stateNames: names } : {}),
      };
    });
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
      operators,
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
      if (opts.state === 'RUNNING') {
        job.slots = Math.min(slotsNeeded(job), this.slotsAvailable);
        this.enterRunning(job);
        // Running since it started, as a real job that never restarted reports
        // (`timestamps.RUNNING`, Flink's `uptime`); fault timers still count from now.
        job.timestamps.RUNNING = start;
        job.runningSince = start;
      } else this.setState(job, opts.state);
      if (isTerminal(job.state)) this.onTerminal(job, job.state as 'FAILED' | 'FINISHED' | 'CANCELED');
      return job;
    }
    const restoreError = checkRestore(job, this.savepoints, this.o.version);
    if (restoreError && !this.o.adaptiveScheduler) {
      // The default scheduler restores state while the JobMaster builds the execution graph: the
      // job fails INITIALIZING, and the submission waiting for its initialisation fails with it.
      job.initFailure = restoreError;
      this.fail(
        job,
        'org.apache.flink.runtime.client.JobInitializationException',
        'Could not start the JobMaster.',
        restoreError,
      );
      return job;
    }
    const mismatch = restoreError ? undefined : stateMismatch(job, this.savepoints, this.o.version);
    if (mismatch) job.stateFailure = mismatch;
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
      // No task slots: it waits (CREATED on the adaptive scheduler) until a TaskManager registers.
      if (this.o.faults.noTaskManagers) {
        this.failUnscheduled(job);
        this.awaitSlots(job);
        return;
      }
      this.schedule(job, () => {
        applyRestore(job, this.savepoints, this.o.version, this.now());
        this.enterRunning(job);
      });
    });
    return job;
  }

  /**
   * Every TaskManager left (`gone`), or one registered again. Real Flink 1.20 (adaptive scheduler)
   * moves a job that lost its tasks to CREATED within seconds and keeps it there; the default
   * scheduler keeps restarting it. A TaskManager back: each waiting job starts, from its latest
   * checkpoint (a job that never ran, from its restore path).
   */
  onTaskManagersChanged(gone: boolean): void {
    for (const job of this.jobs.values()) {
      if (gone) {
        if ((job.state !== 'RUNNING' && job.state !== 'RESTARTING') || job.stopping) continue;
        addException(
          job,
          this.now(),
          'org.apache.flink.runtime.jobmaster.JobMasterException',
          'TaskManager with id 127.0.0.1:41297-3f1a2b is no longer reachable.',
        );
        job.epoch++;
        job.restarts++;
        this.setState(job, job.adaptive ? 'CREATED' : 'RESTARTING');
        // Real 1.20.3 answers it from a graph not built yet: every timestamp 0 but INITIALIZING.
        if (job.adaptive) job.timestamps = { INITIALIZING: job.timestamps.INITIALIZING ?? job.startTime };
        this.failUnscheduled(job);
        this.awaitSlots(job);
        continue;
      }
      if (job.state !== 'CREATED' && job.state !== 'RESTARTING' && !job.unscheduled) continue;
      job.epoch++;
      const epoch = job.epoch;
      const ran = job.runningSince !== undefined;
      job.awaiting = undefined;
      this.o.scheduler.after(this.o.timing.startMs, () => {
        if (job.epoch !== epoch) return;
        this.schedule(job, () => {
          if (ran) restoreLatestCheckpoint(job, this.now());
          else applyRestore(job, this.savepoints, this.o.version, this.now());
          job.rescaling = false;
          job.unscheduled = false;
          this.enterRunning(job);
        });
      });
    }
  }

  /**
   * The default scheduler, its restart delay over, shows the job RUNNING while its tasks wait for
   * task slots, every vertex CREATED (real Flink 2.3): no checkpoint, no savepoint, until a
   * TaskManager registers.
   */
  private awaitSlots(job: SimJob): void {
    if (job.adaptive) return;
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.startMs, () => {
      if (job.epoch !== epoch || !this.o.faults.noTaskManagers) return;
      if (job.state !== 'RESTARTING' && job.state !== 'CREATED') return;
      this.setState(job, 'RUNNING');
      job.unscheduled = true;
    });
  }

  /**
   * The adaptive scheduler fails a job that got no task slots within its resource wait timeout
   * (as real Flink 1.20: FAILED, NoResourceAvailableException); the default one keeps restarting it.
   */
  private failUnscheduled(job: SimJob): void {
    if (!job.adaptive) return;
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.resourceWaitMs, () => {
      if (job.epoch !== epoch || job.state !== 'CREATED' || !this.o.faults.noTaskManagers) return;
      this.fail(
        job,
        'org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException',
        'Not enough resources available for scheduling.',
      );
    });
  }

  findSnapshot(path: string): SavepointRecord | undefined {
    return findSnapshot(this.savepoints, path);
  }

  setState(job: SimJob, state: JobStatus): void {
    const now = this.now();
    job.state = state;
    job.unscheduled = false;
    job.timestamps[state] = now;
    job.lastModification = now;
    if (state === 'CREATED' || state === 'RESTARTING') job.deployedAt = undefined;
    this.o.log(`Job ${job.name} (${job.jid}) switched to state ${state}.`);
    if (!HOLDS_SLOTS.has(state)) this.releaseSlots(job);
  }

  /** TaskManagers registered: none while the noTaskManagers fault is on. */
  get taskManagers(): number {
    return this.o.faults.noTaskManagers ? 0 : this.o.taskManagers;
  }

  get clusterConfig(): Readonly<Record<string, string>> {
    return this.o.clusterConfig ?? {};
  }
  get taskHeapBytes(): number {
    return this.o.taskHeapBytes ?? 530160021;
  }
  get slotsPerTaskManager(): number {
    return this.o.slotsPerTaskManager;
  }

  get slotsTotal(): number {
    return this.taskManagers * this.o.slotsPerTaskManager;
  }

  /** `/overview`'s `slots-available`: the slots no job holds (real Flink 1.20: total − each job's widest vertex). */
  get slotsAvailable(): number {
    let held = 0;
    for (const j of this.jobs.values()) held += j.slots ?? 0;
    return Math.max(0, this.slotsTotal - held);
  }

  /**
   * Runs `start` once the job has its task slots. The adaptive scheduler takes what is free, up
   * to the job's widest vertex, and runs the job below its parallelism when that is less; with no
   * free slot it waits in CREATED and fails after its resource wait timeout. The default scheduler
   * needs them all: it shows the job RUNNING with its tasks unscheduled, holding the slots it got,
   * and fails it after the slot request timeout. Either starts a waiting job as slots free up.
   */
  private schedule(job: SimJob, start: () => void): void {
    const need = slotsNeeded(job);
    const had = job.slots ?? 0;
    const got = had + Math.min(need - had, this.slotsAvailable);
    if (job.adaptive ? got > 0 : got >= need) {
      job.slots = got;
      job.cap = got < need ? got : undefined;
      job.awaiting = undefined;
      start();
      return;
    }
    const retry = () => this.schedule(job, start);
    if (job.awaiting !== undefined) {
      job.slots = got;
      if (got > 0) job.deployedAt ??= this.now();
      job.awaiting = retry;
      return;
    }
    if (job.adaptive) {
      if (job.state !== 'CREATED') this.setState(job, 'CREATED');
    } else {
      this.setState(job, 'RUNNING');
      job.unscheduled = true;
    }
    job.slots = got;
    // The subtasks that got a slot are deployed (the default scheduler); the others wait.
    if (got > 0) job.deployedAt ??= this.now();
    job.awaiting = retry;
    const epoch = job.epoch;
    // Past the ResourceManager's start-up period, a request it cannot fulfil fails at once.
    const startup = this.o.timing.startupPeriodMs ?? this.o.timing.resourceWaitMs;
    const settled = !job.adaptive && this.now() - this.startedAt >= startup;
    this.o.scheduler.after(settled ? 0 : this.o.timing.resourceWaitMs, () => {
      if (job.epoch !== epoch || job.awaiting === undefined) return;
      const noResource = {
        className: 'org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException',
        message: 'Could not acquire the minimum required resources.',
      };
      // Real Flink 1.20: the adaptive scheduler fails the job itself; the default one fails its
      // slot requests, and a job without a restart strategy (no checkpointing) then fails.
      if (job.adaptive)
        this.fail(job, noResource.className, 'Not enough resources available for scheduling.');
      else
        this.fail(
          job,
          'org.apache.flink.runtime.JobException',
          'Recovery is suppressed by NoRestartBackoffTimeStrategy',
          noResource,
        );
    });
  }

  /** The job gives its slots back (it restarts, waits or ended): jobs waiting for slots get them. */
  private releaseSlots(job: SimJob): void {
    job.awaiting = undefined;
    job.cap = undefined;
    if (!job.slots) return;
    job.slots = 0;
    for (const waiting of this.jobs.values()) {
      if (this.slotsAvailable === 0) return;
      waiting.awaiting?.();
    }
  }

  private enterRunning(job: SimJob): void {
    this.setState(job, 'RUNNING');
    job.runningSince = this.now();
    job.deployedAt = job.runningSince;
    const restoreMs = this.o.timing.restoreMs ?? 0;
    if (restoreMs > 0 && job.restored) {
      // Its tasks read their state before they run: INITIALIZING, no checkpoint possible.
      job.restoring = true;
      const epoch = job.epoch;
      this.o.scheduler.after(restoreMs, () => {
        if (job.epoch === epoch) job.restoring = false;
      });
    }
    this.scheduleRunningEvents(job);
  }

  /** Checkpoint loop and the job fault switches, for one RUNNING job. */
  private scheduleRunningEvents(job: SimJob): void {
    const epoch = job.epoch;
    const alive = () => job.epoch === epoch && job.state === 'RUNNING';
    const broken = job.stateFailure;
    if (broken) {
      // Its tasks fail while restoring state, before any checkpoint: restart, fail again.
      this.o.scheduler.after(this.o.timing.startMs, () => {
        if (!alive()) return;
        this.restart(
          job,
          'java.lang.Exception',
          'Exception while creating StreamOperatorStateContext.',
          true,
          {
            className: 'org.apache.flink.util.StateMigrationException',
            message: broken.message,
          },
        );
      });
      return;
    }
    // A Kafka sink blocked in its first send takes no checkpoint barrier: none completes.
    const blocked = blockedKafkaSinks(job, this.o.faults.missingKafkaTopics);
    job.kafkaBlocked = blocked.length > 0 ? blocked.map((b) => b.operator) : undefined;
    if (job.checkpointIntervalMs && job.counts.completed === 0 && noClaimChangelog(job, this.clusterConfig)) {
      // Its first checkpoint after the restore fails the task: restart from the same snapshot, fail again.
      this.o.scheduler.after(job.checkpointIntervalMs, () => {
        if (!alive()) return;
        const e = fullSnapshotRefused(job);
        this.restart(job, e.className, e.message, true, e.cause);
      });
      return;
    }
    if (job.checkpointIntervalMs) {
      const tick = () => {
        if (!alive()) return;
        if (!job.kafkaBlocked) this.completeCheckpoint(job);
        this.o.scheduler.after(job.checkpointIntervalMs!, tick);
      };
      this.o.scheduler.after(job.checkpointIntervalMs, tick);
    }
    const f = this.o.faults;
    const since = job.runningSince ?? this.now();
    const first = blocked.reduce<SimKafkaSink | undefined>(
      (a, b) => (a && a.maxBlockMs <= b.maxBlockMs ? a : b),
      undefined,
    );
    if (first) {
      // Its producer gives the first send up after max.block.ms: the task fails, and the job
      // restarts (checkpointing on: a restart strategy) or fails (none).
      this.o.scheduler.at(Math.max(this.now(), since + first.maxBlockMs), () => {
        if (!alive() || !job.kafkaBlocked) return;
        const timeout = metadataTimeout(first);
        if (job.checkpointIntervalMs) this.restart(job, timeout.className, timeout.message);
        else
          this.fail(
            job,
            'org.apache.flink.runtime.JobException',
            'Recovery is suppressed by NoRestartBackoffTimeStrategy',
            timeout,
          );
      });
    }
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
    // As on real Flink, a batch job ends by itself once it has read its bounded input.
    if (isBatch(job)) {
      this.o.scheduler.at(Math.max(this.now(), since + (this.o.timing.batchRunMs ?? 2000)), () => {
        if (alive()) this.finish(job, 'FINISHED');
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
    return completeCheckpoint(job, this.savepoints, this.now(), this.version);
  }

  record(job: SimJob, entry: CheckpointEntry): void {
    recordCheckpoint(job, entry);
  }

  fail(
    job: SimJob,
    className: string,
    message: string,
    cause?: { className: string; message: string },
  ): void {
    addException(job, this.now(), className, message, cause);
    job.epoch++;
    job.stopping = false;
    job.rescaling = false;
    this.setState(job, 'FAILED');
    this.onTerminal(job, 'FAILED');
  }

  /** A task failure with restarts: RESTARTING, then RUNNING again from the latest checkpoint. */
  restart(
    job: SimJob,
    className: string,
    message: string,
    record = true,
    cause?: { className: string; message: string },
  ): void {
    if (record) addException(job, this.now(), className, message, cause);
    job.epoch++;
    job.restarts++;
    this.setState(job, 'RESTARTING');
    const epoch = job.epoch;
    // The adaptive scheduler spends the second half waiting for resources (CREATED), answering
    // from a graph it has not built yet (no checkpoint statistics).
    if (job.adaptive) {
      this.o.scheduler.after(this.o.timing.startMs / 2, () => {
        if (job.epoch === epoch) this.setState(job, 'CREATED');
      });
    }
    this.o.scheduler.after(this.o.timing.startMs, () => {
      // No task slots: it keeps waiting until a TaskManager registers.
      if (job.epoch !== epoch || this.o.faults.noTaskManagers) return;
      this.schedule(job, () => {
        restoreLatestCheckpoint(job, this.now());
        job.rescaling = false;
        this.enterRunning(job);
      });
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
    this.onTerminal(job, state);
  }

  private onTerminal(job: SimJob, state: 'FAILED' | 'FINISHED' | 'CANCELED'): void {
    job.endTime = this.now();
    // As Flink's CheckpointProperties: a finished job's checkpoints always go; a cancelled job's
    // stay only when retained on cancellation; a failed job's when externalized at all.
    const retention = checkpointRetention(job.config);
    const kept =
      state === 'CANCELED'
        ? retention === 'RETAIN_ON_CANCELLATION'
        : state === 'FAILED' && retention !== 'NO_EXTERNALIZED_CHECKPOINTS';
    const cp = job.latestCompleted;
    if (!kept && cp?.externalPath) {
      cp.discarded = true;
      this.savepoints.delete(cp.externalPath);
    }
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.jobStoreExpirationMs, () => {
      if (job.epoch === epoch && this.jobs.get(job.jid) === job) this.jobs.delete(job.jid);
    });
  }

  /** Applies new per-vertex parallelism (adaptive scheduler): restart from the latest checkpoint. */
  rescale(job: SimJob, target: ResourceRequirements): void {
    const changed = applyRequirements(job, target);
    if (!changed || job.state !== 'RUNNING') return;
    job.parallelism = Math.max(...job.vertices.map((v) => v.parallelism));
    job.rescaling = true;
    this.restart(job, '', '', false);
  }
}

/** States in which a job keeps its task slots: it runs, or its tasks are being cancelled. */
const HOLDS_SLOTS: ReadonlySet<JobStatus> = new Set(['RUNNING', 'CANCELLING', 'FAILING']);

/** A seeded job's graph: its query over tables the simulator knows nothing else about. */
function seededGraph(spec: JobSpec) {
  const sink = (spec.sinks[0] ?? 'sink').split('.');
  return buildStreamGraph({
    inserts: [{ sink, text: spec.query }],
    table: () => undefined,
    views: () => undefined,
    config: spec.config,
  });
}

/** The operator id of a transformation with a uid: murmur3_128 of the uid's UTF-8 bytes (StreamGraphHasherV2). */
function uidHash(uid: string): string {
  return toHex(murmur3x64_128(new TextEncoder().encode(uid)));
}

/**
 * A state shape as Flink's serializers see it: each column of the tables read by its type. Keys
 * and accumulators of the same types in other columns (GROUP BY k → GROUP BY v, both INT) restore
 * (real 1.20.3 and 2.2.0), read as other keys' state.
 */
function typedShape(shape: string, types: Record<string, string> | undefined): string {
  if (!types) return shape;
  return shape.replace(/(?<![\w$])([A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g, (word) => {
    const type = Object.hasOwn(types, word.toLowerCase()) ? types[word.toLowerCase()] : undefined;
    return type ? `<${type}>` : word;
  });
}
