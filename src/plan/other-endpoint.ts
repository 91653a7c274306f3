/**
 * FO739: jobs the state store records running are gone from the cluster, and were started through
 * another JobManager endpoint than the one this plan reached. A cluster that restarted without high
 * availability forgets its jobs too, but it keeps its address: a new address is more often another
 * cluster (the environment repointed at a new one without `moveFrom`, or a URL copied from
 * elsewhere), where the plan's recoveries would start the jobs a second time while they still run
 * on the first, both writing the same sinks.
 */
import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import type { LiveState } from '../observe/model';
import type { StateDoc } from '../state/model';
import { PLAN_CODES } from './codes';
import { fileRange } from './job-inputs';
import type { JobChange } from './model';

export function otherEndpointRecoveries(
  desired: DesiredState,
  live: LiveState,
  doc: StateDoc,
  planned: readonly JobChange[],
): Diagnostic | undefined {
  const here = live.endpoint;
  if (!live.observed || here === undefined) return undefined;
  const elsewhere = planned.filter((c) => {
    if (c.action !== 'recover' || c.refused || live.jobs.some((j) => j.job === c.job)) return false;
    const started = doc.jobs[c.job]?.current?.endpoint;
    return started !== undefined && started !== here;
  });
  if (elsewhere.length === 0) return undefined;
  const names = elsewhere.map((c) => c.job);
  const shown = names.length > 6 ? [...names.slice(0, 6), `… (${names.length} in all)`] : names;
  const they = names.length === 1 ? 'it' : 'they';
  return warning(
    PLAN_CODES.otherEndpoint,
    names.length === 1
      ? `Job ${names[0]}, recorded running for environment ${desired.env}, is gone from its cluster and was started through another JobManager endpoint than this plan reached`
      : `${names.length} jobs recorded running for environment ${desired.env} (${shown.join(', ')}) are gone from its cluster and were started through another JobManager endpoint than this plan reached`,
    `A cluster that restarted forgets its jobs but keeps its address: a new address is more often another cluster — environments.${desired.env}.jobmanagerUrl (or FLINKOPS_JOBMANAGER_URL, --jobmanager-url, the Action's jobmanager-url input) changed to a new cluster without moveFrom, or copied from elsewhere. If ${they} still run${names.length === 1 ? 's' : ''} on the cluster ${they} ${names.length === 1 ? 'was' : 'were'} started on, this plan's recoveries start a second copy here, both writing the same sinks. To move the environment to a new cluster, name the old one in moveFrom: each job stops there with a savepoint and starts here from it. If the old cluster is gone, or this is the same cluster reached through another address, apply as planned.`,
    fileRange('flinkops.yaml'),
  );
}

/**
 * FO736: records of jobs running on this cluster that say no endpoint they were started through
 * (a store written before format 5, which FO739 and FO659 cannot judge until each job starts
 * again). Their `none` changes are marked for apply to record the endpoint the plan reached: a
 * record-only step, as FO612's sync is. One pass over the changes, live jobs found by id.
 */
export function endpointsToRecord(
  live: LiveState,
  doc: StateDoc,
  planned: readonly JobChange[],
): { changes: JobChange[]; diag?: Diagnostic } {
  const here = live.endpoint;
  if (!live.observed || here === undefined) return { changes: [...planned] };
  const byId = new Map(live.jobs.map((j) => [j.jobId, j]));
  const names: string[] = [];
  const changes = planned.map((c) => {
    if (c.action !== 'none' || c.refused || c.renamedFrom || c.liveJobId === undefined) return c;
    const cur = doc.jobs[c.job]?.current;
    const running = byId.get(c.liveJobId);
    // Only the job the record names, alive on this cluster (not on one a move leaves): what runs here.
    if (!cur || cur.endpoint !== undefined || cur.jobId !== c.liveJobId) return c;
    if (!running || running.previousCluster || isTerminal(running.state) || running.state === 'SUSPENDED')
      return c;
    names.push(c.job);
    const reason =
      c.reason === 'up to date'
        ? 'up to date; apply records the JobManager endpoint it runs through (FO736)'
        : `${c.reason}; apply records the JobManager endpoint it runs through (FO736)`;
    return { ...c, reason, recordsEndpoint: { jobId: c.liveJobId, endpoint: here } };
  });
  if (names.length === 0) return { changes };
  const shown = names.length > 6 ? [...names.slice(0, 6), `… (${names.length} in all)`] : names;
  return {
    changes,
    diag: {
      code: PLAN_CODES.endpointUnrecorded,
      severity: 'info',
      summary:
        names.length === 1
          ? `Job ${names[0]} runs on this cluster, and its state store record does not say which JobManager endpoint it was started through: apply records it`
          : `${names.length} jobs (${shown.join(', ')}) run on this cluster, and their state store records do not say which JobManager endpoint they were started through: apply records it`,
      detail: `The state store was written before flinkops kept the endpoint (format 5): until it is recorded, a plan cannot tell that ${names.length === 1 ? 'the job was' : 'these jobs were'} started through another endpoint than it reaches (FO739, FO659). Apply records the endpoint this plan reached (a hash, never the URL) without restarting anything; nothing to do but apply.`,
      range: fileRange('flinkops.yaml'),
    },
  };
}
