/**
 * Small desired/live/state fixtures for plan tests. `planWithEveryAction()`, one plan
 * built from them that exercises every action, is in `plan-every-action.ts`.
 */
import { buildGraph } from '../src/compile/graph';
import type { DesiredJob, DesiredState, ResolvedSettings } from '../src/compile/model';
import { restartHash } from '../src/compile/spec-hashes';
import { fingerprint } from '../src/core/hash';
import { LABEL_KEYS, pipelineName } from '../src/core/names';
import type { LiveJob, LiveState } from '../src/observe/model';
import type { DeployedVersion, JobRecord, SavepointRecord, StateDoc } from '../src/state/model';

export const PROJECT = 'shop';
export const ENV = 'prod';
export const NOW = '2025-06-01T12:00:00Z';

export const ORDERS_DDL = `CREATE TABLE \`orders\` (
  \`order_id\` BIGINT,
  \`customer_id\` BIGINT,
  \`amount\` DECIMAL(10, 2),
  \`ts\` TIMESTAMP(3),
  WATERMARK FOR \`ts\` AS \`ts\` - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);`;

export function sinkDdl(name: string, extra = ''): string {
  return `CREATE TABLE \`${name}\` (
  \`customer_id\` BIGINT,
  \`total\` DECIMAL(10, 2),
  PRIMARY KEY (\`customer_id\`) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = '${name}',
  'properties.bootstrap.servers' = 'kafka:9092',${extra}
  'key.format' = 'json',
  'value.format' = 'json'
);`;
}

export const DEFAULT_QUERY = `SELECT \`customer_id\`, SUM(\`amount\`) AS \`total\`
FROM \`orders\`
GROUP BY \`customer_id\``;

/** A compiled script in the shape the compiler emits: SET lines, DDL, one INSERT. */
export function script(
  sink: string,
  query = DEFAULT_QUERY,
  opts: { sets?: string[]; sinkExtra?: string; ordersDdl?: string } = {},
): string {
  return [
    "SET 'pipeline.name' = 'x';",
    ...(opts.sets ?? []),
    '',
    opts.ordersDdl ?? ORDERS_DDL,
    '',
    sinkDdl(sink, opts.sinkExtra),
    '',
    `INSERT INTO \`${sink}\`\n${query};`,
    '',
  ].join('\n');
}

export interface JobOpts {
  script?: string;
  parallelism?: number;
  settings?: Partial<ResolvedSettings>;
  sources?: string[];
  sinks?: string[];
  udfs?: string[];
}

export function settings(o: Partial<ResolvedSettings> = {}): ResolvedSettings {
  return {
    parallelism: 2,
    upgradeMode: 'savepoint',
    state: 'running',
    allowNonRestoredState: false,
    deletionPolicy: 'retain',
    config: {},
    ...o,
  };
}

export function desiredJob(name: string, o: JobOpts = {}): DesiredJob {
  const s = settings({
    ...o.settings,
    ...(o.parallelism !== undefined ? { parallelism: o.parallelism } : {}),
  });
  const text = o.script ?? script(`${name}_out`);
  const sources = o.sources ?? ['orders'];
  const sinks = o.sinks ?? [`${name}_out`];
  return {
    name,
    pipelineName: pipelineName(PROJECT, ENV, name),
    sqlFile: `jobs/${name}.sql`,
    yamlFile: `jobs/${name}.yaml`,
    script: text,
    statements: [],
    settings: s,
    restartHash: restartHash(text, s),
    metadataHash: 'meta',
    tables: [...new Set([...sources, ...sinks])].sort(),
    views: [],
    udfs: o.udfs ?? [],
    functions: [],
    secrets: [],
    sinks,
    sources,
  };
}

export function desiredState(
  jobs: DesiredJob[],
  flinkVersion: DesiredState['flinkVersion'] = '1.19',
): DesiredState {
  const tables = [...new Set(jobs.flatMap((j) => j.tables))].sort();
  return {
    project: PROJECT,
    env: ENV,
    flinkVersion,
    environment: {
      name: ENV,
      jobmanagerUrl: 'http://127.0.0.1:8081',
      sqlGatewayUrl: 'http://127.0.0.1:8083',
    },
    jobs,
    tables: tables.map((t) => ({ name: t, file: `tables/${t}.yaml`, objectKind: 'table', ddl: '' })),
    udfs: [],
    graph: buildGraph({
      jobs: jobs.map((j) => ({ name: j.name, reads: j.sources, writes: j.sinks, udfs: j.udfs })),
      tables: tables.map((t) => ({ name: t, objectKind: 'table', reads: [], udfs: [] })),
      udfs: [],
    }),
  };
}

/** Deterministic job ids: a1b2… from a name and a counter the caller controls. */
export function jobId(seed: string): string {
  return fingerprint(seed).padEnd(32, '0').slice(0, 32);
}

export function liveJob(name: string, o: Partial<LiveJob> & { specHash?: string | null } = {}): LiveJob {
  const { specHash, ...rest } = o;
  const labels =
    specHash === null
      ? undefined
      : {
          [LABEL_KEYS.specHash]: specHash ?? restartHash(script(`${name}_out`), settings()),
          [LABEL_KEYS.project]: PROJECT,
          [LABEL_KEYS.env]: ENV,
          [LABEL_KEYS.job]: name,
        };
  return {
    jobId: jobId(`${name}:live`),
    name: pipelineName(PROJECT, ENV, name),
    state: 'RUNNING',
    startTime: 1_700_000_000_000,
    parallelism: 2,
    vertices: [],
    ...(labels ? { labels } : {}),
    job: name,
    ...rest,
  };
}

/** A live job running exactly what `job` declares. */
export function liveOf(job: DesiredJob, o: Partial<LiveJob> & { specHash?: string | null } = {}): LiveJob {
  return liveJob(job.name, { specHash: job.restartHash, parallelism: job.settings.parallelism, ...o });
}

export function liveState(jobs: LiveJob[], o: Partial<LiveState> = {}): LiveState {
  return {
    observed: true,
    flinkVersion: '1.19.1',
    adaptiveScheduler: false,
    jobs,
    fingerprint: fingerprint(jobs.map((j) => [j.jobId, j.state, j.labels ?? null, j.parallelism])),
    ...o,
  };
}

export function savepoint(path: string, o: Partial<SavepointRecord> = {}): SavepointRecord {
  return {
    path,
    time: '2025-05-01T00:00:00Z',
    triggerId: `t-${path}`,
    jobId: jobId(path),
    specHash: 'h',
    kind: 'suspend',
    ...o,
  };
}

export function deployed(job: DesiredJob, o: Partial<DeployedVersion> = {}): DeployedVersion {
  return {
    specHash: job.restartHash,
    script: job.script,
    parallelism: job.settings.parallelism,
    jobId: jobId(`${job.name}:0`),
    deployedAt: '2025-05-01T00:00:00Z',
    settings: { config: job.settings.config },
    ...o,
  };
}

/** A store record for a job deployed as `job` declares (override to make it differ). */
export function record(job: DesiredJob, o: Partial<JobRecord> = {}): JobRecord {
  return {
    pipelineName: job.pipelineName,
    status: 'running',
    current: deployed(job),
    savepoints: [],
    history: [],
    ...o,
  };
}

export function stateDoc(records: Record<string, JobRecord> = {}): StateDoc {
  return { formatVersion: 5, project: PROJECT, env: ENV, jobs: records };
}
