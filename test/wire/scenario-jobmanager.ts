/** The JobManager half of the wire scenario: observe, rescale, savepoints, stop, cancel, disposal, logs. */
import type { JobDetails } from '../../src/flink';
import type { WireRecorder } from './exchange';
import { must, type ScenarioContext } from './scenario';
import type { ScenarioJobs } from './scenario-sql';

const UNKNOWN = '0'.repeat(32);
const trigger = (c: string) => c.repeat(32);

async function savepointDone(rec: WireRecorder, jid: string, triggerId: string) {
  return rec.until(`savepoint ${triggerId}`, async () => {
    const s = must('savepoint status', await rec.client.getSavepointStatus(jid, triggerId));
    return s.state === 'pending' ? undefined : s;
  });
}

async function running(rec: WireRecorder, jid: string): Promise<JobDetails> {
  return rec.until(`${jid} running`, async () => {
    const j = must('job', await rec.client.getJob(jid));
    return j.state === 'RUNNING' && j.vertices.every((v) => v.status === 'RUNNING') ? j : undefined;
  });
}

async function reaches(rec: WireRecorder, jid: string, state: string): Promise<JobDetails> {
  return rec.until(`${jid} ${state}`, async () => {
    const j = must('job', await rec.client.getJob(jid));
    return j.state === state ? j : undefined;
  });
}

export async function jmSteps(ctx: ScenarioContext, jobs: ScenarioJobs): Promise<void> {
  const { rec } = ctx;
  const c = rec.client;
  const { insert, set } = jobs;

  // --- observe a running, labelled job
  await rec.step('jm.jobs-overview', () => c.listJobs());
  await rec.step('jm.jobs', () => rec.jm('GET', '/jobs', '/jobs'));
  const details = await rec.step('jm.job-details', () => running(rec, insert));
  await rec.step('jm.job-status', () => rec.jm('GET', '/jobs/{jobid}/status', `/jobs/${insert}/status`));
  await rec.step('jm.job-config', () =>
    rec.until('user-config', async () => {
      // An initializing job answers an empty user-config; its labels appear once it runs.
      const cfg = must('config', await c.getJobConfig(insert));
      return Object.keys(cfg.userConfig ?? {}).length > 0 ? cfg : undefined;
    }),
  );
  await rec.step('jm.checkpoints', () =>
    rec.until('a completed checkpoint', async () => {
      const s = must('checkpoints', await c.getCheckpoints(insert));
      return s.latestCompleted ? s : undefined;
    }),
  );
  await rec.step('jm.exceptions', () => c.getExceptions(insert, 5));
  const vertex = details.vertices[0]!.id;
  await rec.step('jm.backpressure', () =>
    rec.until('a back-pressure sample', async () => {
      const b = must('backpressure', await c.getBackpressure!(insert, vertex));
      return b.level ? b : undefined;
    }),
  );
  await rec.step('jm.unknown-job', () => c.getJob(UNKNOWN));
  await rec.step('jm.unknown-job-config', () => c.getJobConfig(UNKNOWN));
  await rec.step('jm.unknown-job-checkpoints', () => c.getCheckpoints(UNKNOWN));

  // --- rescale in place (adaptive scheduler)
  const reqs = must(
    'resource requirements',
    await rec.step('jm.resource-requirements', () => c.getResourceRequirements(insert)),
  );
  const wider = Object.fromEntries(Object.keys(reqs).map((v) => [v, { lowerBound: 1, upperBound: 2 }]));
  await rec.step('jm.resource-requirements-put', () => c.putResourceRequirements(insert, wider));
  await rec.step('jm.resource-requirements-put-incomplete', () => c.putResourceRequirements(insert, {}));
  await rec.step('jm.resource-requirements-put-unknown-job', () => c.putResourceRequirements(UNKNOWN, wider));
  await rec.step('jm.resource-requirements-after', () => c.getResourceRequirements(insert));
  await rec.step('jm.job-details-rescaled', () =>
    rec.until('parallelism 2', async () => {
      const j = await running(rec, insert);
      return j.vertices.every((v) => v.parallelism === 2) ? j : undefined;
    }),
  );

  // --- savepoint of the statement-set job into the cluster's default directory, and a manual checkpoint
  await running(rec, set);
  await rec.step('jm.savepoint-trigger', () => c.triggerSavepoint(set, { triggerId: trigger('a') }));
  await rec.step('jm.savepoint-status', () => savepointDone(rec, set, trigger('a')));
  await rec.step('jm.savepoint-status-unknown-trigger', () => c.getSavepointStatus(set, trigger('9')));
  await rec.step('jm.savepoint-trigger-unknown-job', () =>
    c.triggerSavepoint(UNKNOWN, { triggerId: trigger('8') }),
  );
  await rec.step('jm.savepoint-status-unknown-job', () => savepointDone(rec, UNKNOWN, trigger('8')));
  const cp = trigger('c');
  await rec.step('jm.checkpoint-trigger', () =>
    rec.jm('POST', '/jobs/{jobid}/checkpoints', `/jobs/${set}/checkpoints`, {
      checkpointType: 'FULL',
      triggerId: cp,
    }),
  );
  await rec.step('jm.checkpoint-status', () =>
    rec.until('checkpoint', async () => {
      const r = await rec.jm(
        'GET',
        '/jobs/{jobid}/checkpoints/{triggerid}',
        `/jobs/${set}/checkpoints/${cp}`,
      );
      const s = (r.body as { status?: { id?: string } } | undefined)?.status?.id;
      return s === 'COMPLETED' ? r : undefined;
    }),
  );

  // --- stop with savepoint, then what a finished job answers
  await rec.step('jm.stop', () => c.stopWithSavepoint(insert, { triggerId: trigger('b') }));
  const stopped = await rec.step('jm.stop-status', () => savepointDone(rec, insert, trigger('b')));
  if (stopped.state !== 'completed') throw new Error(`stop-with-savepoint: ${JSON.stringify(stopped)}`);
  await rec.step('jm.job-details-finished', () => reaches(rec, insert, 'FINISHED'));
  await rec.step('jm.savepoint-trigger-finished-job', () =>
    c.triggerSavepoint(insert, { triggerId: trigger('d') }),
  );
  await rec.step('jm.cancel-finished-job', () => c.cancelJob(insert));

  // --- cancel, twice
  await rec.step('jm.cancel', () => c.cancelJob(set));
  await rec.step('jm.job-details-cancelled', () => reaches(rec, set, 'CANCELED'));
  await rec.step('jm.cancel-cancelled-job', () => c.cancelJob(set));
  await rec.step('jm.cancel-unknown-job', () => c.cancelJob(UNKNOWN));
  await rec.step('jm.jobs-overview-terminal', () =>
    rec.until('every job ended', async () => {
      const jobs = must('jobs', await c.listJobs());
      return jobs.every((j) => ['FINISHED', 'CANCELED', 'FAILED'].includes(j.state)) ? jobs : undefined;
    }),
  );

  // --- disposal: a real savepoint, a missing one, an unknown trigger
  const disposal = must('dispose', await rec.step('jm.disposal', () => c.disposeSavepoint(stopped.location)));
  await rec.step('jm.disposal-status', () =>
    rec.until('disposal', async () => {
      const s = must('disposal', await c.getDisposalStatus(disposal.triggerId));
      return s.state === 'pending' ? undefined : s;
    }),
  );
  const missing = must(
    'dispose missing',
    await rec.step('jm.disposal-missing', () => c.disposeSavepoint(`${stopped.location}-missing`)),
  );
  await rec.step('jm.disposal-missing-status', () =>
    rec.until('disposal of a missing savepoint', async () => {
      const s = must('disposal', await c.getDisposalStatus(missing.triggerId));
      return s.state === 'pending' ? undefined : s;
    }),
  );
  await rec.step('jm.disposal-status-unknown-trigger', () => c.getDisposalStatus(trigger('e')));

  // --- logs
  await rec.step('jm.log', () => c.getJobManagerLog!());
  const list = await rec.step('jm.logs', () => rec.jm('GET', '/jobmanager/logs', '/jobmanager/logs'));
  const files = (list.body as { logs?: { name: string }[] } | undefined)?.logs ?? [];
  const file = files.find((f) => f.name.endsWith('.log'))?.name ?? files[0]?.name;
  if (file) await rec.step('jm.log-file', () => c.getJobManagerLog!({ file }));
}
