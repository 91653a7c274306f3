/**
 * Real Flink 1.20 with a few hundred MB of RocksDB state: a job started from a savepoint is
 * RUNNING while its tasks are INITIALIZING (restoring state) for tens of seconds, and refuses a
 * savepoint meanwhile ("Checkpoint triggering task … is not being executed at the moment …
 * Not all required tasks are currently running"). An apply interrupted right after its submit
 * leaves such a job; the next apply's stop must wait for the restore, not fail at once.
 */
import { afterEach, expect, it } from 'vitest';
import { advance, desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

it('stops a job whose tasks are still restoring its state once they run, instead of failing FO703', async () => {
  h = await harness({ timing: { restoreMs: 40_000 } });
  await h.apply(desiredState([{ name: 'orders' }]));
  const stop = new AbortController();
  const first = await h.apply(desiredState([{ name: 'orders', version: 2 }]), {
    stop: stop.signal,
    onEvent: (e) => {
      if (e.type === 'step-finished' && e.step.kind === 'submit') stop.abort('SIGINT');
    },
  });
  expect(first.changes[0]!.outcome).toBe('interrupted');
  advance(h, 2_000); // RUNNING, its tasks INITIALIZING
  const restoring = running(h, 'orders')[0]!.jid;
  const job = await h.client.getJob(restoring);
  expect(job.ok && job.value.state).toBe('RUNNING');
  expect(job.ok && job.value.vertices.map((v) => v.status)).toContain('INITIALIZING');

  const r = await h.apply(desiredState([{ name: 'orders', version: 3 }]));
  expect(r.diags.map((d) => d.code)).not.toContain('FO703');
  expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
  const live = running(h, 'orders');
  expect(live).toHaveLength(1);
  expect(live[0]!.jid).not.toBe(restoring);
  // The wait was reported as progress, so a CI log says what the stop waits for.
  expect(h.events.some((e) => e.type === 'poll-progress' && e.what.includes('to restore their state'))).toBe(
    true,
  );
});
