/**
 * Savepoints as durable operations — stop-with-savepoint (apply) and a plain trigger that
 * leaves the job running (periodic and manual savepoints): `pending` (with our trigger id)
 * is written before the trigger, the path the moment the savepoint completes. A rerun
 * after a crash polls the same trigger; when the JobManager forgot it (404 after a
 * failover) the outcome is read from the job's checkpoint statistics, and only a job that
 * still runs without a new savepoint is triggered again.
 */
import { type Diagnostic, error } from '../core/diagnostics';
import { isLocallyTerminal } from '../core/job-state';
import { awaitSavepoint } from '../flink/await';
import { newTriggerId } from '../flink/jobmanager';
import { describeTimeout, poll } from '../flink/poll';
import type { JobDetails } from '../flink/types';
import type { PendingOperation, SavepointKind } from '../state/model';
import { appendHistory, clearPending, recordSavepoint, setPending } from '../state/records';
import { StateStoreError } from '../state/store';
import { APPLY_CODES } from './codes';
import { clusterVersion, guard, iso, mask, pollOptions, type RunContext } from './context';

/** Flink's message for a savepoint that ran past the job's checkpoint timeout. */
const EXPIRED = /expired before completing/i;

/** What a savepoint needs of a run: apply's RunContext, or the smaller one `savepoints run` builds. */
export type SavepointContext = Pick<
  RunContext,
  'client' | 'clock' | 'signal' | 'store' | 'timing' | 'desired' | 'secretValues' | 'emit'
>;

/** `stop`: stop-with-savepoint (the job ends FINISHED). `trigger`: a savepoint of a job that keeps running. */
export type SavepointMode = 'stop' | 'trigger';

export type SavepointOutcome =
  /** `failedWhileStopping`: the savepoint completed but the job failed as it stopped, so it may still run. */
  | { ok: true; path: string; triggerId: string; failedWhileStopping?: true }
  | { ok: false; diag: Diagnostic; cause: string };

export interface SavepointTarget {
  job: string;
  jobId: string;
  /** Spec hash of the job being stopped: what the savepoint can restore. */
  specHash: string;
  kind: SavepointKind;
  /** Default `stop`. */
  mode?: SavepointMode;
  /** The job as read just before (`GET /jobs/:id`): whether its tasks still restore is seen there, not asked again. */
  seen?: Pick<JobDetails, 'state' | 'vertices'>;
}

function prefix(t: SavepointTarget): string {
  return t.mode === 'trigger' ? 'savepoints' : 'apply';
}

function targetDirectory(ctx: SavepointContext): { targetDirectory?: string } {
  const dir = ctx.desired.environment.savepointDir;
  return dir ? { targetDirectory: dir } : {};
}

function triggerCall(ctx: SavepointContext, t: SavepointTarget, triggerId: string) {
  const opts = { triggerId, ...targetDirectory(ctx) };
  return t.mode === 'trigger'
    ? ctx.client.triggerSavepoint(t.jobId, opts)
    : ctx.client.stopWithSavepoint(t.jobId, opts);
}

/** Re-triggers allowed after the JobManager forgot a trigger. */
const MAX_RETRIGGERS = 2;

function fail(
  ctx: SavepointContext,
  code: string,
  t: SavepointTarget,
  cause: string,
  detail: string,
  /** The summary's verb: `failed`, or what is known of an outcome that is not. */
  outcome = 'failed',
): SavepointOutcome {
  const c = mask(ctx, cause);
  return {
    ok: false,
    cause: c,
    diag: error(code, `savepoint of job ${t.job} (${t.jobId}) ${outcome}: ${c}`, detail),
  };
}

/**
 * Records the path. A stop goes on to submit (which clears `pending`); a trigger is done here,
 * so its `pending` is cleared and its history written in the same write.
 */
async function record(
  ctx: SavepointContext,
  t: SavepointTarget,
  path: string,
  triggerId: string,
): Promise<void> {
  const time = iso(ctx.clock);
  try {
    await writeCompleted(ctx, t, path, triggerId, time);
  } catch (e) {
    // The savepoint exists but the store cannot say so (disk full, read-only, lock lost): the
    // path must not be lost with this process, and after a stop nothing of the job runs now.
    if (!(e instanceof StateStoreError)) throw e;
    const d = e.diagnostic;
    const now =
      t.mode === 'trigger'
        ? `Job ${t.jobId} keeps running.`
        : `Job ${t.jobId} was stopped by it: nothing of ${t.job} runs now.`;
    throw new StateStoreError(
      {
        ...d,
        summary: `savepoint of job ${t.job} completed at ${path}, but ${d.summary}`,
        detail: `${now} Keep this path: once the store is writable, apply again (it looks for this savepoint while the JobManager still knows job ${t.jobId}), or restore from it with restoreFrom: ${path} in jobs/${t.job}.yaml. ${d.detail}`,
      },
      e.diagnostics.length > 1 ? e.diagnostics : undefined,
    );
  }
}

async function writeCompleted(
  ctx: SavepointContext,
  t: SavepointTarget,
  path: string,
  triggerId: string,
  time: string,
): Promise<void> {
  const version = await clusterVersion(ctx.client);
  await ctx.store.update(t.job, `${prefix(t)}: savepoint of ${t.job} completed`, (d) => {
    const next = recordSavepoint(d, t.job, {
      path,
      time,
      triggerId,
      jobId: t.jobId,
      specHash: t.specHash,
      kind: t.kind,
      ...version,
    });
    if (t.mode !== 'trigger') return next;
    return appendHistory(clearPending(next, t.job), t.job, {
      time,
      action: 'savepoint',
      jobId: t.jobId,
      savepoint: path,
      detail: t.kind,
    });
  });
}

async function writePending(ctx: SavepointContext, t: SavepointTarget, triggerId: string): Promise<number> {
  const startedAt = ctx.clock.now();
  const pending: PendingOperation = {
    kind: t.mode === 'trigger' ? 'savepoint' : 'stop-with-savepoint',
    triggerId,
    jobId: t.jobId,
    startedAt: new Date(startedAt).toISOString(),
  };
  const what = t.mode === 'trigger' ? `take a savepoint of ${t.job}` : `stop ${t.job} with a savepoint`;
  await ctx.store.update(t.job, `${prefix(t)}: ${what}`, (d) => setPending(d, t.job, pending));
  return startedAt;
}

/** Where a lost trigger's savepoint shows up: `latest.savepoint` of the job, newer than the trigger. */
async function lookForOutcome(
  ctx: SavepointContext,
  jobId: string,
  startedAt: number,
): Promise<{ path?: string; state?: string }> {
  const [cp, job] = await Promise.all([ctx.client.getCheckpoints(jobId), ctx.client.getJob(jobId)]);
  const state = job.ok ? job.value.state : undefined;
  const sp = cp.ok ? cp.value.latestSavepoint : undefined;
  const fresh = sp?.externalPath && (sp.timestamp === undefined || sp.timestamp >= startedAt);
  return { ...(fresh ? { path: sp!.externalPath! } : {}), ...(state ? { state } : {}) };
}

/**
 * Polls `triggerId` to its outcome. With `retrigger`, a job that still runs after its
 * trigger was forgotten is stopped again (new trigger id, written to `pending` first).
 */
async function follow(
  ctx: SavepointContext,
  t: SavepointTarget,
  triggerId: string,
  startedAt: number,
  retrigger: boolean,
): Promise<SavepointOutcome> {
  let trigger = triggerId;
  let since = startedAt;
  for (let round = 0; ; round++) {
    const o = await awaitSavepoint(ctx.client, t.jobId, trigger, {
      ...pollOptions(ctx, t.job, `savepoint of job ${t.jobId}`, ctx.timing.savepointTimeoutMs),
      unreachableMs: ctx.timing.unreachableMs,
    });
    guard(ctx.signal);
    if (o.state === 'completed') {
      await record(ctx, t, o.value, trigger);
      return { ok: true, path: o.value, triggerId: trigger };
    }
    if (o.state === 'timeout') {
      // The last check's answer, when it was an error rather than IN_PROGRESS, says more than the budget.
      const last =
        o.lastProgress && o.lastProgress !== 'IN_PROGRESS' ? `; the last check: ${o.lastProgress}` : '';
      return fail(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        `${describeTimeout(o)}${last}`,
        'It may still complete: it is recorded as pending in the state store, and the next apply, flinkops savepoint or savepoints run looks for its outcome before doing anything else (a completed one is recorded then). Check the JobManager log for slow or stuck checkpoints.',
        'is still in progress',
      );
    }
    if (o.state === 'aborted') throw ctx.signal.reason ?? new Error('aborted');
    if (o.cause.kind === 'unreachable') {
      // Not a failed savepoint: its outcome is unknown. `pending` stays, so the next run asks again.
      return fail(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        `the JobManager has not answered for ${Math.round(o.cause.forMs / 1000)} s (${o.cause.error.message}); savepoint ${trigger} of job ${t.jobId} may still complete`,
        `${t.mode === 'trigger' ? '' : `Should the stop complete, nothing of ${t.job} runs until the next apply starts it from that savepoint. `}Check that the JobManager runs and that the environment's jobmanagerUrl reaches it. The savepoint is recorded as pending in the state store: once the JobManager answers, the next apply looks for its outcome before doing anything else, so no savepoint is lost. A JobManager restarted without high availability has lost its jobs: plan then shows them to be recovered.`,
        'is unknown',
      );
    }
    const created = o.cause.kind === 'failed' ? createdSavepoint(o.cause.message, o.cause.causes) : undefined;
    if (created && t.mode !== 'trigger') {
      // StopWithSavepointStoppingException: the savepoint is complete and consistent; only the
      // job's shutdown failed. That savepoint is the newest state: use it, never an older checkpoint.
      await record(ctx, t, created, trigger);
      return { ok: true, path: created, triggerId: trigger, failedWhileStopping: true };
    }
    if (o.cause.kind === 'failed') {
      await ctx.store.update(t.job, `${prefix(t)}: savepoint of ${t.job} failed`, (d) =>
        appendHistory(clearPending(d, t.job), t.job, {
          time: iso(ctx.clock),
          action: 'savepoint-failed',
          jobId: t.jobId,
          detail: mask(ctx, o.cause.kind === 'failed' ? o.cause.message : 'failed'),
        }),
      );
      // The job may have ended while its savepoint was pending (cancelled or stopped by hand or by
      // another apply, failed): Flink then aborts the savepoint, and the job does not keep running.
      const now = await ctx.client.getJob(t.jobId);
      const ended = now.ok && isLocallyTerminal(now.value.state) ? now.value.state : undefined;
      return fail(
        ctx,
        APPLY_CODES.savepointFailed,
        t,
        o.cause.message,
        ended
          ? `Job ${t.jobId} is ${ended} now: it ended while the savepoint was pending (cancelled or stopped by hand or by another apply, or it failed), so no savepoint was recorded and nothing else was changed. Plan again: it shows how the job is started again.`
          : (t.mode === 'trigger'
              ? 'The job keeps running; no savepoint was recorded. '
              : 'The job keeps running its current version; nothing else was changed. ') +
              (EXPIRED.test(o.cause.message)
                ? "The savepoint took longer than the job's execution.checkpointing.timeout (Flink's default: 10 min): raise it in the job's config (above the time a savepoint of its state takes), then run again."
                : `Fix the cause (see the JobManager log) and ${t.mode === 'trigger' ? 'run' : 'apply'} again.`),
      );
    }
    // The JobManager forgot the trigger (failover, expiry), or the job is gone: look for the outcome.
    const found = await lookForOutcome(ctx, t.jobId, since);
    if (found.path) {
      await record(ctx, t, found.path, trigger);
      return { ok: true, path: found.path, triggerId: trigger };
    }
    if (retrigger && found.state === 'RUNNING' && round < MAX_RETRIGGERS) {
      trigger = newTriggerId();
      since = await writePending(ctx, t, trigger);
      guard(ctx.signal);
      await triggerCall(ctx, t, trigger);
      continue;
    }
    return fail(
      ctx,
      APPLY_CODES.savepointFailed,
      t,
      `the JobManager no longer knows trigger ${trigger} and no new savepoint of job ${t.jobId} was found (job ${found.state ?? 'not found'})`,
      'Check the job in the Flink UI. If it still runs, apply again; if it stopped, its last checkpoint may be restored with restoreFrom.',
    );
  }
}

/**
 * The savepoint a stop-with-savepoint created before the job failed while stopping: Flink says
 * "A savepoint has been created at: <path>, but the corresponding job <id> failed during stopping"
 * (StopWithSavepointStoppingException), in the failure cause or one of its causes.
 */
export function createdSavepoint(message: string, causes: readonly string[] = []): string | undefined {
  for (const text of [message, ...causes]) {
    const m = /A savepoint has been created at: (\S+?), but the corresponding job/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** Task states of a RUNNING job on its way to run: deployed, restoring its state. */
const RESTORING = new Set(['DEPLOYING', 'INITIALIZING']);

/**
 * A job just started from a savepoint is RUNNING while its tasks restore their state (tens of
 * seconds for a few hundred MB), and Flink refuses a savepoint until they run ("Not all required
 * tasks are currently running"). Waits for them, at most the start budget; whatever the outcome,
 * the trigger then says what Flink thinks.
 */
async function awaitRestoredTasks(ctx: SavepointContext, t: SavepointTarget): Promise<void> {
  const restoringIn = (j: Pick<JobDetails, 'state' | 'vertices'>) =>
    j.state === 'RUNNING'
      ? j.vertices.find((v) => v.status !== undefined && RESTORING.has(v.status))
      : undefined;
  const restoring = async () => {
    const r = await ctx.client.getJob(t.jobId);
    return r.ok ? restoringIn(r.value) : undefined;
  };
  if (!(t.seen ? restoringIn(t.seen) : await restoring())) return;
  await poll<true, never>(
    async () => {
      const v = await restoring();
      return v
        ? { state: 'pending', progress: `${v.name}: ${v.status}` }
        : { state: 'completed', value: true };
    },
    {
      ...pollOptions(
        ctx,
        t.job,
        `the tasks of job ${t.jobId} to restore their state`,
        ctx.timing.startTimeoutMs,
      ),
      what: `the restore of job ${t.jobId}'s tasks`,
    },
  );
  guard(ctx.signal);
}

/**
 * Stops `t.jobId` with a savepoint (or, with `mode: 'trigger'`, takes one while it keeps
 * running); the path is in the store when this returns ok.
 */
export async function stopWithSavepoint(
  ctx: SavepointContext,
  t: SavepointTarget,
): Promise<SavepointOutcome> {
  await awaitRestoredTasks(ctx, t);
  const triggerId = newTriggerId();
  const startedAt = await writePending(ctx, t, triggerId);
  guard(ctx.signal);
  const r = await triggerCall(ctx, t, triggerId);
  guard(ctx.signal);
  if (!r.ok && r.error.kind === 'http' && (r.error.status ?? 500) < 500) {
    const what = t.mode === 'trigger' ? 'savepoint' : 'stop';
    await ctx.store.update(t.job, `${prefix(t)}: ${what} of ${t.job} refused`, (d) => clearPending(d, t.job));
    return fail(
      ctx,
      APPLY_CODES.savepointFailed,
      t,
      r.error.message,
      `The JobManager refused the ${what}; the job keeps running. Check the savepoint directory (savepointDir in flinkops.yaml or state.savepoints.dir on the cluster).`,
    );
  }
  // Any other error may hide a registered trigger: polling it tells.
  return follow(ctx, t, triggerId, startedAt, true);
}

/** A savepoint of a job that keeps running (periodic, manual): `stopWithSavepoint` in trigger mode. */
export function triggerSavepoint(
  ctx: SavepointContext,
  t: Omit<SavepointTarget, 'mode'>,
): Promise<SavepointOutcome> {
  return stopWithSavepoint(ctx, { ...t, mode: 'trigger' });
}

/** The outcome of a savepoint an interrupted apply left in `pending`; undefined when there was none. */
export async function resolvePendingSavepoint(
  ctx: SavepointContext,
  t: SavepointTarget,
  pending: PendingOperation,
): Promise<SavepointOutcome | undefined> {
  if (pending.kind !== 'savepoint' && pending.kind !== 'stop-with-savepoint') return undefined;
  const startedAt = Date.parse(pending.startedAt);
  const o = await follow(ctx, t, pending.triggerId, Number.isNaN(startedAt) ? 0 : startedAt, false);
  return o;
}
