/**
 * An in-place rescale the cluster's free task slots cannot carry: Flink's adaptive scheduler runs
 * the job at what it finds (2 of 4) and takes the rest as slots free up. Seen on Flink 2.2: apply
 * waited 5 minutes, failed, and left the raised upper bounds behind while the store kept the old
 * parallelism — the plan then said "No changes" for a job Flink kept scaling up.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FlinkClient } from '../src/flink';
import { desiredState, type Harness, harness, withCalls } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The job's vertices never get past `cap` subtasks; the cluster has `free` slots. */
function capped(real: FlinkClient, cap: number, free: number): FlinkClient {
  return withCalls(real, {
    getJob: async (id: string) => {
      const r = await real.getJob(id);
      if (!r.ok) return r;
      const vertices = r.value.vertices.map((v) => ({ ...v, parallelism: Math.min(v.parallelism, cap) }));
      return { ...r, value: { ...r.value, vertices } };
    },
    getClusterOverview: async () => ({
      ok: true,
      value: { taskManagers: 1, slotsTotal: 8, slotsAvailable: free },
    }),
  });
}

async function upperBounds(client: FlinkClient, jobId: string): Promise<number[]> {
  const r = await client.getResourceRequirements(jobId);
  if (!r.ok) throw new Error(r.error.message);
  return Object.values(r.value).map((b) => b.upperBound);
}

describe('in-place rescale short of task slots', () => {
  it('records a rescale the adaptive scheduler runs below for want of free slots, with FO724', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    const real = h.client;
    h.client = capped(real, 2, 0);
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 4 }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'rescale', outcome: 'applied' });
    expect(r.diags.map((d) => d.code)).toEqual(['FO724']);
    expect(r.diags[0]!.summary).toContain('parallelism 2 of 4');
    const doc = (await h.store.read()).doc;
    expect(doc.jobs.alpha!.current!.parallelism).toBe(4);
    // Store and cluster agree: going back to 2 is a rescale 4 → 2 that lowers the bounds again.
    const plan = await h.plan(desiredState([{ name: 'alpha', parallelism: 2 }]));
    expect(plan.changes[0]).toMatchObject({ action: 'rescale' });
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    expect(await upperBounds(h.client, doc.jobs.alpha!.current!.jobId!)).toEqual([2, 2]);
  });

  it('puts the old upper bounds back when the rescale does not complete in time', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    const jobId = (await h.store.read()).doc.jobs.alpha!.current!.jobId!;
    const real = h.client;
    // Slots are free but the job never gets past 2: a rescale that does not happen.
    h.client = capped(real, 2, 8);
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 4 }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'rescale', outcome: 'failed' });
    expect(r.changes[0]!.error).toContain('runs at parallelism 2 of 4');
    // The store keeps 2, and so does Flink: no raised bound left to grab slots later.
    expect((await h.store.read()).doc.jobs.alpha!.current!.parallelism).toBe(2);
    expect(await upperBounds(real, jobId)).toEqual([2, 2]);
    const plan = await h.plan(desiredState([{ name: 'alpha', parallelism: 2 }]));
    expect(plan.changes[0]).toMatchObject({ action: 'none' });
  });
});
