/**
 * FO604: a change that would restore a restoreFrom pin the store records as disposed of, or written
 * by a newer major release.
 */

import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { majorMinor } from '../core/flink-version';
import type { StateDoc } from '../state/model';
import { recordedSavepoint, sameSavepointPath, writtenByNewerMajor } from '../state/records';
import { PLAN_CODES } from './codes';
import { fileRange } from './job-inputs';
import type { JobChange } from './model';

/**
 * FO604: a change restores the job's restoreFrom pin, which it cannot: the store records it as
 * disposed by retention (Flink deleted the folder), or as written by a newer major release than
 * the cluster's (1.x fails a 2.x savepoint: "Unrecognized checkpoint version number"). The new job
 * fails at its restore (after apply stopped the running one) and is rolled back. Said before
 * anything stops, with the savepoints still kept.
 */
export function unrestorablePins(
  changes: readonly JobChange[],
  desired: DesiredState,
  doc: StateDoc,
  cluster: string | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of changes) {
    // A refused change starts nothing (FO665 refuses a move back onto a pin a newer release wrote).
    if (!c.restoreFrom || c.refused) continue;
    const job = jobs.get(c.job);
    const pin = job?.settings.restoreFrom;
    if (!job || !pin || !sameSavepointPath(c.restoreFrom, pin)) continue;
    const at = recordedSavepoint(doc, pin, c.job);
    if (at === undefined) continue;
    const { owner, savepoint } = at;
    const newer = !savepoint.disposed && writtenByNewerMajor(savepoint, cluster);
    if (!savepoint.disposed && !newer) continue;
    const kept = (doc.jobs[owner]?.savepoints ?? []).filter(
      (s) => !s.disposed && !writtenByNewerMajor(s, cluster),
    ).length;
    const where = `restoreFrom in ${job.yamlFile ?? `jobs/${c.job}.yaml`} names a savepoint of ${owner === c.job ? 'the job' : `job ${owner}`}`;
    const list = `flinkops savepoints list ${owner}${kept ? `: ${kept} restorable${newer ? ` on Flink ${majorMinor(cluster)}` : ''}` : ''}`;
    out.push(
      warning(
        PLAN_CODES.pinDisposed,
        newer
          ? `Job ${c.job} is to restore from ${pin}, which Flink ${savepoint.flinkVersion} wrote: this cluster (Flink ${majorMinor(cluster)}) cannot read it, so the restore fails`
          : `Job ${c.job} is to restore from ${pin}, which retention disposed of: Flink deleted it, so the restore fails`,
        `${where} that the state store records as ${newer ? `written by Flink ${savepoint.flinkVersion}, a newer major release (${list})` : `disposed (${list})`}. ` +
          `${c.action === 'upgrade' ? 'Apply would stop the running job, fail to start the new one and roll it back' : 'The job apply starts would fail at its restore'}. ${newer ? 'Pin a savepoint this release wrote, or remove restoreFrom.' : 'Pin one that is not disposed, or remove restoreFrom.'}`,
        fileRange(job.yamlFile ?? job.sqlFile),
      ),
    );
  }
  return out;
}
