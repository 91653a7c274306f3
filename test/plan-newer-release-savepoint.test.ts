/**
 * Savepoints a newer major Flink release wrote (taken while the job ran on a 2.x cluster) cannot
 * be read by a 1.x one ("Unrecognized checkpoint version number: 6" on real 1.20.3): after a move
 * back, a resume or recovery there passes over them for the newest state the cluster can read,
 * and says so (FO666). Savepoints recorded before their version was (older stores) count as before.
 */
import { describe, expect, it } from 'vitest';
import { diff } from '../src/plan';
import {
  deployed,
  desiredJob,
  desiredState,
  liveState,
  NOW,
  record,
  savepoint,
  stateDoc,
} from './plan-fixtures';

const orders = desiredJob('orders');
const SP_120 = 'file:/sp/savepoint-aaaaaa-120';
const SP_22 = 'file:/sp/savepoint-bbbbbb-22';
const PIN = 'file:/sp/savepoint-cccccc-pin';

/** Moved to 2.2 (savepoint SP_120 on the way), savepoints taken there, moved back pinned to SP_120. */
function movedBack(o: { status: 'suspended' | 'running'; versions?: boolean }) {
  const v = (x: string) => (o.versions === false ? {} : { flinkVersion: x });
  return record(orders, {
    status: o.status,
    current: deployed(orders, {
      flinkVersion: '1.20',
      restoredFrom: PIN,
      deployedAt: '2025-05-01T00:00:00Z',
    }),
    savepoints: [
      savepoint(SP_120, { time: '2025-05-02T00:00:00Z', kind: 'upgrade', ...v('1.20') }),
      savepoint(SP_22, { time: '2025-05-03T00:00:00Z', kind: 'periodic', ...v('2.2') }),
    ],
  });
}

function plan(rec: ReturnType<typeof movedBack>, flinkVersion = '1.20.3') {
  return diff(
    desiredState([orders]),
    liveState([], { flinkVersion }),
    { doc: stateDoc({ orders: rec }), version: 3 },
    { allowDelete: false, now: NOW },
  );
}

describe('savepoints a newer major release wrote', () => {
  it('a resume on 1.20 restores the newest savepoint 1.20 can read, and says which it passed over', () => {
    const p = plan(movedBack({ status: 'suspended' }));
    const c = p.changes[0]!;
    expect(c.action).toBe('resume');
    expect(c.restoreFrom).toBe(SP_120);
    const d = p.diagnostics.find((x) => x.code === 'FO666');
    expect(d?.severity).toBe('warning');
    expect(d?.summary).toBe(
      `The resume of job orders on Flink 1.20 passes over its savepoint that Flink 2.2 wrote (newest ${SP_22}, 2025-05-03T00:00:00Z)`,
    );
    expect(d?.detail).toContain(`restores from ${SP_120} instead`);
    expect(d?.range?.file).toBe(orders.sqlFile);
    expect(d?.detail).toContain('set restoreFrom: <path> in jobs/orders.yaml');
  });

  it('a recovery on 1.20 passes over them too', () => {
    const rec = movedBack({ status: 'running' });
    // The pinned start is older than both savepoints here: the 2.2 one would be the newest point.
    const p = plan({ ...rec, current: { ...rec.current!, deployedAt: '2025-04-01T00:00:00Z' } });
    const c = p.changes[0]!;
    expect(c.action).toBe('recover');
    expect(c.restoreFrom).toBe(SP_120);
    expect(p.diagnostics.map((x) => x.code)).toContain('FO666');
  });

  it('a 2.2 cluster restores them as before, and so does 1.20 for savepoints of unknown version', () => {
    const on22 = plan(movedBack({ status: 'suspended' }), '2.2.0');
    expect(on22.changes[0]!.restoreFrom).toBe(SP_22);
    expect(on22.diagnostics.map((x) => x.code)).not.toContain('FO666');
    const unknown = plan(movedBack({ status: 'suspended', versions: false }));
    expect(unknown.changes[0]!.restoreFrom).toBe(SP_22);
    expect(unknown.diagnostics.map((x) => x.code)).not.toContain('FO666');
  });
});

describe('a restoreFrom pin a newer major release wrote', () => {
  it('is said before anything stops (FO604), with how many savepoints this release can restore', () => {
    const pinned = desiredJob('orders', { settings: { restoreFrom: SP_22 } });
    const rec = movedBack({ status: 'suspended' });
    const p = diff(
      desiredState([pinned]),
      liveState([], { flinkVersion: '1.20.3' }),
      { doc: stateDoc({ orders: rec }), version: 3 },
      { allowDelete: false, now: NOW },
    );
    expect(p.changes[0]).toMatchObject({ action: 'resume', restoreFrom: SP_22 });
    const d = p.diagnostics.find((x) => x.code === 'FO604');
    expect(d?.summary).toBe(
      `Job orders is to restore from ${SP_22}, which Flink 2.2 wrote: this cluster (Flink 1.20) cannot read it, so the restore fails`,
    );
    expect(d?.detail).toContain('flinkops savepoints list orders: 1 restorable on Flink 1.20');
    expect(d?.detail).toContain('Pin a savepoint this release wrote, or remove restoreFrom.');
    // On 2.2 the same pin restores.
    const on22 = diff(
      desiredState([pinned]),
      liveState([], { flinkVersion: '2.2.0' }),
      { doc: stateDoc({ orders: rec }), version: 3 },
      { allowDelete: false, now: NOW },
    );
    expect(on22.diagnostics.map((x) => x.code)).not.toContain('FO604');
  });
});
