/**
 * FO671: a resume or recovery that would restore the savepoint or checkpoint Flink could not find
 * at the last start.
 */

import { type Diagnostic, warning } from '../core/diagnostics';
import { missingRestorePoint, restorePointKind } from '../core/restore-point';
import { sameSavepointPath } from '../state/records';
import { PLAN_CODES } from './codes';
import { fileRange, type JobInputs } from './job-inputs';
import type { JobChange } from './model';

/**
 * FO671: the job's last start failed because Flink could not find the savepoint or checkpoint it
 * restored (its folder deleted, a path edited in the store), and this resume or recovery would
 * restore that same path: it would fail the same way on every apply. Refused, and said, with the
 * way out: pin another restore point (a newly pinned path, the same one too once it is back, is
 * never refused). A later start of the job clears it.
 */
export function lastStartNotFound(
  j: JobInputs,
  restoreFrom: string,
): { refused: NonNullable<JobChange['refused']>; diag: Diagnostic } | undefined {
  const history = j.record?.history ?? [];
  const i = history.findLastIndex((h) => h.action.endsWith('-failed'));
  if (i < 0 || history.slice(i + 1).some((h) => h.jobId !== undefined && !h.action.startsWith('savepoint')))
    return undefined;
  const path = missingRestorePoint(history[i]!.detail ?? '');
  if (path === undefined || !sameSavepointPath(path, restoreFrom)) return undefined;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  const summary = `Job ${j.job.name} cannot restore ${restoreFrom}: Flink did not find it`;
  const detail =
    `Its last start (${history[i]!.action.replace(/-failed$/, '')} at ${history[i]!.time}) failed because that ${restorePointKind(restoreFrom)} is gone: ` +
    'its folder was deleted, or the path was changed by hand in the state store. Starting from it again would fail the same way, so the ' +
    `${j.run.state === 'suspended' ? 'change' : 'start'} is refused. Pin a restore point that exists with restoreFrom: <path> in ${settings} ` +
    `(flinkops savepoints list ${j.job.name} lists the recorded ones; a retained checkpoint is a …/chk-N folder), then plan again` +
    (j.run.state === 'suspended'
      ? '.'
      : `; or set upgradeMode: stateless in ${settings} to start it without state.`);
  return {
    refused: { code: PLAN_CODES.restorePointGone, summary, detail },
    diag: warning(PLAN_CODES.restorePointGone, summary, detail, fileRange(j.job.yamlFile ?? j.job.sqlFile)),
  };
}

/** FO671 with upgradeMode: stateless: the recovery starts the job without the state that is gone. */
export function startsWithoutGoneState(j: JobInputs, path: string): Diagnostic {
  return warning(
    PLAN_CODES.restorePointGone,
    `Job ${j.job.name} cannot restore ${path}: Flink did not find it; it starts without state (upgradeMode: stateless)`,
    `Its last start failed because that ${restorePointKind(path)} is gone. The job asks for upgradeMode: stateless, so the recovery starts it without state: each source starts where its scan.startup.mode says. To restore another savepoint instead, set restoreFrom: <path> in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`}.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile),
  );
}
