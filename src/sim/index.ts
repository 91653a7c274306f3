/**
 * The built-in Flink simulator: a JobManager REST server and a SQL Gateway REST
 * server on 127.0.0.1 that behave like the chosen Flink release (1.16–2.3), on a
 * virtual clock tests step with `control.advance(ms)`, with fault switches.
 *
 * Public API (stable; the Flink client and the CLI build on it):
 *   startSimulator(options) → Promise<Simulator>
 *   Simulator { jobmanagerUrl, gatewayUrl, control: SimControl, close() }
 */
import { Catalog } from './catalog';
import { prng, Scheduler, type SimClock } from './clock';
import { Cluster, DEFAULT_TIMING, type SimTiming } from './cluster';
import type { Config } from './config-keys';
import { Faults } from './faults';
import { Gateway } from './gateway';
import { type RunningServer, startServer } from './http';
import { jobManagerRouter } from './jobmanager';
import type { JobStatus, SimJob } from './model';
import { Operations } from './operations';
import { normaliseQuery } from './sql-exec';
import { type FlinkVersion, features, isFlinkVersion } from './versions';

export type { SimClock } from './clock';
export type { SimTiming } from './cluster';
export type { FaultSettings } from './faults';
export type { JobStatus } from './model';
export { FLINK_VERSIONS, type FlinkVersion, isFlinkVersion } from './versions';

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
  /** Cluster checkpoint dir. Default file:/tmp/flinkops-sim/checkpoints. */
  checkpointDir?: string;
  /** `jobmanager.scheduler: adaptive` (enables resource requirements PUT on 1.18+). */
  adaptiveScheduler?: boolean;
  timing?: Partial<SimTiming>;
  /** Seed for ids and fault randomness. Default 42. */
  randomSeed?: number;
  /** Jobs present at start-up. */
  seed?: { jobs: SeedJob[] };
}

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
}

export interface SimSnapshot {
  now: number;
  jobs: {
    jid: string;
    name: string;
    state: JobStatus;
    parallelism: number;
    vertices: { id: string; name: string; parallelism: number; maxParallelism: number }[];
    userConfig: Record<string, string>;
    config: Record<string, string>;
    restoredFrom?: string;
    restarts: number;
    checkpoints: number;
    exceptions: string[];
  }[];
  savepoints: {
    path: string;
    jid: string;
    kind: 'savepoint' | 'checkpoint';
    disposed: boolean;
    operators: string[];
  }[];
  sessions: number;
}

export interface SimControl {
  readonly flinkVersion: FlinkVersion;
  /** Live fault switches: assign a property or call `faults.set({...})`. */
  readonly faults: Faults;
  /** Virtual clock only: moves time forward, running every due event. */
  advance(ms: number): void;
  /** Runs events due by the clock's now (external clocks). */
  tick(): void;
  now(): number;
  /** Forgets every trigger result (polls answer 404); jobs keep running. */
  jobManagerFailover(): void;
  /** Places a job on the cluster; returns its job id. */
  seedJob(job: SeedJob): string;
  /** Sets the back-pressure level every vertex of a job reports. */
  setBackpressure(jid: string, level: 'ok' | 'low' | 'high'): void;
  snapshot(): SimSnapshot;
  /** Closes / reopens the gateway listener (same as `faults.gatewayDown`), awaiting the socket. */
  setGatewayDown(down: boolean): Promise<void>;
}

export interface Simulator {
  jobmanagerUrl: string;
  gatewayUrl: string;
  control: SimControl;
  close(): Promise<void>;
}

export type { Faults };

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const version = options.flinkVersion;
  if (!isFlinkVersion(version)) throw new Error(`Unsupported Flink version ${String(version)} (1.16–2.3)`);
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The simulator binds to 127.0.0.1 only');
  const f = features(version);
  const timing: SimTiming = { ...DEFAULT_TIMING, ...options.timing };
  const rand = prng(options.randomSeed ?? 42);
  const netRand = prng((options.randomSeed ?? 42) ^ 0x5eed);
  const external = typeof options.clock === 'object' ? options.clock : undefined;
  const realTime = options.clock === 'real';
  const scheduler = new Scheduler(
    external ?? (realTime ? { now: () => Date.now() } : undefined),
    options.startTimeMs ?? Date.UTC(2024, 0, 1),
  );
  const logLines: string[] = [];
  const log = (line: string) => {
    logLines.push(`${new Date(scheduler.now()).toISOString()} INFO  ${line}`);
    if (logLines.length > 2000) logLines.shift();
  };

  let gatewayServer: RunningServer | undefined;
  let gatewayToggle: Promise<void> = Promise.resolve();
  const setGatewayDown = (down: boolean): Promise<void> => {
    gatewayToggle = gatewayToggle.then(() => (down ? gatewayServer?.suspend() : gatewayServer?.reopen()));
    return gatewayToggle;
  };
  let cluster: Cluster | undefined;
  const faults = new Faults({
    onJobFaultsChanged: () => cluster?.onJobFaultsChanged(),
    onGatewayDownChanged: (down) => void setGatewayDown(down),
  });
  cluster = new Cluster({
    version,
    timing,
    savepointDir:
      options.savepointDir === undefined ? 'file:/tmp/flinkops-sim/savepoints' : options.savepointDir,
    checkpointDir: options.checkpointDir ?? 'file:/tmp/flinkops-sim/checkpoints',
    adaptiveScheduler: options.adaptiveScheduler ?? false,
    scheduler,
    faults,
    rand,
    log,
  });
  const c = cluster;
  const ops = new Operations(c, faults, rand);

  const seedJob = (s: SeedJob): string => {
    const config: Config = { ...(s.config ?? {}) };
    if (s.parallelism) config['parallelism.default'] = String(s.parallelism);
    if (s.maxParallelism) config['pipeline.max-parallelism'] = String(s.maxParallelism);
    const name = s.name ?? `insert-into_default_catalog.default_database.${s.sinks?.[0] ?? 'sink'}`;
    config['pipeline.name'] = name;
    const job = c.submit(
      {
        name,
        config,
        sources: s.sources ?? ['default_catalog.default_database.source'],
        sinks: s.sinks ?? ['default_catalog.default_database.sink'],
        query: normaliseQuery(s.query ?? `INSERT INTO sink SELECT * FROM source /* ${name} */`),
      },
      { ...(s.jid ? { jid: s.jid } : {}), state: s.state ?? 'RUNNING', startedAgoMs: s.startedAgoMs ?? 0 },
    );
    if (s.labels) job.userConfig = { ...s.labels };
    if (s.backpressure) job.backpressure = s.backpressure;
    return job.jid;
  };
  for (const j of options.seed?.jobs ?? []) seedJob(j);

  const beforeRequest = () => scheduler.runDue();
  const jmRouter = jobManagerRouter({ cluster: c, ops, features: f, log: () => logLines });
  const jm = await startServer({
    host,
    port: options.port ?? 0,
    faults,
    rand: netRand,
    beforeRequest,
    versionPrefix: true,
    handle: (req) => {
      if (req.apiVersion !== undefined && req.apiVersion !== 1) return undefined;
      const m = jmRouter.match(req.method, req.path);
      if (!m || m === 'method') return undefined;
      req.params = m.params;
      return m.handler(req);
    },
  });

  const gateway = new Gateway({
    env: { features: f, cluster: c, ops, shared: new Catalog() },
    scheduler,
    timing,
    rand,
    defaults: {
      'execution.target': 'remote',
      'rest.address': host,
      'rest.port': String(jm.port),
      'execution.runtime-mode': 'streaming',
      'table.dml-sync': 'false',
      'sql-gateway.session.idle-timeout': `${Math.round(timing.sessionIdleTimeoutMs / 60_000)} min`,
    },
    productVersion: f.full,
  });
  const gwRouter = gateway.router(f.gatewayApis, f.gatewayDefault, f.richFetch, f.lenientBodies);
  try {
    gatewayServer = await startServer({
      host,
      port: options.gatewayPort ?? 0,
      faults,
      rand: netRand,
      beforeRequest,
      versionPrefix: true,
      handle: (req) => {
        const m = gwRouter.match(req.method, req.path);
        if (!m || m === 'method') return undefined;
        req.params = m.params;
        return m.handler(req);
      },
    });
  } catch (e) {
    await jm.close();
    throw e;
  }
  const gw = gatewayServer;

  // Real time: events also run between requests, so jobs progress while nobody polls.
  const ticker = realTime || external ? setInterval(() => scheduler.runDue(), 20) : undefined;
  ticker?.unref();

  const control: SimControl = {
    flinkVersion: version,
    faults,
    advance: (ms) => scheduler.advance(ms),
    tick: () => scheduler.runDue(),
    now: () => scheduler.now(),
    jobManagerFailover: () => {
      log('JobManager failover: trigger results forgotten');
      ops.forgetAll();
    },
    seedJob,
    setBackpressure: (jid, level) => {
      const j = c.get(jid);
      if (!j) throw new Error(`no job ${jid}`);
      j.backpressure = level;
    },
    snapshot: () => snapshot(c, gateway, scheduler.now()),
    setGatewayDown: async (down) => {
      faults.set({ gatewayDown: down });
      await gatewayToggle;
    },
  };

  return {
    jobmanagerUrl: jm.url,
    gatewayUrl: gw.url,
    control,
    close: async () => {
      if (ticker) clearInterval(ticker);
      await gatewayToggle;
      await Promise.all([jm.close(), gw.close()]);
    },
  };
}

function snapshot(c: Cluster, g: Gateway, now: number): SimSnapshot {
  const jobs = [...c.jobs.values()].map((j: SimJob) => ({
    jid: j.jid,
    name: j.name,
    state: j.state,
    parallelism: j.parallelism,
    vertices: j.vertices.map((v) => ({ ...v })),
    userConfig: { ...j.userConfig },
    config: { ...j.config },
    ...(j.restored ? { restoredFrom: j.restored.externalPath } : {}),
    restarts: j.restarts,
    checkpoints: j.counts.completed,
    exceptions: j.exceptions.map((e) => e.stacktrace.split('\n')[0]!),
  }));
  const savepoints = [...c.savepoints.values()].map((s) => ({
    path: s.path,
    jid: s.jid,
    kind: s.kind,
    disposed: s.disposed,
    operators: [...s.operators],
  }));
  return { now, jobs, savepoints, sessions: g.sessions.size };
}
