/**
 * Health of the managed jobs against the rules of `health:` (job settings, with
 * `defaults.health` under them): not running while wanted, too many restarts in a
 * window, a stale checkpoint, back-pressure above a level. `evaluateHealth` is
 * pure (time is an input); `runHealth` composes plan-run, observeHealth and it.
 */
import { knownSecretValues } from '../apply';
import type { DesiredJob, DesiredState } from '../compile/model';
import { isBatchJob } from '../compile/runtime-mode';
import { type Diagnostic, sortDiagnostics, warning } from '../core/diagnostics';
import { parseDurationMs } from '../core/duration';
import { shownUrl } from '../core/endpoint';
import { maskSecrets } from '../core/secrets';
import { type FlinkClient, isTerminal, notUsable } from '../flink';
import {
  isCurrentInstance,
  type LiveJob,
  type LiveState,
  observeHealth,
  observeMetrics,
  slotShortage,
  waitingState,
} from '../observe';
import { desiredRunState, isoMinute, type RunState } from '../plan';
import { METRIC_RULES, type MetricRule, metricBreaches, needsMetrics } from './health-metrics';
import { type PlanRun, type PlanRunOptions, runPlan } from './plan-run';

/** `duplicate` is always judged (a job running twice writes its sinks twice): no setting turns it off. */
export type HealthRule =
  | 'notRunning'
  | 'duplicate'
  | 'maxRestarts'
  | 'maxCheckpointAge'
  | 'maxBackPressure'
  | MetricRule;

export interface HealthBreach {
  rule: HealthRule;
  summary: string;
  /** What to look at or do. */
  detail: string;
}

export interface JobHealth {
  job: string;
  healthy: boolean;
  /** What the repository wants now (state and schedule). */
  desired: RunState;
  /** State of the newest instance on the cluster; absent when none. */
  state?: string;
  jobId?: string;
  breaches: HealthBreach[];
  /**
   * Rules that could not be judged: the job should run but does not, so it has no metrics,
   * back-pressure or checkpoints of its own; or it breaches maxRestarts, so that it is RUNNING at
   * this check does not pass notRunning. An alert open on one stays open (not resolved).
   */
  unchecked?: HealthRule[];
}

/**
 * Which rules are judged only on a RUNNING job (its metrics, back pressure, checkpoints): a rule
 * added to HealthRule must say, or the type check fails.
 */
const JUDGED_WHILE_RUNNING: Record<HealthRule, boolean> = {
  notRunning: false,
  duplicate: false,
  maxRestarts: false,
  maxCheckpointAge: true,
  maxBackPressure: true,
  maxBusy: true,
  maxWatermarkLag: true,
  maxConsumerLag: true,
  minRecordsInPerSecond: true,
  maxCheckpointDuration: true,
};
const RUNNING_RULES = (Object.keys(JUDGED_WHILE_RUNNING) as HealthRule[]).filter(
  (r) => JUDGED_WHILE_RUNNING[r],
);

export interface HealthReport {
  project: string;
  env: string;
  /** The instant the rules were evaluated at (ISO-8601). */
  now: string;
  healthy: boolean;
  jobs: JobHealth[];
}

export const HEALTH_CODES = {
  /** Warning: the SQL Gateway does not answer (the jobs' health is read without it). */
  gatewayUnreachable: 'FO663',
} as const;

/** Default window restarts are counted in. */
export const DEFAULT_RESTART_WINDOW = '10min';

/** `10min`, `15 min`, `30s`, `6h`, `1d` (only the schema's duration pattern) in ms. */
export function durationMs(text: string): number | undefined {
  return /^[0-9]+ ?(s|min|m|h|d)$/.test(text.trim()) ? parseDurationMs(text) : undefined;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m}min`;
  const h = Math.floor(m / 60);
  return h < 48 ? `${h}h${m % 60 ? `${m % 60}min` : ''}` : `${Math.floor(h / 24)}d`;
}

const LEVEL_ORDER = { ok: 0, low: 1, high: 2 } as const;

function newest(live: LiveState, job: string): LiveJob | undefined {
  let best: LiveJob | undefined;
  for (const j of live.jobs) if (j.job === job && isCurrentInstance(j, best)) best = j;
  return best;
}

/** The job runs more than once on the cluster (a copy started by hand, a second apply): plan's FO610. */
function duplicateBreach(alive: readonly LiveJob[]): HealthBreach[] {
  if (alive.length < 2) return [];
  return [
    {
      rule: 'duplicate',
      summary: `runs ${alive.length} times on the cluster`,
      detail:
        `Instances: ${alive.map((x) => `${x.jobId} (${x.state})`).join(', ')}. A job running twice writes its sinks twice. ` +
        'Stop all but one (with a savepoint: POST /jobs/<job id>/stop on the JobManager REST API, or cancel it in the Flink UI); until then plans report FO610 and change nothing of the job.',
    },
  ];
}

/** Whether the job's script reads a table that declares a WATERMARK (directly or through a view). */
function readsEventTime(job: DesiredJob): boolean {
  const timed = new Set<string>();
  for (const s of job.statements) if (s.table?.watermark) timed.add(s.table.name.name);
  if (timed.size === 0) return false;
  return job.statements.some((s) => s.reads.some((r) => timed.has(r.name)));
}

/** Flink's latest root cause of the job's failures, as a sentence, when its exceptions were read. */
function failureNote(j: LiveJob): string {
  return j.lastFailure ? `Its latest failure: ${j.lastFailure.replace(/\.$/, '')}. ` : '';
}

function breachesOf(
  job: DesiredJob,
  j: LiveJob | undefined,
  desired: RunState,
  t: number,
  shortage?: string,
): HealthBreach[] {
  const h = job.settings.health ?? {};
  const out: HealthBreach[] = [];
  if (desired !== 'running') return out;
  // RUNNING with its tasks waiting for task slots (the default scheduler) does not run either.
  const state = j && shortage ? waitingState(j) : j?.state;
  if (h.notRunning !== false && state !== 'RUNNING' && !finishedBatch(job, j)) {
    out.push({
      rule: 'notRunning',
      summary: j
        ? `${state} on the cluster while it should be running`
        : 'not on the cluster while it should be running',
      detail: !j
        ? 'Nothing runs under its name. flinkops plan shows the create, resume or recovery apply would do.'
        : isTerminal(j.state)
          ? `Job ${j.jobId} is ${j.state}. ${failureNote(j)}See its exceptions in the Flink UI; flinkops plan shows the recovery apply would do.`
          : shortage
            ? `Job ${j.jobId} is ${state}, waiting for task slots: ${shortage}. Start TaskManagers (or free slots): Flink runs it as soon as it has them, from its latest checkpoint, unless its wait for them runs out first (5 minutes by default), when Flink fails it (NoResourceAvailableException) and deletes its checkpoints unless execution.checkpointing.externalized-checkpoint-retention keeps them. Nothing in the repository needs to change.`
            : // Not ended: Flink's restart strategy still has it, and a plan recovers only a job that ended.
              `Job ${j.jobId} is ${j.state}: Flink's restart strategy is still restarting it, so flinkops plan recovers nothing. ${failureNote(j)}See the root cause in the job's exceptions (Flink UI, Exceptions tab). ` +
              "A cause outside the job (a database, table or broker it uses down or gone) needs nothing applied: once it is fixed there, Flink's next restart resumes the job from its latest checkpoint. " +
              `A password or token changed: the job keeps the value it was started with, and secret values are not part of a plan, so apply with --replace ${job.name} and the new value. ` +
              'A cause in the job: fix it in the repository, and the upgrade restarts it (a job that is not RUNNING takes no savepoint; the plan says how its state is kept).',
    });
  }
  if (!j) return out;
  if (h.maxRestarts !== undefined && j.failureTimes) {
    const window = h.window ?? DEFAULT_RESTART_WINDOW;
    const ms = durationMs(window);
    if (ms !== undefined) {
      const recent = j.failureTimes.filter((f) => f > t - ms && f <= t).length;
      if (recent > h.maxRestarts) {
        out.push({
          rule: 'maxRestarts',
          summary: `restarted ${recent} times in the last ${window} (at most ${h.maxRestarts})`,
          detail:
            `The latest failure was at ${isoMinute(j.failureTimes[0]!)}. ${failureNote(j)}Read the root cause in the job's exceptions ` +
            '(Flink UI, Exceptions tab); a job in a restart loop makes no progress.' +
            (j.failureHistoryTruncated ? ' The exceptions history was truncated: there may be more.' : ''),
        });
      }
    }
  }
  // A batch job takes no checkpoints (Flink: "Checkpointing has not been enabled"): nothing to age.
  if (h.maxCheckpointAge !== undefined && j.state === 'RUNNING' && !j.batch && !isBatchJob(job)) {
    const max = durationMs(h.maxCheckpointAge);
    const since = j.lastCheckpointTime ?? j.startTime;
    if (max !== undefined && t - since > max) {
      out.push({
        rule: 'maxCheckpointAge',
        summary:
          j.lastCheckpointTime !== undefined
            ? `last completed checkpoint is ${formatDuration(t - since)} old (at most ${h.maxCheckpointAge})`
            : `no completed checkpoint in the ${formatDuration(t - since)} since it started (at most ${h.maxCheckpointAge})`,
        detail: checkpointAgeDetail(j),
      });
    }
  }
  const level = typeof h.maxBackPressure === 'string' ? h.maxBackPressure : undefined;
  if (level !== undefined && j.backpressure && !restoring(j)) {
    const above = j.backpressure.filter((b) => LEVEL_ORDER[b.level] > LEVEL_ORDER[level]);
    if (above.length) {
      out.push({
        rule: 'maxBackPressure',
        summary: `back-pressure ${above.map((b) => `${b.level} at ${b.vertex}`).join(', ')} (at most ${level})`,
        detail:
          'A downstream operator or sink cannot keep up. Rescale the job (parallelism), or look at the slowest ' +
          'operator after the back-pressured one in the Flink UI.',
      });
    }
  }
  if (j.state === 'RUNNING' && !restoring(j)) {
    const windowMs = durationMs(h.window ?? DEFAULT_RESTART_WINDOW) ?? 0;
    // Rates start again from zero when Flink restarts the job: the window counts from then.
    out.push(
      ...metricBreaches(
        h,
        j,
        t - (j.runningSince ?? j.startTime),
        windowMs,
        durationMs,
        formatDuration,
        readsEventTime(job),
      ),
    );
  }
  return out;
}

/** Rules on what a job's tasks measure, which say nothing while some of them still restore. */
const LOAD_RULES: HealthRule[] = ['maxBackPressure', ...METRIC_RULES];

/**
 * A RUNNING job some of whose tasks still restore their state (INITIALIZING) or deploy: Flink counts
 * the wait of the tasks after them as busy (real 2.2: a sink busy 100%, idle 0, while its source
 * restored 7.6 MiB of state), so its metrics are not judged yet.
 */
function restoring(j: LiveJob | undefined): boolean {
  return (
    j?.state === 'RUNNING' && j.vertices.some((v) => v.status === 'INITIALIZING' || v.status === 'DEPLOYING')
  );
}

/**
 * Why checkpoints are old, as far as Flink says: its latest checkpoint failed (after the latest
 * completed one) and with what message, else the usual suspects.
 */
function checkpointAgeDetail(j: LiveJob): string {
  const replay = 'a recovery would replay everything since the last completed one.';
  // A restart aborts the checkpoint under way (Flink: "Checkpoint Coordinator is suspending") and
  // the next one waits a whole interval after it: a job in a restart loop completes none.
  const since = j.lastCheckpointTime ?? j.startTime;
  const restarts = (j.failureTimes ?? []).filter((f) => f > since).length;
  if (restarts > 0)
    return (
      `The job failed ${restarts} time${restarts === 1 ? '' : 's'} since, and each restart aborts the checkpoint under way: ` +
      `fix what fails it first. ${failureNote(j)}Until it runs a whole checkpoint interval without failing, ${replay}`
    );
  const f = j.lastFailedCheckpoint;
  if (f && (j.lastCheckpoint === undefined || f.id > j.lastCheckpoint.id))
    return (
      `Checkpoints are failing: Flink's latest, ${f.id}, failed${f.message ? ` (${f.message.replace(/\.$/, '')})` : ''}, ` +
      `${f.failedCount} failed in all. The JobManager log and the checkpoint history in the Flink UI say why ` +
      '(a checkpoint directory not writable, a timeout under back-pressure); ' +
      replay
    );
  return (
    'Checkpoints are failing or not enabled. Check execution.checkpointing.interval in its config and the ' +
    'checkpoint history in the Flink UI; a recovery would replay everything since the last one.'
  );
}

/** A batch job's run that ended FINISHED: its success, and nothing runs to be judged after it. */
function finishedBatch(job: DesiredJob, j: LiveJob | undefined): boolean {
  return j?.state === 'FINISHED' && isBatchJob(job);
}

/** Health of every job the repository declares, at `now`. Pure. */
export function evaluateHealth(desired: DesiredState, live: LiveState, now: string): HealthReport {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`evaluateHealth: "${now}" is not an ISO-8601 time`);
  // Every instance of a job that has not ended, by job: more than one is the `duplicate` breach.
  const alive = new Map<string, LiveJob[]>();
  for (const x of live.jobs) {
    if (isTerminal(x.state)) continue;
    const list = alive.get(x.job);
    if (list) list.push(x);
    else alive.set(x.job, [x]);
  }
  const jobs = [...desired.jobs]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((job): JobHealth => {
      const j = newest(live, job.name);
      const want = desiredRunState(job, now).state;
      const shortage = j ? slotShortage(live, j) : undefined;
      const copies = alive.get(job.name) ?? [];
      const breaches = [...duplicateBreach(copies), ...breachesOf(job, j, want, t, shortage)];
      // A job running twice is judged on each copy: a newer copy (started by hand) that runs well
      // must not hide, or resolve the alerts of, the other one's restart loop or stale checkpoints.
      for (const other of copies.length > 1 ? copies.filter((x) => x !== j) : []) {
        for (const b of breachesOf(job, other, want, t, slotShortage(live, other)))
          if (!breaches.some((x) => x.rule === b.rule))
            breaches.push({ ...b, detail: `Its copy ${other.jobId} (${other.state}): ${b.detail}` });
      }
      const down =
        want === 'running' && (j?.state !== 'RUNNING' || shortage !== undefined) && !finishedBatch(job, j);
      // In a restart loop the job is RUNNING only between two failures: that it runs at this check
      // does not pass notRunning, whose open alert would otherwise resolve and fire again check by check.
      const looping = !down && breaches.some((b) => b.rule === 'maxRestarts');
      // A rule a breach names was judged: not unchecked too (a RUNNING job whose tasks wait for
      // slots is down, and its checkpoints' age is judged all the same).
      const unchecked: HealthRule[] = (
        down
          ? [...RUNNING_RULES]
          : [...(looping ? ['notRunning' as const] : []), ...(restoring(j) ? LOAD_RULES : [])]
      ).filter((rule) => !breaches.some((b) => b.rule === rule));
      return {
        job: job.name,
        healthy: breaches.length === 0,
        desired: want,
        ...(j ? { state: j.state, jobId: j.jobId } : {}),
        breaches,
        ...(unchecked.length ? { unchecked } : {}),
      };
    });
  return {
    project: desired.project,
    env: desired.env,
    now,
    healthy: jobs.every((j) => j.healthy),
    jobs,
  };
}

export interface HealthRun extends PlanRun {
  report?: HealthReport;
}

/**
 * Plan-run (compile, observe, store), then the health data and the report. `now` is required;
 * `metrics` reads every job's metrics (to show them), not only those of jobs with rules on them.
 */
export async function runHealth(
  opts: PlanRunOptions & { now: string; metrics?: boolean },
): Promise<HealthRun> {
  // During a move (moveFrom) the jobs not moved yet are read on the cluster being left.
  const run = await runPlan({ ...opts, keepPrevious: true });
  try {
    return await healthOf(run, opts);
  } finally {
    if (!opts.keepPrevious) await run.previous?.client.close();
  }
}

async function healthOf(
  run: PlanRun,
  opts: PlanRunOptions & { now: string; metrics?: boolean },
): Promise<HealthRun> {
  const { previous, ...rest } = run;
  const done: HealthRun = opts.keepPrevious && previous ? run : rest;
  // A plan means the cluster was read whole; its own errors (a refused change) leave health readable.
  if (!run.desired || !run.live || !run.client || !run.plan) return done;
  opts.onProgress?.({ stage: 'reading-health' });
  const backpressureFor = new Set(
    run.desired.jobs.filter((j) => typeof j.settings.health?.maxBackPressure === 'string').map((j) => j.name),
  );
  const concurrency = opts.concurrency ? { concurrency: opts.concurrency } : {};
  // Metrics are read for every job when shown (status), else only for jobs with rules on them.
  const metricsFor = opts.metrics
    ? undefined
    : new Set(run.desired.jobs.filter((j) => needsMetrics(j.settings.health)).map((j) => j.name));
  const read = async (client: FlinkClient, live: LiveState) => {
    const observed = await observeHealth(client, live, { backpressureFor, ...concurrency });
    const metrics =
      metricsFor && metricsFor.size === 0
        ? { value: observed.value, diags: [] }
        : await observeMetrics(client, observed.value, {
            now: Date.parse(opts.now),
            ...(metricsFor ? { jobs: metricsFor } : {}),
            ...concurrency,
          });
    return { live: metrics.value, diags: [...observed.diags, ...metrics.diags] };
  };
  const part = (left: boolean): LiveState => ({
    ...run.live!,
    jobs: run.live!.jobs.filter((j) => (j.previousCluster === true) === left),
  });
  // The jobs run without the gateway, but nothing can be started (created, resumed, recovered,
  // upgraded) until it answers: said beside the health, which it does not change.
  const gateway = run.endpoints?.sqlGatewayUrl
    ? gatewayProblem(run.client, run.endpoints.sqlGatewayUrl)
    : undefined;
  const here = await read(run.client, previous ? part(false) : run.live);
  const there = previous ? await read(previous.client, part(true)) : undefined;
  const live: LiveState = there ? { ...here.live, jobs: [...here.live.jobs, ...there.live.jobs] } : here.live;
  const down = await gateway;
  const diags: Diagnostic[] = sortDiagnostics([
    ...run.diags,
    ...here.diags,
    ...(there?.diags ?? []),
    ...(down ? [down] : []),
  ]);
  // Flink's messages quoted in breaches (a failing path, a URL) may hold a secret a job was started
  // with: masked here, so neither the output nor an alert channel sees it.
  const secretValues = [
    ...new Set([
      ...run.secretValues,
      ...(run.state ? knownSecretValues(run.desired, run.state.doc, opts.secrets) : []),
    ]),
  ];
  return {
    ...done,
    live,
    diags,
    secretValues,
    report: maskReport(evaluateHealth(run.desired, live, opts.now), secretValues),
  };
}

function maskReport(report: HealthReport, secretValues: readonly string[]): HealthReport {
  if (secretValues.length === 0) return report;
  const mask = (text: string) => maskSecrets(text, secretValues);
  return {
    ...report,
    jobs: report.jobs.map((j) => ({
      ...j,
      breaches: j.breaches.map((b) => ({ ...b, summary: mask(b.summary), detail: mask(b.detail) })),
    })),
  };
}

/** FO663 when the SQL Gateway does not answer, or a proxy answers in its place. */
async function gatewayProblem(client: FlinkClient, url: string): Promise<Diagnostic | undefined> {
  const g = await client.getInfo();
  if (g.ok) return undefined;
  const { answered, why } = notUsable(g.error);
  return warning(
    HEALTH_CODES.gatewayUnreachable,
    `the SQL Gateway at ${shownUrl(url)} ${why}`,
    "The jobs' health does not depend on it, but until it answers no job can be started: apply cannot create, " +
      `resume, recover or upgrade one (FO725). Start the gateway, or check the environment's sqlGatewayUrl${answered ? ', its path and the auth a proxy in front of it asks for' : ''}.`,
  );
}
