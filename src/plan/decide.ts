/**
 * The action for one job, from what the repo wants, what the cluster runs and what
 * the store remembers (DESIGN §4). Every branch returns one JobChange and the
 * diagnostics it raises; nothing here reads a clock or the outside world.
 */

import type { DesiredJob } from '../compile/model';
import type { Diagnostic } from '../core/diagnostics';
import { warning } from '../core/diagnostics';
import type { LiveJob } from '../observe/model';
import type { JobRecord } from '../state/model';
import { PLAN_CODES } from './codes';
import { decideRunning } from './decide-running';
import { decideStopped } from './decide-stopped';
import { type Decision, fileRange, isAlive, MEANWHILE, type PlanContext, storeAsLive } from './job-inputs';
import { duplicateDecision, suspendedDecision } from './live-instances';
import { desiredRunState } from './schedule';
import { finishRollback, rolledBackJob } from './unfinished-rollback';

/** The decision for a job the repo declares. `live` holds this job's cluster jobs, newest first. */
export function decideDesired(
  job: DesiredJob,
  live: readonly LiveJob[],
  record: JobRecord | undefined,
  ctx: PlanContext,
): Decision {
  const diags: Diagnostic[] = [];
  const run = desiredRunState(job, ctx.now);
  if (run.problem) {
    diags.push(
      warning(
        PLAN_CODES.scheduleNotEvaluated,
        `Schedule window of job ${job.name} not evaluated`,
        `${run.problem}; the job is planned as running. Plan with a time (the Action passes the run time).`,
        fileRange(job.yamlFile ?? job.sqlFile),
      ),
    );
  }
  if (record?.pending) {
    const p = record.pending;
    // A JobManager restarted without high availability forgot the job, and the result with it (FO659).
    const forgotten =
      ctx.observed &&
      (p.kind === 'savepoint' || p.kind === 'stop-with-savepoint') &&
      !live.some((l) => l.jobId === p.jobId);
    const detail = forgotten
      ? `Started ${p.startedAt}. The JobManager no longer knows job ${p.jobId}, so the next apply cannot ask for its result: see FO659 for where a savepoint that completed is kept.`
      : `Started ${p.startedAt}. The next apply looks for its result first, so no savepoint is lost.`;
    diags.push(
      warning(
        PLAN_CODES.pendingOperation,
        ctx.lockHolder
          ? `An apply holding the state lock is in (or stopped during) ${record.pending.kind} of job ${job.name}`
          : `An earlier apply stopped during ${record.pending.kind} of job ${job.name}`,
        ctx.lockHolder ? `${ctx.lockHolder}. ${MEANWHILE} ${detail}` : detail,
      ),
    );
  }
  const alive = ctx.observed ? live.filter(isAlive) : [];
  if (alive.length > 1) {
    const dup = duplicateDecision(job.name, job.pipelineName, alive, record?.current?.jobId);
    return { change: dup.change, diags: [...diags, ...dup.diags] };
  }
  if (alive[0]?.state === 'SUSPENDED') {
    const s = suspendedDecision(job.name, job.pipelineName, alive[0]);
    return { change: s.change, diags: [...diags, ...s.diags] };
  }
  const current = record?.status === 'deleted' ? undefined : record?.current;
  const inputs = {
    job,
    live: ctx.observed ? live : [],
    record,
    current,
    run,
    ctx,
    diags,
    base: { job: job.name, pipelineName: job.pipelineName },
    to: { specHash: job.restartHash, parallelism: job.settings.parallelism },
  };
  // Offline, the store's word stands in for the cluster.
  const running = ctx.observed
    ? alive[0]
    : record?.status === 'running' && current
      ? storeAsLive(job, current.jobId, current.specHash, current.parallelism)
      : undefined;
  // An apply died during a rollback before it had cancelled the failed job, or after it had started
  // the previous version again but before it recorded that job: the rollback is finished.
  const p0 = record?.pending;
  const restarted = running && p0?.kind === 'rollback' && rolledBackJob(running, p0);
  const finishing =
    running && current && p0?.kind === 'rollback' && (p0.jobId === running.jobId || restarted)
      ? finishRollback(
          inputs,
          running,
          restarted
            ? { specHash: p0.specHash, parallelism: running.parallelism }
            : { specHash: current.specHash, parallelism: current.parallelism },
        )
      : undefined;
  // The repository changed since (the failing version is no longer asked for): the job the
  // rollback started is what runs, the version this plan changes, not a change made outside flinkops.
  const rolledBackTo =
    restarted && !finishing && p0?.kind === 'rollback'
      ? [record?.lastStable, record?.current].find((v) => v?.specHash === p0.specHash)
      : undefined;
  const fromRollback =
    rolledBackTo && running ? { ...inputs, current: { ...rolledBackTo, jobId: running.jobId } } : inputs;
  const d = finishing ?? (running ? decideRunning(fromRollback, running) : decideStopped(inputs));
  // Nothing else to change, but the interrupted operation is apply's to look up and clear (FO616):
  // a plan that said "No changes" left the pending entry and the dead run's lock in place.
  const p = record?.pending;
  // (A job whose health check is unfinished is work already: apply resolves the entry first.)
  if (p && d.change.action === 'none' && !d.change.refused && d.change.verify === undefined)
    return {
      ...d,
      change: {
        ...d.change,
        reason: `${d.change.reason}; apply looks up the ${p.kind} an earlier apply stopped during, and clears it`,
        resolves: { pending: p.kind, startedAt: p.startedAt },
      },
    };
  return d;
}
