/**
 * An in-place rescale after which the job does not stay healthy. Real Flink 1.20.3 with Paimon
 * 1.2.0: a job at parallelism 1 chains Paimon's committer with its writer; raised to 2 in place,
 * every vertex reached 2 and the job was RUNNING, then the committer failed as it restored
 * ("Committer Operator parallelism in paimon MUST be one"), and again at every restart. Apply said
 * "rescale applied" and the store recorded parallelism 2 for a crash-looping job. Now the rescale
 * waits for the job to stay healthy, as a new job must; if it does not, the old bounds go back and
 * the rescale fails with the cause and the way to rescale through a savepoint restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FlinkClient } from '../src/flink';
import { desiredState, type Harness, harness, withCalls } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/**
 * After its bounds are raised, the job reports a fresh exception: it restarts at the new
 * parallelism (`restarting`: and Flink shows it RESTARTING, as real 1.20.3 did most of the time).
 */
function failsOnceRescaled(real: FlinkClient, restarting = false): FlinkClient {
  let rescaled = false;
  return withCalls(real, {
    getJob: async (id: string) => {
      const r = await real.getJob(id);
      return r.ok && rescaled && restarting ? { ...r, value: { ...r.value, state: 'RESTARTING' } } : r;
    },
    putResourceRequirements: async (
      id: string,
      req: Parameters<FlinkClient['putResourceRequirements']>[1],
    ) => {
      const r = await real.putResourceRequirements(id, req);
      rescaled = true;
      return r;
    },
    getExceptions: async (id: string, max?: number) => {
      // Without `restarting`: only once the job runs at the new parallelism, as on real Flink.
      const job = await real.getJob(id);
      const there =
        job.ok && job.value.state === 'RUNNING' && job.value.vertices.every((v) => v.parallelism === 2);
      if (!rescaled || (!restarting && !there)) return real.getExceptions(id, max);
      const entry = {
        message: 'IllegalArgumentException: Committer Operator parallelism in paimon MUST be one.',
        causes: [],
      };
      return { ok: true, value: { rootCause: entry, history: [entry], truncated: false } };
    },
  });
}

async function upperBounds(client: FlinkClient, jobId: string): Promise<number[]> {
  const r = await client.getResourceRequirements(jobId);
  if (!r.ok) throw new Error(r.error.message);
  return Object.values(r.value).map((b) => b.upperBound);
}

describe('an in-place rescale the job does not survive', () => {
  it('fails with the cause, puts the old bounds back and keeps the old parallelism', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 1 }]));
    const jobId = (await h.store.read()).doc.jobs.alpha!.current!.jobId!;
    const real = h.client;
    h.client = failsOnceRescaled(real);
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'rescale', outcome: 'failed' });
    expect(r.changes[0]!.error).toContain('does not stay healthy at parallelism 2');
    expect(r.changes[0]!.error).toContain('Committer Operator parallelism in paimon MUST be one');
    expect(r.diags.find((d) => d.code === 'FO709')?.detail).toContain('apply --replace alpha');
    expect((await h.store.read()).doc.jobs.alpha!.current!.parallelism).toBe(1);
    expect(await upperBounds(real, jobId)).toEqual([1, 1]);
  });

  it('seen RESTARTING with a fresh exception: fails at once, not at the rescale timeout', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 1 }]));
    const jobId = (await h.store.read()).doc.jobs.alpha!.current!.jobId!;
    const real = h.client;
    h.client = failsOnceRescaled(real, true);
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'rescale', outcome: 'failed' });
    expect(r.changes[0]!.error).toContain('it restarts at the new parallelism: IllegalArgumentException');
    expect(r.changes[0]!.error).not.toContain('in time');
    expect(r.diags.find((d) => d.code === 'FO709')?.detail).toContain('apply --replace alpha');
    expect(await upperBounds(real, jobId)).toEqual([1, 1]);
  });
});
