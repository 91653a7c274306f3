/**
 * Jobs alive on the cluster that the store does not record: labelled ones it lost (FO626), and ones
 * flinkops never started (FO639, FO654).
 */

import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import { LABEL_KEYS } from '../core/names';
import type { LiveJob } from '../observe/model';
import type { JobRecord, StateDoc } from '../state/model';
import { PLAN_CODES } from './codes';
import { isAlive } from './job-inputs';
import type { JobChange } from './model';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * FO626, once for all the jobs it concerns: jobs alive on the cluster with flinkops labels of which
 * the store has no record. A store reset, lost or pointed elsewhere misses every job at once; they
 * are found by their labels all the same, their history and restore points not. Another repository
 * deploying a project of the same name labels its jobs alike: then the jobs are its own, and a
 * change this plan makes to them (an upgrade, a deletion) stops the other team's job.
 */
export function unrecordedJobs(
  desired: DesiredState,
  liveByJob: ReadonlyMap<string, readonly LiveJob[]>,
  doc: StateDoc,
  changes: readonly JobChange[],
): Diagnostic | undefined {
  const labelledAlive = (name: string) =>
    (liveByJob.get(name) ?? []).some(
      (l) => !isTerminal(l.state) && l.state !== 'SUSPENDED' && l.labels?.[LABEL_KEYS.specHash] !== undefined,
    );
  const names = [...liveByJob.keys()]
    .filter((name) => doc.jobs[name] === undefined && labelledAlive(name))
    .sort(byName);
  if (names.length === 0) return undefined;
  const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? ` and ${names.length - 10} more` : '');
  const touched = changes
    .filter((c) => names.includes(c.job) && c.action !== 'none' && c.action !== 'adopt')
    .map((c) => `${c.job}: ${c.action}${c.refused ? ' (refused)' : ''}`);
  const one = names.length === 1;
  const cause =
    'The store was reset, lost or is another one (a different --state-file or state branch), ' +
    `or another repository deploys a project named ${desired.project} to this cluster and ${one ? 'the job is' : 'the jobs are'} its own: ` +
    `${one ? 'its' : 'their'} savepoint history and the scripts ${one ? 'it was' : 'they were'} started from are not known.`;
  const effect =
    touched.length === 0
      ? ' Jobs are found by their labels, so nothing restarts; the next apply that changes something in this environment records them again from what runs.'
      : ` This plan changes ${touched.length === 1 ? 'one of them' : 'some of them'} as its own (${touched.slice(0, 10).join(', ')}${touched.length > 10 ? ` and ${touched.length - 10} more` : ''}): if another repository deploys project ${desired.project}, do not apply, and give one of the projects another name (project: in flinkops.yaml) first; if the store was lost, point flinkops at it again (--state-file) or apply, and the jobs are recorded again from what runs.`;
  return one
    ? warning(
        PLAN_CODES.unrecorded,
        `Job ${names[0]} runs with flinkops labels, but the state store has no record of it`,
        cause + effect,
      )
    : warning(
        PLAN_CODES.unrecorded,
        `${names.length} jobs run with flinkops labels, but the state store has no record of them`,
        `${shown}. ${cause}${effect}`,
      );
}

/**
 * A job alive under a managed name that the repository no longer declares, which flinkops never
 * started: no flinkops labels of this job (none, or those of another project, environment or job:
 * settings copied by hand, FO654), and the store has no record of it (or retired the job of that
 * name). Someone started it by hand (the SQL client, the gateway, the Flink UI) in the project's
 * namespace; a deletion would stop a job this repository never owned, as Terraform never destroys
 * what is not in its state.
 */
export function startedElsewhere(list: readonly LiveJob[], record: JobRecord | undefined): boolean {
  if (record !== undefined && record.status !== 'deleted') return false;
  const alive = list.filter(isAlive);
  return alive.length > 0 && list.every((l) => l.labels?.[LABEL_KEYS.specHash] === undefined);
}

/** FO639, once: the jobs of the project's namespace that flinkops did not start, left alone. */
export function unmanagedJobs(jobs: readonly LiveJob[]): Diagnostic {
  const shown = [...jobs]
    .sort((a, b) => byName(a.name, b.name) || byName(a.jobId, b.jobId))
    .map((j) => `${j.name} (${j.jobId}, ${j.state}${copiedLabels(j)})`);
  const one = shown.length === 1;
  const names = shown.slice(0, 10).join(', ') + (shown.length > 10 ? ` and ${shown.length - 10} more` : '');
  return warning(
    PLAN_CODES.unmanaged,
    `${one ? 'A job' : `${shown.length} jobs`} under this environment's names ${one ? 'runs' : 'run'} without this environment's flinkops labels and ${one ? 'is' : 'are'} not in the repository or the state store: left alone: ${names}`,
    `flinkops did not start ${one ? 'it' : 'them'} (it was submitted by hand: the SQL client, the SQL Gateway, the Flink UI), so no plan of this repository stops, rescales or deletes ${one ? 'it' : 'them'}. ` +
      `A job added to the repository under ${one ? 'that' : 'such a'} name would adopt the running job. To stop ${one ? 'it' : 'them'}, use the Flink UI or POST /jobs/<job id>/stop; to avoid the clash, start hand-made jobs under names outside <project>.<env>.`,
  );
}

/** `, labelled <project>.<env>.<job>` for a job carrying another job's labels (FO654), else nothing. */
function copiedLabels(j: LiveJob): string {
  const l = j.copiedLabels;
  if (l === undefined) return '';
  return `, labelled ${l[LABEL_KEYS.project] ?? '?'}.${l[LABEL_KEYS.env] ?? '?'}.${l[LABEL_KEYS.job] ?? '?'}`;
}
