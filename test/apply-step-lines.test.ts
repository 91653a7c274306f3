/**
 * The step lines apply prints name what the run really does: after a crash during a
 * stop-with-savepoint, the rerun restores from the savepoint that stop completed (found while
 * resolving the pending operation), and its submit line names that one, not the plan's guess.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeStep } from '../src/apply';
import { advance, desiredState, type Harness, harness, running } from './apply-harness.test';
import { CrashError } from './support/crash';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('step lines after a crash during stop-with-savepoint', () => {
  it('the submit line names the savepoint the job is restored from', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    // An older savepoint in the store: what a plan made after the crash would pick.
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    await expect(
      h.apply(v2, {
        onEvent: (e) => {
          if (e.type === 'poll-progress' && e.what.startsWith('savepoint of')) throw new CrashError();
        },
      }),
    ).rejects.toThrow(CrashError);
    await h.store.breakLock();
    advance(h, 60_000);

    const lines: string[] = [];
    const r = await h.apply(v2, {
      onEvent: (e) => {
        if (e.type === 'step-started') lines.push(describeStep(e.step));
      },
    });
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    const live = running(h, 'alpha');
    expect(live).toHaveLength(1);
    const used = live[0]!.restoredFrom!;
    expect(used).toBeTruthy();
    expect(r.changes[0]!.savepoint ?? used).toBe(used);
    const submit = lines.find((l) => l.startsWith('submit the script'))!;
    expect(submit, lines.join('\n')).toContain(`restoring from ${used}`);
  });
});
