/** The rows of `flinkops status`: what runs, joined with the state store. */
import { describe, expect, it } from 'vitest';
import { statusRows } from '../src/cli/commands/status';
import type { LiveJob, LiveState } from '../src/observe';
import type { JobChange } from '../src/plan';
import type { StateDoc } from '../src/state';

const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);

/**
 * What real Flink 1.20 (adaptive scheduler) answers for a job submitted at parallelism 2 and
 * rescaled in place to 1 by flinkops: `/jobs/:id/config` keeps `job-parallelism: 2`, the vertices
 * run at 1 and the resource requirements carry upper bounds of 1 (a sink pinned by
 * `sink.parallelism: 1` stays at 1 throughout).
 */
function rescaledInPlace(): { live: LiveState; state: StateDoc } {
  const job: LiveJob = {
    jobId: 'a1',
    name: 'shop.dev.totals',
    state: 'RUNNING',
    startTime: NOW - 60_000,
    parallelism: 2,
    vertices: [
      { id: 'v1', name: 'Source: orders', parallelism: 1, maxParallelism: 128, upperBound: 1 },
      { id: 'v2', name: 'GroupAggregate', parallelism: 1, maxParallelism: 128, upperBound: 1 },
      { id: 'v3', name: 'Sink: totals', parallelism: 1, maxParallelism: 128, upperBound: 1 },
    ],
    labels: { 'flinkops.spec-hash': 'h1' },
    job: 'totals',
  };
  const live = { observed: true, adaptiveScheduler: true, jobs: [job] } as unknown as LiveState;
  const state = {
    jobs: {
      totals: {
        status: 'running',
        current: {
          specHash: 'h1',
          script: 'x',
          parallelism: 1,
          jobId: 'a1',
          deployedAt: '2026-01-05T09:59:00Z',
        },
        savepoints: [],
        history: [],
      },
    },
  } as unknown as StateDoc;
  return { live, state };
}

describe('status rows', () => {
  // Real Flink 1.20.3 (default scheduler, 3 slots all taken): a job RUNNING by its status, its
  // vertices' tasks SCHEDULED for minutes; status showed it as RUNNING, like the jobs that ran.
  it('says a RUNNING job whose tasks wait for slots does so', () => {
    const { live, state } = rescaledInPlace();
    const change = { job: 'totals', action: 'none' } as JobChange;
    expect(statusRows([change], live, state, NOW)[0]!.tasksWaiting).toBeUndefined();
    for (const v of live.jobs[0]!.vertices) v.status = 'SCHEDULED';
    expect(statusRows([change], live, state, NOW)[0]).toMatchObject({ state: 'RUNNING', tasksWaiting: true });
  });

  it('shows a job renamed with movedFrom, not yet applied, as its old name runs and is recorded', () => {
    const { live, state } = rescaledInPlace();
    const change = {
      job: 'sums',
      action: 'upgrade',
      renamedFrom: { job: 'totals', pipelineName: 'shop.dev.totals' },
    } as JobChange;
    expect(statusRows([change], live, state, NOW)[0]).toMatchObject({
      job: 'sums',
      state: 'RUNNING',
      jobId: 'a1',
      planned: 'upgrade (renamed from totals)',
    });
  });

  // Real Flink 2.2, a job in a restart loop: it switched to RUNNING between the instant status
  // evaluates at and its read of the cluster, and `status --json` said `uptimeMs: -48`.
  it('never shows a negative uptime for a job restarted while status read the cluster', () => {
    const { live, state } = rescaledInPlace();
    live.jobs[0]!.runningSince = NOW + 48;
    const change = { job: 'totals', action: 'none' } as JobChange;
    expect(statusRows([change], live, state, NOW)[0]!.uptimeMs).toBe(0);
  });

  it('shows as LAST SAVEPOINT the newest one the cluster can restore, not one a newer major release wrote', () => {
    const { live, state } = rescaledInPlace();
    const sp = (path: string, time: string, flinkVersion: string) => ({
      path,
      time,
      triggerId: 't',
      jobId: 'a0',
      specHash: 'h1',
      kind: 'periodic',
      flinkVersion,
    });
    state.jobs.totals!.savepoints = [
      sp('file:/sp/by-1.20', '2026-01-05T09:00:00Z', '1.20'),
      sp('file:/sp/by-2.2', '2026-01-05T09:30:00Z', '2.2'),
    ] as never;
    const change = { job: 'totals', action: 'none' } as JobChange;
    expect(statusRows([change], { ...live, flinkVersion: '1.20.3' }, state, NOW)[0]!.lastSavepoint).toBe(
      'file:/sp/by-1.20',
    );
    expect(statusRows([change], { ...live, flinkVersion: '2.2.0' }, state, NOW)[0]!.lastSavepoint).toBe(
      'file:/sp/by-2.2',
    );
  });

  it("says when an ended job ended (a batch job's last run), but not for one flinkops suspended", () => {
    const { live, state } = rescaledInPlace();
    const job = live.jobs[0]!;
    job.state = 'FINISHED';
    job.endTime = NOW - 3_600_000;
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    expect(statusRows([change], live, state, NOW)[0]).toMatchObject({
      state: 'FINISHED',
      endedAt: '2026-01-05T09:00:00.000Z',
    });
    state.jobs.totals!.status = 'suspended';
    const suspended = statusRows([change], live, state, NOW)[0]!;
    expect(suspended.state).toBe('SUSPENDED');
    expect(suspended.endedAt).toBeUndefined();
  });

  it('shows the parallelism a job was rescaled to in place, not the one it was submitted with', () => {
    const { live, state } = rescaledInPlace();
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    const [row] = statusRows([change], live, state, NOW);
    expect(row).toMatchObject({ job: 'totals', state: 'RUNNING', jobId: 'a1', parallelism: 1 });
  });

  it('shows the parallelism a job rescaled in place ran at once it was stopped with a savepoint (suspended)', () => {
    // Real Flink 1.20: a job submitted at 1, rescaled in place to 2, then stopped: /jobs/:id/config
    // still says job-parallelism 1, the FINISHED job's vertices say 2, and an ended job has no
    // resource requirements to read.
    const { live, state } = rescaledInPlace();
    const job = live.jobs[0]!;
    job.state = 'FINISHED';
    job.parallelism = 1;
    job.vertices = job.vertices.map(({ upperBound: _, ...v }) => ({ ...v, parallelism: 2 }));
    state.jobs.totals!.current!.parallelism = 2;
    state.jobs.totals!.status = 'suspended';
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    expect(statusRows([change], live, state, NOW)[0]).toMatchObject({ state: 'SUSPENDED', parallelism: 2 });
  });

  it('shows the configured parallelism of a job flinkops did not rescale', () => {
    const { live, state } = rescaledInPlace();
    state.jobs.totals!.current!.parallelism = 2;
    const job = live.jobs[0]!;
    job.vertices = job.vertices.map((v) => ({ ...v, parallelism: 2, upperBound: 2 }));
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    expect(statusRows([change], live, state, NOW)[0]!.parallelism).toBe(2);
  });

  it('shows the parallelism a job was rescaled to in place by hand, behind flinkops', () => {
    // Real Flink 2.2: PUT /jobs/:id/resource-requirements with upper bounds of 3 on a job flinkops
    // started at 1: its configuration still says 1, every vertex runs at 3 with bounds of 3.
    const { live, state } = rescaledInPlace();
    live.jobs[0]!.parallelism = 1;
    live.jobs[0]!.vertices = live.jobs[0]!.vertices.map((v) => ({ ...v, parallelism: 3, upperBound: 3 }));
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    expect(statusRows([change], live, state, NOW)[0]!.parallelism).toBe(3);
  });

  it('says when the adaptive scheduler runs a job below its parallelism for want of task slots', () => {
    // Real Flink 1.20: a job submitted at 2 to a cluster with one free slot runs at 1; its resource
    // requirements keep upper bounds of 2 (a sink pinned at 1 keeps 1), and it scales up later.
    const { live, state } = rescaledInPlace();
    const job = live.jobs[0]!;
    job.vertices = job.vertices.map((v) => ({ ...v, upperBound: v.name.startsWith('Sink') ? 1 : 2 }));
    state.jobs.totals!.current!.parallelism = 2;
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    const [row] = statusRows([change], live, state, NOW);
    expect(row).toMatchObject({ parallelism: 2, runningParallelism: 1 });
    // At full strength (or not on the adaptive scheduler) there is nothing to say.
    job.vertices = job.vertices.map((v) => ({ ...v, parallelism: v.upperBound ?? 2 }));
    expect(statusRows([change], live, state, NOW)[0]).not.toHaveProperty('runningParallelism');
  });

  it('says in PLANNED that a job runs twice (a copy submitted by hand under its name), not just none', () => {
    const { live, state } = rescaledInPlace();
    const copy: LiveJob = { ...live.jobs[0]!, jobId: 'b2', startTime: NOW - 5_000 };
    delete copy.labels;
    live.jobs.push(copy);
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    expect(statusRows([change], live, state, NOW)[0]).toMatchObject({
      planned: 'none (runs 2 times: stop all but one)',
    });
  });

  it('shows the instance that runs, not a newer copy started by hand under its name and cancelled since', () => {
    // Real Flink 2.2: a second copy submitted through the SQL Gateway with the job's pipeline.name,
    // then cancelled (CANCELED, newer start time); the job flinkops deployed still runs.
    const { live, state } = rescaledInPlace();
    const copy: LiveJob = { ...live.jobs[0]!, jobId: 'b2', state: 'CANCELED', startTime: NOW - 5_000 };
    delete copy.labels;
    live.jobs.push(copy);
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    expect(statusRows([change], live, state, NOW)[0]).toMatchObject({
      state: 'RUNNING',
      jobId: 'a1',
      parallelism: 1,
      planned: 'none',
    });
  });

  it('shows no uptime for a job waiting to be scheduled (CREATED: no task slots yet), as Flink has not run it', () => {
    const { live, state } = rescaledInPlace();
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    expect(statusRows([change], live, state, NOW)[0]!.uptimeMs).toBe(60_000);
    live.jobs[0]!.state = 'CREATED';
    const [row] = statusRows([change], live, state, NOW);
    expect(row).toMatchObject({ state: 'CREATED', jobId: 'a1' });
    expect(row).not.toHaveProperty('uptimeMs');
  });

  it('shows a job suspended through flinkops as SUSPENDED, not as the FINISHED job it left, with no uptime', () => {
    const { live, state } = rescaledInPlace();
    live.jobs[0]!.state = 'FINISHED';
    state.jobs.totals!.status = 'suspended';
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    const [row] = statusRows([change], live, state, NOW);
    expect(row).toMatchObject({ state: 'SUSPENDED', jobId: 'a1' });
    expect(row).not.toHaveProperty('uptimeMs');
    // A job that failed on its own still shows Flink's word for it.
    live.jobs[0]!.state = 'FAILED';
    state.jobs.totals!.status = 'running';
    expect(statusRows([change], live, state, NOW)[0]).toMatchObject({ state: 'FAILED' });
  });
});

describe('status rows of ended jobs', () => {
  it("shows Flink's state for a job flinkops did not mean to end (a failed create it cancelled), and suspended for one it did", () => {
    const { live, state } = rescaledInPlace();
    live.jobs[0]!.state = 'CANCELED';
    const change = { job: 'totals', action: 'none' } as unknown as JobChange;
    state.jobs.totals!.status = 'failed';
    expect(statusRows([change], live, state, NOW)[0]!.state).toBe('CANCELED');
    state.jobs.totals!.status = 'suspended';
    expect(statusRows([change], live, state, NOW)[0]!.state).toBe('SUSPENDED');
  });
});

describe('status rows of jobs not on the cluster', () => {
  const change = { job: 'totals', action: 'recover' } as unknown as JobChange;
  const noJobs = (live: LiveState) => ({ ...live, jobs: [] }) as LiveState;

  it('does not show a job the store records as running as RUNNING when the cluster has no job of it', () => {
    // A session cluster restarted without HA forgets its jobs: the plan recovers them ("vanished").
    const { live, state } = rescaledInPlace();
    expect(statusRows([change], noJobs(live), state, NOW)[0]!.state).toBe('VANISHED');
  });

  it('shows a job an older flinkops recorded as running but never started as not deployed', () => {
    // An older flinkops left {status: running} and no deployed version when a create failed.
    const { live, state } = rescaledInPlace();
    delete state.jobs.totals!.current;
    const create = { job: 'totals', action: 'create' } as unknown as JobChange;
    expect(statusRows([create], noJobs(live), state, NOW)[0]!.state).toBe('NOT DEPLOYED');
  });

  it('shows what the store recorded for a job it stopped or saw fail', () => {
    const { live, state } = rescaledInPlace();
    state.jobs.totals!.status = 'suspended';
    expect(statusRows([change], noJobs(live), state, NOW)[0]!.state).toBe('SUSPENDED');
    state.jobs.totals!.status = 'failed';
    expect(statusRows([change], noJobs(live), state, NOW)[0]!.state).toBe('FAILED');
  });
});

describe('LAST SAVEPOINT of a job started from a pinned savepoint', () => {
  function pinned(pin: string, recordedPin?: string) {
    const { live, state } = rescaledInPlace();
    const record = state.jobs.totals!;
    // A savepoint the store records (taken at 07:00), an earlier version's upgrade savepoint of
    // 08:00, then a restart at 09:59 from the pinned one.
    record.savepoints = [
      ...(recordedPin
        ? [
            {
              path: recordedPin,
              time: '2026-01-05T07:00:00Z',
              triggerId: 't2',
              jobId: 'a0',
              specHash: 'h0',
              kind: 'manual' as const,
            },
          ]
        : []),
      {
        path: 'file:/sp/savepoint-aaaaaa-older',
        time: '2026-01-05T08:00:00Z',
        triggerId: 't1',
        jobId: 'a0',
        specHash: 'h0',
        kind: 'upgrade',
      },
    ];
    record.current = { ...record.current!, restoredFrom: pin };
    return statusRows([{ job: 'totals', action: 'none' } as JobChange], live, state, NOW)[0]!;
  }

  it('shows the pinned savepoint the job restored from, not an older one of the store', () => {
    const row = pinned('file:/sp/savepoint-bbbbbb-by-hand');
    expect(row.lastSavepoint).toBe('file:/sp/savepoint-bbbbbb-by-hand');
    // Not recorded: as of the version's start.
    expect(row.lastSavepointAgeMs).toBe(60_000);
  });

  it('a pin the store records (going back to it): that one, as of its own time', () => {
    const row = pinned('file:/sp/savepoint-cccccc-manual', 'file:/sp/savepoint-cccccc-manual');
    expect(row.lastSavepoint).toBe('file:/sp/savepoint-cccccc-manual');
    expect(row.lastSavepointAgeMs).toBe(3 * 3_600_000);
  });
});
