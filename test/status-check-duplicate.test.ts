/**
 * A managed job running twice (a copy submitted by hand under its name, a second apply with another
 * state store) writes its sinks twice. Plan said so (FO610), but `status --check` — what a
 * scheduled health check and its alerts run — exited 0 when the job set no health rules.
 */
import { describe, expect, it } from 'vitest';
import { evaluateHealth } from '../src/engine/health';
import type { FlinkClient } from '../src/flink/client';
import { observeHealth } from '../src/observe/health';
import { cli, localSim } from './ops-cli';
import { desiredJob, desiredState, liveJob, liveState } from './plan-fixtures';

const t = localSim();

describe('status --check of a job that runs twice', () => {
  it('fails the check and names both instances, with no health rules set', async () => {
    const first = await cli(['apply', ...t.base, '--auto-approve', '--health-grace', '0s'], t.dir, t.env);
    expect(first.code, first.stderr).toBe(0);
    const healthy = await cli(['status', ...t.base, '--check'], t.dir, t.env);
    expect(healthy.code, healthy.stderr).toBe(0);

    const copy = t.sim.control.seedJob({ name: 'shop.local.copy', startedAgoMs: 1000 });
    const r = await cli(['status', ...t.base, '--check', '--json'], t.dir, t.env);
    expect(r.code).toBe(1);
    const job = JSON.parse(r.stdout).health.jobs.find((j: { job: string }) => j.job === 'copy');
    expect(job.healthy).toBe(false);
    expect(job.breaches.map((b: { rule: string }) => b.rule)).toEqual(['duplicate']);
    expect(job.breaches[0].detail).toContain(copy);
  });
});

/**
 * Real Flink 2.2: a copy of a job in a restart loop (`a / (a - 80)`), submitted by hand under its
 * name, is newer and runs well. `status --check --alert` judged only the newest instance, so the
 * managed one's maxRestarts and maxCheckpointAge alerts were sent as resolved while it still looped.
 */
describe('status --check of a job whose hand-started copy runs well', () => {
  const now = '2026-01-05T09:00:00Z';
  const t0 = Date.parse(now);
  const looping = liveJob('orders', {
    jobId: 'a'.repeat(32),
    state: 'RUNNING',
    startTime: t0 - 600_000,
    runningSince: t0 - 2_000,
    lastCheckpointTime: t0 - 300_000,
  });
  const copy = liveJob('orders', { jobId: 'b'.repeat(32), specHash: null, startTime: t0 - 60_000 });
  const job = desiredJob('orders', {
    settings: { health: { maxRestarts: 2, window: '10min', maxCheckpointAge: '1min' } },
  });

  it('reads the exceptions of every copy', async () => {
    const asked: string[] = [];
    const client = {
      getExceptions: async (id: string) => {
        asked.push(id);
        const history = id === looping.jobId ? [1, 2, 3, 4].map((i) => ({ timestamp: t0 - i * 10_000 })) : [];
        return { ok: true, value: { history, truncated: false } };
      },
    } as unknown as FlinkClient;
    const observed = await observeHealth(client, liveState([looping, copy]));
    expect(asked.sort()).toEqual([looping.jobId, copy.jobId]);
    const report = evaluateHealth(desiredState([job]), observed.value!, now);
    const health = report.jobs[0]!;
    expect(health.jobId).toBe(copy.jobId);
    expect(health.breaches.map((b) => b.rule)).toEqual(['duplicate', 'maxRestarts', 'maxCheckpointAge']);
    expect(health.breaches[1]!.detail).toContain(`Its copy ${looping.jobId} (RUNNING): `);
    expect(health.breaches[1]!.summary).toBe('restarted 4 times in the last 10min (at most 2)');
  });
});
