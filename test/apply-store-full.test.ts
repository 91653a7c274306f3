/**
 * The state store fails (disk full, read-only) at the moment a stop-with-savepoint completes: the
 * job is stopped and the store could not record where its state went. The run must say both, with
 * the path, and a rerun once the store is writable must restart the job from that savepoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { StateStoreError, type WriteMeta } from '../src/state/store';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** From the write of a completed savepoint on, every write fails as on a full disk, until `heal()`. */
function fillDiskAtSavepoint(x: Harness): { heal(): void } {
  const store = x.store as unknown as Record<string, unknown>;
  let full = false;
  for (const m of ['write', 'writeJobs'] as const) {
    const orig = (x.store[m] as (...a: unknown[]) => Promise<unknown>).bind(x.store);
    store[m] = (...a: unknown[]) => {
      if (/savepoint of .* completed/.test((a[2] as WriteMeta).message)) full = true;
      if (!full) return orig(...a);
      return Promise.reject(
        new StateStoreError({
          code: 'FO808',
          severity: 'error',
          summary: 'cannot write the state store state.json: ENOSPC: no space left on device',
          detail: 'Check that the disk is not full.',
        }),
      );
    };
  }
  return {
    heal() {
      delete store.write;
      delete store.writeJobs;
    },
  };
}

describe('apply when the state store fails as a savepoint completes', () => {
  it('says the job is stopped and where its savepoint is, and the rerun restores from it', async () => {
    h = await harness();
    const first = await h.apply(desiredState([{ name: 'alpha' }]));
    const oldJob = first.changes[0]!.newJobId!;
    const disk = fillDiskAtSavepoint(h);
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    const r = await h.apply(v2);
    const taken = h.sim.control
      .snapshot()
      .savepoints.filter((s) => s.jid === oldJob && s.kind === 'savepoint');
    expect(taken).toHaveLength(1);
    const path = taken[0]!.path;
    // The old job is stopped, nothing runs: the report must name the savepoint and say so.
    expect(running(h, 'alpha')).toEqual([]);
    expect(r.changes[0]).toMatchObject({ job: 'alpha', outcome: 'failed' });
    expect(r.changes[0]!.error).toContain(path);
    const said = r.diags.find((d) => d.code === 'FO808')!;
    expect(said.summary).toContain(path);
    expect(said.detail).toMatch(/nothing of alpha runs now/);
    expect(said.detail).toContain(`restoreFrom: ${path}`);

    disk.heal();
    const again = await h.apply(v2);
    expect(again.changes[0]!.outcome).toBe('applied');
    const live = running(h, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.restoredFrom).toBe(path);
  });
});
