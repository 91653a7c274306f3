/**
 * Savepoint management between deployments: periodic savepoints (`savepoints: {every, keep,
 * maxAge}` in a job's settings), manual ones, and retention. Under the state store's lock, a
 * running managed job whose newest recorded savepoint is older than `every` gets a savepoint
 * through apply's durable helper (`pending` first, the path recorded the moment it completes);
 * then savepoints beyond `keep` or older than `maxAge` are disposed, oldest first — never one a
 * restore depends on.
 * Every port is injected; progress goes to hooks; nothing prints.
 */

import { type DesiredJob, isBatchJob } from '../compile';
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { isLocallyTerminal } from '../core/job-state';
import { didYouMean } from '../core/names';
import type { SavepointSettings } from '../load';
import { lastRestorableSavepoint, type StateDoc } from '../state';
import { durationMs } from './health';
import { dispose } from './savepoints-dispose';
import {
  type JobSavepointsReport,
  SAVEPOINT_CODES,
  type SavepointsReport,
  type SavepointsRunOptions,
} from './savepoints-model';
import { newestSavepoint, pinsOf, retention, retentionLimits } from './savepoints-retention';
import { runningManaged, withSession } from './savepoints-session';
import { take } from './savepoints-take';

export {
  type JobSavepointsOutcome,
  type JobSavepointsReport,
  SAVEPOINT_CODES,
  type SavepointsEvent,
  type SavepointsHooks,
  type SavepointsReport,
  type SavepointsRunOptions,
  savepointsFailed,
} from './savepoints-model';
export {
  listSavepoints,
  newestSavepoint,
  pinsOf,
  protectedSavepoints,
  retention,
  startPoints,
} from './savepoints-retention';
export { savepointSizes } from './savepoints-sizes';

/** Why a batch job gets no savepoint: it is not that it is not running. */
const BATCH_REASON = 'a batch job: Flink takes no savepoints of a batch job';

/**
 * A run this much early still takes the savepoint: the time recorded is when the last one
 * completed, so without slack a fixed schedule (an hourly cron, `every: 6h`) would slip by a
 * whole run each time. 10% of `every`, at most 15 minutes.
 */
export function dueSlack(everyMs: number): number {
  return Math.min(everyMs / 10, 15 * 60_000);
}

/** The job asks `savepoints run` for something: periodic savepoints, retention, or both. */
function hasPolicy(policy: SavepointSettings | undefined): policy is SavepointSettings {
  return policy?.every !== undefined || policy?.keep !== undefined || policy?.maxAge !== undefined;
}

/**
 * The scheduled run: a periodic savepoint of every running managed job that is due, then
 * retention. A rerun at the same `now` finds nothing due and nothing beyond `keep`.
 */
export async function runSavepoints(opts: SavepointsRunOptions): Promise<SavepointsReport> {
  const now = opts.now ?? new Date(opts.clock.now()).toISOString();
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`runSavepoints: "${now}" is not an ISO-8601 time`);
  const only = opts.jobs ? new Set(opts.jobs) : undefined;
  const jobs = [...opts.desired.jobs]
    .filter((j) => !only || only.has(j.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // No job keeps savepoints: nothing to lock, observe or take.
  const withPolicy = jobs.filter((j) => hasPolicy(j.settings.savepoints));
  if (withPolicy.length === 0)
    return {
      now,
      jobs: jobs.map((j) => ({ job: j.name, outcome: 'no-policy', disposed: [], retained: [] })),
      diags: [],
    };
  // Every job's pin, the jobs left out of this run included: another job may start from it.
  const pins = pinsOf(opts.desired.jobs);
  if (opts.lockOnlyWhenDue) {
    const idle = await idleReports(opts, jobs, t, pins);
    if (idle) return { now, jobs: idle, diags: [] };
  }
  const r = await withSession(opts, async (s) => {
    const reports: JobSavepointsReport[] = [];
    const diags: Diagnostic[] = [];
    for (const [i, job] of jobs.entries()) {
      if (opts.stop?.aborted) {
        const left = jobs.slice(i).map((j) => j.name);
        diags.push(
          warning(
            SAVEPOINT_CODES.interrupted,
            `savepoints run stopped before ${left.length === 1 ? 'job' : 'jobs'} ${left.join(', ')}: it was asked to stop`,
            'Every savepoint taken was recorded, and the lock is released. Run flinkops savepoints run again for the rest: jobs not yet due are left alone.',
          ),
        );
        break;
      }
      const policy = job.settings.savepoints;
      const report: JobSavepointsReport = { job: job.name, outcome: 'no-policy', disposed: [], retained: [] };
      reports.push(report);
      if (!hasPolicy(policy)) continue;
      const every = policy.every ? durationMs(policy.every) : undefined;
      const live = runningManaged(s.live, job.name, s.ctx.store.record(job.name));
      if (live) report.jobId = live.jobId;
      if (every !== undefined) {
        const newest = newestSavepoint(s.ctx.store.record(job.name));
        const due = newest ? Date.parse(newest.time) + every - dueSlack(every) : t;
        if (isBatchJob(job)) {
          report.outcome = 'skipped';
          report.reason = BATCH_REASON;
        } else if (!live) {
          report.outcome = 'not-running';
          report.reason = 'no running managed job on the cluster';
        } else if (due > t) {
          report.outcome = 'not-due';
          report.reason = `newest savepoint is from ${newest!.time}`;
          report.nextDue = new Date(due).toISOString();
        } else {
          const took = await take(s, job, live, 'periodic', opts.hooks);
          Object.assign(report, took.report);
          diags.push(...took.diags);
          if (report.outcome === 'taken')
            report.nextDue = new Date(s.ctx.clock.now() + every - dueSlack(every)).toISOString();
        }
      } else {
        report.outcome = 'keep-only';
        report.reason = 'no periodic savepoints: retention only';
      }
      const limits = retentionLimits(policy, t);
      if (limits && report.outcome !== 'failed') {
        const d = await dispose(s, job, limits, opts.hooks, pins);
        report.disposed = d.disposed;
        if (d.failed.length) report.disposalFailed = d.failed;
        report.retained = d.retained;
        diags.push(...d.diags);
      }
    }
    return { jobs: reports, diags };
  });
  return { now, ...r };
}

/**
 * The reports of a run with nothing to do, judged from the store read without its lock: no
 * savepoint due and none beyond `keep`. Undefined when something may be (or the store cannot
 * be read: the locked run says why).
 */
async function idleReports(
  opts: SavepointsRunOptions,
  jobs: readonly DesiredJob[],
  t: number,
  pins: ReadonlyMap<string, string>,
): Promise<JobSavepointsReport[] | undefined> {
  let doc: StateDoc;
  try {
    doc = (await opts.store.read()).doc;
  } catch {
    return undefined;
  }
  const reports: JobSavepointsReport[] = [];
  for (const job of jobs) {
    const policy = job.settings.savepoints;
    const report: JobSavepointsReport = { job: job.name, outcome: 'no-policy', disposed: [], retained: [] };
    reports.push(report);
    if (!hasPolicy(policy)) continue;
    const record = doc.jobs[job.name];
    const limits = retentionLimits(policy, t);
    if (limits && record && retention(record, limits, job.settings.restoreFrom, pins).dispose.length > 0)
      return undefined;
    if (!policy.every) {
      report.outcome = 'keep-only';
      report.reason = 'no periodic savepoints: retention only';
      continue;
    }
    if (isBatchJob(job)) {
      report.outcome = 'skipped';
      report.reason = BATCH_REASON;
      continue;
    }
    const every = durationMs(policy.every);
    if (every === undefined) return undefined;
    const newest = newestSavepoint(record);
    if (!newest) return undefined;
    const due = Date.parse(newest.time) + every - dueSlack(every);
    if (!(due > t)) return undefined;
    report.outcome = 'not-due';
    report.reason = `newest savepoint is from ${newest.time}`;
    report.nextDue = new Date(due).toISOString();
  }
  return reports;
}

/** `flinkops savepoint JOB`: one savepoint of a running job now (kind `manual`), retention untouched. */
export async function takeManualSavepoint(
  opts: Omit<SavepointsRunOptions, 'jobs' | 'now'> & { job: string },
): Promise<SavepointsReport> {
  const now = new Date(opts.clock.now()).toISOString();
  const job = opts.desired.jobs.find((j) => j.name === opts.job);
  if (!job) {
    const names = opts.desired.jobs.map((j) => j.name);
    const hint = didYouMean(opts.job, names);
    return {
      now,
      jobs: [],
      diags: [
        error(
          SAVEPOINT_CODES.notRunning,
          `no job '${opts.job}' in the repository`,
          `${hint ? `Did you mean '${hint}'? ` : ''}Known jobs: ${names.join(', ') || 'none'}.`,
        ),
      ],
    };
  }
  // Whatever its state: a FINISHED batch job is not "not running", it never had a savepoint to take.
  if (isBatchJob(job))
    return {
      now,
      jobs: [{ job: job.name, outcome: 'skipped', reason: BATCH_REASON, disposed: [], retained: [] }],
      diags: [
        error(
          SAVEPOINT_CODES.notRunning,
          `job ${job.name} is a batch job: Flink takes no savepoints of a batch job`,
          `A batch job reads bounded input and ends FINISHED by itself; it keeps no state between runs, and running it again (apply --replace ${job.name}) starts afresh.`,
        ),
      ],
    };
  const r = await withSession(opts, async (s) => {
    const report: JobSavepointsReport = { job: job.name, outcome: 'not-running', disposed: [], retained: [] };
    const live = runningManaged(s.live, job.name, s.ctx.store.record(job.name));
    if (!live) {
      report.reason = 'no running managed job on the cluster';
      const record = s.ctx.store.record(job.name);
      const resumesFrom = record?.status === 'suspended' ? lastRestorableSavepoint(record) : undefined;
      // Under the managed name but not flinkops's (started by hand, not adopted yet): not "not running".
      const unmanaged = s.live.jobs.find((j) => j.job === job.name && j.state === 'RUNNING');
      // A job of its name Flink is restarting, or that waits for slots: its state says why.
      const other = s.live.jobs.find((j) => j.job === job.name && !isLocallyTerminal(j.state));
      return {
        jobs: [report],
        diags: [
          unmanaged
            ? error(
                SAVEPOINT_CODES.notRunning,
                `job ${job.name} runs on the cluster as ${unmanaged.jobId} (${unmanaged.name}), but flinkops does not manage it yet`,
                `It carries no flinkops labels and the state store does not know it (started by hand under the managed name?), so flinkops records no savepoint of it. flinkops apply adopts it without a restart (flinkops plan shows adopt); then flinkops savepoint ${job.name} takes its savepoints. To take one now without flinkops: POST /jobs/${unmanaged.jobId}/savepoints on the JobManager.`,
              )
            : resumesFrom
              ? error(
                  SAVEPOINT_CODES.notRunning,
                  `job ${job.name} is suspended: there is no running job to take a savepoint of`,
                  `It was stopped with a savepoint and resumes from it: ${resumesFrom.path} (${resumesFrom.kind}, ${resumesFrom.time}; flinkops savepoints list ${job.name}).`,
                )
              : error(
                  SAVEPOINT_CODES.notRunning,
                  `job ${job.name} is not running on the cluster${other ? ` (${other.jobId} is ${other.state})` : ''}`,
                  'A savepoint needs a running job. flinkops status shows its state; a suspended job already has its savepoint (flinkops savepoints list).',
                ),
        ],
      };
    }
    report.jobId = live.jobId;
    // Ctrl-C while the lock was taken and the cluster read: no savepoint is started.
    if (opts.stop?.aborted) {
      report.outcome = 'skipped';
      report.reason = 'asked to stop before the savepoint was triggered';
      return {
        jobs: [report],
        diags: [
          warning(
            SAVEPOINT_CODES.stoppedBeforeTrigger,
            `no savepoint of job ${job.name} was taken: it was asked to stop before the savepoint was triggered`,
            `Nothing was changed, and the lock is released. Run flinkops savepoint ${job.name} again to take it.`,
          ),
        ],
      };
    }
    const took = await take(s, job, live, 'manual', opts.hooks);
    Object.assign(report, took.report);
    return { jobs: [report], diags: took.diags };
  });
  return { now, ...r };
}
