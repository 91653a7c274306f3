/**
 * The executor: takes the store lock for the whole run, re-reads the store and the
 * cluster and refuses a plan computed against another state, then walks every
 * job's steps with bounded parallelism — independent jobs at once, a job after the
 * jobs that write what it reads.
 */

import type { DesiredJob, DesiredState } from '../compile/model';
import type { Clock } from '../core/clock';
import { type Diagnostic, error, hasErrors } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import { jobTopicKeys, tableTopicKeys, topicsRead } from '../core/kafka-topic';
import type { FlinkClient } from '../flink/client';
import { notUsable } from '../flink/errors';
import { resolveSecretsInValue, type SecretSource } from '../load/interpolate';
import { observeEnvironment, type PreviousCluster } from '../observe/live-state';
import type { LiveState } from '../observe/model';
import { relationsOf } from '../plan';
import type { Plan } from '../plan/model';
import type { StateDoc } from '../state/model';
import type { LastWrite, LockInfo, LockOwner, StateStore } from '../state/store';
import { APPLY_CODES } from './codes';
import { type ApplyTiming, createEmitter, DEFAULT_TIMING, type RunContext } from './context';
import { type JobRun, newJobRun } from './job-run';
import { withLockedSession } from './locked-session';
import type { ApplyHooks, ApplyReport, ChangeReport } from './report';
import { runJob } from './run-job';
import { slotDependencies } from './slot-order';
import { ACTS_ON_LIVE_JOB, type JobSteps, toSteps } from './steps';
import { secretValuesOf } from './submit';

export interface ExecuteOptions {
  plan: Plan;
  desired: DesiredState;
  client: FlinkClient;
  store: StateStore;
  clock: Clock;
  hooks?: ApplyHooks;
  /** Jobs worked on at once. Default 4. */
  parallelism?: number;
  /** Where `${secret.X}` values come from; read only while submitting. */
  secrets: SecretSource;
  /** Other resolved secret values in use (e.g. cluster auth): masked and refused by the store like the jobs' own. */
  secretValues?: readonly string[];
  /** Commit of the repository being applied (a label on every job started). */
  commit?: string;
  owner: LockOwner;
  timing?: Partial<ApplyTiming>;
  /**
   * The user's request to stop (Ctrl-C, CI cancel): no new job or step starts, a savepoint in
   * progress is awaited and recorded, a health check ends early; the lock is released.
   */
  stop?: AbortSignal;
  /**
   * `moveFrom`: the cluster the environment's jobs move away from. A change marked `move` stops
   * its live job there; everything else talks to `client`.
   */
  previous?: PreviousCluster;
  /** Re-observes the cluster for the stale check; defaults to `observeEnvironment()` of the plan's project/env. */
  observe?: () => Promise<{ value: LiveState; diags: Diagnostic[] }>;
}

/**
 * job → jobs it waits for (among those changed in this run): those writing a table it reads (or
 * another table on the same Kafka topic, a repository table or one a job's script creates), and
 * those a deletion or suspension stops that write a table it writes. A renamed job (one deleted,
 * one created) so never runs beside its old self, both writing the same sink.
 */
export function dependencies(
  jobs: readonly JobSteps[],
  desired: DesiredState,
  doc?: StateDoc,
): Map<string, Set<string>> {
  const active = new Set(jobs.filter((j) => j.steps.length > 0).map((j) => j.job));
  // A topic is written through one table and read through another (a table is a sink or a
  // source): the reader waits for the writer of the topic too, or, created at once with it,
  // it fails on a topic that does not exist yet.
  const topics = tableTopicKeys(desired.tables);
  const writers = new Map<string, string[]>();
  const topicWriters = new Map<string, string[]>();
  const add = (into: Map<string, string[]>, k: string, job: string) =>
    into.set(k, [...(into.get(k) ?? []), job]);
  for (const d of desired.jobs) {
    if (!active.has(d.name)) continue;
    for (const t of d.sinks) add(writers, t, d.name);
    // A job's own table is its alone: only its topics relate it to other jobs.
    for (const k of jobTopicKeys(d, topics, 'writes')) add(topicWriters, k, d.name);
  }
  // The topic keys written (a reader's `topic-pattern` is matched against each).
  const written = new Set(topicWriters.keys());
  const stopping = new Map<string, string[]>();
  const byName = new Map(desired.jobs.map((d) => [d.name, d]));
  for (const j of jobs) {
    if (!active.has(j.job) || (j.action !== 'delete' && j.action !== 'suspend')) continue;
    const sinks = byName.get(j.job)?.sinks ?? relationsOf(doc?.jobs[j.job]?.current?.script).writes;
    for (const t of sinks) stopping.set(t, [...(stopping.get(t) ?? []), j.job]);
  }
  const out = new Map<string, Set<string>>();
  for (const j of jobs) {
    if (!active.has(j.job)) continue;
    const deps = new Set<string>();
    const d = byName.get(j.job);
    if (d) {
      for (const t of d.sources) for (const w of writers.get(t) ?? []) if (w !== d.name) deps.add(w);
      for (const r of jobTopicKeys(d, topics, 'reads'))
        for (const k of topicsRead(r, written))
          for (const w of topicWriters.get(k) ?? []) if (w !== d.name) deps.add(w);
      if (j.action !== 'delete' && j.action !== 'suspend')
        for (const t of d.sinks) for (const s of stopping.get(t) ?? []) if (s !== d.name) deps.add(s);
    }
    out.set(j.job, deps);
  }
  return out;
}

/**
 * Values of every secret a job of `desired`, or a version of a job `doc` records, references: a
 * savepoint failure or a job's exception (a path, a URL in Flink's message) may echo any of them.
 */
export function knownSecretValues(desired: DesiredState, doc: StateDoc, source: SecretSource): string[] {
  const scripts = desired.jobs.map((j) => j.script);
  for (const r of Object.values(doc.jobs)) {
    if (r.current?.script) scripts.push(r.current.script);
    if (r.lastStable?.script) scripts.push(r.lastStable.script);
  }
  return [...new Set(scripts.flatMap((script) => secretValuesOf(script, source)))];
}

function refusal(code: string, summary: string, detail: string): ApplyReport {
  return { changes: [], diags: [error(code, summary, detail)] };
}

/** Runs `runs` with at most `limit` at once, each after its dependencies (a cycle is broken by starting anyway). */
async function schedule(
  runs: JobRun[],
  deps: Map<string, Set<string>>,
  limit: number,
  work: (r: JobRun) => Promise<void>,
  onCrash: (e: unknown) => void,
): Promise<void> {
  const started = new Set<string>();
  const finished = new Set<string>();
  const inflight = new Set<Promise<void>>();
  let crash: { e: unknown } | undefined;
  const ready = (r: JobRun): boolean => {
    if (started.has(r.change.job)) return false;
    for (const d of deps.get(r.change.job) ?? []) if (!finished.has(d)) return false;
    return true;
  };
  // Every run before `first` has started: a pump looks at the runs still waiting, not the whole plan.
  let first = 0;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      if (crash || finished.size === runs.length) {
        if (inflight.size === 0) resolve();
        return;
      }
      while (inflight.size < limit) {
        while (first < runs.length && started.has(runs[first]!.change.job)) first++;
        let next: JobRun | undefined;
        for (let i = first; i < runs.length && !next; i++) if (ready(runs[i]!)) next = runs[i];
        if (!next && inflight.size === 0) next = runs[first];
        if (!next) break;
        started.add(next.change.job);
        const p: Promise<void> = work(next).then(
          () => {
            inflight.delete(p);
            finished.add(next.change.job);
            pump();
          },
          (e) => {
            inflight.delete(p);
            if (!crash) {
              crash = { e };
              onCrash(e);
            }
            pump();
          },
        );
        inflight.add(p);
      }
      if (inflight.size === 0) resolve();
    };
    pump();
  });
  if (crash) throw crash.e;
}

/** Who changed the store since the plan read it, as far as this run can tell: the lock it waited for, the last write. */
function storeChangedBy(last: LastWrite | undefined, waited: LockInfo | undefined): string {
  const parts = [
    waited
      ? `changed while this run waited for the lock of ${waited.who} (${waited.command} on ${waited.host})`
      : '',
    last ? `last written${last.time ? ` ${last.time}` : ''}: "${last.message}"` : '',
  ].filter(Boolean);
  return parts.length ? ` — ${parts.join('; ')}` : '';
}

export async function execute(opts: ExecuteOptions): Promise<ApplyReport> {
  const { plan, desired, client, store, clock } = opts;
  if (plan.offline) {
    return refusal(
      APPLY_CODES.offlinePlan,
      'an offline plan cannot be applied',
      'It was made without looking at the cluster. Run plan against the cluster, then apply that plan.',
    );
  }
  if (plan.project !== desired.project || plan.env !== desired.env) {
    return refusal(
      APPLY_CODES.planForOtherEnv,
      'the plan is for another project or environment',
      'Run plan again.',
    );
  }
  const timing: ApplyTiming = { ...DEFAULT_TIMING, ...opts.timing };
  const abort = new AbortController();
  const stopped = (diags: Diagnostic[]): ApplyReport => ({ changes: [], diags });
  let waited: LockInfo | undefined;
  const onWait = (holder: LockInfo) => {
    if (waited) return;
    waited = holder;
    opts.hooks?.onEvent?.({ type: 'lock-wait', holder, timeoutMs: timing.lockTimeoutMs });
  };
  // Cancelled while another run held the lock: the wait ends, the lock is not taken, nothing changed.
  const notLocked = (diags: Diagnostic[]): ApplyReport =>
    opts.stop?.aborted ? { changes: [], diags, interrupted: true } : stopped(diags);
  return withLockedSession(
    { store, owner: opts.owner, clock, timing, onWait, ...(opts.stop ? { stop: opts.stop } : {}) },
    notLocked,
    async ({ read, session }) => {
      if (!opts.previous && plan.changes.some((c) => c.move && !c.refused)) {
        return refusal(
          APPLY_CODES.stalePlan,
          'plan is stale, run plan again',
          'The plan moves jobs from another cluster (moveFrom), but this apply has no client for it. Nothing was changed.',
        );
      }
      const observed = opts.observe
        ? await opts.observe()
        : await observeEnvironment(client, opts.previous, {
            project: plan.project,
            env: plan.env,
            clock,
            // The free task slots decide whether a start waits for the stops of the same apply.
            readSlots: true,
          });
      if (hasErrors(observed.diags)) return stopped(observed.diags);
      if (read.version !== plan.stateVersion || observed.value.fingerprint !== plan.liveFingerprint) {
        const what = [
          read.version !== plan.stateVersion
            ? `the state store is at version ${read.version}, the plan saw ${plan.stateVersion}${
                read.version === 0
                  ? ` — this run's store, ${store.location}, is empty: apply where the plan's store is (another checkout or machine keeps its own .flinkops/state), or name it with --state-file`
                  : storeChangedBy(await store.lastWrite?.().catch(() => undefined), waited)
              }`
            : '',
          observed.value.fingerprint !== plan.liveFingerprint
            ? `the jobs on the cluster changed${movedJobsText(plan, observed.value)}`
            : '',
        ].filter(Boolean);
        return refusal(
          APPLY_CODES.stalePlan,
          'plan is stale, run plan again',
          `The plan was computed against another state (${what.join('; ')}). Nothing was changed. Plan again to see the state as it is now, and apply that plan (flinkops apply plans anew; flinkops plan --out FILE saves one to review).`,
        );
      }
      // Every secret any job of this run references, not only those of the scripts it submits: a
      // savepoint failure or a job's exception may echo one into a diagnostic or the store's history.
      const secretValues = new Set<string>([
        ...(opts.secretValues ?? []),
        ...knownSecretValues(desired, read.doc, opts.secrets),
      ]);
      const ctx: RunContext = {
        client,
        ...(opts.previous ? { previous: opts.previous.client } : {}),
        clock,
        signal: abort.signal,
        stop: opts.stop ?? new AbortController().signal,
        store: session(
          () => {
            if (abort.signal.aborted) throw abort.signal.reason;
          },
          () => [...secretValues],
        ),
        timing,
        plan,
        desired,
        secrets: opts.secrets,
        commit: opts.commit ?? plan.commit ?? 'unknown',
        secretValues,
        emit: createEmitter(opts.hooks, abort),
      };
      const jobSteps = toSteps(plan, desired, read.doc);
      const byName = new Map(desired.jobs.map((j) => [j.name, j]));
      // Every secret a submission will need, checked before anything changes: a missing one
      // found half-way would leave some jobs upgraded and others not (as Terraform checks
      // variables before it plans).
      const missing = missingSecrets(
        jobSteps.filter((js) => js.steps.some((st) => st.kind === 'submit')).map((js) => byName.get(js.job)),
        opts.secrets,
      );
      if (missing.length) return stopped(missing);
      // A job stopped to be started again needs the SQL Gateway for its new start: if the gateway
      // does not answer, stopping it would leave it down. Asked once, before anything changes.
      // Nor does a gateway behind a proxy that answers for it: a 502-504 of a gateway that is
      // down, a 401 or 403 refusing the credentials, a 404 of a wrong path prefix, a login page.
      const restarted = jobSteps
        .filter(
          (js) =>
            js.steps.some((st) => ACTS_ON_LIVE_JOB.has(st.kind)) &&
            js.steps.some((st) => st.kind === 'submit'),
        )
        .map((js) => js.job);
      if (restarted.length > 0) {
        const g = await client.getInfo();
        if (!g.ok) {
          const { answered, why } = notUsable(g.error);
          return refusal(
            APPLY_CODES.gatewayUnreachable,
            `the SQL Gateway ${why}: nothing was changed`,
            `${restarted.join(', ')} would be stopped and could not be started again: a new script is submitted through the gateway. Start the gateway (or check the environment's sqlGatewayUrl${answered ? ', its path and the auth a proxy in front of it asks for' : ''}), then apply again.`,
          );
        }
      }
      const runs = jobSteps.map((js, i) => newJobRun(js, plan.changes[i]!, byName.get(js.job)));
      const active = runs.filter((r) => r.steps.steps.length > 0);
      const deps = dependencies(jobSteps, desired, read.doc);
      // Starts that need the slots a suspend or deletion gives back wait for it (not for one that
      // itself waits for the start: a cycle is no order).
      for (const [job, stops] of slotDependencies(jobSteps, desired, observed.value))
        for (const stop of stops)
          if (!deps.get(stop)?.has(job)) deps.set(job, new Set([...(deps.get(job) ?? []), stop]));
      await schedule(
        active,
        deps,
        Math.max(1, opts.parallelism ?? 4),
        (r) => runJob(ctx, r),
        (e) => {
          if (!abort.signal.aborted) abort.abort(e);
        },
      );
      const changes: ChangeReport[] = [];
      const diags: Diagnostic[] = [];
      for (const r of runs) {
        if (r.steps.refused) {
          changes.push({
            job: r.change.job,
            action: r.change.action,
            outcome: 'skipped',
            error: r.steps.refused,
          });
          continue;
        }
        if (r.steps.steps.length === 0) continue;
        if (r.change.action === 'none' && !r.touched && r.report.outcome !== 'failed') continue;
        changes.push(r.report);
        diags.push(...r.diags);
      }
      return opts.stop?.aborted ? { changes, diags, interrupted: true } : { changes, diags };
    },
  );
}

/** One FO113 per secret the jobs about to be started need and the secret source lacks. */
function missingSecrets(jobs: (DesiredJob | undefined)[], secrets: SecretSource): Diagnostic[] {
  const needed = new Map<string, string[]>();
  for (const job of jobs) {
    if (!job) continue;
    for (const name of job.secrets) {
      const r = resolveSecretsInValue(`\${secret.${name}}`, secrets);
      if (r.diags.length) needed.set(name, [...(needed.get(name) ?? []), job.name]);
    }
  }
  return [...needed.entries()].map(([name, jobNames]) =>
    error(
      'FO113',
      `secret ${name} is not set; nothing was changed`,
      `Jobs ${jobNames.join(', ')} need it. Set FLINKOPS_SECRET_${name} (or ${name}) in the environment of the apply; in GitHub Actions, map the repository secret into the step's env.`,
    ),
  );
}

/**
 * The jobs of a plan whose cluster job is not what the plan saw, said the way the stale-plan check
 * compares them (a running job counts as alive whatever its phase; an ended one by its state):
 * `: minute_stats (job 1a5e55beb852… RUNNING, now CANCELED)`; empty when none of the plan's jobs
 * moved (another job under the environment's names did).
 */
export function movedJobsText(plan: Plan, live: LiveState): string {
  const phase = (state: string | undefined) =>
    state === undefined ? 'not on the cluster' : isTerminal(state as never) ? state : 'running';
  const moved: string[] = [];
  for (const c of plan.changes) {
    const mine = live.jobs.filter((j) => j.job === c.job);
    const same = c.liveJobId ? mine.find((j) => j.jobId === c.liveJobId) : undefined;
    const newer = mine.filter((j) => j.jobId !== c.liveJobId && !isTerminal(j.state));
    const was = c.liveJobId ? phase(c.liveState) : 'not on the cluster';
    const now = same ? phase(same.state) : c.liveJobId ? 'not on the cluster' : was;
    const ids = c.liveJobId ? `job ${c.liveJobId.slice(0, 12)}… ` : '';
    if (now !== was) moved.push(`${c.job} (${ids}${was}, now ${now})`);
    else if (newer.length > 0)
      moved.push(
        `${c.job} (another job runs under its name now: ${newer.map((j) => j.jobId.slice(0, 12)).join(', ')}…)`,
      );
  }
  return moved.length ? `: ${moved.join('; ')}` : '';
}
