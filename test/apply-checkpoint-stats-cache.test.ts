/**
 * Flink answers `/jobs/:jid/checkpoints` from statistics it caches for
 * `rest.cache.checkpoint-statistics.timeout` (3 s): right after a checkpoint completes, the
 * cached answer still names the one it subsumed as the latest, with `discarded: true` (seen on
 * real Flink 2.3, about 3 s of every checkpoint interval). A last-state upgrade read then must
 * wait for the newer checkpoint, not fail for want of one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { advance, desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const job = (version?: number) => ({
  name: 'alpha',
  retainCheckpoints: true,
  ...(version ? { version } : {}),
  settings: { upgradeMode: 'last-state' as const },
});

describe('checkpoint statistics answered from the cache', () => {
  it('a last-state upgrade waits for the checkpoint that subsumed the cached latest one', async () => {
    h = await harness({ version: '2.3', timing: { checkpointStatsCacheMs: 3_000 } });
    await h.apply(desiredState([job()]));
    advance(h, 25_000);
    const jid = running(h, 'alpha')[0]!.jid;
    const latest = async () => {
      const r = await h!.client.getCheckpoints(jid);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.latestCompleted!;
    };
    const before = await latest();
    // A second before a later checkpoint, past this answer's cache: the statistics are cached
    // anew, then the checkpoint completes.
    let next = before.timestamp! + 10_000;
    while (next - 1_000 < h.clock.now() + 3_000) next += 10_000;
    advance(h, next - 1_000 - h.clock.now());
    const cached = await latest();
    advance(h, 1_500);
    expect(await latest()).toMatchObject({ id: cached.id, discarded: true });

    const r = await h.apply(desiredState([job(2)]));
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    const restored = running(h, 'alpha')[0]!.restoredFrom;
    expect(restored).toMatch(/chk-\d+$/);
    expect(restored).not.toBe(cached.externalPath);
    expect(r.changes[0]!.savepoint).toBe(restored);
  });
});
