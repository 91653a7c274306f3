/** The step list as text, for `flinkops apply --explain` and progress lines. */
import { changeMode } from '../plan/model';
import { ACTS_ON_LIVE_JOB, type JobSteps, type RestoreSource, type Step } from './steps';

function describeRestore(r: RestoreSource): string {
  switch (r.kind) {
    case 'none':
      return 'without state';
    case 'this-run':
      return 'restoring from the savepoint/checkpoint taken above';
    case 'path':
      return `restoring from ${r.path}`;
  }
}

/** One line per step, for `flinkops apply --explain`. */
export function describeStep(s: Step): string {
  switch (s.kind) {
    case 'move-record':
      return `move the state store record of ${s.from} (savepoints, history) to this job's name`;
    case 'resolve-pending':
      return 'find the outcome of the operation an earlier apply left unfinished';
    case 'stop-with-savepoint':
      return `stop job ${s.jobId} with a savepoint (${s.savepointKind}); record its path at once`;
    case 'stop-by-cancel':
      return `stop job ${s.jobId} by cancel: it is ${s.state} and Flink takes no savepoint of it; record its latest checkpoint first (${s.savepointKind})`;
    case 'record-savepoint':
      return 'note the savepoint in the state store';
    case 'read-checkpoint':
      return `read the latest completed checkpoint of job ${s.jobId}`;
    case 'cancel':
      return `cancel job ${s.jobId}`;
    case 'submit':
      return `submit ${s.compiledPlan ? "the job's compiled plan (EXECUTE PLAN; " : 'the script ('}spec ${s.specHash.slice(0, 12)}, parallelism ${s.parallelism}) ${describeRestore(s.restore)}${s.allowNonRestoredState ? ', allowing non-restored state' : ''}; record it as current`;
    case 'await-running':
      return 'wait until the new job is RUNNING';
    case 'health-grace':
      return 'watch it through the grace period (no restarts; a completed checkpoint if checkpointing is on, else every task running as it ends)';
    case 'record-stable':
      return 'record it as the last stable version';
    case 'await-finished':
      return 'wait until the batch job has FINISHED (it ends by itself once it has read its bounded tables)';
    case 'record-finished':
      return 'record the batch run as finished';
    case 'put-resource-requirements':
      return `set the resource requirements of job ${s.jobId} to parallelism ${s.parallelism} (in place)`;
    case 'await-parallelism':
      return `wait until every vertex of job ${s.jobId} runs at parallelism ${s.parallelism}`;
    case 'record-rescale':
      return `record parallelism ${s.parallelism} in the state store`;
    case 'record-status':
      return `record the job as ${s.status} (history kept)`;
    case 'adopt':
      return `record job ${s.jobId} as managed in the state store (no restart)`;
    case 'sync-record':
      return `bring the state store up to date with job ${s.jobId} if it lags`;
    case 'finish-rollback':
      return `finish the rollback an earlier apply started: cancel the failed job if it still runs, start the last stable version (spec ${s.specHash.slice(0, 12)}) ${s.restore ? `from ${s.restore}` : 'without state'}, wait for RUNNING and the grace period`;
  }
}

/** The whole list as text: one block per job that does something. */
export function describeSteps(jobs: readonly JobSteps[]): string {
  const out: string[] = [];
  for (const j of jobs) {
    if (j.refused) {
      out.push(`${j.job}: ${j.action} refused (${j.refused}); nothing runs`);
      continue;
    }
    const real = j.steps.filter((s) => s.kind !== 'sync-record');
    if (real.length === 0) continue;
    const mode = changeMode(j.change);
    const how = mode ? ` (${mode})` : '';
    const move = j.change.move;
    out.push(
      `${j.job}: ${j.action}${how}${move ? `, moving from ${move.from} to this environment's cluster` : ''}`,
    );
    j.steps.forEach((s, i) => {
      const where = move && ACTS_ON_LIVE_JOB.has(s.kind) ? ` (on ${move.from})` : '';
      out.push(`  ${i + 1}. ${describeStep(s)}${where}`);
    });
    if (j.rollback)
      out.push(
        '  on failure: cancel the new job and restart the last stable version from the same savepoint',
      );
  }
  return out.length === 0 ? 'No changes.\n' : `${out.join('\n')}\n`;
}
