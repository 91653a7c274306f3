/** What `startSimulator` takes: the release, ports, clock, timing and the jobs present at start-up. */

import type { SimClock } from './clock';
import type { MetricShape } from './job-metrics';
import type { JobStatus, SavepointRecord } from './model';
import type { SimPlanFile } from './sql-model';
import type { SimTiming } from './timing';
import type { FlinkVersion } from './versions';

export interface SimulatorOptions {
  flinkVersion: FlinkVersion;
  /** JobManager REST port; 0 (default) picks a free one. */
  port?: number;
  /** SQL Gateway REST port; 0 (default) picks a free one. */
  gatewayPort?: number;
  /** Only 127.0.0.1 is accepted: the simulator never listens beyond loopback. */
  host?: '127.0.0.1';
  /**
   * 'virtual' (default): time moves only through `control.advance(ms)`.
   * 'real': wall-clock time (for `flinkops sim`).
   * A `SimClock`: an external clock (events due by its `now()` run on every request and `control.tick()`).
   */
  clock?: 'virtual' | 'real' | SimClock;
  /** Start of virtual time, epoch ms. Default 2024-01-01T00:00:00Z. */
  startTimeMs?: number;
  /** Cluster savepoint dir (`state.savepoints.dir`); null = none configured (triggers need a target). */
  savepointDir?: string | null;
  /**
   * Savepoints under a `file:` savepointDir are written to that folder (each one's `_metadata`)
   * and read back from it, so simulators given the same folder share them, as clusters share a
   * file system (`flinkops sim --savepoint-dir file:/…`). Off: savepoints live in memory only.
   */
  savepointsOnDisk?: boolean;
  /**
   * Storage two simulators may share (a version move between clusters): compiled plan files
   * (the gateways' planDir) and savepoints (the savepoint directory), by path.
   */
  storage?: SimStorage;
  /**
   * The SQL Gateway's own configuration beyond the simulator's defaults, as its Flink
   * configuration file gives it: every session starts with it (`table.catalog-store.kind: file`).
   */
  gatewayConfig?: Record<string, string>;
  /** Cluster checkpoint dir. Default file:/tmp/flinkops-sim/checkpoints. */
  checkpointDir?: string;
  /** `jobmanager.scheduler: adaptive` (enables resource requirements PUT on 1.18+). */
  adaptiveScheduler?: boolean;
  /**
   * TaskManagers, and task slots each offers (`taskmanager.numberOfTaskSlots`). Default 1 × 64:
   * room for every job a test or the demo starts. A job holds as many slots as its widest vertex
   * (slot sharing); one that finds too few waits for them, or runs below its parallelism on the
   * adaptive scheduler, as in real Flink.
   */
  taskManagers?: number;
  slotsPerTaskManager?: number;
  /**
   * The JobManager's and TaskManagers' Flink configuration: what a job that sets none of these
   * runs with (`state.backend.type`; Flink's default, hashmap, otherwise).
   */
  clusterConfig?: Record<string, string>;
  /** Each TaskManager's task heap in bytes (`/taskmanagers`); default that of 1536m TaskManagers. */
  taskHeapBytes?: number;
  timing?: Partial<SimTiming>;
  /** Seed for ids and fault randomness. Default 42. */
  randomSeed?: number;
  /** Jobs present at start-up. */
  seed?: { jobs: SeedJob[] };
  /**
   * How a reply waits out `faults.latencyMs` before it is sent. Default a real timer: latency is
   * network time, which a client's own timeouts face whatever the simulator's clock.
   */
  networkDelay?: NetworkDelay;
}

/** Sends a reply after `ms` of network latency. */
export type NetworkDelay = (ms: number, send: () => void) => void;

/** A job placed directly on the cluster (no SQL involved). */
export interface SeedJob {
  jid?: string;
  name?: string;
  /** Default RUNNING. */
  state?: JobStatus;
  parallelism?: number;
  maxParallelism?: number;
  /** Global job parameters (`user-config`), e.g. flinkops labels; omit for an unmanaged job. */
  labels?: Record<string, string>;
  /** Extra job configuration (e.g. execution.checkpointing.interval). */
  config?: Record<string, string>;
  sources?: string[];
  sinks?: string[];
  query?: string;
  /** Job started this long before now. */
  startedAgoMs?: number;
  /** Back-pressure level its vertices report. Default ok. */
  backpressure?: 'ok' | 'low' | 'high';
  /** What its metrics show. Default: keeping up at 1000 records/s per subtask. */
  metrics?: Partial<MetricShape>;
}

export interface SimStorage {
  planFiles: Map<string, SimPlanFile>;
  savepoints: Map<string, SavepointRecord>;
}

export function newSimStorage(): SimStorage {
  return { planFiles: new Map(), savepoints: new Map() };
}
