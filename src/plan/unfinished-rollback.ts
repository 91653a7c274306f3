/**
 * A rollback an apply left half done: the recovery that finishes it, and the job it started again.
 */

import type { LiveJob } from '../observe/model';
import type { PendingOperation } from '../state/model';
import { sameSavepointPath } from '../state/records';
import { type Decision, isAlive, type JobInputs, specHashOf } from './job-inputs';

/**
 * An apply died during a rollback, before the previous version ran again (the store's `pending`
 * rollback): while the repository still asks for the failing version, the recovery finishes that
 * rollback (the failed job cancelled, if `last` is it and still alive; the previous version started
 * from the savepoint the rollback chose) rather than start the failing version once more.
 */
export function finishRollback(
  j: JobInputs,
  last: LiveJob | undefined,
  from: { specHash: string; parallelism: number },
): Decision | undefined {
  const { record, run, diags, base, to } = j;
  const p = record?.pending;
  if (p?.kind !== 'rollback' || p.failedSpecHash !== to.specHash || run.state === 'suspended')
    return undefined;
  const failed = p.jobId ? `job ${p.jobId}` : 'the new version';
  if (last && rolledBackJob(last, p))
    return {
      change: {
        ...base,
        action: 'recover',
        reason: `an earlier apply was rolling ${failed} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped after it started that version again, before it recorded it: finish the rollback, record job ${last.jobId} (${last.state}${p.savepoint ? `, restored from ${p.savepoint}` : ''}) and check its health; nothing is started`,
        causes: [{ kind: 'cluster', path: 'state', from: 'RUNNING', to: last.state }],
        liveJobId: last.jobId,
        liveState: last.state,
        from,
        to,
      },
      diags,
    };
  const alive = last !== undefined && last.jobId === p.jobId && isAlive(last);
  return {
    change: {
      ...base,
      action: 'recover',
      reason: `an earlier apply was rolling ${failed} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped before that ran again: finish the rollback, ${alive ? `cancel job ${last.jobId} (${last.state}), ` : ''}${p.savepoint ? `restore the last stable version from ${p.savepoint}` : 'start the last stable version without state'}`,
      causes: [{ kind: 'cluster', path: 'state', from: 'RUNNING', to: last?.state ?? 'missing' }],
      ...(p.savepoint ? { restoreFrom: p.savepoint } : {}),
      ...(last ? { liveJobId: last.jobId, liveState: last.state } : {}),
      from,
      to,
    },
    diags,
  };
}

/**
 * The job the rollback under way (`p`) started again, alive: the previous version's labels, not the
 * failed job, and restored from the savepoint the rollback chose where the cluster says what it
 * restored (in any spelling of the path).
 */
export function rolledBackJob(live: LiveJob, p: Extract<PendingOperation, { kind: 'rollback' }>): boolean {
  return (
    isAlive(live) &&
    live.jobId !== p.jobId &&
    specHashOf(live).specHash === p.specHash &&
    (live.restoredFrom === undefined ||
      p.savepoint === undefined ||
      sameSavepointPath(live.restoredFrom, p.savepoint))
  );
}
