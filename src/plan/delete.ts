/**
 * Jobs the repo no longer declares: stopped with a final savepoint and retired.
 * Removing a file is easy to do by accident, so a deletion is refused unless the
 * run allows it (--allow-delete) or the job's recorded deletionPolicy is `delete`.
 */

import { isBatchScriptText } from '../compile/runtime-mode';
import type { Diagnostic } from '../core/diagnostics';
import { warning } from '../core/diagnostics';
import { LABEL_KEYS } from '../core/names';
import type { LiveJob } from '../observe/model';
import type { JobRecord } from '../state/model';
import { PLAN_CODES } from './codes';
import { type Decision, isAlive, type PlanContext } from './job-inputs';
import { duplicateDecision, suspendedDecision } from './live-instances';
import { effectiveParallelism } from './parallelism';
import { stoppedByInterruptedApply } from './restore-points';
import { unifiedDiff } from './sql-diff';

export function decideRemoved(
  name: string,
  pipelineName: string,
  live: readonly LiveJob[],
  record: JobRecord | undefined,
  ctx: PlanContext,
): Decision | undefined {
  const alive = ctx.observed ? live.filter(isAlive) : [];
  if (alive.length > 1) return duplicateDecision(name, pipelineName, alive, record?.current?.jobId);
  const running = alive[0];
  if (running?.state === 'SUSPENDED') return suspendedDecision(name, pipelineName, running);
  // Retired already and nothing runs: history, not a change.
  if (!running && (!record || record.status === 'deleted')) return undefined;
  const sqlFile = `jobs/${name}.sql`;
  const current = record?.current;
  const liveHash = running?.labels?.[LABEL_KEYS.specHash];
  const specHash = liveHash ?? current?.specHash;
  // After an in-place rescale the job's configured parallelism is stale: what it runs at.
  const parallelism = running ? effectiveParallelism(running, record) : current?.parallelism;
  const from = {
    ...(specHash !== undefined ? { specHash } : {}),
    ...(parallelism !== undefined ? { parallelism } : {}),
  };
  const stops = running !== undefined || (!ctx.observed && record?.status === 'running');
  // A batch run still going is cancelled: Flink takes no savepoint of a batch job.
  const batch =
    stops &&
    (running?.batch === true || (current?.script !== undefined && isBatchScriptText(current.script)));
  const allowedBy = ctx.allowDelete
    ? '--allow-delete'
    : record?.deletionPolicy === 'delete'
      ? 'deletionPolicy: delete'
      : undefined;
  const diags: Diagnostic[] = [];
  const sqlDiff =
    current?.script !== undefined
      ? unifiedDiff(current.script, '', { oldName: sqlFile, newName: sqlFile })
      : '';
  const change: Decision['change'] = {
    job: name,
    pipelineName,
    action: 'delete',
    reason: batch
      ? ctx.observed
        ? 'removed from the repo: cancel its batch run (a batch job keeps no savepoint)'
        : 'removed from the repo: cancel its batch run if it still runs (a batch job keeps no savepoint)'
      : stops
        ? 'removed from the repo: stop with a final savepoint'
        : `removed from the repo; ${endedAs(record, ctx.observed ? live : [])}: its record is retired`,
    causes: [{ kind: 'repo', path: sqlFile, to: 'removed' }],
    ...(batch ? { batch: true as const } : {}),
    ...(running
      ? { liveJobId: running.jobId, liveState: running.state }
      : current && stops
        ? { liveJobId: current.jobId }
        : {}),
    ...(Object.keys(from).length ? { from } : {}),
    ...(sqlDiff ? { sqlDiff } : {}),
  };
  if (!allowedBy) {
    const refused = {
      code: PLAN_CODES.deleteRefused,
      summary: `Deletion of job ${name} refused`,
      detail:
        'Deleting is not allowed by default. Run with --allow-delete (Action input allow-delete: true) to delete it, ' +
        `or bring back ${sqlFile} with deletionPolicy: delete in jobs/${name}.yaml, apply, then remove it again.`,
    };
    change.refused = refused;
    diags.push(warning(refused.code, refused.summary, refused.detail));
  } else {
    change.reason += ` (allowed by ${allowedBy})`;
  }
  return { change, diags };
}

/**
 * Why nothing is stopped: the job the store runs ended on the cluster (a batch job FINISHED, a
 * job that failed or was cancelled), or it is not there at all, or the store says it is not running.
 */
function endedAs(record: JobRecord | undefined, live: readonly LiveJob[]): string {
  if (record?.status !== 'running') return `not running (${record?.status ?? 'unknown'})`;
  const ended = live.find((l) => l.jobId === record.current?.jobId);
  if (ended && stoppedByInterruptedApply(record, ended.jobId))
    return `its job ${ended.jobId} has ended (${ended.state}): an interrupted apply stopped it with a final savepoint, which apply records first`;
  return ended
    ? `its job ${ended.jobId} has ended (${ended.state}), nothing to stop`
    : 'not on the cluster, though recorded as running';
}
