/**
 * A flaky cluster (`sim --http-5xx-rate 0.3`): calls that are safe to repeat (session open,
 * configure, DDL in a fresh session, GETs, savepoint triggers with their triggerId) are retried
 * with backoff and jitter, so an apply still converges; a submission is never repeated blindly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('apply against a cluster answering 30% of requests with 500', () => {
  it.each([
    ['1.18', 11],
    ['1.16', 8],
  ] as const)(
    'Flink %s (seed %i): creates and upgrades every job, each running once',
    async (version, seed) => {
      // The client's own retry budget (5 retries, as the CLI and the Action use it).
      h = await harness({ version, randomSeed: seed, retries: 5 });
      h.sim.control.faults.set({ http5xxRate: 0.3 });
      const jobs = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
      const first = await h.apply(desiredState(jobs));
      expect(first.diags.filter((d) => d.severity === 'error')).toEqual([]);
      expect(first.changes.map((c) => c.outcome)).toEqual(['applied', 'applied', 'applied']);
      const second = await h.apply(desiredState(jobs.map((j) => ({ ...j, version: 2 }))));
      expect(second.diags.filter((d) => d.severity === 'error')).toEqual([]);
      expect(second.changes.map((c) => c.outcome)).toEqual(['applied', 'applied', 'applied']);
      for (const j of jobs) expect(running(h, j.name)).toHaveLength(1);
    },
  );
});
