import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { LABEL_KEYS } from '../src/core/names';
import type { FlinkClient } from '../src/flink/client';
import { createFlinkClient } from '../src/flink/rest-client';
import { observe } from '../src/observe';
import { type FlinkVersion, type Simulator, startSimulator } from '../src/sim';

const labels = (job: string, specHash: string, env = 'prod'): Record<string, string> => ({
  [LABEL_KEYS.specHash]: specHash,
  [LABEL_KEYS.commit]: 'c0ffee',
  [LABEL_KEYS.project]: 'shop',
  [LABEL_KEYS.env]: env,
  [LABEL_KEYS.job]: job,
});

let sim: Simulator | undefined;
let client: FlinkClient | undefined;
afterEach(async () => {
  await client?.close();
  await sim?.close();
  client = undefined;
  sim = undefined;
});

/** Counts JobManager requests in flight through any client. */
function counting(inner: FlinkClient): { client: FlinkClient; peak: () => number; calls: () => number } {
  let active = 0;
  let peak = 0;
  let calls = 0;
  const wrapped = new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || prop === 'close' || prop === 'capabilities') return v;
      return async (...args: unknown[]) => {
        calls++;
        active++;
        peak = Math.max(peak, active);
        try {
          return await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          active--;
        }
      };
    },
  });
  return { client: wrapped, peak: () => peak, calls: () => calls };
}

describe.each<FlinkVersion>(['1.16', '1.18', '2.0', '2.3'])(
  'observe against the simulator (Flink %s)',
  (version) => {
    it('finds managed, unlabelled and finished jobs of this project and ignores the rest', async () => {
      const clock = new FakeClock(Date.UTC(2026, 2, 1));
      sim = await startSimulator({ flinkVersion: version, clock, adaptiveScheduler: true });
      const c = sim.control;
      const cp = { 'execution.checkpointing.interval': '10 s' };
      const old = c.seedJob({
        name: 'shop.prod.orders',
        state: 'FINISHED',
        labels: labels('orders', 'h0'),
        startedAgoMs: 60_000,
      });
      const orders = c.seedJob({
        name: 'shop.prod.orders',
        parallelism: 4,
        labels: labels('orders', 'h1'),
        config: cp,
      });
      const payments = c.seedJob({ name: 'shop.prod.payments', parallelism: 2 });
      const starting = c.seedJob({ name: 'shop.prod.starting', state: 'INITIALIZING' });
      c.seedJob({ name: 'shop.staging.orders', labels: labels('orders', 'h1', 'staging') });
      c.seedJob({ name: 'billing.prod.orders' });
      c.seedJob({ name: 'shop.prod.Not-An-Identifier' });
      c.seedJob({});
      clock.advance(25_000);
      c.tick();

      client = createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, clock: new FakeClock() });
      const r = await observe(client, {
        project: 'shop',
        env: 'prod',
        clock,
        schedulerHint: 'adaptive',
        labelRetryDelayMs: 2_000,
      });
      expect(r.diags).toEqual([]);
      const live = r.value;
      expect(live.observed).toBe(true);
      expect(live.flinkVersion).toMatch(new RegExp(`^${version.replace('.', '\\.')}`));
      expect(live.adaptiveScheduler).toBe(true);
      expect(live.jobs.map((j) => [j.job, j.jobId, j.state])).toEqual([
        ['orders', orders, 'RUNNING'],
        ['orders', old, 'FINISHED'],
        ['payments', payments, 'RUNNING'],
        // Re-read once after the label retry delay: it reached RUNNING, still without labels.
        ['starting', starting, 'RUNNING'],
      ]);
      const o = live.jobs[0]!;
      expect(o.labels).toEqual(labels('orders', 'h1'));
      expect(o.parallelism).toBe(4);
      expect(o.vertices.length).toBeGreaterThan(1);
      expect(o.latestCheckpoint?.path).toMatch(/chk-2$/);
      expect(live.jobs[1]!.labels?.[LABEL_KEYS.specHash]).toBe('h0');
      expect(live.jobs[2]!.labels).toBeUndefined();
      expect(live.jobs[2]!.parallelism).toBe(2);
      expect(live.jobs[3]!.labels).toBeUndefined();

      // Nothing changed: same fingerprint. A rescale changes it.
      const again = await observe(client, { project: 'shop', env: 'prod', clock });
      expect(again.value.fingerprint).toBe(live.fingerprint);
    });
  },
);

describe('observe against the simulator: load', () => {
  it('keeps requests in flight within the configured concurrency', async () => {
    sim = await startSimulator({ flinkVersion: '1.20' });
    for (let i = 0; i < 40; i++) {
      sim.control.seedJob({ name: `shop.prod.job_${i}`, labels: labels(`job_${i}`, 'h1') });
    }
    sim.control.faults.latencyMs = 5;
    const inner = createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, clock: new FakeClock() });
    client = inner;
    for (const concurrency of [1, 6]) {
      const probe = counting(inner);
      const r = await observe(probe.client, { project: 'shop', env: 'prod', concurrency });
      expect(r.value.jobs).toHaveLength(40);
      expect(probe.peak()).toBe(concurrency);
      // config + overview + (details, config, checkpoints) per job.
      expect(probe.calls()).toBe(2 + 40 * 3);
    }
  });
});

describe('observe for a plan', () => {
  it('skips the checkpoints of running jobs the caller does not need them for, and only those', async () => {
    sim = await startSimulator({ flinkVersion: '1.20' });
    const cp = { 'execution.checkpointing.interval': '10 s' };
    sim.control.seedJob({ name: 'shop.prod.same', labels: labels('same', 'h1'), config: cp });
    sim.control.seedJob({ name: 'shop.prod.changed', labels: labels('changed', 'h0'), config: cp });
    sim.control.seedJob({
      name: 'shop.prod.failed',
      labels: labels('failed', 'h1'),
      state: 'FAILED',
      config: cp,
    });
    const inner = createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, clock: new FakeClock() });
    client = inner;
    const probe = counting(inner);
    const asked: string[] = [];
    const r = await observe(probe.client, {
      project: 'shop',
      env: 'prod',
      wantsCheckpoints: (job, l) => {
        asked.push(job);
        return l?.[LABEL_KEYS.specHash] !== 'h1';
      },
    });
    expect(r.value.jobs.map((j) => j.job).sort()).toEqual(['changed', 'failed', 'same']);
    // Only RUNNING jobs are up for skipping: a FAILED job is recovered from its latest checkpoint.
    expect(asked.sort()).toEqual(['changed', 'same']);
    // config + overview + (details, config) per job + checkpoints of 'changed' and 'failed'.
    expect(probe.calls()).toBe(2 + 3 * 2 + 2);
  });
});
