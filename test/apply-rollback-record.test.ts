/**
 * The state store's record of a job rolled back after Flink refused the new version's restore:
 * it says what the rollback did, and only that. The previous version was created without state;
 * the rollback starts it again from the upgrade's savepoint, so its record says "restored from"
 * that savepoint and no longer "started without state" (which it inherited from the create).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startedWithoutState } from '../src/plan';
import { advance, desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the record of a rollback', () => {
  it.each(['1.20', '2.2'] as const)(
    'after a restore Flink %s refused: restored from the upgrade savepoint, not started without state',
    async (version) => {
      h = await harness({ version });
      const x = h;
      await x.apply(desiredState([{ name: 'alpha' }]));
      const created = (await x.store.read()).doc.jobs.alpha!.current!;
      expect(created.startedWithoutState).toBe(true);
      advance(x, 25_000);
      // Another query reads the source twice: its operator id changes, and the restore of the
      // upgrade's savepoint is refused (no allowNonRestoredState).
      const r = await x.apply(desiredState([{ name: 'alpha', query: 2 }]));
      expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'rolled-back' });
      const savepoint = r.changes[0]!.savepoint!;
      expect(savepoint).toBeDefined();
      const rec = (await x.store.read()).doc.jobs.alpha!;
      const live = running(x, 'alpha');
      expect(live).toHaveLength(1);
      expect(live[0]!.restoredFrom).toBe(savepoint);
      expect(rec.current).toMatchObject({ jobId: live[0]!.jid, restoredFrom: savepoint });
      expect(rec.current!.startedWithoutState).toBeUndefined();
      // Every reader: the savepoints before the rollback are restore points of what runs.
      expect(startedWithoutState(rec)).toBeUndefined();
    },
  );

  it('after a stateless upgrade failed: the rollback started the previous version without state, and says only that', async () => {
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha' }]));
    advance(x, 25_000);
    // The previous version was itself restored from a savepoint: the rollback restores nothing.
    await x.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect((await x.store.read()).doc.jobs.alpha!.current!.restoredFrom).toBeDefined();
    advance(x, 25_000);
    const r = await x.apply(
      desiredState([{ name: 'alpha', version: 3, settings: { upgradeMode: 'stateless' } }]),
      {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'submit')
            x.sim.control.faults.jobFailsAfterMs = 1_000;
          if (e.type === 'rollback-started') x.sim.control.faults.jobFailsAfterMs = null;
        },
      },
    );
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'rolled-back' });
    const current = (await x.store.read()).doc.jobs.alpha!.current!;
    expect(running(x, 'alpha')[0]!.restoredFrom).toBeUndefined();
    expect(current.restoredFrom).toBeUndefined();
    expect(current.startedWithoutState).toBe(true);
  });
});
