/**
 * FO682: the store's running jobs gone from a cluster that runs another environment's jobs of the
 * project.
 */

import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import type { LiveState } from '../observe/model';
import { PLAN_CODES } from './codes';
import { fileRange } from './job-inputs';
import type { JobChange } from './model';

/**
 * FO682: every job this environment's store records running is gone from a cluster that runs
 * another environment's jobs of the project. A cluster that restarted without high availability
 * forgets them too, but one that another environment's apply already started jobs on after that
 * restart is more often the other environment's own cluster, reached by a copied URL: the
 * recoveries would then start this environment's jobs beside that one's, while they still run on
 * their own cluster.
 */
export function otherEnvironmentsCluster(
  desired: DesiredState,
  live: LiveState,
  planned: readonly JobChange[],
): Diagnostic | undefined {
  if (!live.observed || !live.siblings?.length) return undefined;
  if (live.jobs.some((j) => !j.previousCluster && !isTerminal(j.state))) return undefined;
  const vanished = planned.filter(
    (c) => c.action === 'recover' && !c.refused && !live.jobs.some((j) => j.job === c.job),
  );
  if (vanished.length === 0) return undefined;
  const envs = live.siblings.map((s) => s.env);
  const names = live.siblings.flatMap((s) => s.names);
  const shown = names.length > 4 ? [...names.slice(0, 4), `… (${names.length} in all)`] : names;
  const jobs = vanished.map((c) => c.job).join(', ');
  return warning(
    PLAN_CODES.otherEnvironmentsCluster,
    `The cluster of environment ${desired.env} runs environment ${envs.join(', ')}'s jobs (${shown.join(', ')}) and none of the ${vanished.length === 1 ? 'job' : `${vanished.length} jobs`} the state store records running for ${desired.env} (${jobs})`,
    `If environments.${desired.env}.jobmanagerUrl (or FLINKOPS_JOBMANAGER_URL) reaches ${envs.length === 1 ? `${envs[0]}'s` : 'another environment’s'} cluster by mistake, this plan's recoveries start ${desired.env}'s jobs there while they still run on ${desired.env}'s own cluster: twice, writing the same sinks. Check the endpoints before applying. If this cluster is ${desired.env}'s own, shared with ${envs.join(', ')} and restarted, apply as planned.`,
    fileRange('flinkops.yaml'),
  );
}
