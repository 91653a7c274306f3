import { hasErrors } from '../../core/diagnostics';
import { formatAge } from '../../core/duration';
import { isTerminal } from '../../core/job-state';
import { fetchPostJson, runAlerts } from '../../engine/alerts-run';
import { type HealthReport, type HealthRun, runHealth } from '../../engine/health';
import {
  awaitsScheduling,
  isCurrentInstance,
  type JobMetrics,
  type LiveJob,
  type LiveState,
} from '../../observe';
import {
  effectiveParallelism,
  holdsRollback,
  type JobChange,
  ownRestorableSavepoint,
  runningBelow,
  startedWithoutState,
} from '../../plan';
import { type MetricsRow, makeStyle, renderOpenMetrics, type Style } from '../../render';
import { type JobRecord, type StateDoc, sameSavepointPath } from '../../state';
import { boolOpt, durationOpt, parseCommandArgs, stringOpt, UsageError } from '../args';
import { clusterHelp, clusterOptions, clusterRun, progressPrinter } from '../cluster-options';
import type { Command } from '../command';
import { maskDiagnostic, projectDir, reportDiagnostics } from '../context';
import { EXIT, type Io } from '../io';
import { planInstant } from './plan';
import { commandEnv } from './project-envs';
import { formatMetricsTable } from './status-metrics';
import { namesakeLines, otherProjectNamesakes } from './status-namesakes';

export const statusOptions = {
  ...clusterOptions,
  check: { type: 'boolean' },
  now: { type: 'string' },
  format: { type: 'string' },
  watch: { type: 'boolean' },
  alert: { type: 'boolean' },
  interval: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** The breaches of a health report, one block per unhealthy job. */
export function formatHealth(report: HealthReport, s: Style): string {
  const bad = report.jobs.filter((j) => !j.healthy);
  if (bad.length === 0) return `${s.green('healthy')}: every job passes its health rules (${report.now})\n`;
  const lines = [
    s.red(
      `unhealthy: ${bad.length} of ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} breach their health rules (${report.now})`,
    ),
  ];
  for (const j of bad) {
    lines.push('', s.bold(`${j.job}${j.jobId ? ` (${j.jobId})` : ''}`));
    for (const b of j.breaches)
      lines.push(`  ${s.red('✗')} ${b.rule}: ${b.summary}`, `    ${s.dim(b.detail)}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface JobStatusRow {
  job: string;
  state: string;
  jobId?: string;
  parallelism?: number;
  /**
   * Set when the job runs below `parallelism`: the adaptive scheduler started it with the task
   * slots it found free, and scales it up when more free up.
   */
  runningParallelism?: number;
  uptimeMs?: number;
  /**
   * RUNNING by Flink's job status while tasks of it wait to be scheduled (the default scheduler
   * short of task slots: real Flink 1.20.3 shows the job RUNNING, its vertices' tasks SCHEDULED).
   */
  tasksWaiting?: true;
  /** When the newest job ended (FINISHED, FAILED, CANCELED), ISO-8601: a batch job's last run. */
  endedAt?: string;
  lastSavepoint?: string;
  lastSavepointAgeMs?: number;
  planned: string;
  /** Throughput, back-pressure, busy ratio, lags (running jobs whose metrics could be read). */
  metrics?: JobMetrics;
  lastCheckpoint?: { durationMs?: number; stateSize?: number; checkpointedSize?: number };
}

export const statusCommand: Command = {
  help: [
    'Usage: flinkops status [--env NAME] [--dir DIR] [--json | --format openmetrics] [--check] [--watch]',
    '',
    'What runs on the cluster for this project and environment, joined with the state store, and',
    "each running job's metrics: records in/out per second, the most back-pressured and the busiest",
    'vertex, the last checkpoint (duration, size), watermark lag and Kafka consumer lag. A job that',
    'ended on the cluster says when (FINISHED 3h ago: a batch job’s last run; --json: endedAt).',
    '  --format FORMAT        table (the default), json (as --json) or openmetrics: the metrics in',
    '                         the OpenMetrics (Prometheus) text format, labelled project, env and job',
    '  --watch                print again every --interval (default 10s) until interrupted',
    "  --alert                with --check: send each new breach and each recovery to the environment's",
    '                         alerts channels (Slack, DingTalk, Feishu/Lark, WeCom, webhook), once',
    '  --check                check the health rules (health: in job settings, defaults.health);',
    '                         exit 1 when a job breaches one, and say why; 3 when the health',
    '                         cannot be read (cluster unreachable, repository or store unreadable)',
    '  --now ISO-8601         evaluate ages, restart windows and schedules at that instant',
    '  --timeout D            give up on the cluster after D (e.g. 10s), retries included: a check',
    '                         run every minute ends before the next one (exit 3 with --check).',
    '                         Default: each call waits up to 30 s and is asked again once',
    ...clusterHelp,
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, statusOptions);
    const format = stringOpt(args, 'format');
    if (format !== undefined && format !== 'openmetrics' && format !== 'table' && format !== 'json') {
      io.stderr(`flinkops status: --format is table, json or openmetrics, not '${format}'\n`);
      return EXIT.error;
    }
    // Taken and ignored, these read as done: no alert sent, or one of the two outputs not printed.
    if (boolOpt(args, 'alert') && !boolOpt(args, 'check'))
      throw new UsageError('--alert sends what --check finds: give --check as well');
    if (boolOpt(args, 'json') && (format === 'openmetrics' || format === 'table'))
      throw new UsageError(`--json and --format ${format} are two outputs: give one`);
    const interval = durationOpt(args, 'interval') ?? 10_000;
    if (!boolOpt(args, 'watch')) return statusOnce(args, io, format);
    // --watch: a fresh reading every interval until Ctrl-C, which ends a read-only command at once (130).
    for (;;) {
      if (io.isTTY && format !== 'openmetrics') io.stdout('\u001b[H\u001b[2J');
      await statusOnce(args, io, format);
      await new Promise<void>((resolve) => setTimeout(resolve, interval));
    }
  },
};

async function statusOnce(args: ReturnType<typeof parseCommandArgs>, io: Io, format: string | undefined) {
  const dir = projectDir(args, io);
  const json = boolOpt(args, 'json') || format === 'json';
  const openMetrics = format === 'openmetrics';
  const check = boolOpt(args, 'check');
  const env = commandEnv(args, io, dir, json || openMetrics);
  if (env === undefined) return EXIT.error;
  const instant = planInstant(stringOpt(args, 'now'));
  const timeout = durationOpt(args, 'timeout');
  if (timeout === 0)
    throw new UsageError(
      "--timeout must be longer than 0 (e.g. 10s); leave it out to wait as long as each call's own 30 s",
    );
  const options = {
    ...clusterRun(args, io, dir, env),
    ...(timeout ? { timeLimit: { ms: timeout, what: `--timeout ${stringOpt(args, 'timeout')}` } } : {}),
    offline: false,
    allowDelete: false,
    now: instant,
    metrics: true,
    // A job that moves to another Flink version is judged by both clusters' planners, as plan does:
    // without them its verdict is unknown and the move is shown refused (FO641).
    stateVerdicts: 'version-upgrades' as const,
    onProgress: progressPrinter(io, json || openMetrics || !io.isTTY),
  };
  const run: HealthRun = await runHealth(options);
  const report = check ? run.report : undefined;
  await run.client?.close();
  // A plan that exists had the repository, the store and the cluster read whole: its errors (a
  // change refused while Flink restarts a job) are said below the jobs, not instead of them.
  if (!run.plan || !run.live || !run.state) {
    const diags = run.diags.map((d) => maskDiagnostic(d, run.secretValues));
    // --json promises JSON on stdout: a cluster that cannot be reached is JSON too, as with plan.
    if (json) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}\n`);
    else reportDiagnostics(io, dir, diags);
    // A textfile collector gets a file that says the read failed, not an empty one.
    if (openMetrics) io.stdout(renderOpenMetrics(run.desired?.project ?? '', env, [], false));
    // No health was read: not a breach, and not healthy either.
    return check ? EXIT.unchecked : EXIT.error;
  }
  const rows = statusRows(run.plan.changes, run.live, run.state.doc, Date.parse(instant));
  const others = otherProjectNamesakes(
    rows.map((r) => r.job),
    run.live,
  );
  // With --check the exit code is the health's: the plan's own errors (a policy a pending change
  // breaks, a change refused) are said below, but every job may pass its rules.
  const verdict = check
    ? report === undefined
      ? EXIT.unchecked
      : report.healthy
        ? EXIT.ok
        : EXIT.error
    : hasErrors(run.diags)
      ? EXIT.error
      : EXIT.ok;
  if (report && boolOpt(args, 'alert') && run.desired && run.store) {
    const alerts = await runAlerts({
      env: run.desired.environment,
      report,
      secrets: options.secrets,
      post: fetchPostJson,
      store: run.store,
      state: run.state,
      nowMs: Date.now(),
    });
    run.diags.push(...alerts.diags);
    for (const a of alerts.sent)
      io.stderr(
        `alert: ${a.message.status} ${a.message.job} ${a.message.rule}: sent to ${a.delivered} of ${a.channels} channel${a.channels === 1 ? '' : 's'}\n`,
      );
  }
  const metricRows: MetricsRow[] = rows.map((r) => {
    const h = report?.jobs.find((j) => j.job === r.job);
    return {
      job: r.job,
      state: r.state,
      ...(r.metrics ? { metrics: r.metrics } : {}),
      ...(r.lastCheckpoint ? { lastCheckpoint: r.lastCheckpoint } : {}),
      ...(h ? { healthy: h.healthy, breaches: h.breaches.map((b) => b.rule) } : {}),
    };
  });
  if (openMetrics) {
    io.stdout(renderOpenMetrics(run.plan.project, env, metricRows));
    return verdict;
  }
  if (json) {
    // Warnings too: --json prints nothing else, and a check must say what it could not judge
    // (FO655, FO656) or which alert did not go out (FO661).
    const errors = run.diags.length
      ? { diagnostics: run.diags.map((d) => maskDiagnostic(d, run.secretValues)) }
      : {};
    const out = {
      project: run.plan.project,
      env,
      jobs: rows,
      ...(others.length ? { otherProjects: others } : {}),
      ...(report ? { health: report } : {}),
      ...errors,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return verdict;
  }
  const s = makeStyle(io.color);
  const header = ['JOB', 'STATE', 'UPTIME', 'PARALLELISM', 'LAST SAVEPOINT', 'AGE', 'PLANNED'];
  const nowMs = Date.parse(instant);
  const table = rows.map((r) => [
    r.job,
    // An ended job says when (a batch job's last run): FINISHED 3h ago.
    r.endedAt !== undefined
      ? `${r.state} ${formatAge(nowMs - Date.parse(r.endedAt))} ago`
      : r.tasksWaiting
        ? `${r.state} (tasks wait for slots)`
        : r.state,
    formatAge(r.uptimeMs),
    r.parallelism === undefined
      ? '-'
      : r.runningParallelism === undefined
        ? String(r.parallelism)
        : `${r.runningParallelism} of ${r.parallelism}`,
    r.lastSavepoint ?? '-',
    formatAge(r.lastSavepointAgeMs),
    r.planned,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  io.stdout(`${s.bold(line(header))}\n`);
  for (const row of table) {
    const text = line(row);
    io.stdout(`${row[1] === 'RUNNING' ? text : row[1] === 'FAILED' ? s.red(text) : s.dim(text)}\n`);
  }
  if (!rows.length) io.stdout('No jobs in the repository, the store or on the cluster.\n');
  if (others.length) io.stdout(s.dim(namesakeLines(others)));
  const metricsTable = formatMetricsTable(metricRows, s);
  if (metricsTable) io.stdout(`\n${metricsTable}`);
  if (report) io.stdout(`\n${formatHealth(report, s)}`);
  reportDiagnostics(
    io,
    dir,
    run.diags.map((d) => maskDiagnostic(d, run.secretValues)),
  );
  return verdict;
}

/** The newest instance of a job on the cluster: the one whose metrics are read. */
/**
 * One row per planned job: what runs, joined with the state store. The parallelism is the one the
 * job runs at, as plan sees it: after an in-place rescale the configured one is stale.
 */
/**
 * The state of a job the cluster has no job of: what the store recorded, except that a job it
 * records as running is not (a session cluster restarted without HA forgets its jobs: the plan
 * recovers it), and one never started (an older flinkops recorded a failed create as running) is
 * not deployed.
 */
function unobservedState(record: JobRecord | undefined): string {
  if (!record || (record.status === 'running' && !record.current)) return 'NOT DEPLOYED';
  return record.status === 'running' ? 'VANISHED' : record.status.toUpperCase();
}

/**
 * The savepoint the store's current version was started from (a pinned `restoreFrom`, or the one
 * an upgrade took), unless disposed: as of when it was taken where the store records it, else as of
 * the version's start (a savepoint taken by hand). A checkpoint is not shown as a savepoint.
 */
function startedFromSavepoint(
  record: JobRecord | undefined,
): { path: string; time: number; deployedAt: number } | undefined {
  const current = record?.current;
  const path = current?.restoredFrom;
  const deployedAt = Date.parse(current?.deployedAt ?? '');
  if (!path || /\/chk-\d+\/?$/.test(path) || Number.isNaN(deployedAt)) return undefined;
  const known = record?.savepoints.find((s) => sameSavepointPath(s.path, path));
  if (known?.disposed) return undefined;
  const taken = known ? Date.parse(known.time) : Number.NaN;
  return { path, time: Number.isNaN(taken) ? deployedAt : taken, deployedAt };
}

export function statusRows(
  changes: readonly JobChange[],
  observed: LiveState,
  state: StateDoc,
  now: number,
): JobStatusRow[] {
  return changes.map((c) => {
    // A rename not yet applied: the job runs, and is recorded, under its old name.
    const as =
      c.renamedFrom && !newestLive(observed, c.job) && (state.jobs[c.job]?.status ?? 'deleted') === 'deleted'
        ? c.renamedFrom.job
        : c.job;
    const live = newestLive(observed, as);
    const instances = observed.jobs.filter((j) => j.job === as && !isTerminal(j.state)).length;
    const record = state.jobs[as];
    // After a start without state (a stateless upgrade), an earlier version's savepoints are not this one's;
    // nor, on a 1.x cluster, the ones a 2.x release wrote (before a move back): it cannot restore them.
    const pin = startedFromSavepoint(record);
    // A version started from a savepoint owns that state: store savepoints from before its start
    // (an earlier version's, older than a pinned restoreFrom) are not its last savepoint.
    const stored = ownRestorableSavepoint(record, observed.observed ? observed.flinkVersion : undefined);
    const sp = stored && (!pin || Date.parse(stored.time) >= pin.deployedAt) ? stored : undefined;
    const since = startedWithoutState(record) ?? Number.NEGATIVE_INFINITY;
    const liveSp =
      live?.latestSavepoint && live.latestSavepoint.time >= since ? live.latestSavepoint : undefined;
    const newest = [
      ...(liveSp ? [{ path: liveSp.path, time: liveSp.time }] : []),
      ...(sp ? [{ path: sp.path, time: Date.parse(sp.time) }] : []),
      ...(pin ? [{ path: pin.path, time: pin.time }] : []),
    ].reduce<{ path: string; time: number } | undefined>(
      (a, b) => (a && a.time >= b.time ? a : b),
      undefined,
    );
    const cp = live?.lastCheckpoint;
    // A job that ended on the cluster as flinkops meant it to (suspended, deleted) shows as such; one
    // that ended otherwise shows Flink's own state (a failed apply's job that flinkops cancelled is
    // CANCELED, as the Flink UI says).
    const ended = live !== undefined && isTerminal(live.state);
    const meant =
      ended && record !== undefined && (record.status === 'suspended' || record.status === 'deleted');
    return {
      job: c.job,
      state: meant ? record.status.toUpperCase() : (live?.state ?? unobservedState(record)),
      ...(live
        ? {
            jobId: live.jobId,
            ...parallelismOf(live, record, c.to?.parallelism),
            // Flink's `uptime`: since the job last switched to RUNNING (a restart starts it again);
            // a job not running (waiting for slots, restarting, ended) has none.
            // `now` is taken before the cluster is read: a job restarted since has run 0 ms, not less.
            ...(live.state === 'RUNNING'
              ? { uptimeMs: Math.max(0, now - (live.runningSince ?? live.startTime)) }
              : {}),
            ...(live.state === 'RUNNING' && awaitsScheduling(live) ? { tasksWaiting: true as const } : {}),
            ...(ended && !meant && live.endTime !== undefined
              ? { endedAt: new Date(live.endTime).toISOString() }
              : {}),
          }
        : {}),
      ...(newest ? { lastSavepoint: newest.path, lastSavepointAgeMs: now - newest.time } : {}),
      planned: c.refused
        ? `${c.action} (refused)`
        : holdsRollback(c)
          ? 'none (rolled-back change held)'
          : instances > 1
            ? `none (runs ${instances} times: stop all but one)`
            : c.renamedFrom
              ? `${c.action} (renamed from ${c.renamedFrom.job})`
              : c.action,
      ...(live?.metrics ? { metrics: live.metrics } : {}),
      ...(cp && live?.state === 'RUNNING'
        ? {
            lastCheckpoint: {
              ...(cp.durationMs !== undefined ? { durationMs: cp.durationMs } : {}),
              ...(cp.stateSize !== undefined ? { stateSize: cp.stateSize } : {}),
              ...(cp.checkpointedSize !== undefined ? { checkpointedSize: cp.checkpointedSize } : {}),
            },
          }
        : {}),
    };
  });
}

/**
 * The parallelism a job is meant to run at, and, when the adaptive scheduler runs it below that for
 * want of free task slots (real Flink: vertices at 1 under upper bounds of 2), the one it runs at.
 */
function parallelismOf(
  live: LiveJob,
  record: Parameters<typeof effectiveParallelism>[1],
  desired: number | undefined,
): Pick<JobStatusRow, 'parallelism' | 'runningParallelism'> {
  const parallelism = effectiveParallelism(live, record, desired);
  const running = live.state === 'RUNNING' ? runningBelow(live.vertices, parallelism) : undefined;
  return running === undefined ? { parallelism } : { parallelism, runningParallelism: running };
}

/**
 * The cluster job a status row shows: the newest that still runs, else the newest that ended. A copy
 * started by hand under the job's name and cancelled since is newer than the job it ran beside,
 * which still runs and is the one the row is about.
 */
function newestLive(live: LiveState, job: string): LiveJob | undefined {
  let best: LiveJob | undefined;
  for (const j of live.jobs) if (j.job === job && isCurrentInstance(j, best)) best = j;
  return best;
}
