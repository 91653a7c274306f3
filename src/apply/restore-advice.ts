import { missingRestorePoint } from '../core/restore-point';

/**
 * What to do about a restore Flink refused, from what it said: whether the job failed after it
 * started (FO705) or its submission failed (FO707: the default scheduler restores the savepoint as
 * the JobMaster starts, so the gateway's INSERT answers with the restore's exception).
 */
export function restoreFix(job: string, cause: string): string | undefined {
  const settings = `jobs/${job}.yaml`;
  // The restore path is gone (its folder deleted by hand, a typo in restoreFrom): the Flink UI
  // has nothing more to say, and the way out is another restore path.
  const gone = missingRestorePoint(cause);
  if (gone !== undefined)
    return `Flink cannot find the savepoint or checkpoint it was to restore, ${gone}: it was deleted, or the path is mistyped. To start from another one, set restoreFrom: <path> in ${settings} (flinkops savepoints list ${job} lists the recorded ones; a retained checkpoint is a …/chk-N folder); to start without state, upgradeMode: stateless.`;
  // A changelog job restored in NO_CLAIM mode (real 2.2.0 and 1.20.3: its first checkpoint fails
  // the task, and it restarts from the same savepoint over and over). flinkops restores in LEGACY
  // mode the jobs whose config turns the changelog on: this one had it from elsewhere (the cluster).
  if (/does not support enforcing a full snapshot/.test(cause))
    return `The job runs the changelog state backend, which cannot take the full first checkpoint that a restore in NO_CLAIM mode requires: its tasks fail at every checkpoint after the restore. flinkops restores in LEGACY mode (the savepoint is kept, no full checkpoint forced) only the jobs whose own config sets state.changelog.enabled: true: where the cluster's configuration turns it on, set it in ${settings} (or defaults.config) too so flinkops sees it, or set it to false to restore without the changelog (a canonical savepoint restores either way), and apply again.`;
  // Flink's own hint names its CLI flag; say what that means in this repository.
  if (/Cannot map checkpoint\/savepoint state/.test(cause))
    return `The new query's operators do not match the state in the savepoint. To drop the state that no longer maps, set allowNonRestoredState: true in ${settings}; to start without state, upgradeMode: stateless.`;
  // More subtasks than the savepoint's key groups (real 2.2.0, a rescale 2 → 200 with max parallelism 128).
  const keyGroups =
    /maximum parallelism \((\d+)\) of the restored state is lower than the configured parallelism \((\d+)\)/.exec(
      cause,
    );
  if (keyGroups)
    return `The savepoint's state was written under max parallelism ${keyGroups[1]}, and Flink restores it into at most that many subtasks, not ${keyGroups[2]}. Lower parallelism to ${keyGroups[1]} or below in ${settings} (or the environment's override); to start without state, upgradeMode: stateless.`;
  if (
    /StateMigrationException|Failed to rollback to checkpoint\/savepoint|incompatible serializer|Could not restore keyed state backend/i.test(
      cause,
    )
  )
    return `The job's operators cannot read the state it restored (Flink cannot migrate it to the new shape). To start without state, set upgradeMode: stateless in ${settings}; to start from another savepoint, restoreFrom: <path> (flinkops savepoints list ${job}).`;
  return undefined;
}
