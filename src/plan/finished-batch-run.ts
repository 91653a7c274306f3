/**
 * A batch job whose run ended FINISHED: its success, run again only when the job changed or is
 * replaced.
 */

import { isBatchJob } from '../compile/runtime-mode';
import type { LiveJob } from '../observe/model';
import type { JobRecord } from '../state/model';
import { at, type Decision, type JobInputs } from './job-inputs';
import { specChange } from './spec-change';

/**
 * flinkops before 1584e3f0 took a batch run that ended FINISHED for a job that did not become
 * healthy: status `failed`, history `<change>-failed` "job X is FINISHED". Read now, that run
 * succeeded; running it again would write its sinks once more.
 */
function finishedCalledFailed(record: JobRecord, jobId: string): boolean {
  const last = record.history.at(-1);
  return (
    record.status === 'failed' &&
    last !== undefined &&
    last.action.endsWith('-failed') &&
    last.jobId === jobId &&
    last.detail === `job ${jobId} is FINISHED`
  );
}

/**
 * A batch job whose run of the store's version ended FINISHED: that is its success, not a job
 * that died. Nothing to do while the repository asks for what ran; a changed job (script, a
 * setting, parallelism) runs again, without state, as batch jobs always start, and so does one
 * named by `--replace` (the way to run it again on demand: the next day's run from cron).
 */
export function batchRun(
  j: JobInputs,
  last: LiveJob | undefined,
  from: { specHash: string; parallelism: number },
): Decision | undefined {
  const { job, record, current, run, diags, base, to } = j;
  if (!isBatchJob(job) || !current || !record) return undefined;
  if (record.status !== 'running' && !finishedCalledFailed(record, current.jobId)) return undefined;
  if (last?.state !== 'FINISHED' || last.jobId !== current.jobId || run.state === 'suspended')
    return undefined;
  const lastIds = { liveJobId: last.jobId, liveState: last.state };
  const ended = last.endTime !== undefined && last.endTime > 0 ? ` at ${at(last.endTime)}` : '';
  const rerun = j.ctx.replace?.has(job.name) === true;
  if (from.specHash === to.specHash && from.parallelism === to.parallelism && !rerun) {
    // The apply that started it stopped watching before it ended (Ctrl-C, a timeout): apply records it.
    const unrecorded = record.lastStable?.jobId !== last.jobId;
    return {
      change: {
        ...base,
        action: 'none',
        reason: `batch job: its run (job ${last.jobId}) FINISHED${ended}${unrecorded ? '; apply records it' : ''}`,
        causes: unrecorded ? [{ kind: 'state', path: 'health-check', to: 'unfinished' }] : [],
        ...lastIds,
        from,
        to,
        ...(unrecorded ? { verify: { jobId: last.jobId } } : {}),
      },
      diags,
    };
  }
  const spec = specChange(j, 'stateless', false);
  return {
    change: {
      ...base,
      action: 'upgrade',
      strategy: 'stateless',
      reason:
        rerun && !spec.causes && from.parallelism === to.parallelism
          ? `batch job run again on request (--replace); its last run (job ${last.jobId}) FINISHED${ended}`
          : `batch job changed since its run (job ${last.jobId}) FINISHED${ended}: run the new version (a batch job keeps no state)`,
      ...spec,
      causes: [
        ...(rerun ? [{ kind: 'request', path: 'replace' } as const] : []),
        ...(spec.causes ??
          (from.parallelism !== to.parallelism
            ? [
                {
                  kind: 'repo',
                  path: 'parallelism',
                  from: String(from.parallelism),
                  to: String(to.parallelism),
                } as const,
              ]
            : [])),
      ],
      ...lastIds,
      from,
      to,
    },
    diags,
  };
}
