/**
 * A savepoints run with nothing to do leaves the state store alone: no job keeps savepoints, or
 * (a scheduled run, `lockOnlyWhenDue`) none is due and none is beyond `keep`. Only then is the
 * lock not taken; anything due still goes through the locked session.
 */
import { describe, expect, it } from 'vitest';
import { renderSavepointsReport } from '../src/cli/commands/savepoints';
import type { DesiredState } from '../src/compile';
import { FakeClock } from '../src/core/clock';
import type { SavepointsReport } from '../src/engine/savepoints-model';
import { runSavepoints } from '../src/engine/savepoints-run';
import type { FlinkClient } from '../src/flink';
import type { StateStore } from '../src/state';

const NOW = '2026-01-05T12:00:00.000Z';

function fixture(settings: Record<string, unknown>, savepointTime?: string) {
  const locks: string[] = [];
  const record = savepointTime
    ? { savepoints: [{ path: 'file:/sp/1', time: savepointTime, kind: 'periodic' }] }
    : undefined;
  const store = {
    location: 'test',
    read: async () => ({ doc: { jobs: record ? { a: record } : {} }, version: 1 }),
    lock: async () => {
      locks.push('lock');
      throw new Error('locked for the test');
    },
  } as unknown as StateStore;
  const desired = {
    project: 'p',
    env: 'dev',
    jobs: [{ name: 'a', settings, script: '', statements: [] }],
  } as unknown as DesiredState;
  const run = (lockOnlyWhenDue: boolean) =>
    runSavepoints({
      desired,
      client: {} as FlinkClient,
      store,
      clock: new FakeClock(Date.parse(NOW)),
      now: NOW,
      owner: { who: 'test', command: 'savepoints', host: 'h' },
      timing: { lockTimeoutMs: 0 },
      lockOnlyWhenDue,
    }).catch((e: unknown) => e);
  return { run, locks };
}

describe('runSavepoints with nothing to do', () => {
  it('takes no lock when no job keeps savepoints', async () => {
    const f = fixture({});
    const r = await f.run(false);
    expect(f.locks).toEqual([]);
    expect(r).toMatchObject({ jobs: [{ job: 'a', outcome: 'no-policy' }], diags: [] });
  });

  it('takes no lock on a scheduled run when the newest savepoint is recent', async () => {
    const f = fixture({ savepoints: { every: '6h', keep: 5 } }, '2026-01-05T10:00:00.000Z');
    const r = await f.run(true);
    expect(f.locks).toEqual([]);
    expect(r).toMatchObject({ jobs: [{ job: 'a', outcome: 'not-due', nextDue: expect.any(String) }] });
  });

  it('says a job with keep and no every keeps savepoints by retention only, not that it has no policy', async () => {
    const f = fixture({ savepoints: { keep: 3 } }, '2026-01-05T10:00:00.000Z');
    const r = (await f.run(true)) as SavepointsReport;
    expect(f.locks).toEqual([]);
    expect(r.jobs).toMatchObject([{ job: 'a', outcome: 'keep-only' }]);
    expect(renderSavepointsReport(r)).toMatch(/^ {2}a +keep only +no periodic savepoints: retention only$/m);
  });

  it('takes the lock when a savepoint is due, or when not told to look first', async () => {
    const due = fixture({ savepoints: { every: '6h' } }, '2026-01-05T01:00:00.000Z');
    await due.run(true);
    expect(due.locks).toEqual(['lock']);
    const none = fixture({ savepoints: { every: '6h' } });
    await none.run(true);
    expect(none.locks).toEqual(['lock']);
    const cli = fixture({ savepoints: { every: '6h' } }, '2026-01-05T10:00:00.000Z');
    await cli.run(false);
    expect(cli.locks).toEqual(['lock']);
  });
});
