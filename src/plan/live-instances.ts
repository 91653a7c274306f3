/**
 * Jobs left alone for what runs on the cluster: SUSPENDED by the JobManager, or running twice
 * (FO610).
 */

import { error } from '../core/diagnostics';
import { LABEL_KEYS } from '../core/names';
import type { LiveJob } from '../observe/model';
import { PLAN_CODES } from './codes';
import type { Decision } from './job-inputs';

/** A job SUSPENDED by the JobManager comes back by itself: acting now could start a second instance. */
export function suspendedDecision(name: string, pipelineName: string, j: LiveJob): Decision {
  return {
    change: {
      job: name,
      pipelineName,
      action: 'none',
      reason: 'SUSPENDED by the JobManager (leader change): left alone until it is recovered',
      causes: [],
      liveJobId: j.jobId,
      liveState: j.state,
    },
    diags: [
      {
        code: PLAN_CODES.transitional,
        severity: 'info',
        summary: `Job ${name} is suspended by the JobManager (leader change); plan again once it is recovered`,
        detail:
          'Flink suspends the jobs of a JobManager that loses leadership; with high availability the next leader ' +
          'recovers them. Nothing is started, stopped or recorded until it runs again.',
      },
    ],
  };
}

/**
 * What tells the instances of a job running twice apart, so the user knows which to stop: the one
 * the state store records as the job's, one carrying flinkops' labels, or one started outside it.
 */
function instanceNote(j: LiveJob, recordedJobId: string | undefined): string {
  const started = j.startTime > 0 ? `, started ${new Date(j.startTime).toISOString()}` : '';
  if (j.jobId === recordedJobId) return `${j.state}${started}, the one flinkops deployed and recorded`;
  if (j.labels?.[LABEL_KEYS.specHash] !== undefined)
    return `${j.state}${started}, flinkops labels, not the recorded one`;
  return `${j.state}${started}, no flinkops labels: started outside flinkops`;
}

export function duplicateDecision(
  name: string,
  pipelineName: string,
  alive: readonly LiveJob[],
  recordedJobId?: string,
): Decision {
  const ids = alive.map((j) => `${j.jobId} (${instanceNote(j, recordedJobId)})`).join('; ');
  return {
    change: {
      job: name,
      pipelineName,
      action: 'none',
      reason: `runs ${alive.length} times on the cluster: left alone until one instance remains`,
      causes: [{ kind: 'cluster', path: pipelineName, to: `${alive.length} instances` }],
    },
    diags: [
      error(
        PLAN_CODES.duplicateJob,
        `Job ${name} runs ${alive.length} times on the cluster`,
        `Instances: ${ids}. A job running twice writes its sinks twice. Stop all but one, then plan ` +
          "again: with a savepoint through Flink's own tools (`flink stop --savepointPath <dir> <job id>`, " +
          'or POST /jobs/<job id>/stop on the JobManager REST API), or cancel it in the Flink UI.',
      ),
    ],
  };
}
