/**
 * After FO610 (a job submitted by hand under a managed job's name), the ops engineer cancels the
 * copy. `status --check` then judged the cancelled copy, the newest instance, rather than the job
 * flinkops deployed, which runs: "orders: notRunning: CANCELED on the cluster", alerts sent, exit 1,
 * and no metrics for the running job (found on Flink 2.2: teamb.dev.orders RUNNING beside its
 * CANCELED hand copy). Health and metrics are about the newest alive instance, as the status row is.
 */
import { describe, expect, it } from 'vitest';
import { evaluateHealth } from '../src/engine/health';
import { type LiveJob, observeMetrics } from '../src/observe';
import { desiredJob, desiredState, jobId, liveJob, liveState } from './plan-fixtures';

const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);
const job = desiredJob('orders', { settings: { health: { notRunning: true } } });
const deployed = liveJob('orders', {
  jobId: jobId('deployed'),
  state: 'RUNNING',
  startTime: NOW - 3_600_000,
});
const handCopy = liveJob('orders', {
  jobId: jobId('hand'),
  state: 'CANCELED',
  specHash: null,
  startTime: NOW - 600_000,
});

describe('a cancelled hand copy newer than the running job', () => {
  it('does not make the running job unhealthy', () => {
    const r = evaluateHealth(
      desiredState([job]),
      liveState([handCopy, deployed]),
      new Date(NOW).toISOString(),
    );
    expect(r.jobs[0]).toMatchObject({
      job: 'orders',
      healthy: true,
      state: 'RUNNING',
      jobId: deployed.jobId,
    });
  });

  it('reads the metrics of the running job', async () => {
    const asked: string[] = [];
    const client = {
      listVertexMetrics: async (id: string) => {
        asked.push(id);
        return { ok: true, value: [] };
      },
      getVertexMetrics: async (id: string) => {
        asked.push(id);
        return { ok: true, value: [] };
      },
    };
    const vertices = [{ id: 'v1', name: 'GroupAggregate', parallelism: 1, maxParallelism: 128 }];
    const live = liveState([{ ...handCopy, vertices } as LiveJob, { ...deployed, vertices } as LiveJob]);
    const out = await observeMetrics(client as never, live, { now: NOW });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((id) => id === deployed.jobId)).toBe(true);
    expect(out.value.jobs.find((j) => j.jobId === deployed.jobId)?.metrics).toBeDefined();
  });
});
