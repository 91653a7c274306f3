import { describe, expect, it } from 'vitest';
import type { FlinkClient } from '../../flink/client';
import type { JobSummary } from '../../flink/types';
import { cancelLeftovers } from './leftovers';

/** A cluster whose jobs follow `states` (one per listing); cancel calls are recorded. */
function cluster(states: Record<string, string[]>) {
  const cancelled: string[] = [];
  let listings = 0;
  const job = (id: string, state: string): JobSummary => ({
    id,
    name: id.startsWith('other') ? 'someone-else' : 'flinkops-preview.j.1',
    state,
    startTime: 0,
    lastModification: 0,
    durationMs: 0,
  });
  const client = {
    listJobs: async () => {
      const i = listings++;
      return {
        ok: true,
        value: Object.entries(states).map(([id, s]) => job(id, s[Math.min(i, s.length - 1)]!)),
      };
    },
    cancelJob: async (id: string) => {
      cancelled.push(id);
      return { ok: true, value: 'accepted' };
    },
  } as unknown as FlinkClient;
  return { client, cancelled, listings: () => listings };
}

function fakeTime() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}

describe('cancelLeftovers', () => {
  it('cancels its own unfinished jobs once and returns only when Flink lists them terminal', async () => {
    const c = cluster({
      a: ['RUNNING', 'CANCELLING', 'CANCELLING', 'CANCELED'],
      b: ['FINISHED'],
      other: ['RUNNING'],
    });
    await cancelLeftovers(c.client, 'flinkops-preview.j.1', fakeTime());
    expect(c.cancelled).toEqual(['a']);
    expect(c.listings()).toBe(4);
  });

  it('gives up at its bound when a job does not end', async () => {
    const c = cluster({ a: ['CANCELLING'] });
    const time = fakeTime();
    await cancelLeftovers(c.client, 'flinkops-preview.j.1', { ...time, timeoutMs: 5_000 });
    expect(time.now()).toBe(5_000);
    expect(c.cancelled).toEqual([]);
  });
});

describe('cancelLeftovers after a statement stopped while it ran', () => {
  it('looks for a job still being submitted, and cancels it once Flink lists it', async () => {
    // Real Flink 1.20.3: the gateway submitted the job after its operation was cancelled and its
    // session closed; the first listings do not have it yet.
    const c = cluster({ a: ['NONE', 'NONE', 'RUNNING', 'CANCELED'] });
    const listJobs = c.client.listJobs;
    c.client.listJobs = async () => {
      const r = await listJobs();
      if (r.ok) r.value = r.value.filter((j) => j.state !== 'NONE');
      return r;
    };
    await cancelLeftovers(c.client, 'flinkops-preview.j.1', { ...fakeTime(), awaitSubmitMs: 5_000 });
    expect(c.cancelled).toEqual(['a']);
  });

  it('waits no longer than that for a job that never comes, and not at all once it was listed', async () => {
    const none = cluster({});
    const time = fakeTime();
    await cancelLeftovers(none.client, 'flinkops-preview.j.1', { ...time, awaitSubmitMs: 5_000 });
    expect(time.now()).toBe(5_000);

    const ended = cluster({ a: ['CANCELED'] });
    const quick = fakeTime();
    await cancelLeftovers(ended.client, 'flinkops-preview.j.1', { ...quick, awaitSubmitMs: 5_000 });
    expect(quick.now()).toBe(0);
    expect(ended.listings()).toBe(1);
  });
});
