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
import { prng, Scheduler } from './clock';
import { Cluster } from './cluster';
import { type SimControl, seedJob as seedJobOn, snapshot } from './control';
import { Faults } from './faults';
import { Gateway } from './gateway';
import { type RunningServer, startServer } from './http';
import { jobManagerRouter } from './jobmanager';
import { Operations } from './operations';
import type { SeedJob, SimulatorOptions } from './options';
import { localFolder, SharedSavepoints } from './shared-savepoints';
import { DEFAULT_TIMING, type SimTiming } from './timing';
import { features, isFlinkVersion } from './versions';

export type { SimClock } from './clock';
export type { SimControl, SimSnapshot } from './control';
export type { FaultSettings } from './faults';
export type { JobStatus } from './model';
export {
  type NetworkDelay,
  newSimStorage,
  type SeedJob,
  type SimStorage,
  type SimulatorOptions,
} from './options';
export type { SimTiming } from './timing';
export { FLINK_VERSIONS, type FlinkVersion, isFlinkVersion } from './versions';

export interface Simulator {
  jobmanagerUrl: string;
  gatewayUrl: string;
  control: SimControl;
  close(): Promise<void>;
}

export type { Faults };

/** The task heap of a TaskManager of `taskmanager.memory.process.size: 1536m` (real 2.2.0). */
const DEFAULT_TASK_HEAP = 530160021;

function count(n: number | undefined, fallback: number, name: string): number {
  if (n === undefined) return fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${n}`);
  return n;
}

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
    onTaskManagersChanged: (gone) => cluster?.onTaskManagersChanged(gone),
  });
  // A savepoint folder given on a local file system is shared: what is written there, another
  // simulator (a cluster a job moves to) restores from.
  const shared =
    options.storage || !options.savepointsOnDisk || options.savepointDir == null
      ? undefined
      : localFolder(options.savepointDir);
  cluster = new Cluster({
    version,
    ...(options.storage
      ? { savepoints: options.storage.savepoints }
      : shared !== undefined
        ? { savepoints: new SharedSavepoints(shared) }
        : {}),
    timing,
    savepointDir:
      options.savepointDir === undefined ? 'file:/tmp/flinkops-sim/savepoints' : options.savepointDir,
    checkpointDir: options.checkpointDir ?? 'file:/tmp/flinkops-sim/checkpoints',
    adaptiveScheduler: options.adaptiveScheduler ?? false,
    taskManagers: count(options.taskManagers, 1, 'taskManagers'),
    slotsPerTaskManager: count(options.slotsPerTaskManager, 64, 'slotsPerTaskManager'),
    clusterConfig: { ...options.clusterConfig },
    taskHeapBytes: options.taskHeapBytes ?? DEFAULT_TASK_HEAP,
    scheduler,
    faults,
    rand,
    log,
  });
  const c = cluster;
  const ops = new Operations(c, faults, rand);

  const seedJob = (s: SeedJob): string => seedJobOn(c, s);
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
    ...(options.networkDelay ? { networkDelay: options.networkDelay } : {}),
    handle: (req) => {
      if (req.apiVersion !== undefined && req.apiVersion !== 1) return undefined;
      const m = jmRouter.match(req.method, req.path);
      if (!m || m === 'method') return undefined;
      req.params = m.params;
      return m.handler(req);
    },
  });

  const gateway = new Gateway({
    env: {
      features: f,
      cluster: c,
      ops,
      shared: new Catalog(),
      planFiles: options.storage?.planFiles ?? new Map(),
      execNodes: { next: 1 },
    },
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
      ...options.gatewayConfig,
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
      ...(options.networkDelay ? { networkDelay: options.networkDelay } : {}),
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
    setStateSize: (jid, bytes) => {
      const j = c.get(jid);
      if (!j) throw new Error(`no job ${jid}`);
      j.stateSizeBytes = bytes;
    },
    setMetrics: (jid, shape) => {
      const j = c.get(jid);
      if (!j) throw new Error(`no job ${jid}`);
      j.metricShape = { ...j.metricShape, ...shape };
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
