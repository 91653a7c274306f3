/**
 * The cluster side of a plan run: connect to an environment's cluster (during a move, to the one
 * being left as well) and observe it. A plan whose repository compiles in a worker thread starts
 * this from flinkops.yaml alone, before the compile is done (`observeEarly`); the run keeps that
 * observation when the compiled environment is the one it was made for, and drops it otherwise.
 */

import { type CompileResult, type DesiredEnvironment, type DesiredJob, projectEnvironment } from '../compile';
import type { Clock } from '../core/clock';
import { type Diagnostic, error, type Result } from '../core/diagnostics';
import { sameEndpoint, shownUrl } from '../core/endpoint';
import { LABEL_KEYS } from '../core/names';
import type { FlinkClient, TimeLimit, TlsConfig } from '../flink';
import type { SecretSource } from '../load';
import { type LiveState, observeEnvironment, type PreviousCluster } from '../observe';
import { MOVE_CODES } from '../plan';
import {
  connect,
  connectPrevious,
  type EndpointOverrides,
  type Endpoints,
  previousEndpoints,
  resolveEndpoints,
} from './cluster';

/** The options of a plan run (PlanRunOptions) that its cluster side reads. */
export interface ClusterRunOptions {
  dir: string;
  env: string;
  envVars: Readonly<Record<string, string | undefined>>;
  secrets: SecretSource;
  endpoints?: EndpointOverrides;
  tls?: TlsConfig;
  clock?: Clock;
  concurrency?: number;
  checkpoints?: 'all' | 'for-restarts';
  client?: (endpoints: Endpoints) => FlinkClient;
  /** Every cluster call answered within this long of connecting (`status --timeout`). */
  timeLimit?: TimeLimit;
  /** Where closing open SQL Gateway sessions is registered for a Ctrl-C (`Interrupt.onStop`). */
  onStop?: (release: () => Promise<unknown>) => () => void;
}

/** The clients of one environment, with what connecting said. */
export interface Connection {
  endpoints: Endpoints;
  client?: FlinkClient;
  /** `moveFrom`: the cluster the jobs move away from. */
  previous?: PreviousCluster;
  /** Both clients are there (the environment's, and the old cluster's during a move). */
  ready: boolean;
  secretValues: string[];
  diags: Diagnostic[];
}

/** The compiled restart hash of each job: a RUNNING job that has it needs no checkpoints read. */
export type SpecHashes = ReadonlyMap<string, string>;

export function specHashes(jobs: readonly DesiredJob[]): SpecHashes {
  return new Map(jobs.map((j) => [j.name, j.restartHash]));
}

function previousOf(client: FlinkClient, at: Endpoints): PreviousCluster {
  return { client, jobmanagerUrl: at.jobmanagerUrl, ...(at.sqlGatewayUrl ? { gateway: true } : {}) };
}

export function connectEnvironment(opts: ClusterRunOptions, environment: DesiredEnvironment): Connection {
  const endpoints = resolveEndpoints(environment, opts.endpoints ?? {}, opts.envVars);
  const before = previousEndpoints(environment);
  // After --jobmanager-url / FLINKOPS_JOBMANAGER_URL: validate sees only flinkops.yaml's URLs.
  if (before && sameEndpoint(before.jobmanagerUrl, endpoints.jobmanagerUrl))
    return { endpoints, ready: false, secretValues: [], diags: [moveToItself(environment.name, endpoints)] };
  if (opts.client) {
    const client = opts.client(endpoints);
    const previous = before ? previousOf(opts.client(before), before) : undefined;
    return { endpoints, client, ...(previous ? { previous } : {}), ready: true, secretValues: [], diags: [] };
  }
  const how = {
    endpoints,
    env: environment,
    secrets: opts.secrets,
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.tls ? { tls: opts.tls } : {}),
    ...(opts.timeLimit ? { timeLimit: opts.timeLimit } : {}),
    ...(opts.onStop ? { onStop: opts.onStop } : {}),
  };
  const c = connect(how);
  const diags = [...c.diags];
  let secretValues = c.secretValues;
  let previous: PreviousCluster | undefined;
  const p = connectPrevious(how);
  if (p) {
    diags.push(...p.diags);
    secretValues = [...new Set([...secretValues, ...p.secretValues])];
    if (p.client && before) previous = previousOf(p.client, before);
  }
  return {
    endpoints,
    ...(c.client ? { client: c.client } : {}),
    ...(previous ? { previous } : {}),
    ready: c.client !== undefined && (!before || previous !== undefined),
    secretValues,
    diags,
  };
}

/** `moveFrom` names the cluster the environment points at: there is nothing to move. */
function moveToItself(env: string, endpoints: Endpoints): Diagnostic {
  return error(
    MOVE_CODES.moveToItself,
    `environment ${env} moves from ${shownUrl(endpoints.jobmanagerUrl)}, the JobManager it points at`,
    'moveFrom names the cluster the jobs run on now, and jobmanagerUrl (or --jobmanager-url, FLINKOPS_JOBMANAGER_URL) the one they move to: point them at two clusters, or remove moveFrom.',
  );
}

/** Closes what connecting opened. */
export async function disconnect(c: Connection): Promise<void> {
  await Promise.all([c.client?.close(), c.previous?.client.close()]);
}

/** Observes the environment `project`/`env` through a ready connection. */
export function observeThrough(
  c: Connection & { client: FlinkClient },
  opts: ClusterRunOptions,
  who: { project: string; env: string; environments?: readonly string[] },
  hashes: SpecHashes | Promise<SpecHashes>,
): Promise<Result<LiveState>> {
  return observeEnvironment(c.client, c.previous, {
    project: who.project,
    env: who.env,
    ...(who.environments ? { environments: who.environments } : {}),
    jobmanagerUrl: c.endpoints.jobmanagerUrl,
    // What the jobs the plan starts need is weighed against the free task slots (FO603).
    readSlots: true,
    // A state backend switch is judged by the backend a job runs, and weighed against the heap (FO685).
    readStateBackends: true,
    // A job already running its compiled spec is not restarted: its checkpoints are not needed.
    // Observe awaits the answer, so the hashes may still be compiling.
    ...(opts.checkpoints === 'for-restarts'
      ? {
          wantsCheckpoints: async (job: string, labels: Readonly<Record<string, string>> | undefined) =>
            labels?.[LABEL_KEYS.specHash] !== (await hashes).get(job),
        }
      : {}),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
}

/** An observation started before the compile was done. */
export interface EarlyObservation {
  /** The project and environment it is for: a compile naming other ones observes again. */
  readonly key: string;
  readonly connection: Connection;
  /** Absent when the connection is not ready. */
  readonly observed?: Promise<Result<LiveState>>;
  /** The run took it over (and closes its clients). */
  claimed: boolean;
}

export function observationKey(
  project: string,
  environment: DesiredEnvironment,
  environments: readonly string[] | undefined,
): string {
  return JSON.stringify([project, environment, environments ?? null]);
}

/**
 * Connects to the environment flinkops.yaml names and starts observing it while `compiled` is
 * under way; undefined when flinkops.yaml does not validate on its own (the compile will say why).
 */
export function observeEarly(
  opts: ClusterRunOptions,
  compiled: Promise<CompileResult>,
): EarlyObservation | undefined {
  const found = projectEnvironment(opts.dir, opts.env, opts.envVars);
  if (!found) return undefined;
  const connection = connectEnvironment(opts, found.environment);
  const key = observationKey(found.project, found.environment, found.environments);
  if (!connection.ready || !connection.client) return { key, connection, claimed: false };
  // Until the compile is done, nobody knows which jobs run their compiled spec; a failed compile
  // drops this observation anyway.
  const hashes = compiled.then(
    (r) => specHashes(r.value?.jobs ?? []),
    () => specHashes([]),
  );
  const observed = observeThrough(
    { ...connection, client: connection.client },
    opts,
    { project: found.project, env: opts.env, environments: found.environments },
    hashes,
  );
  // Nobody awaits it until the compile is done: a failure (a bug; observe reports errors as
  // diagnostics) must not end the process as an unhandled rejection meanwhile. Awaited, it still throws.
  observed.catch(() => undefined);
  return { key, connection, observed, claimed: false };
}

/** Stops an observation the run did not take: its clients fail at once from now on, so it ends soon. */
export async function dropObservation(e: EarlyObservation): Promise<void> {
  await disconnect(e.connection);
  await e.observed?.catch(() => undefined);
}
