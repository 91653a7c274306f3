/**
 * Warnings that a stopped job starts again with older state than it had, or none: FO602, FO659,
 * FO633, FO693.
 */

import { warning } from '../core/diagnostics';
import type { LiveJob } from '../observe/model';
import type { JobRecord } from '../state/model';
import { sameSavepointPath } from '../state/records';
import { PLAN_CODES } from './codes';
import { sourceStartFindings } from './compat';
import { at, fileRange, isAlive, type JobInputs } from './job-inputs';
import { latestRestorePoint } from './restore-points';

/**
 * FO602: the recovery (or the resume after a suspend of the ended job) restores older state than
 * the job had: it completed a checkpoint after its restore point, which Flink discarded when the
 * job ended (cancelled without RETAIN_ON_CANCELLATION). The records since are read again, and sinks that append (an
 * exactly-once Kafka topic among them) write them twice: said, with the setting that keeps them.
 */
export function warnRewind(
  j: JobInputs,
  point: { path: string; time: number; what: string },
  last: LiveJob,
  record: JobRecord,
  /** A recovery restores the point now; a suspend of the ended job keeps it for its resume. */
  action: 'recover' | 'suspend' = 'recover',
): void {
  const lost = last.lastCheckpointTime;
  // Any newer checkpoint counts: the sinks committed what came before it (an exactly-once Kafka
  // sink commits on each checkpoint), so even one is written twice.
  if (lost === undefined || lost <= point.time || sameSavepointPath(last.latestCheckpoint?.path, point.path))
    return;
  const { job } = j;
  const taken = takenAt(point, j.live, record);
  j.diags.push(
    warning(
      PLAN_CODES.recoveryRewinds,
      action === 'recover'
        ? `Job ${job.name} is recovered from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})`
        : `Job ${job.name} is recorded as suspended and resumes from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})`,
      `Flink discarded that checkpoint when job ${last.jobId} ended (${last.state}): a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION. ` +
        `The records since ${at(taken)} are read again: a sink that appends (an exactly-once Kafka topic, files) writes them a second time; an upsert sink by key ends the same. ` +
        `Set the retention in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} so that the next cancel keeps them; to start from other state, restoreFrom: <path>.`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * FO659: the job vanished from the cluster: a JobManager restarted without high availability
 * forgot it, its checkpoints and the outcome of a savepoint under way. The recovery restores the
 * newest state the store knows; a savepoint that completed as the JobManager went down, and the
 * checkpoints since, are on disk only, where the plan cannot look: said, with their names.
 */
export function warnVanished(
  j: JobInputs,
  point: { path: string; time: number; what: string } | undefined,
  record: JobRecord,
  ended?: string,
): void {
  const { job } = j;
  const jid = record.current!.jobId;
  const p = record.pending;
  const stop =
    p && (p.kind === 'stop-with-savepoint' || p.kind === 'savepoint') && p.jobId === jid ? p : undefined;
  const from = point
    ? `its ${point.what} of ${at(takenAt(point, j.live, record))} (${point.path})`
    : 'no state';
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  // Started through another endpoint than the plan reached: another cluster more likely than a
  // restart without high availability (FO739 says so for the environment).
  const started = record.current?.endpoint;
  const elsewhere = j.ctx.endpoint !== undefined && started !== undefined && started !== j.ctx.endpoint;
  j.diags.push(
    warning(
      PLAN_CODES.vanishedState,
      ended
        ? `Job ${job.name} ended ${ended} with no checkpoint Flink shows: it is recovered from ${from}, and newer state may be on disk only`
        : elsewhere
          ? `Job ${job.name} is not on this cluster, and was started through another JobManager endpoint: it is recovered from ${from}, and newer state may be on the other cluster`
          : `Job ${job.name} vanished from the cluster: it is recovered from ${from}, and newer state may be on disk only`,
      (ended
        ? `Job ${jid} ran, but Flink answers it with no RUNNING time and no checkpoint: the adaptive scheduler reports a job that failed between two runs from a graph it never built (one that lost its TaskManager and waited for task slots in vain, NoResourceAvailableException, or whose restart failed before it ran, e.g. on a checkpoint directory it could not write). Its exceptions in the Flink UI say which. `
        : elsewhere
          ? `This JobManager does not know job ${jid}, which was started through another JobManager endpoint (FO739): it may still run on that cluster${stop ? `, where the ${stop.kind} started at ${stop.startedAt} (trigger ${stop.triggerId}) was under way` : ''}. If it does, move the environment with moveFrom instead of applying this recovery. `
          : `The JobManager no longer knows job ${jid}: it restarted without high availability (or the job expired from its history), and forgot the job${stop ? `, its checkpoints and the outcome of the ${stop.kind} started at ${stop.startedAt} (trigger ${stop.triggerId})` : ' and its checkpoints'}. `) +
        `${stop ? `If that savepoint completed, it is a folder savepoint-${jid.slice(0, 6)}-… holding a _metadata file in the savepoint directory. ` : ''}` +
        `Checkpoints the job completed later are kept as <checkpoint directory>/${jid}/chk-<n> (with a _metadata file) when they were retained, or when the JobManager died before it could delete them. ` +
        `To restore the newest of them, set restoreFrom: <its path> in ${settings} before applying; otherwise the records since are read again (a sink that appends writes them twice).`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * When a restore point was taken. The savepoint the current version started from counts as of
 * that start for choosing the newest point (latestRestorePoint), but it holds the state of when
 * it was taken, which the store's record of it (or the job that took it) says.
 */
function takenAt(point: { path: string; time: number }, live: readonly LiveJob[], record: JobRecord): number {
  const times = [point.time];
  for (const s of record.savepoints)
    if (sameSavepointPath(s.path, point.path)) times.push(Date.parse(s.time));
  for (const l of live)
    for (const p of [l.latestSavepoint, l.latestCheckpoint])
      if (p && sameSavepointPath(p.path, point.path) && p.time > 0) times.push(p.time);
  return Math.min(...times.filter((t) => !Number.isNaN(t)));
}

/**
 * FO633: a job started outside flinkops (no labels) ran under the managed name, ended (cancelled,
 * stopped with a savepoint, failed) and left a savepoint or checkpoint. Only a running job is
 * adopted, so the new job would start without that state, silently: said, with the pin that keeps it.
 */
export function warnHandJobState(j: JobInputs): void {
  const { job, live, ctx } = j;
  if (!ctx.observed) return;
  const ended = live.filter((l) => l.labels === undefined && !isAlive(l) && !l.previousCluster);
  const point = latestRestorePoint(ended, undefined);
  if (!point) return;
  const owner = ended.find(
    (l) =>
      sameSavepointPath(l.latestSavepoint?.path, point.path) ||
      sameSavepointPath(l.latestCheckpoint?.path, point.path),
  );
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.handJobState,
      `Job ${job.name} is created without the state of the job that ran under its name outside flinkops`,
      `Job ${owner?.jobId ?? '?'} (${owner?.state ?? 'ended'}), started without flinkops labels, left the ${point.what} ${point.path}. ` +
        `Only a running job is adopted; the new job restores nothing. To start it from that state, set restoreFrom: ${point.path} in ${settings}; to start afresh, nothing.`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * FO693: a deleted job created again without its final savepoint pinned starts without state, so
 * each Kafka or Flink CDC source reads where its startup mode says (earliest-offset: every record
 * again, into an exactly-once sink too), as after a stateless upgrade; the final savepoint holds
 * where the deleted job stopped.
 */
export function warnCreatedAgain(j: JobInputs, finalSp: string): void {
  const { job } = j;
  const findings = sourceStartFindings(job.script);
  if (findings.length === 0) return;
  j.diags.push(
    warning(
      PLAN_CODES.createdAgainWithoutState,
      `Job ${job.name} is created again without the state of its deleted version: its sources start where their startup mode says`,
      `${findings.join('; ')}. Its final savepoint ${finalSp} holds where the deleted job stopped: to go on from there, set restoreFrom: ${finalSp} in ${job.yamlFile ?? `jobs/${job.name}.yaml`}; to start afresh, nothing.`,
      fileRange(job.sqlFile),
    ),
  );
}
