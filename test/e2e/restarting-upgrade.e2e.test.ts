/**
 * Upgrades of jobs Flink takes no savepoint of, and whose checkpoints a cancel may delete: a job
 * that runs, checkpoints, then crash-loops (RESTARTING) is only cancelled for its upgrade when its
 * checkpoints are retained on cancellation (the new job then restores from the latest one);
 * with Flink's default retention the upgrade is refused before the cancel, and so is a
 * last-state upgrade of a RUNNING job.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './fixtures';
import {
  apply,
  cancelJobs,
  flinkops,
  jobsOf,
  localPath,
  makeRepo,
  type OverviewJob,
  rest,
  restoredFrom,
  runningJob,
  waitFor,
} from './support';

/** Until `bombAt` (epoch ms) the query passes its rows on; from then on every row divides by zero. */
const timeBomb = (bombAt: number) =>
  [
    'INSERT INTO sink_rows',
    'SELECT id,',
    `  CASE WHEN CURRENT_TIMESTAMP > TO_TIMESTAMP_LTZ(${bombAt}, 3) THEN v / (k - k) ELSE v END AS v`,
    'FROM events;',
    '',
  ].join('\n');
const SAFE = 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n';
const SAFE_FILTERED = 'INSERT INTO sink_rows\nSELECT id, v\nFROM events\nWHERE v IS NOT NULL;\n';

/** Checkpoints every 2 s; a failure restarts the job again and again, 2 s apart. */
const crashLoopConfig = (more: string[] = []) =>
  jobYaml([
    'parallelism: 1',
    'config:',
    '  execution.checkpointing.interval: 2 s',
    '  restart-strategy.type: fixed-delay',
    "  restart-strategy.fixed-delay.attempts: '1000'",
    '  restart-strategy.fixed-delay.delay: 2 s',
    ...more.map((l) => `  ${l}`),
  ]);
const RETAINED = crashLoopConfig([
  'execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION',
]);
const LAST_STATE = jobYaml(['parallelism: 1', 'upgradeMode: last-state']);

/** The bomb goes off this long after the create starts: time for the create's health check (a loaded machine submits slowly). */
const FUSE_MS = 60_000;
const bombAt = Date.now() + FUSE_MS;

const repo = makeRepo('restarting', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/sink_rows.yaml': ROWS_BLACKHOLE,
  // Flink's default retention: a cancel deletes its checkpoints.
  'jobs/bomb.sql': timeBomb(bombAt),
  'jobs/bomb.yaml': crashLoopConfig(),
  // Checkpoints retained on cancellation.
  'jobs/bomb_retained.sql': timeBomb(bombAt),
  'jobs/bomb_retained.yaml': RETAINED,
  // RUNNING throughout, upgraded last-state with Flink's default retention.
  'jobs/steady.sql': SAFE,
  'jobs/steady.yaml': LAST_STATE,
});
afterAll(async () => {
  // The refused crash-looping job keeps restarting: nothing of this scenario stays on the cluster.
  await cancelJobs(repo);
  repo.cleanup();
});

const ALIVE = (j: OverviewJob) => !['FAILED', 'CANCELED', 'FINISHED'].includes(j.state);

/** Flink's own word on what a cancel leaves of the job's checkpoints. */
async function externalization(jobId: string) {
  const c = await rest<{ externalization: { enabled: boolean; delete_on_cancellation: boolean } }>(
    repo.cluster,
    `/jobs/${jobId}/checkpoints/config`,
  );
  return c.externalization;
}

async function completedCheckpoints(jobId: string): Promise<number> {
  const c = await rest<{ counts: { completed: number } }>(repo.cluster, `/jobs/${jobId}/checkpoints`);
  return c.counts.completed;
}

/** Flink's latest completed checkpoint of the job, if it has one. */
async function latestCheckpoint(
  jobId: string,
): Promise<{ external_path: string; discarded?: boolean } | undefined> {
  const c = await rest<{ latest: { completed: { external_path: string; discarded?: boolean } | null } }>(
    repo.cluster,
    `/jobs/${jobId}/checkpoints`,
  );
  return c.latest.completed ?? undefined;
}

async function jobState(jobId: string): Promise<string> {
  return (await rest<{ state: string }>(repo.cluster, `/jobs/${jobId}`)).state;
}

/** The job's one alive Flink job, once Flink reports it RESTARTING. */
async function restarting(job: string): Promise<OverviewJob> {
  return waitFor(
    `${job} to crash-loop (RESTARTING)`,
    async () => {
      const alive = (await jobsOf(repo, job)).filter(ALIVE);
      if (alive.length !== 1) return undefined;
      return (await jobState(alive[0]!.jid)) === 'RESTARTING' ? alive[0] : undefined;
    },
    FUSE_MS + 60_000,
  );
}

describe('upgrading a job whose checkpoints a cancel may delete', () => {
  const created: Record<string, string> = {};

  it('creates the jobs: all RUNNING and checkpointing before the bomb goes off', async () => {
    const r = await apply(repo, ['--health-grace', '2s', '--checkpoint-wait', '20s']);
    expect(r.code, r.out).toBe(0);
    expect(Date.now(), 'the create outlasted the fuse').toBeLessThan(bombAt);
    for (const job of ['bomb', 'bomb_retained', 'steady']) {
      const j = await runningJob(repo, job);
      created[job] = j.jid;
      expect(repo.state().jobs[job]!.current!.jobId).toBe(j.jid);
      expect(await completedCheckpoints(j.jid)).toBeGreaterThanOrEqual(1);
    }
    // Flink's default: a cancel deletes the checkpoints; the retained job keeps them.
    expect(await externalization(created.bomb!)).toMatchObject({ delete_on_cancellation: true });
    expect(await externalization(created.steady!)).toMatchObject({ delete_on_cancellation: true });
    expect(await externalization(created.bomb_retained!)).toEqual({
      enabled: true,
      delete_on_cancellation: false,
    });
  });

  it('refuses a last-state upgrade of a RUNNING job whose checkpoints a cancel deletes, before the cancel', async () => {
    repo.write({ 'jobs/steady.sql': SAFE_FILTERED });
    const r = await apply(repo, ['--target', 'steady']);
    expect(r.code, r.out).toBe(1);
    // Refused in the plan already: the cluster says it deletes the checkpoints on cancel.
    expect(r.out).toContain('FO627');
    expect(r.out).toContain(
      'job steady cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled',
    );
    // Nothing was changed: the same Flink job runs on, and nothing else of steady was started.
    const j = await runningJob(repo, 'steady');
    expect(j.jid).toBe(created.steady);
    expect((await jobsOf(repo, 'steady')).map((x) => [x.jid, x.state])).toEqual([
      [created.steady, 'RUNNING'],
    ]);
    const rec = repo.state().jobs.steady!;
    expect(rec.current!.jobId).toBe(created.steady);
    expect(rec.savepoints).toEqual([]);
  });

  it('refuses the upgrade of a RESTARTING job with the default retention, and leaves it as it was', async () => {
    const looping = await restarting('bomb');
    expect(looping.jid).toBe(created.bomb);
    const before = repo.state().jobs.bomb!;
    repo.write({ 'jobs/bomb.sql': SAFE });
    const r = await apply(repo, ['--target', 'bomb']);
    expect(r.code, r.out).toBe(1);
    // In the plan when it saw the job RESTARTING (FO627), else at the stop, before the cancel (FO710).
    expect(r.out).toMatch(/FO627|FO710/);
    expect(r.out).toContain(
      'job bomb is RESTARTING: no savepoint possible, and cancelling it would delete its checkpoints',
    );
    // Not cancelled: the same Flink job is still alive (restarting), and no other was started.
    const alive = (await jobsOf(repo, 'bomb')).filter(ALIVE);
    expect(alive.map((j) => j.jid)).toEqual([created.bomb]);
    expect(['RESTARTING', 'RUNNING']).toContain(await jobState(created.bomb!));
    expect((await jobsOf(repo, 'bomb')).map((j) => j.jid)).toEqual([created.bomb]);
    const after = repo.state().jobs.bomb!;
    expect(after.current!.jobId).toBe(created.bomb);
    expect(after.savepoints).toEqual(before.savepoints);
    // Its checkpoints are still there: Flink's latest completed one, on disk and not discarded.
    const cp = await latestCheckpoint(created.bomb!);
    expect(cp?.external_path).toMatch(new RegExp(`/${created.bomb}/chk-\\d+$`));
    expect(cp?.discarded ?? false).toBe(false);
    expect(existsSync(join(localPath(cp!.external_path), '_metadata'))).toBe(true);
  });

  it('cancels a RESTARTING job whose checkpoints are retained, and restores the new job from the latest', async () => {
    const looping = await restarting('bomb_retained');
    expect(looping.jid).toBe(created.bomb_retained);
    repo.write({ 'jobs/bomb_retained.sql': SAFE });
    const r = await apply(repo, ['--target', 'bomb_retained']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/no savepoint possible while RESTARTING; will restore from checkpoint/);

    // The old job was cancelled (not stopped with a savepoint), the new one runs.
    expect(await jobState(created.bomb_retained!)).toBe('CANCELED');
    const job = await runningJob(repo, 'bomb_retained');
    expect(job.jid).not.toBe(created.bomb_retained);

    // flinkops recorded the old job's checkpoint, and the new job restored from exactly that.
    const rec = repo.state().jobs.bomb_retained!;
    const cp = rec.savepoints.find((s) => s.jobId === created.bomb_retained);
    expect(cp, JSON.stringify(rec.savepoints)).toBeDefined();
    expect(cp!.kind).toBe('upgrade');
    expect(cp!.path).toMatch(new RegExp(`/${created.bomb_retained}/chk-\\d+$`));
    expect(r.out).toContain(cp!.path);
    expect(rec.current!.jobId).toBe(job.jid);
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(cp!.path);

    // Flink kept it on disk under the cluster's checkpoint folder.
    const dir = localPath(cp!.path);
    expect(dir.startsWith(localPath(repo.cluster.checkpointDir))).toBe(true);
    expect(existsSync(join(dir, '_metadata'))).toBe(true);

    // The new job is healthy: it checkpoints, and the plan has nothing left to do for it.
    await waitFor('a checkpoint of the new job', async () =>
      (await completedCheckpoints(job.jid)) >= 1 ? true : undefined,
    );
    const plan = await flinkops(repo, [
      'plan',
      '--env',
      'local',
      '--target',
      'bomb_retained',
      '--detailed-exitcode',
    ]);
    expect(plan.code, plan.out).toBe(0);
  });
});
