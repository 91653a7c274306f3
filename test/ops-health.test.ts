import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '../src/engine/health';
import { durationMs, evaluateHealth } from '../src/engine/health';
import { type Simulator, startSimulator } from '../src/sim';
import { analyzeScript } from '../src/sql';
import { cli, projectCopy, ROOT } from './ops-cli';
import { desiredJob, desiredState, liveJob, liveState } from './plan-fixtures';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
const CP = { 'execution.checkpointing.interval': '10 s' };

function repo(health: string): string {
  return projectCopy(join(ROOT, 'test/fixtures/repos/valid'), {
    'flinkops.yaml': [
      'project: shop',
      'flinkVersion: "1.20"',
      'defaults:',
      '  health:',
      ...health.split('\n').map((l) => `    ${l}`),
      'environments:',
      '  dev:',
      '    jobmanagerUrl: http://localhost:8081',
      '    sqlGatewayUrl: http://localhost:8083',
      '',
    ].join('\n'),
  });
}

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function status(dir: string, ...extra: string[]) {
  const now = new Date(sim!.control.now()).toISOString();
  return cli(
    [
      'status',
      '--check',
      '--dir',
      dir,
      '--jobmanager-url',
      sim!.jobmanagerUrl,
      '--sql-gateway-url',
      sim!.gatewayUrl,
      '--state-file',
      join(dir, 'state.json'),
      '--now',
      now,
      ...extra,
    ],
    dir,
  );
}

async function started(): Promise<Simulator> {
  sim = await startSimulator({ flinkVersion: '1.20', startTimeMs: START });
  return sim;
}

describe('flinkops status --check against the simulator', () => {
  it('exits 0 for a healthy job', async () => {
    const s = await started();
    s.control.seedJob({ name: 'shop.dev.totals', config: CP });
    s.control.advance(60_000);
    const dir = repo('maxRestarts: 2\nwindow: 10min\nmaxCheckpointAge: 5min');
    const r = await status(dir);
    expect(r.stdout).toContain('healthy: every job passes its health rules');
    expect(r.code).toBe(0);
  });

  it('exits 1 for a restart loop, and says why (also as JSON)', async () => {
    const s = await started();
    s.control.seedJob({ name: 'shop.dev.totals', config: CP });
    s.control.advance(30_000);
    s.control.faults.jobRestartLoop = true;
    s.control.advance(60_000);
    const dir = repo('maxRestarts: 3\nwindow: 10min');
    const text = await status(dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/unhealthy: 1 of 1 job breach/);
    expect(text.stdout).toMatch(/maxRestarts: restarted \d+ times in the last 10min \(at most 3\)/);

    const json = await status(dir, '--json');
    expect(json.code).toBe(1);
    const report = (JSON.parse(json.stdout) as { health: HealthReport }).health;
    expect(report.healthy).toBe(false);
    expect(report.jobs[0]!.breaches.map((b) => b.rule)).toContain('maxRestarts');
  });

  it('exits 1 when no checkpoint completed for longer than maxCheckpointAge', async () => {
    const s = await started();
    s.control.seedJob({ name: 'shop.dev.totals' }); // checkpointing off
    s.control.advance(20 * 60_000);
    const r = await status(repo('maxCheckpointAge: 15min'), '--json');
    expect(r.code).toBe(1);
    const report = (JSON.parse(r.stdout) as { health: HealthReport }).health;
    expect(report.jobs[0]!.breaches).toEqual([
      expect.objectContaining({
        rule: 'maxCheckpointAge',
        summary: 'no completed checkpoint in the 20min since it started (at most 15min)',
      }),
    ]);
  });

  it('flags a job that is not running while it should, and back-pressure above the limit', async () => {
    const s = await started();
    s.control.seedJob({ name: 'shop.dev.totals', state: 'FAILED' });
    const failed = await status(repo('notRunning: true'));
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/notRunning: FAILED on the cluster while it should be running/);
    await sim!.close();

    const t = await started();
    t.control.seedJob({ name: 'shop.dev.totals', config: CP, backpressure: 'high' });
    t.control.advance(30_000);
    const bp = await status(repo('maxBackPressure: low'), '--json');
    expect(bp.code).toBe(1);
    const report = (JSON.parse(bp.stdout) as { health: HealthReport }).health;
    expect(report.jobs[0]!.breaches[0]).toMatchObject({ rule: 'maxBackPressure' });
    expect(report.jobs[0]!.breaches[0]!.summary).toMatch(/^back-pressure high at .* \(at most low\)$/);
  });

  it('still reads the former spelling maxBackpressure, with a located warning to rename it', async () => {
    const t = await started();
    t.control.seedJob({ name: 'shop.dev.totals', config: CP, backpressure: 'high' });
    t.control.advance(30_000);
    const dir = repo('maxRestarts: 3\nmaxBackpressure: low');
    const bp = await status(dir, '--json');
    expect(bp.code).toBe(1);
    const report = (JSON.parse(bp.stdout) as { health: HealthReport }).health;
    expect(report.jobs[0]!.breaches[0]).toMatchObject({ rule: 'maxBackPressure' });
    const text = await status(dir);
    expect(text.stdout).toContain('maxBackPressure: back-pressure high at');
    expect(text.stderr).toContain('flinkops.yaml:6:5');
    expect(text.stderr).toContain('FO265');
    expect(text.stderr).toContain('rename the key to maxBackPressure');

    // Both spellings: the documented one wins.
    const both = await status(repo('maxBackPressure: low\nmaxBackpressure: ok'));
    expect(both.code).toBe(1);
    expect(both.stdout).toMatch(/maxBackPressure: back-pressure high at .* \(at most low\)/);
    expect(both.stderr).toContain('remove maxBackpressure');
  });
});

describe('evaluateHealth (pure)', () => {
  const now = '2026-01-05T10:00:00Z';
  const t = Date.parse(now);

  it('counts only the restarts inside the window', () => {
    const job = desiredJob('orders', { settings: { health: { maxRestarts: 1, window: '5min' } } });
    const live = liveState([
      liveJob('orders', { failureTimes: [t - 60_000, t - 10 * 60_000, t - 20 * 60_000] }),
    ]);
    expect(evaluateHealth(desiredState([job]), live, now).healthy).toBe(true);
    const strict = desiredJob('orders', { settings: { health: { maxRestarts: 0, window: '5min' } } });
    expect(evaluateHealth(desiredState([strict]), live, now).jobs[0]!.breaches[0]!.rule).toBe('maxRestarts');
  });

  it('a RUNNING job whose tasks wait for slots: its stale checkpoint is a breach, not an unchecked rule as well', () => {
    const job = desiredJob('orders', { settings: { health: { maxCheckpointAge: '15min' } } });
    const live = liveState(
      [
        liveJob('orders', {
          startTime: t - 60 * 60_000,
          lastCheckpointTime: t - 40 * 60_000,
          vertices: [
            { id: 'v1', name: 'Source: orders', parallelism: 1, maxParallelism: 128, status: 'CREATED' },
          ],
        }),
      ],
      { slots: { taskManagers: 0, slotsTotal: 0, slotsAvailable: 0 } },
    );
    const [orders] = evaluateHealth(desiredState([job]), live, now).jobs;
    expect(orders!.breaches.map((b) => b.rule)).toEqual(['notRunning', 'maxCheckpointAge']);
    expect(orders!.unchecked ?? []).not.toContain('maxCheckpointAge');
    expect(orders!.unchecked ?? []).not.toContain('notRunning');
  });

  it('does not judge a job the schedule keeps suspended', () => {
    const job = desiredJob('orders', {
      settings: { schedule: { windows: [{ start: '0 8 * * *', stop: '0 9 * * *' }] }, health: {} },
    });
    const r = evaluateHealth(desiredState([job]), liveState([]), now);
    expect(r.jobs[0]).toMatchObject({ healthy: true, desired: 'suspended' });
  });

  it('counts a batch job whose run FINISHED as healthy, and a FAILED run as not', () => {
    const job = {
      ...desiredJob('nightly', { settings: { health: { maxCheckpointAge: '15min' } } }),
      script: "SET 'execution.runtime-mode' = 'batch';",
      statements: analyzeScript("SET 'execution.runtime-mode' = 'batch';", 'jobs/nightly.sql').statements,
    };
    const done = evaluateHealth(
      desiredState([job]),
      liveState([liveJob('nightly', { state: 'FINISHED' })]),
      now,
    );
    expect(done.jobs[0]).toMatchObject({ healthy: true, breaches: [] });
    expect(done.jobs[0]!.unchecked).toBeUndefined();
    const failed = evaluateHealth(
      desiredState([job]),
      liveState([liveJob('nightly', { state: 'FAILED' })]),
      now,
    );
    expect(failed.jobs[0]!.breaches.map((b) => [b.rule, b.summary])).toEqual([
      ['notRunning', 'FAILED on the cluster while it should be running'],
    ]);
    // A run going on for an hour takes no checkpoints (real 1.20.3: "Checkpointing has not been
    // enabled"): maxCheckpointAge does not judge it, a restart loop still does.
    const running = evaluateHealth(
      desiredState([job]),
      liveState([liveJob('nightly', { batch: true, startTime: Date.parse(now) - 3_600_000 })]),
      now,
    );
    expect(running.jobs[0]).toMatchObject({ healthy: true, breaches: [] });
  });

  it('reads durations as the schema writes them', () => {
    expect([
      durationMs('10min'),
      durationMs('15 min'),
      durationMs('30s'),
      durationMs('6h'),
      durationMs('1d'),
    ]).toEqual([600_000, 900_000, 30_000, 21_600_000, 86_400_000]);
  });
});

/**
 * Real Flink 2.2: while a restarted job's source restored 7.6 MiB of state (its vertex
 * INITIALIZING), Flink reported the sink after it busy 1000 ms/s and idle 0, so every check in those
 * seconds breached maxBusy (and would resolve it once the source ran).
 */
describe('metric rules of a job whose tasks still restore their state', () => {
  it('are not judged, and their open alerts stay open', () => {
    const job = desiredJob('orders', { settings: { health: { maxBusy: 0.9 } } });
    const vertices = [
      { id: 'v1', name: 'Source: seq', parallelism: 1, maxParallelism: 128, status: 'INITIALIZING' },
      { id: 'v2', name: 'hole: Writer', parallelism: 1, maxParallelism: 128, status: 'RUNNING' },
    ];
    const busy = { busy: { vertexId: 'v2', vertex: 'hole: Writer', value: 1 } };
    const at = '2026-01-05T09:00:00Z';
    const restoring = evaluateHealth(
      desiredState([job]),
      liveState([liveJob('orders', { vertices, metrics: busy })]),
      at,
    ).jobs[0]!;
    expect(restoring.breaches).toEqual([]);
    expect(restoring.unchecked).toContain('maxBusy');
    const running = vertices.map((v) => ({ ...v, status: 'RUNNING' }));
    const after = evaluateHealth(
      desiredState([job]),
      liveState([liveJob('orders', { vertices: running, metrics: busy })]),
      at,
    ).jobs[0]!;
    expect(after.breaches.map((b) => b.rule)).toEqual(['maxBusy']);
  });
});
