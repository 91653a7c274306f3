/**
 * Savepoint management between deployments: periodic savepoints (`savepoints: {every, keep}`
 * in a job's settings), manual ones, and retention. Under the state store's lock, a running
 * managed job whose newest recorded savepoint is older than `every` gets a savepoint through
 * apply's durable helper (`pending` first, the path recorded the moment it completes); then
 * savepoints beyond `keep` are disposed, oldest first — never one a restore depends on.
 * Every port is injected; progress goes to hooks; nothing prints.
 */
import {
  type ApplyEvent,
  type ApplyTiming,
  DEFAULT_TIMING,
  resolvePendingSavepoint,
  type SavepointContext,
  StoreSession,
  triggerSavepoint,
} from '../apply';
import type { DesiredJob, DesiredState } from '../compile';
import type { Clock } from '../core/clock';
import { type Diagnostic, error, hasErrors } from '../core/diagnostics';
import { LABEL_KEYS } from '../core/names';
import { awaitDisposal, type FlinkClient } from '../flink';
import { type LiveJob, type LiveState, observe } from '../observe';
import {
  appendHistory,
  clearPending,
  type LockOwner,
  lockWithTimeout,
  markSavepointDisposed,
  type StateStore,
  StateStoreError,
} from '../state';
import { durationMs } from './health';
import { newestSavepoint, retention } from './savepoints-retention';

export {
  listSavepoints,
  newestSavepoint,
  protectedSavepoints,
  retention,
} from './savepoints-retention';

/** Diagnostic codes of savepoint management (FO72x; failed and timed-out savepoints keep FO703/FO704). */
export const SAVEPOINT_CODES = {
  /** A manual savepoint of a job that is not running, or not in the repository. */
  notRunning: 'FO720',
  /** Disposing of a savepoint failed; it stays recorded as restorable. */
  disposalFailed: 'FO721',
  /** An interrupted apply left an operation pending on the job: it is left alone. */
  pendingOperation: 'FO722',
} as const;

export type SavepointsEvent =
  | { type: 'savepoint-started'; job: string; jobId: string }
  | { type: 'savepoint-completed'; job: string; path: string }
  | { type: 'dispose-started'; job: string; path: string }
  | Extract<ApplyEvent, { type: 'poll-progress' }>;

export interface SavepointsHooks {
  onEvent?: (e: SavepointsEvent) => void;
}

export type JobSavepointsOutcome = 'taken' | 'not-due' | 'not-running' | 'no-policy' | 'skipped' | 'failed';

export interface JobSavepointsReport {
  job: string;
  outcome: JobSavepointsOutcome;
  /** For people: why nothing was taken, or what failed (secrets masked). */
  reason?: string;
  jobId?: string;
  /** The savepoint taken by this run. */
  savepoint?: string;
  /** When the next periodic savepoint is due (ISO-8601). */
  nextDue?: string;
  /** Disposed by this run (oldest first). */
  disposed: string[];
  /** Past `keep` but kept, because a restore depends on them. */
  retained: { path: string; why: string }[];
}

export interface SavepointsReport {
  /** The instant the schedule was evaluated at (ISO-8601). */
  now: string;
  jobs: JobSavepointsReport[];
  diags: Diagnostic[];
}

export interface SavepointsRunOptions {
  desired: DesiredState;
  client: FlinkClient;
  store: StateStore;
  clock: Clock;
  /** ISO-8601 instant `every` is measured at (a scheduled run's time). Default: the clock's now. */
  now?: string;
  owner: LockOwner;
  hooks?: SavepointsHooks;
  /** Only these jobs (default: every job of the repository). */
  jobs?: readonly string[];
  timing?: Partial<ApplyTiming>;
  /** Resolved secret values: masked in messages, refused by the store. */
  secretValues?: readonly string[];
  /** Test seam: the live state instead of observing the cluster. */
  observe?: () => Promise<{ value: LiveState; diags: Diagnostic[] }>;
}

/** Exit status: a failed savepoint or disposal, or a refused run, is a failure. */
export function savepointsFailed(report: SavepointsReport): boolean {
  return report.jobs.some((j) => j.outcome === 'failed') || hasErrors(report.diags);
}

/**
 * A run this much early still takes the savepoint: the time recorded is when the last one
 * completed, so without slack a fixed schedule (an hourly cron, `every: 6h`) would slip by a
 * whole run each time. 10% of `every`, at most 15 minutes.
 */
export function dueSlack(everyMs: number): number {
  return Math.min(everyMs / 10, 15 * 60_000);
}

function runningManaged(live: LiveState, job: string): LiveJob | undefined {
  return live.jobs.find((j) => j.job === job && j.state === 'RUNNING' && j.labels !== undefined);
}

function maskWith(values: readonly string[]): (text: string) => string {
  return (text) => values.reduce((t, v) => (v.length >= 3 ? t.split(v).join('***') : t), text);
}

interface Session {
  ctx: SavepointContext;
  live: LiveState;
  mask: (text: string) => string;
}

/** Takes the lock, observes, and runs `work` with a savepoint context; always releases the lock. */
async function withSession(
  opts: SavepointsRunOptions,
  work: (s: Session) => Promise<{ jobs: JobSavepointsReport[]; diags: Diagnostic[] }>,
): Promise<{ jobs: JobSavepointsReport[]; diags: Diagnostic[] }> {
  const timing: ApplyTiming = { ...DEFAULT_TIMING, ...opts.timing };
  const { desired, client, store, clock } = opts;
  let lock: Awaited<ReturnType<StateStore['lock']>>;
  try {
    lock = await lockWithTimeout(store, opts.owner, timing.lockTtlMs, {
      timeoutMs: timing.lockTimeoutMs,
      clock: opts.clock,
    });
  } catch (e) {
    if (e instanceof StateStoreError) return { jobs: [], diags: e.diagnostics };
    throw e;
  }
  const diags: Diagnostic[] = [];
  let session: StoreSession | undefined;
  try {
    const read = await store.read();
    const observed = opts.observe
      ? await opts.observe()
      : await observe(client, { project: desired.project, env: desired.env, clock });
    diags.push(...observed.diags);
    if (hasErrors(observed.diags)) return { jobs: [], diags };
    const secretValues = new Set(opts.secretValues ?? []);
    session = new StoreSession(
      store,
      read,
      lock,
      clock,
      timing.lockTtlMs,
      () => {},
      () => [...secretValues],
    );
    const ctx: SavepointContext = {
      client,
      clock,
      signal: new AbortController().signal,
      store: session,
      timing,
      desired,
      secretValues,
      emit: (e) => {
        if (e.type === 'poll-progress') opts.hooks?.onEvent?.(e);
      },
    };
    const r = await work({ ctx, live: observed.value, mask: maskWith([...secretValues]) });
    return { jobs: r.jobs, diags: [...diags, ...r.diags] };
  } finally {
    await store.unlock(session?.heldLock ?? lock).catch((e: unknown) => {
      if (!(e instanceof StateStoreError)) throw e;
      diags.push(...e.diagnostics);
    });
  }
}

/** Takes one savepoint of a running job (resolving one an interrupted run left pending first). */
async function take(
  s: Session,
  job: DesiredJob,
  live: LiveJob,
  kind: 'periodic' | 'manual',
  hooks: SavepointsHooks | undefined,
): Promise<{ report: Partial<JobSavepointsReport>; diags: Diagnostic[] }> {
  const { ctx } = s;
  const record = ctx.store.record(job.name);
  const specHash = live.labels?.[LABEL_KEYS.specHash] ?? record?.current?.specHash ?? 'unknown';
  const target = { job: job.name, jobId: live.jobId, specHash, kind };
  const pending = record?.pending;
  if (pending && !(pending.kind === 'savepoint' && pending.jobId === live.jobId)) {
    const reason = `an interrupted ${pending.kind} (since ${pending.startedAt}) is pending; run flinkops apply to finish it first`;
    return {
      report: { outcome: 'skipped', reason },
      diags: [error(SAVEPOINT_CODES.pendingOperation, `job ${job.name}: ${reason}`, 'Run flinkops apply.')],
    };
  }
  if (pending) {
    const o = await resolvePendingSavepoint(ctx, { ...target, mode: 'trigger' }, pending);
    if (o?.ok) return { report: { outcome: 'taken', savepoint: o.path }, diags: [] };
    if (o && !o.ok && o.diag.code !== 'FO703')
      return { report: { outcome: 'failed', reason: o.cause }, diags: [o.diag] };
    await ctx.store.update(`savepoints: ${job.name}: lost trigger dropped`, (d) => clearPending(d, job.name));
  }
  hooks?.onEvent?.({ type: 'savepoint-started', job: job.name, jobId: live.jobId });
  const o = await triggerSavepoint(ctx, target);
  if (!o.ok) return { report: { outcome: 'failed', reason: o.cause }, diags: [o.diag] };
  hooks?.onEvent?.({ type: 'savepoint-completed', job: job.name, path: o.path });
  return { report: { outcome: 'taken', savepoint: o.path }, diags: [] };
}

const GONE = /FileNotFoundException|Cannot find checkpoint or savepoint|does not exist/i;

/** Disposes of what `retention` picks, marking each disposed in the store as soon as Flink confirms. */
async function dispose(
  s: Session,
  job: DesiredJob,
  keep: number,
  hooks: SavepointsHooks | undefined,
): Promise<{ disposed: string[]; retained: JobSavepointsReport['retained']; diags: Diagnostic[] }> {
  const { ctx } = s;
  const record = ctx.store.record(job.name);
  if (!record) return { disposed: [], retained: [], diags: [] };
  const plan = retention(record, keep, job.settings.restoreFrom);
  const disposed: string[] = [];
  const diags: Diagnostic[] = [];
  for (const sp of plan.dispose) {
    hooks?.onEvent?.({ type: 'dispose-started', job: job.name, path: sp.path });
    const t = await ctx.client.disposeSavepoint(sp.path);
    const o = t.ok
      ? await awaitDisposal(ctx.client, t.value.triggerId, {
          clock: ctx.clock,
          timeoutMs: ctx.timing.savepointTimeoutMs,
          initialDelayMs: ctx.timing.pollInitialMs,
          maxDelayMs: ctx.timing.pollMaxMs,
          factor: ctx.timing.pollFactor,
        })
      : undefined;
    const cause = !t.ok
      ? t.error.message
      : o?.state === 'completed'
        ? undefined
        : o?.state === 'failed'
          ? o.cause.kind === 'failed'
            ? o.cause.message
            : o.cause.kind === 'error'
              ? o.cause.error.message
              : 'the JobManager forgot the disposal'
          : `disposal did not finish within ${Math.round(ctx.timing.savepointTimeoutMs / 1000)} s`;
    // Already gone (disposed by an interrupted run, or by hand) counts as disposed.
    if (cause !== undefined && !GONE.test(cause)) {
      diags.push(
        error(
          SAVEPOINT_CODES.disposalFailed,
          `disposing of savepoint ${sp.path} of job ${job.name} failed: ${s.mask(cause)}`,
          'It stays recorded as restorable; the next run tries again. Check that the JobManager can delete files in the savepoint directory.',
        ),
      );
      continue;
    }
    await ctx.store.update(`savepoints: disposed of a savepoint of ${job.name}`, (d) =>
      appendHistory(markSavepointDisposed(d, job.name, sp.path), job.name, {
        time: new Date(ctx.clock.now()).toISOString(),
        action: 'dispose',
        savepoint: sp.path,
        detail: cause === undefined ? `beyond keep: ${keep}` : 'already gone',
      }),
    );
    disposed.push(sp.path);
  }
  return { disposed, retained: plan.retained, diags };
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
  const r = await withSession(opts, async (s) => {
    const reports: JobSavepointsReport[] = [];
    const diags: Diagnostic[] = [];
    for (const job of jobs) {
      const policy = job.settings.savepoints;
      const report: JobSavepointsReport = { job: job.name, outcome: 'no-policy', disposed: [], retained: [] };
      reports.push(report);
      if (!policy?.every && !policy?.keep) continue;
      const every = policy.every ? durationMs(policy.every) : undefined;
      const live = runningManaged(s.live, job.name);
      if (live) report.jobId = live.jobId;
      if (every !== undefined) {
        const newest = newestSavepoint(s.ctx.store.record(job.name));
        const due = newest ? Date.parse(newest.time) + every - dueSlack(every) : t;
        if (!live) {
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
      } else report.reason = 'no periodic savepoints (keep only)';
      if (policy.keep !== undefined && report.outcome !== 'failed') {
        const d = await dispose(s, job, policy.keep, opts.hooks);
        report.disposed = d.disposed;
        report.retained = d.retained;
        diags.push(...d.diags);
      }
    }
    return { jobs: reports, diags };
  });
  return { now, ...r };
}

/** `flinkops savepoint JOB`: one savepoint of a running job now (kind `manual`), retention untouched. */
export async function takeManualSavepoint(
  opts: Omit<SavepointsRunOptions, 'jobs' | 'now'> & { job: string },
): Promise<SavepointsReport> {
  const now = new Date(opts.clock.now()).toISOString();
  const job = opts.desired.jobs.find((j) => j.name === opts.job);
  if (!job) {
    const known = opts.desired.jobs.map((j) => j.name).join(', ') || 'none';
    return {
      now,
      jobs: [],
      diags: [
        error(SAVEPOINT_CODES.notRunning, `no job '${opts.job}' in the repository`, `Known jobs: ${known}.`),
      ],
    };
  }
  const r = await withSession(opts, async (s) => {
    const report: JobSavepointsReport = { job: job.name, outcome: 'not-running', disposed: [], retained: [] };
    const live = runningManaged(s.live, job.name);
    if (!live) {
      report.reason = 'no running managed job on the cluster';
      return {
        jobs: [report],
        diags: [
          error(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} is not running on the cluster`,
            'A savepoint needs a running job. flinkops status shows its state; a suspended job already has its savepoint (flinkops savepoints list).',
          ),
        ],
      };
    }
    report.jobId = live.jobId;
    const took = await take(s, job, live, 'manual', opts.hooks);
    Object.assign(report, took.report);
    return { jobs: [report], diags: took.diags };
  });
  return { now, ...r };
}

/** Sizes the cluster still reports (latest and recent savepoints of the given jobs); best effort. */
export async function savepointSizes(
  client: Pick<FlinkClient, 'getCheckpoints'>,
  jobIds: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const id of new Set(jobIds)) {
    const r = await client.getCheckpoints(id);
    if (!r.ok) continue;
    for (const c of [...(r.value.recentSavepoints ?? []), r.value.latestSavepoint]) {
      if (c?.externalPath && c.stateSize !== undefined) out.set(c.externalPath, c.stateSize);
    }
  }
  return out;
}
