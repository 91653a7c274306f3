/**
 * observe(): what runs on the cluster for one project environment, found by name
 * (`<project>.<env>.<job>`) and labels, never by memory. Reads only; every failure
 * becomes a diagnostic, and an unreachable cluster is one clear message.
 */

import { type Clock, systemClock } from '../core/clock';
import { type Diagnostic, error, type Result, warning } from '../core/diagnostics';
import { endpointId, shownUrl } from '../core/endpoint';
import { fingerprint } from '../core/hash';
import { isTerminal } from '../core/job-state';
import { isIdentifier, LABEL_KEYS } from '../core/names';
import type { FlinkClient } from '../flink/client';
import { TRUST_ADVICE } from '../flink/diagnostics';
import type { FlinkError } from '../flink/errors';
import type { CheckpointStats, ClusterConfig, JobConfig, JobDetails, JobSummary } from '../flink/types';
import { awaitsScheduling, type FlinkJobState, type LiveJob, type LiveState, type LiveVertex } from './model';
import { createLimiter, type Limiter } from './pool';
import {
  lookalikeJobs,
  namesakeJobs,
  STRAY_ENVIRONMENT_CODE,
  siblingEnvironmentJobs,
  strayEnvironmentDiagnostics,
} from './strays';

export interface ObserveOptions {
  project: string;
  env: string;
  /**
   * Every environment of flinkops.yaml: the project's jobs alive under any other environment
   * name are reported (FO657), since no plan of the repository looks at them any more.
   */
  environments?: readonly string[];
  /** Requests in flight at once. Default 16. */
  concurrency?: number;
  clock?: Clock;
  /** For messages only: the URL the client talks to. */
  jobmanagerUrl?: string;
  /** For messages only: this is the cluster the environment's jobs move from (`moveFrom`). */
  leaving?: true;
  /**
   * What scheduler the cluster runs, for clusters older than 1.18 whose `GET /config` does not
   * say (`features.web-rescale`, true exactly when the JobManager runs the adaptive scheduler).
   */
  schedulerHint?: 'adaptive' | 'default';
  /**
   * Read the cluster's task slots (`GET /overview`) whatever its jobs do: plan weighs them against
   * what the jobs it starts need (FO603). One call, beside the job listing. Without it they are
   * read only when a job waits to be scheduled.
   */
  readSlots?: boolean;
  /**
   * Read what a change of state backend is judged by (plan): the backend each job whose
   * checkpoints are read runs (`/jobs/:id/checkpoints/config`, one call beside its checkpoints),
   * and the TaskManagers' task heap (`GET /taskmanagers`, one call beside the job listing).
   */
  readStateBackends?: boolean;
  /** Wait before re-reading the labels of a job that is still initialising. Default 1 s. */
  labelRetryDelayMs?: number;
  /**
   * Whether a RUNNING job's checkpoints are worth a request: plan passes "not when its spec-hash
   * label already matches the repository" (nothing will restore from them), saving one call in
   * three. Default: read them for every RUNNING or FAILED job. A promise when the answer is not
   * known yet (the repository still compiling while the cluster is read).
   */
  wantsCheckpoints?: (
    job: string,
    labels: Readonly<Record<string, string>> | undefined,
  ) => boolean | Promise<boolean>;
}

/** Diagnostic codes of observe (FO65x; the rest of FO6xx belongs to plan). */
export const OBSERVE_CODES = {
  unreachable: 'FO650',
  clusterError: 'FO651',
  jobUnreadable: 'FO652',
  checkpointsUnreadable: 'FO653',
  labelsMismatch: 'FO654',
  strayEnvironment: STRAY_ENVIRONMENT_CODE,
} as const;

/** States in which `user-config` may not be there yet. */
const EARLY_STATES = new Set(['INITIALIZING', 'CREATED']);
/** States in which checkpoint paths matter (a FAILED job is recovered from its latest checkpoint). */
const CHECKPOINT_STATES = new Set(['RUNNING', 'FAILED']);
/**
 * Ended states whose savepoint or checkpoint matters for a job started outside flinkops (no
 * labels: the plan names it as the state a new job under that name could start from), and for the
 * newest managed job of a name: stopped by hand with a savepoint (`flink stop`, the REST API), that
 * savepoint is its newest state, which a recovery, or the suspend and resume of its schedule,
 * restores rather than the older one in the store.
 */
const HAND_ENDED_STATES = new Set(['CANCELED', 'FINISHED']);

/** The live state of `--offline`: nothing observed, nothing claimed. */
export function offlineLiveState(): LiveState {
  return { observed: false, adaptiveScheduler: false, jobs: [], fingerprint: liveFingerprint([]) };
}

/**
 * Hash of what a plan depends on: the jobs (ids and names), and for an ended job its state, spec-hash
 * label and parallelism. Equal across calls while nothing changed, so apply can refuse a plan made
 * against another cluster state.
 * An alive job counts as alive whatever its phase: a crash-looping one goes RESTARTING, RUNNING and
 * RESTARTING again between a plan and its apply, and apply reads its state again where it matters
 * (a stop: with a savepoint while RUNNING, else by cancel). Its labels and configured parallelism
 * are fixed for its job id, and only their reading varies: Flink 2.x's adaptive scheduler reports a
 * restarting job without its execution config (no labels, the vertices' parallelism instead).
 */
export function liveFingerprint(jobs: readonly LiveJob[]): string {
  const tuples = jobs
    .map((j) =>
      isTerminal(j.state) || j.state === 'SUSPENDED'
        ? [j.jobId, j.name, j.state, j.labels?.[LABEL_KEYS.specHash] ?? null, j.parallelism]
        : [j.jobId, j.name, 'alive', null, 0],
    )
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
  return fingerprint(tuples);
}

/** The repository job of a cluster job name, if the name is `<project>.<env>.<identifier>`. */
export function managedJobName(name: string, project: string, env: string): string | undefined {
  const prefix = `${project}.${env}.`;
  if (!name.startsWith(prefix)) return undefined;
  const job = name.slice(prefix.length);
  return isIdentifier(job) ? job : undefined;
}

export async function observe(client: FlinkClient, opts: ObserveOptions): Promise<Result<LiveState>> {
  const clock = opts.clock ?? systemClock;
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags: Diagnostic[] = [];
  const failed = (d: Diagnostic): Result<LiveState> => ({ value: offlineLiveState(), diags: [d] });

  const overview =
    opts.readSlots && client.getClusterOverview ? limit(() => client.getClusterOverview!()) : undefined;
  // Not left unawaited on an early return (a failed listing): it never rejects, but say so.
  overview?.catch(() => undefined);
  const taskManagers =
    opts.readStateBackends && client.getTaskManagers ? limit(() => client.getTaskManagers!()) : undefined;
  taskManagers?.catch(() => undefined);
  const [config, listed] = await Promise.all([
    limit(() => client.getConfig()),
    limit(() => client.listJobs()),
  ]);
  if (!config.ok) return failed(clusterDiagnostic(config.error, opts));
  const adaptive = isAdaptive(config.value, opts);
  if (!listed.ok) return failed(clusterDiagnostic(listed.error, opts));

  const ours = listed.value
    .map((summary) => ({ summary, job: managedJobName(summary.name, opts.project, opts.env) }))
    .filter((x): x is { summary: JobSummary; job: string } => x.job !== undefined);

  if (opts.environments)
    diags.push(...strayEnvironmentDiagnostics(listed.value, opts.project, opts.env, opts.environments));
  // The newest cluster job of each name: the one the plan compares against.
  const newest = new Map<string, JobSummary>();
  for (const { summary, job } of ours) {
    const n = newest.get(job);
    if (!n || summary.startTime > n.startTime) newest.set(job, summary);
  }
  const jobs = await Promise.all(
    ours.map(({ summary, job }) =>
      readJob(client, limit, clock, opts, summary, job, diags, adaptive, newest.get(job) === summary),
    ),
  );
  const live = jobs.filter((j): j is LiveJob => j !== undefined);
  live.sort((a, b) => (a.job !== b.job ? (a.job < b.job ? -1 : 1) : b.startTime - a.startTime));

  const state: LiveState = {
    observed: true,
    flinkVersion: config.value.flinkVersion,
    adaptiveScheduler: adaptive,
    jobs: live,
    fingerprint: liveFingerprint(live),
    ...(opts.jobmanagerUrl ? { endpoint: endpointId(opts.jobmanagerUrl) } : {}),
  };
  const namesakes = namesakeJobs(listed.value, opts.project, opts.env);
  if (namesakes.length > 0) state.namesakes = namesakes;
  const lookalikes = lookalikeJobs(listed.value, opts.project, opts.env);
  if (lookalikes.length > 0) state.lookalikes = lookalikes;
  const siblings = opts.environments
    ? siblingEnvironmentJobs(listed.value, opts.project, opts.env, opts.environments)
    : [];
  if (siblings.length > 0) state.siblings = siblings;
  // A job waiting to be scheduled may wait for task slots: say so, rather than blame its SQL.
  if (overview || (client.getClusterOverview && live.some(awaitsScheduling))) {
    const o = await (overview ?? limit(() => client.getClusterOverview!()));
    if (o.ok) state.slots = { ...o.value };
  }
  const tms = await taskManagers;
  if (tms?.ok) {
    const heaps = tms.value.flatMap((t) =>
      t.taskHeapBytes !== undefined ? [{ bytes: t.taskHeapBytes, slots: t.slots }] : [],
    );
    if (heaps.length > 0 && heaps.length === tms.value.length) state.taskHeaps = heaps;
  }
  // Jobs are read in parallel: order their diagnostics so output does not depend on timing.
  diags.sort((a, b) => (a.code + a.summary < b.code + b.summary ? -1 : 1));
  return { value: state, diags };
}

/** The cluster an environment's jobs move away from (`moveFrom`), with its own client. */
export interface PreviousCluster {
  client: FlinkClient;
  jobmanagerUrl: string;
  /** Its client reaches a SQL Gateway too (moveFrom.sqlGatewayUrl): its planner can be asked. */
  gateway?: boolean;
}

/**
 * What runs for the environment: its cluster, and during a move (`moveFrom`) the cluster being
 * left too, whose jobs are marked `previousCluster`. One fingerprint covers both, so apply
 * refuses a plan once either changed. Either cluster unreachable fails the observation: a move
 * is planned from both sides or not at all.
 */
export async function observeEnvironment(
  client: FlinkClient,
  previous: PreviousCluster | undefined,
  opts: ObserveOptions,
): Promise<Result<LiveState>> {
  if (!previous) return observe(client, opts);
  const [now, before] = await Promise.all([
    observe(client, opts),
    observe(previous.client, {
      project: opts.project,
      env: opts.env,
      jobmanagerUrl: previous.jobmanagerUrl,
      leaving: true,
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
      ...(opts.clock ? { clock: opts.clock } : {}),
      ...(opts.labelRetryDelayMs !== undefined ? { labelRetryDelayMs: opts.labelRetryDelayMs } : {}),
    }),
  ]);
  const diags = [...now.diags, ...before.diags];
  if (diags.some((d) => d.severity === 'error')) return { value: offlineLiveState(), diags };
  const left = before.value.jobs.map((j): LiveJob => ({ ...j, previousCluster: true }));
  return {
    value: {
      ...now.value,
      jobs: [...now.value.jobs, ...left],
      fingerprint: fingerprint([now.value.fingerprint, before.value.fingerprint]),
      previous: {
        jobmanagerUrl: previous.jobmanagerUrl,
        ...(before.value.flinkVersion ? { flinkVersion: before.value.flinkVersion } : {}),
      },
    },
    diags,
  };
}

/**
 * The REST handlers set `features.web-rescale` from the cluster's `jobmanager.scheduler` (1.18+):
 * true exactly when the adaptive scheduler runs, the one that takes in-place rescales.
 */
function isAdaptive(config: ClusterConfig, opts: ObserveOptions): boolean {
  return config.features.webRescale ?? opts.schedulerHint === 'adaptive';
}

async function readJob(
  client: FlinkClient,
  limit: Limiter,
  clock: Clock,
  opts: ObserveOptions,
  summary: JobSummary,
  job: string,
  diags: Diagnostic[],
  adaptive: boolean,
  newestOfName: boolean,
): Promise<LiveJob | undefined> {
  let read = await readDetailsAndConfig(client, limit, summary.id);
  if (read.ok && read.labels === undefined && EARLY_STATES.has(read.details.state)) {
    // user-config may be missing until the job is initialised: look once more, then call it unlabelled.
    await clock.sleep(opts.labelRetryDelayMs ?? 1_000);
    read = await readDetailsAndConfig(client, limit, summary.id);
  }
  if (!read.ok) {
    // Gone between the listing and now (cancelled, expired from the job store): nothing to plan against.
    if (read.error.status === 404) return undefined;
    diags.push(
      error(
        OBSERVE_CODES.jobUnreadable,
        `cannot read job ${summary.name} (${summary.id}): ${read.error.message}`,
        `${read.error.call} failed, so flinkops cannot tell what this job runs. Check that the JobManager is healthy and run plan again.`,
      ),
    );
    return undefined;
  }
  const { details, labels, jobConfig } = read;
  const vertices: LiveVertex[] = details.vertices.map((v) => ({
    id: v.id,
    name: v.name,
    parallelism: v.parallelism,
    maxParallelism: v.maxParallelism,
    ...(v.role ? { role: v.role } : {}),
    ...(v.status ? { status: v.status } : {}),
  }));
  const batch = details.jobType?.toUpperCase() === 'BATCH';
  if (adaptive && !isTerminal(details.state) && details.state !== 'INITIALIZING' && !batch) {
    // In-place rescales move the vertices' upper bounds, not the job's configured parallelism
    // (read while the job restarts too: a rescale under way restarts it; an initializing job has
    // no scheduler to answer yet). A batch job runs on the AdaptiveBatchScheduler, which answers
    // every request with a 500 and an ERROR in the JobManager's log, retried for seconds.
    const req = await limit(() => client.getResourceRequirements(details.id));
    if (req.ok) {
      for (const v of vertices) {
        const upper = req.value[v.id]?.upperBound;
        if (upper !== undefined && upper > 0) v.upperBound = upper;
      }
    }
  }
  const live: LiveJob = {
    jobId: details.id,
    name: details.name || summary.name,
    state: freshestState(summary, details),
    startTime: details.startTime,
    parallelism: jobParallelism(jobConfig, vertices),
    vertices,
    job,
    ...(batch ? { batch: true as const } : {}),
  };
  const running = details.timestamps.RUNNING;
  if (running !== undefined && running > 0) live.runningSince = running;
  if (
    isTerminal(live.state) &&
    vertices.length > 0 &&
    details.vertices.every((v) => v.startTime === undefined)
  )
    live.tasksNeverDeployed = true;
  if (details.endTime !== undefined && details.endTime > 0 && isTerminal(live.state))
    live.endTime = details.endTime;
  // Labels of another project, environment or job (settings copied by hand) say nothing of this
  // job: it is treated by its name, as a job without labels (adopted if declared, else left alone).
  const copied =
    labels !== undefined &&
    ((labels[LABEL_KEYS.job] ?? job) !== job ||
      (labels[LABEL_KEYS.env] ?? opts.env) !== opts.env ||
      (labels[LABEL_KEYS.project] ?? opts.project) !== opts.project);
  const own = copied ? undefined : labels;
  if (own) live.labels = own;
  if (copied) {
    live.copiedLabels = labels;
    diags.push(
      warning(
        OBSERVE_CODES.labelsMismatch,
        `job ${summary.name} (${details.id}) carries the labels of ${labels[LABEL_KEYS.project] ?? '?'}.${labels[LABEL_KEYS.env] ?? '?'}.${labels[LABEL_KEYS.job] ?? '?'}`,
        'Its name and its flinkops.* labels disagree, so it was probably submitted by hand with copied settings. flinkops treats it by its name, as a job without flinkops labels (adopted if the repository declares it, else left alone); cancel it or fix its pipeline.name if that is wrong.',
      ),
    );
  }
  const wanted = live.state !== 'RUNNING' || ((await opts.wantsCheckpoints?.(job, own)) ?? true);
  const ended = HAND_ENDED_STATES.has(live.state) && (own === undefined || newestOfName);
  if ((CHECKPOINT_STATES.has(live.state) || ended) && wanted) {
    // The backend the job runs is read with its checkpoints: what a restore brings back, and into what.
    const [cp, cpConfig] = await Promise.all([
      limit(() => client.getCheckpoints(details.id)),
      opts.readStateBackends && client.getCheckpointConfig && !isTerminal(live.state)
        ? limit(() => client.getCheckpointConfig!(details.id))
        : undefined,
    ]);
    if (cpConfig?.ok && cpConfig.value.stateBackend) live.stateBackend = cpConfig.value.stateBackend;
    if (cp.ok) addCheckpoints(live, cp.value);
    else if (cp.error.status !== 404) {
      diags.push(
        warning(
          OBSERVE_CODES.checkpointsUnreadable,
          `cannot read the checkpoints of job ${summary.name} (${details.id}): ${cp.error.message}`,
          'The plan will not know its latest checkpoint; restores use the savepoints in the state store.',
        ),
      );
    }
  }
  return live;
}

/**
 * The job's state. The JobManager serves `/jobs/:id` from a cache (`web.refresh-interval`, 3 s by
 * default) but `/jobs/overview` from the dispatcher: right after a cancel in the Flink UI, real
 * Flink 1.20 lists the job CANCELED while its details still say RUNNING. An end the listing
 * reports is final; the details are never fresher about it.
 */
function freshestState(summary: JobSummary, details: JobDetails): FlinkJobState {
  return (
    isTerminal(summary.state) && !isTerminal(details.state) ? summary.state : details.state
  ) as FlinkJobState;
}

type JobRead =
  | { ok: true; details: JobDetails; jobConfig: JobConfig; labels: Record<string, string> | undefined }
  | { ok: false; error: FlinkError };

async function readDetailsAndConfig(client: FlinkClient, limit: Limiter, jobId: string): Promise<JobRead> {
  const [details, config] = await Promise.all([
    limit(() => client.getJob(jobId)),
    limit(() => client.getJobConfig(jobId)),
  ]);
  if (!details.ok) return details;
  if (!config.ok) return config;
  return {
    ok: true,
    details: details.value,
    jobConfig: config.value,
    labels: flinkopsLabels(config.value.userConfig),
  };
}

/**
 * The job's own parallelism: `execution-config.job-parallelism`, what the job was submitted with.
 * Not the largest vertex: SQL vertices legitimately differ (`sink.parallelism`, `scan.parallelism`,
 * single-instance operators), and no restart would bring them in line. Without it, the
 * parallelism most vertices run at.
 */
export function jobParallelism(config: JobConfig, vertices: readonly LiveVertex[]): number {
  if (config.jobParallelism !== undefined && config.jobParallelism > 0) return config.jobParallelism;
  const counts = new Map<number, number>();
  for (const v of vertices) counts.set(v.parallelism, (counts.get(v.parallelism) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [p, n] of counts) {
    if (n > bestCount || (n === bestCount && p > best)) [best, bestCount] = [p, n];
  }
  return best;
}

/** The `flinkops.*` entries of user-config, or undefined when there are none. */
export function flinkopsLabels(
  userConfig: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!userConfig) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(userConfig)) if (k.startsWith('flinkops.')) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function addCheckpoints(live: LiveJob, cp: CheckpointStats): void {
  const c = cp.latestCompleted;
  if (c?.timestamp) live.lastCheckpointTime = c.timestamp;
  if (c)
    live.lastCheckpoint = {
      id: c.id,
      ...(c.durationMs !== undefined ? { durationMs: c.durationMs } : {}),
      ...(c.stateSize !== undefined ? { stateSize: c.stateSize } : {}),
      ...(c.checkpointedSize !== undefined ? { checkpointedSize: c.checkpointedSize } : {}),
    };
  if (cp.latestFailed)
    live.lastFailedCheckpoint = {
      id: cp.latestFailed.id,
      ...(cp.latestFailed.message ? { message: cp.latestFailed.message } : {}),
      failedCount: cp.counts.failed,
    };
  // A discarded checkpoint (the job ended, its checkpoints not retained) is no restore point.
  if (c?.externalPath && !c.discarded)
    live.latestCheckpoint = { path: c.externalPath, time: c.timestamp ?? 0 };
  const s = cp.latestSavepoint;
  if (s?.externalPath) live.latestSavepoint = { path: s.externalPath, time: s.timestamp ?? 0 };
  if (s?.stateSize !== undefined) live.lastSavepointSize = s.stateSize;
  for (const r of [...(s ? [s] : []), ...(cp.recentSavepoints ?? [])]) {
    if (r.externalPath && r.format)
      live.savepointFormats = { ...live.savepointFormats, [r.externalPath]: r.format };
  }
  if (cp.latestRestored?.externalPath) live.restoredFrom = cp.latestRestored.externalPath;
}

/** One diagnostic for a failed cluster-level call: unreachable, or what the JobManager said. */
function clusterDiagnostic(e: FlinkError, opts: ObserveOptions): Diagnostic {
  const at = opts.jobmanagerUrl ? ` at ${shownUrl(opts.jobmanagerUrl)}` : '';
  const check = opts.leaving
    ? `Check moveFrom.jobmanagerUrl of environment ${opts.env} in flinkops.yaml: the cluster its jobs move from, read for the move. Once that cluster is gone, remove moveFrom (\`--allow-version-upgrade\` recovers jobs it ran on another Flink version)`
    : `Check jobmanagerUrl of environment ${opts.env} in flinkops.yaml (overridden by FLINKOPS_JOBMANAGER_URL, --jobmanager-url or the Action's jobmanager-url input)`;
  const where = `${check}; \`flinkops plan --offline\` plans against the state store alone.`;
  if (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'tls') {
    // A certificate Node does not trust (UNABLE_TO_VERIFY_LEAF_SIGNATURE, SELF_SIGNED_CERT_IN_CHAIN,
    // ERR_TLS_CERT_ALTNAME_INVALID), not a failed handshake of another kind.
    const trust =
      e.kind === 'tls' && /CERT|UNABLE_TO_/.test(e.message)
        ? `Its TLS certificate is not trusted: ${TRUST_ADVICE}. `
        : '';
    return error(
      OBSERVE_CODES.unreachable,
      `cannot reach the JobManager${at}: ${e.message}`,
      `${trust}${where}`,
    );
  }
  const status = e.status ? ` (HTTP ${e.status})` : '';
  return error(
    OBSERVE_CODES.clusterError,
    `the JobManager${at} answered ${e.call} with an error${status}: ${e.message}`,
    `${refusalHint(e.status, `environments.${opts.env}.${opts.leaving ? 'moveFrom.auth (else auth)' : 'auth'}`)}${where}`,
  );
}

/**
 * What an error status of a cluster-level call says about the endpoint: credentials refused (by
 * Flink's proxy or ingress: Flink's REST API asks for none), or no REST API at the URL's path.
 * `service`: the JobManager, or the SQL Gateway, whose advice falls back to `otherwise`.
 */
export function refusalHint(
  status: number | undefined,
  auth: string,
  service: 'JobManager' | 'SQL Gateway' = 'JobManager',
  otherwise = 'Is this URL a Flink JobManager REST endpoint (port 8081 by default), reachable with the configured credentials? ',
): string {
  if (status === 401 || status === 403)
    return `The credentials were refused (HTTP ${status}, from a proxy or ingress in front of Flink): check ${auth} in flinkops.yaml (token, or username and password; the Action's flink-token input replaces it) and that each \${secret.NAME} it uses is set (FLINKOPS_SECRET_NAME) to the current value. `;
  if (status === 404)
    return `Nothing answers at this path: check the URL's path (behind a proxy, the prefix it routes to the ${service}, e.g. https://flink.example/${service === 'JobManager' ? 'jm' : 'gw'}/). `;
  return otherwise;
}
