/** The test-facing control surface: placing jobs directly on the cluster and reading its state back. */

import type { Cluster } from './cluster';
import type { Config } from './config-keys';
import type { Faults } from './faults';
import type { Gateway } from './gateway';
import type { MetricShape } from './job-metrics';
import type { JobStatus, SimJob } from './model';
import type { SeedJob } from './options';
import { normaliseQuery } from './sql-exec';
import type { FlinkVersion } from './versions';

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
  /** Sets the bytes of state a job's checkpoints and savepoints report (`state_size`). */
  setStateSize(jid: string, bytes: number): void;
  /** Sets what a job's metrics show (load, back-pressure, watermark and consumer lag); merged. */
  setMetrics(jid: string, shape: Partial<MetricShape>): void;
  snapshot(): SimSnapshot;
  /** Closes / reopens the gateway listener (same as `faults.gatewayDown`), awaiting the socket. */
  setGatewayDown(down: boolean): Promise<void>;
}

/** Places a job on the cluster the way a seed describes it; returns its job id. */
export function seedJob(c: Cluster, s: SeedJob): string {
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
  if (s.metrics) job.metricShape = { ...s.metrics };
  return job.jid;
}

export function snapshot(c: Cluster, g: Gateway, now: number): SimSnapshot {
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
