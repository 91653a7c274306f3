/**
 * What the plan says before apply finds it: a change that restores a cancelled job's latest
 * checkpoint (a last-state upgrade; an upgrade or restart rescale of a job that takes no savepoint
 * while it restarts) needs Flink to keep that checkpoint through the cancel. The cluster says
 * whether it will (`/jobs/:id/checkpoints/config`); when it will not, the change is refused here,
 * as apply would refuse it, and a suspend or delete says that the state goes with the job.
 * Asked only for the few changes that depend on it.
 */

import { RETAIN_ON_CANCEL, startedFrom } from '../apply';
import { type Diagnostic, error, warning } from '../core/diagnostics';
import type { FlinkClient } from '../flink';
import { awaitsScheduling, type LiveState, slotShortage, waitingState } from '../observe';
import { type JobChange, type Plan, stopsByCancel, summarize } from '../plan';
import { PLAN_CODES } from '../plan/codes';
import type { StateDoc } from '../state';

/** What keeps them: the same words apply uses when it refuses. */
const KEEP = `${RETAIN_ON_CANCEL}, from the job's next start`;

/** The change restores the live job's latest checkpoint after cancelling it. */
function restoresCancelledCheckpoint(c: JobChange): boolean {
  if (c.refused || !c.liveJobId) return false;
  if (c.action === 'upgrade' && c.strategy === 'last-state') return true;
  return (
    stopsByCancel(c) && (c.action === 'upgrade' || c.action === 'rescale') && c.restoreFrom === undefined
  );
}

function asked(plan: Plan): JobChange[] {
  return plan.changes.filter(
    (c) =>
      restoresCancelledCheckpoint(c) ||
      (stopsByCancel(c) && (c.action === 'suspend' || c.action === 'delete')),
  );
}

/**
 * Whether what each asked-about live job restores from outlives the cancel that stops it (by job
 * id): its checkpoints, when Flink retains them on cancellation; or, for a stop by cancel, the
 * savepoint it started from when it completed no checkpoint since (no cancel deletes that). A job
 * the cluster says nothing about is left out.
 */
export async function readRetention(client: FlinkClient, plan: Plan): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  const get = client.getCheckpointConfig?.bind(client);
  if (!get) return out;
  await Promise.all(
    asked(plan).map(async (c) => {
      const r = await get(c.liveJobId!);
      if (!r.ok || !r.value.retention) return;
      const kept = r.value.retention === 'on-cancellation';
      // Only a stop by cancel falls back on that savepoint; a last-state upgrade wants a checkpoint.
      if (kept || !stopsByCancel(c)) {
        out.set(c.liveJobId!, kept);
        return;
      }
      const cp = await client.getCheckpoints(c.liveJobId!);
      out.set(c.liveJobId!, cp.ok && startedFrom(cp.value) !== undefined);
    }),
  );
  return out;
}

/**
 * Refuses (in place) the changes of `plan` that would restore a checkpoint the cancel deletes, and
 * says so; warns of the suspends and deletes whose state goes with the job.
 */
export function refuseByRetention(
  plan: Plan,
  survives: ReadonlyMap<string, boolean>,
  live?: LiveState,
  doc?: StateDoc,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const c of asked(plan)) {
    if (survives.get(c.liveJobId!) !== false) continue;
    // Not failing: waiting for task slots. Changing the job (or dropping its state) fixes nothing.
    const liveJob = live?.jobs.find((j) => j.jobId === c.liveJobId);
    const shortage = live && liveJob ? slotShortage(live, liveJob) : undefined;
    const waits = shortage ? `, waiting for task slots (${shortage})` : '';
    const bringBack = `It is not failing: Flink runs it as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it is RUNNING: it then stops with a savepoint and keeps its state.`;
    if (!restoresCancelledCheckpoint(c)) {
      diags.push(
        warning(
          PLAN_CODES.checkpointsNotRetained,
          `job ${c.job} is ${c.liveState}${waits}: the cancel that stops it deletes its checkpoints, and its state goes with it`,
          shortage
            ? `${bringBack} Flink keeps a cancelled job's checkpoints only with ${KEEP}.`
            : `Flink keeps a cancelled job's checkpoints only with ${KEEP}. To keep the state, fix what makes it fail and plan again once it is RUNNING (it then stops with a savepoint).`,
        ),
      );
      continue;
    }
    const lastState = c.action === 'upgrade' && c.strategy === 'last-state';
    const summary = lastState
      ? `job ${c.job} cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled`
      : `job ${c.job} is ${c.liveState}${waits}: no savepoint possible, and cancelling it would delete its checkpoints`;
    const detail = lastState
      ? `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}: to switch to last-state, apply the retention with upgradeMode: savepoint first (that upgrade starts the job with it), then set upgradeMode: last-state. Or restoreFrom: <a savepoint of it>.`
      : shortage
        ? `Apply would refuse it before changing anything. ${bringBack} (upgradeMode: stateless would start it without its state: not what a missing TaskManager calls for.)`
        : `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}. Or set upgradeMode: stateless (starts without state), or restoreFrom: <a savepoint of it>.`;
    c.refused = { code: PLAN_CODES.checkpointsNotRetained, summary, detail };
    plan.summary = summarize(plan.changes);
    diags.push(
      shortage
        ? waitRefusal(plan, PLAN_CODES.checkpointsNotRetained, summary, detail)
        : error(PLAN_CODES.checkpointsNotRetained, summary, detail),
    );
    // The stop by cancel (FO625) it would have taken is no longer planned.
    plan.diagnostics = plan.diagnostics.filter(
      (d) => !(d.code === PLAN_CODES.stopByCancel && d.summary.startsWith(`job ${c.job} is `)),
    );
  }
  diags.push(...refuseWhileWaiting(plan, live, doc));
  return diags;
}

/**
 * Refuses (in place) the changes that need the latest checkpoint of a job the adaptive scheduler
 * has waiting for task slots (CREATED): Flink answers its checkpoint statistics from a graph it
 * has not built, empty, so apply would find no checkpoint to carry the state over (FO710) while
 * the job has one. Once slots come back the job runs, and the change goes ahead.
 */
function refuseWhileWaiting(plan: Plan, live?: LiveState, doc?: StateDoc): Diagnostic[] {
  if (!live?.observed) return [];
  const diags: Diagnostic[] = [];
  for (const c of plan.changes) {
    if (c.action === 'none') {
      const note = idleForSlots(c, live, doc?.jobs[c.job]?.lastStable?.jobId);
      if (note) diags.push(note);
      continue;
    }
    const unscheduled = unscheduledRestart(plan, c, live);
    if (unscheduled) {
      diags.push(unscheduled);
      continue;
    }
    if (!live.adaptiveScheduler || !restoresCancelledCheckpoint(c) || c.liveState !== 'CREATED') continue;
    const liveJob = live.jobs.find((j) => j.jobId === c.liveJobId);
    const shortage = liveJob ? slotShortage(live, liveJob) : undefined;
    const what =
      c.action === 'upgrade' && c.strategy === 'last-state' ? 'a last-state upgrade' : `its ${c.action}`;
    const summary = `job ${c.job} is CREATED, waiting for task slots${shortage ? ` (${shortage})` : ''}: ${what} needs its latest checkpoint, which Flink does not show while the job waits`;
    const detail =
      'Apply would refuse it before changing anything. The job is not failing: Flink runs it, with its state, as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it is RUNNING.';
    c.refused = { code: PLAN_CODES.waitingForSlots, summary, detail };
    diags.push(waitRefusal(plan, PLAN_CODES.waitingForSlots, summary, detail));
    plan.diagnostics = plan.diagnostics.filter(
      (d) => !(d.code === PLAN_CODES.stopByCancel && d.summary.startsWith(`job ${c.job} is `)),
    );
  }
  if (diags.length > 0) plan.summary = summarize(plan.changes);
  return diags;
}

/**
 * An upgrade or rescale of a job Flink shows RUNNING whose tasks wait for task slots (the default
 * scheduler, its TaskManager gone): Flink takes no savepoint of it, and a new version would wait
 * for slots as well, to fail its health check. Refused (in place, with an error) until it runs.
 */
function unscheduledRestart(plan: Plan, c: JobChange, live: LiveState): Diagnostic | undefined {
  if (c.refused || (c.action !== 'upgrade' && c.action !== 'rescale')) return undefined;
  const liveJob = c.liveJobId ? live.jobs.find((j) => j.jobId === c.liveJobId) : undefined;
  if (liveJob?.state !== 'RUNNING' || !awaitsScheduling(liveJob)) return undefined;
  const shortage = slotShortage(live, liveJob);
  if (!shortage) return undefined;
  const summary = `job ${c.job} is ${waitingState(liveJob)}, waiting for task slots (${shortage}): Flink takes no savepoint of it, and the new version of its ${c.action} would wait for slots as well`;
  const detail =
    'Apply would refuse it before changing anything. The job is not failing: Flink runs it, with its state, as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it runs.';
  c.refused = { code: PLAN_CODES.waitingForSlots, summary, detail };
  plan.summary = summarize(plan.changes);
  return waitRefusal(plan, PLAN_CODES.waitingForSlots, summary, detail);
}

/**
 * The refusal of a change of a job waiting for task slots: an error, which stops the apply, unless
 * the plan's other changes give slots back (a suspend, a deletion, a rescale down). Then it is a
 * warning: apply leaves this job alone and makes those, after which it can run; an error would
 * hold back the very change that frees its slots.
 */
function waitRefusal(plan: Plan, code: string, summary: string, detail: string): Diagnostic {
  const freeing = plan.changes
    .filter(
      (c) =>
        !c.refused &&
        (c.action === 'suspend' ||
          c.action === 'delete' ||
          (c.action === 'rescale' && (c.to?.parallelism ?? 0) < (c.from?.parallelism ?? 0))),
    )
    .map((c) => `the ${c.action} of ${c.job}`);
  if (freeing.length === 0) return error(code, summary, detail);
  return warning(
    code,
    summary,
    `${detail} The plan's other changes go ahead: ${freeing.join(', ')} give${freeing.length === 1 ? 's' : ''} task slots back, after which the job can run; plan again then.`,
  );
}

/**
 * A job the plan leaves alone that does not run for want of task slots (CREATED on the adaptive
 * scheduler, RESTARTING on the default one): "no changes" must not read as "all is running".
 * `stableJobId`: the job the store recorded as having passed its health check.
 */
function idleForSlots(c: JobChange, live: LiveState, stableJobId?: string): Diagnostic | undefined {
  const liveJob = c.liveJobId ? live.jobs.find((j) => j.jobId === c.liveJobId) : undefined;
  const shortage = liveJob ? slotShortage(live, liveJob) : undefined;
  if (!liveJob || !shortage) return undefined;
  const state = waitingState(liveJob);
  c.reason = `${c.reason}; ${state} on the cluster, waiting for task slots (${shortage})`;
  c.causes = [...c.causes, { kind: 'cluster', path: 'state', to: state }];
  // A job that has never run (a new one, CREATED since its submission) has no checkpoint to
  // restore, and Flink fails it once its wait for resources runs out (real 1.20.3: 14 of 30 new
  // jobs on 16 slots, NoResourceAvailableException after 5 minutes). The adaptive scheduler
  // answers a job that lost its TaskManager as one that never ran (real 1.20.3: CREATED, every
  // timestamp but INITIALIZING 0, no checkpoint counted), so the store says whether it ran.
  const ran = liveJob.runningSince !== undefined || stableJobId === liveJob.jobId;
  const detail = !ran
    ? 'Nothing in the repository changes that, and apply does nothing to it: it has never run, and Flink starts it as soon as it has task slots, unless its wait for them runs out first (5 minutes by default: slot.request.timeout, or jobmanager.adaptive-scheduler.resource-wait-timeout on the adaptive scheduler), when Flink fails it (NoResourceAvailableException) and the next apply starts it again. Start TaskManagers (or free slots); `flinkops status` shows when it runs.'
    : 'Nothing in the repository changes that, and apply does nothing to it: Flink runs it, restoring its latest checkpoint, as soon as it has task slots, unless its wait for them runs out first (5 minutes by default: slot.request.timeout, or jobmanager.adaptive-scheduler.resource-wait-timeout on the adaptive scheduler), when Flink fails it (NoResourceAvailableException) and deletes its checkpoints unless execution.checkpointing.externalized-checkpoint-retention keeps them; the next apply then recovers it from what is left. Start TaskManagers (or free slots) before then; `flinkops status` shows when it runs again.';
  return warning(
    PLAN_CODES.waitingForSlots,
    `job ${c.job} is ${state}, waiting for task slots (${shortage}): it does not run`,
    detail,
  );
}
