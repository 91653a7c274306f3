/**
 * `plan` as one call: compile the repository for an environment, observe the cluster
 * (unless offline), read the state store, and diff. Every port is injected; nothing prints.
 */

import { type CompileResult, compileProject, type DesiredState, type EnvReference } from '../compile';
import type { Clock } from '../core/clock';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../core/diagnostics';
import type { EngineProgress } from '../core/progress';
import type { FlinkClient, TlsConfig } from '../flink';
import type { SecretSource } from '../load';
import { type LiveState, offlineLiveState, type PreviousCluster } from '../observe';
import {
  changedJobCommits,
  type DiffOptions,
  diff,
  type OutsideCheckout,
  type Plan,
  type PlanTarget,
  slotDiagnostics,
} from '../plan';
import { lockHolderGone, readState, type StateDoc, type StateRead, type StateStore } from '../state';
import { clusterOf, type EndpointOverrides, type Endpoints } from './cluster';
import { compileOffThread } from './compile-off-thread';
import { compileJobPlans, syncCommittedPlans } from './compile-plans';
import { withDefaultBackend } from './default-backend';
import { jarChecksumProblems } from './jar-checksums';
import { keepDeployedHashes } from './kept-hashes';
import { explainChangedJobs, startsNewScript } from './plan-explain';
import { unhealthyJobs } from './plan-health';
import {
  type Connection,
  connectEnvironment,
  disconnect,
  dropObservation,
  type EarlyObservation,
  observationKey,
  observeEarly,
  observeThrough,
  specHashes,
} from './plan-observe';
import { readRetention, refuseByRetention } from './plan-retention';
import { locatePolicySettings } from './policy-location';
import { keepSpentPins } from './spent-pins';
import { explainStateGraphs, restoresState } from './state-graphs';
import { tableLocator } from './table-location';

export interface PlanRunOptions {
  dir: string;
  env: string;
  /** Process environment: `${env.X}`, FLINKOPS_* endpoint overrides. */
  envVars: Readonly<Record<string, string | undefined>>;
  secrets: SecretSource;
  offline: boolean;
  allowDelete: boolean;
  commit?: string;
  /** ISO-8601 instant the plan is for (schedules); the CLI passes the clock's now or --now. */
  now?: string;
  endpoints?: EndpointOverrides;
  /** TLS for the cluster endpoints: a custom CA, or (opt-in) no verification. */
  tls?: TlsConfig;
  concurrency?: number;
  /**
   * `for-restarts`: read the checkpoints only of jobs the plan may restart (not of a RUNNING job
   * whose spec hash already matches), one request in three fewer; enough for plan and apply.
   * Default `all`: health checks, status and savepoint policies look at every job's checkpoints.
   */
  checkpoints?: 'all' | 'for-restarts';
  clock?: Clock;
  /** The state store of the project/env (the CLI builds a file store; the Action a git store). */
  store: (project: string, env: string) => StateStore;
  /** Test seam: a client for the endpoints instead of the real one. */
  client?: (endpoints: Endpoints) => FlinkClient;
  /**
   * Test seam: the compile of a large repository in a worker thread (compile-off-thread.ts), or
   * undefined to compile in this one. While it runs, this thread observes the cluster.
   */
  compileOffThread?: typeof compileOffThread;
  /** Progress as typed events; the CLI and the Action render them (render/progress). */
  onProgress?: (p: EngineProgress) => void;
  /**
   * Validate the jobs the plan creates or upgrades against the cluster's planner (EXPLAIN in a
   * throwaway SQL Gateway session); their errors fail the plan. `plan` turns it on; status and
   * the other commands that plan only to look do not.
   */
  explain?: boolean;
  /**
   * Judge the state of every upgrade from Flink's own stream graphs of the running and the new
   * script (EXPLAIN JSON_EXECUTION_PLAN in throwaway sessions); without it, or without a gateway,
   * the plan carries the offline estimate. On with `explain`. `version-upgrades`: only for the jobs
   * that start on another Flink version (a move), whose offline verdict is `unknown` and refused
   * (FO641) — status asks for these so that it says what plan says.
   */
  stateVerdicts?: boolean | 'version-upgrades';
  /** `--allow-version-upgrade`: start script-mode jobs on a new Flink version despite an unknown verdict. */
  allowVersionUpgrade?: boolean;
  /** `--write-plans`: write each compiled plan's exact bytes to plans/<env>/<job>.json for review. */
  writePlans?: boolean;
  /** Plan only these changes (`-target`; a scheduled run targets `schedule` causes). */
  target?: PlanTarget;
  /** `--replace JOB`: restart these running jobs with the repository's script (DiffOptions.replace). */
  replace?: readonly string[];
  /**
   * Keep the client of the cluster being left (`moveFrom`) open in the result, for an apply to stop
   * jobs there; close it with `closeRun`. Otherwise runPlan closes it before returning.
   */
  keepPrevious?: boolean;
  /**
   * Which of `commits` (those the store's jobs were last changed from) the checkout planned from
   * lacks; a change of such a job is refused (FO684). The CLI asks git; without it nothing is refused.
   */
  outsideCheckout?: (commits: string[]) => ReadonlyMap<string, OutsideCheckout>;
}

/** Closes what a plan run opened: the environment's client and, during a move, the old cluster's. */
export async function closeRun(run: Pick<PlanRun, 'client' | 'previous'>): Promise<void> {
  await Promise.all([run.client?.close(), run.previous?.client.close()]);
}

export interface PlanRun {
  desired?: DesiredState;
  live?: LiveState;
  state?: StateRead;
  plan?: Plan;
  endpoints?: Endpoints;
  client?: FlinkClient;
  /** `moveFrom`: the cluster the jobs move away from (apply stops them there). */
  previous?: PreviousCluster;
  store?: StateStore;
  /** Secret values in use (auth): to be masked in anything shown. */
  secretValues: string[];
  /** The repository's `${env.X}` references (the compile's: also when the plan has errors). */
  envReferences: EnvReference[];
  diags: Diagnostic[];
}

export async function runPlan(opts: PlanRunOptions): Promise<PlanRun> {
  const run = await planOnce(opts);
  if (!run.previous || opts.keepPrevious) return run;
  await run.previous.client.close();
  const { previous: _closed, ...rest } = run;
  return rest;
}

async function planOnce(opts: PlanRunOptions): Promise<PlanRun> {
  (opts.onProgress ?? (() => {}))({ stage: 'compiling' });
  const compileOptions = { env: opts.env, envVars: opts.envVars };
  if (opts.offline) {
    const compiled = compileProject(opts.dir, compileOptions);
    return { ...(await planCompiled(opts, compiled, undefined)), envReferences: compiled.envReferences };
  }
  const offThread = (opts.compileOffThread ?? compileOffThread)(opts.dir, compileOptions);
  // The cluster is read while the repository compiles, from flinkops.yaml alone: beside a worker's
  // compile, or, for a repository compiled here, while the first answers are on their way (their
  // round trip, and a connection's set-up, overlap the compile instead of following it).
  let compiledHere: (r: CompileResult) => void = () => {};
  const early = observeEarly(
    opts,
    offThread ?? new Promise<CompileResult>((resolve) => (compiledHere = resolve)),
  );
  if (early?.connection.client) askCapabilities(opts, early.connection);
  try {
    let compiled: CompileResult;
    if (offThread) compiled = await offThread;
    else {
      // One turn of the event loop puts the observation's first requests on the wire.
      if (early?.observed) await new Promise((resolve) => setImmediate(resolve));
      try {
        compiled = compileProject(opts.dir, compileOptions);
      } finally {
        // A compile that throws (a bug) leaves the observation no spec hashes to wait for.
        compiledHere(compiled! ?? { value: undefined, diags: [], envReferences: [] });
      }
    }
    return { ...(await planCompiled(opts, compiled, early)), envReferences: compiled.envReferences };
  } finally {
    if (early && !early.claimed) await dropObservation(early);
  }
}

/**
 * A plan that may ask the SQL Gateway's planner starts by asking what the cluster and the gateway
 * are (the client keeps the answer), beside the observation rather than after the diff.
 */
function askCapabilities(opts: PlanRunOptions, c: Connection): void {
  if (!(opts.explain || opts.stateVerdicts === true) || !c.ready || !c.client || !c.endpoints.sqlGatewayUrl)
    return;
  c.client.capabilities().catch(() => undefined);
}

/** validate's warning of a parallelism above `policy.maxParallelism`, which a plan says as FO623. */
const VALIDATE_POLICY_PARALLELISM = 'FO683';

async function planCompiled(
  opts: PlanRunOptions,
  compiled: CompileResult,
  early: EarlyObservation | undefined,
): Promise<Omit<PlanRun, 'envReferences'>> {
  const progress = opts.onProgress ?? (() => {});
  // validate's FO683 (a parallelism above policy.maxParallelism) is the plan's to judge: FO623.
  const diags = compiled.diags.filter((d) => d.code !== VALIDATE_POLICY_PARALLELISM);
  const desired = compiled.value;
  if (!desired || hasErrors(diags)) return { secretValues: [], diags: sortDiagnostics(diags) };
  diags.push(...(await jarChecksumProblems(desired.udfs)));

  const store = opts.store(desired.project, desired.env);
  progress({ stage: 'reading-state', location: store.location });
  const state = await readState(store);
  diags.push(...state.diags);
  if (!state.value) return { desired, store, secretValues: [], diags: sortDiagnostics(diags) };
  keepSpentPins(desired, state.value.doc);
  diags.push(...keepDeployedHashes(desired, state.value.doc));

  let live: LiveState = offlineLiveState();
  let client: FlinkClient | undefined;
  let previous: PreviousCluster | undefined;
  let endpoints: Endpoints | undefined;
  let secretValues: string[] = [];
  if (!opts.offline) {
    const mine =
      early?.key === observationKey(desired.project, desired.environment, desired.environments)
        ? early
        : undefined;
    if (mine) mine.claimed = true;
    const c = mine?.connection ?? connectEnvironment(opts, desired.environment);
    if (!mine) askCapabilities(opts, c);
    diags.push(...c.diags);
    ({ client, previous, endpoints, secretValues } = c);
    if (!c.ready || !client) {
      await disconnect(c);
      return { desired, store, state: state.value, secretValues, diags: sortDiagnostics(diags) };
    }
    progress({ stage: 'observing', jobmanagerUrl: c.endpoints.jobmanagerUrl });
    const observed = await (mine?.observed ??
      observeThrough({ ...c, client }, opts, desired, specHashes(desired.jobs)));
    diags.push(...observed.diags);
    if (hasErrors(observed.diags))
      return {
        desired,
        store,
        state: state.value,
        client,
        ...(previous ? { previous } : {}),
        endpoints,
        secretValues,
        diags: sortDiagnostics(diags),
      };
    // A job that leaves its state backend to the cluster: the cluster's default, read once.
    live = await withDefaultBackend(client, desired.jobs, observed.value, state.value.doc);
  }

  if (desired.jobs.some((j) => j.settings.planMode === 'compiled')) progress({ stage: 'compiling-plans' });
  const compiledPlans = await compileJobPlans(opts.offline ? undefined : client, desired, state.value.doc, {
    ...(live.flinkVersion ? { liveVersion: live.flinkVersion } : {}),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
  });
  diags.push(...compiledPlans.diags, ...syncCommittedPlans(opts.dir, desired, opts.writePlans === true));

  progress({ stage: 'planning' });
  const lockHolder = await liveLockHolder(store, state.value.doc, opts.clock);
  const diffOptions: DiffOptions = {
    allowDelete: opts.allowDelete,
    compiled: {
      planErrors: compiledPlans.planErrors,
      ...(opts.allowVersionUpgrade ? { allowVersionUpgrade: true } : {}),
    },
    ...(opts.commit ? { commit: opts.commit } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.target ? { target: opts.target } : {}),
    ...(opts.replace?.length ? { replace: opts.replace } : {}),
    ...(lockHolder ? { lockHolder } : {}),
    locateInTable: tableLocator(opts.dir, desired),
  };
  let plan = diff(desired, live, state.value, diffOptions);
  // Git is asked about the commits the plan's changes would undo (FO684), and the plan made again
  // with the answer only when one is not in the checkout.
  const asked = opts.outsideCheckout
    ? changedJobCommits(plan.changes, state.value.doc, live, opts.commit)
    : [];
  const outside = asked.length > 0 ? opts.outsideCheckout?.(asked) : undefined;
  if (outside && outside.size > 0) {
    diffOptions.outsideCheckout = outside;
    plan = diff(desired, live, state.value, diffOptions);
  }
  const retention = client ? await readRetention(client, plan) : new Map<string, boolean>();
  diags.push(...refuseByRetention(plan, retention, live, state.value.doc));
  /** The jobs that restore state, whose stream graphs the planner is asked for. */
  const judged = opts.stateVerdicts ?? opts.explain;
  const graphsOf = new Set(
    judged && client
      ? plan.changes
          .filter((c) => restoresState(c) && (judged === true || c.versionUpgrade !== undefined))
          .map((c) => c.job)
      : [],
  );
  /** Jobs the plan starts (creates, upgrades) that Flink's planner should see, but for `skip`. */
  const starting = (p: Plan, skip: ReadonlySet<string>) =>
    opts.explain && client ? p.changes.filter((c) => startsNewScript(c) && !skip.has(c.job)) : [];
  const validate = async (p: Plan, skip: ReadonlySet<string>) => {
    const jobs = starting(p, skip);
    if (jobs.length === 0 || !client) return [];
    progress({ stage: 'explaining', jobs: jobs.length });
    return explainChangedJobs(client, desired, p, {
      skip,
      dir: opts.dir,
      ...(opts.clock ? { clock: opts.clock } : {}),
    });
  };
  // The jobs that restore state wait for their stream graphs (which may validate a new script whole,
  // or refuse the job); the others' changes do not depend on the graphs, and are validated meanwhile.
  const doc = state.value.doc;
  const graphs = async () => {
    if (graphsOf.size === 0 || !client) return undefined;
    progress({ stage: 'state-graphs', jobs: graphsOf.size });
    const options = {
      ...(previous?.gateway ? { previous: previous.client } : {}),
      ...(opts.clock ? { clock: opts.clock } : {}),
    };
    const asked = { ...plan, changes: plan.changes.filter((c) => graphsOf.has(c.job)) };
    return explainStateGraphs(client, desired, asked, { state: doc, live }, options);
  };
  const [explained, validated] = await Promise.all([graphs(), validate(plan, graphsOf)]);
  diags.push(...validated);
  if (explained && explained.size > 0) {
    plan = diff(desired, live, state.value, { ...diffOptions, explained });
    refuseByRetention(plan, retention, live, state.value.doc); // said above already
  }
  // Jobs whose new script Flink's planner already explained whole: validating them again is moot.
  const done = new Set(plan.changes.map((c) => c.job).filter((j) => !graphsOf.has(j)));
  for (const [job, pair] of explained ?? []) if ('next' in pair) done.add(job);
  diags.push(...(await validate(plan, done)));
  // A job left alone that Flink keeps restarting: "No changes" must not read as "all is running".
  if (client)
    diags.push(
      ...(await unhealthyJobs(
        client,
        plan,
        live,
        desired,
        doc,
        opts.clock?.now() ?? Date.now(),
        opts.concurrency,
      )),
    );
  diags.push(...slotDiagnostics(plan, desired, live));
  plan.diagnostics = sortDiagnostics(
    locatePolicySettings(opts.dir, [...diags, ...plan.diagnostics], { env: desired.env, jobs: desired.jobs }),
  );
  if (endpoints)
    plan.cluster = clusterOf(
      endpoints,
      opts.endpoints ?? {},
      opts.envVars,
      desired.environment.jobmanagerUrl,
    );
  return {
    desired,
    live,
    state: state.value,
    plan,
    store,
    ...(client ? { client } : {}),
    ...(previous ? { previous } : {}),
    ...(endpoints ? { endpoints } : {}),
    secretValues,
    diags: plan.diagnostics,
  };
}

/**
 * Who holds the state lock, when a run that is alive holds it and the store has what FO616 (an
 * operation left pending) or FO619 (a health check unfinished) speak of: the apply they would
 * call stopped may be running right now (a pull request planned during a merge's apply). Read only
 * then: for the git store it is a round trip.
 */
async function liveLockHolder(
  store: StateStore,
  doc: StateDoc,
  clock: Clock | undefined,
): Promise<string | undefined> {
  const unfinished = Object.values(doc.jobs).some(
    (r) => r.pending !== undefined || (r.status === 'running' && r.lastStable?.jobId !== r.current?.jobId),
  );
  if (!unfinished) return undefined;
  const lock = await store.lockInfo().catch(() => undefined);
  // An expired lock, or one of a process of this host that is gone (killed), holds nothing up.
  if (!lock || Date.parse(lock.expires) <= (clock?.now() ?? Date.now()) || lockHolderGone(lock))
    return undefined;
  return `${lock.who} (${lock.command}${lock.run ? `, run ${lock.run}` : ''}) holds the state lock since ${lock.since}`;
}
