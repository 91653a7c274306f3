/**
 * A last-state upgrade restores the job's latest checkpoint, which keeps state in its backend's
 * own format: Flink restores it into another state backend only from a canonical savepoint. Real
 * Flink 1.20.3, state.backend.type rocksdb (incremental checkpoints) → hashmap, restored from the
 * retained chk-N: the new job restarted with "IllegalStateException: Unexpected state handle type,
 * expected one of: class org.apache.flink.runtime.state.KeyGroupsStateHandle, but found: class
 * org.apache.flink.runtime.state.IncrementalRemoteKeyedStateHandle", and apply rolled it back. The
 * same switch through a savepoint upgrade (canonical) restored, both ways.
 */
import { describe, expect, it } from 'vitest';
import { diff } from '../src/plan';
import { configuredBackend } from '../src/plan/job-inputs';
import type { JobChange } from '../src/plan/model';
import {
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  NOW,
  record,
  savepoint,
  stateDoc,
} from './plan-fixtures';

const ROCKSDB = { 'state.backend.type': 'rocksdb', 'execution.checkpointing.incremental': 'true' };

function plan(
  upgradeMode: 'last-state' | 'savepoint',
  before: Record<string, string>,
  after: Record<string, string>,
) {
  const old = desiredJob('orders', { settings: { upgradeMode, config: before } });
  const next = desiredJob('orders', { settings: { upgradeMode, config: after } });
  const p = diff(
    desiredState([next]),
    liveState([liveOf(old)]),
    { doc: stateDoc({ orders: record(old) }), version: 3 },
    { allowDelete: false, now: NOW },
  );
  return p.changes.find((c) => c.job === 'orders') as JobChange & { action: 'upgrade' };
}

describe('a state backend switch in an upgrade', () => {
  it('last-state, rocksdb → hashmap: incompatible, advising a savepoint upgrade for this change', () => {
    const c = plan('last-state', ROCKSDB, { ...ROCKSDB, 'state.backend.type': 'hashmap' });
    expect(c.action).toBe('upgrade');
    expect(c.strategy).toBe('last-state');
    expect(c.compatibility?.verdict).toBe('incompatible');
    expect(c.compatibility?.findings.join('\n')).toMatch(
      /state backend changes \(rocksdb → hashmap\) while the job restores its latest checkpoint/,
    );
    expect(c.compatibility?.advice[0]).toMatch(/upgradeMode: savepoint in jobs\/orders\.yaml/);
  });

  it('last-state, the backend left to the cluster → rocksdb: unknown, not compatible', () => {
    const c = plan('last-state', {}, ROCKSDB);
    expect(c.compatibility?.verdict).toBe('unknown');
    expect(c.compatibility?.findings.join('\n')).toMatch(/the cluster's default → rocksdb/);
  });

  it('savepoint upgrade (canonical savepoint), rocksdb → hashmap: the switch is no finding', () => {
    const c = plan('savepoint', ROCKSDB, { ...ROCKSDB, 'state.backend.type': 'hashmap' });
    expect(c.compatibility?.findings.join('\n')).not.toMatch(/state backend/);
  });

  it('last-state with the same backend by another name: no finding', () => {
    const c = plan('last-state', { 'state.backend': 'filesystem' }, { 'state.backend.type': 'hashmap' });
    expect(c.compatibility?.findings.join('\n')).not.toMatch(/state backend/);
  });

  it('reads Flink short names and class names', () => {
    expect(configuredBackend({ 'state.backend.type': 'RocksDB' })).toBe('rocksdb');
    expect(
      configuredBackend({
        'state.backend': 'org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackendFactory',
      }),
    ).toBe('rocksdb');
    expect(configuredBackend({ 'state.backend.type': 'hashmap' })).toBe('hashmap');
    expect(configuredBackend({ 'state.backend': 'jobmanager' })).toBe('hashmap');
    expect(configuredBackend({})).toBeUndefined();
  });
});

describe('a state backend switch with a newly pinned restoreFrom', () => {
  function pinnedPlan(
    pin: string,
    o: { formats?: Record<string, 'CANONICAL' | 'NATIVE'>; recorded?: string } = {},
  ) {
    const old = desiredJob('orders', { settings: { config: ROCKSDB } });
    const next = desiredJob('orders', {
      settings: { restoreFrom: pin, config: { ...ROCKSDB, 'state.backend.type': 'hashmap' } },
    });
    const p = diff(
      desiredState([next]),
      liveState([liveOf(old, o.formats ? { savepointFormats: o.formats } : {})]),
      {
        doc: stateDoc({
          orders: record(old, o.recorded ? { savepoints: [savepoint(o.recorded)] } : {}),
        }),
        version: 3,
      },
      { allowDelete: false, now: NOW },
    );
    return p.changes.find((c) => c.job === 'orders') as JobChange & { action: 'upgrade' };
  }

  it('a savepoint: unknown, it restores only if canonical (real 1.20.3: a NATIVE one failed)', () => {
    const c = pinnedPlan('s3://sp/savepoint-e09cce-b5ff3bac5e20');
    expect(c.restoreFrom).toBe('s3://sp/savepoint-e09cce-b5ff3bac5e20');
    expect(c.compatibility?.verdict).toBe('unknown');
    expect(c.compatibility?.findings.join('\n')).toMatch(
      /only if it is a canonical savepoint.*NATIVE one fails/,
    );
  });

  it('a retained checkpoint: incompatible', () => {
    const c = pinnedPlan('s3://cp/0b6f136bc67a7df8acb5e8bfb2a027bb/chk-29');
    expect(c.compatibility?.verdict).toBe('incompatible');
    expect(c.compatibility?.findings.join('\n')).toMatch(/restores the checkpoint s3:\/\/cp\/.*chk-29/);
  });

  // Real 2.2.0: a savepoint taken with "formatType": "NATIVE" of an incremental RocksDB job is
  // listed in its checkpoint history with "savepointFormat": "NATIVE"; pinned with hashmap, the new
  // job failed ("Unexpected state handle type, expected one of: class KeyGroupsStateHandle, but
  // found: class IncrementalRemoteKeyedStateHandle") and apply rolled it back.
  it("a savepoint Flink's checkpoint history calls NATIVE: incompatible", () => {
    const pin = 'file:/sp/savepoint-c81d72-941bc09484e4';
    const c = pinnedPlan(pin, { formats: { [pin]: 'NATIVE' } });
    expect(c.compatibility?.verdict).toBe('incompatible');
    expect(c.compatibility?.findings.join('\n')).toMatch(
      /a NATIVE savepoint \(Flink's checkpoint history of job \w+ says so\).*only into the state backend that wrote it; the restore fails/,
    );
    expect(c.compatibility?.advice[0]).toMatch(/pin a canonical savepoint instead/);
  });

  it("a savepoint Flink's checkpoint history calls CANONICAL: the switch is no finding", () => {
    const pin = 'file:/sp/savepoint-c81d72-40c9298e4e84';
    const c = pinnedPlan(pin, { formats: { [`${pin}/`]: 'CANONICAL' } });
    expect(c.compatibility?.findings.join('\n')).not.toMatch(/state backend/);
    expect(c.compatibility?.verdict).not.toBe('unknown');
  });

  it('a savepoint flinkops took (always canonical): the switch is no finding', () => {
    const pin = 's3://sp/savepoint-e09cce-b5ff3bac5e20';
    const c = pinnedPlan(pin, { recorded: pin });
    expect(c.compatibility?.findings.join('\n')).not.toMatch(/state backend/);
  });
});

/**
 * A job whose configuration names no state backend runs the cluster's default, which Flink reports
 * (real 2.2.0, a cluster with state.backend.type: rocksdb: `"state_backend":
 * "EmbeddedRocksDBStateBackend"` at /jobs/:id/checkpoints/config). The plan judges by it.
 */
describe('a state backend switch from the backend the job runs', () => {
  function planFrom(
    upgradeMode: 'last-state' | 'savepoint',
    runs: string | undefined,
    after: Record<string, string>,
    o: { size?: number; heaps?: number[] } = {},
  ) {
    const old = desiredJob('orders', { settings: { upgradeMode } });
    const next = desiredJob('orders', { settings: { upgradeMode, config: after } });
    const live = liveOf(old, {
      ...(runs ? { stateBackend: runs } : {}),
      ...(o.size !== undefined ? { lastCheckpoint: { id: 7, stateSize: o.size } } : {}),
    });
    const p = diff(
      desiredState([next]),
      liveState([live], o.heaps ? { taskHeapBytes: o.heaps } : {}),
      { doc: stateDoc({ orders: record(old) }), version: 3 },
      { allowDelete: false, now: NOW },
    );
    return {
      change: p.changes.find((c) => c.job === 'orders') as JobChange & { action: 'upgrade' },
      diags: p.diagnostics,
    };
  }

  it('last-state, the cluster runs it on rocksdb → hashmap: incompatible, not unknown', () => {
    const { change } = planFrom('last-state', 'rocksdb', { 'state.backend.type': 'hashmap' });
    expect(change.compatibility?.verdict).toBe('incompatible');
    expect(change.compatibility?.findings.join('\n')).toMatch(/state backend changes \(rocksdb → hashmap\)/);
  });

  it('last-state, the cluster runs it on hashmap → hashmap named: no switch', () => {
    const { change } = planFrom('last-state', 'hashmap', { 'state.backend.type': 'hashmap' });
    expect(change.compatibility?.findings.join('\n')).not.toMatch(/state backend/);
    expect(change.compatibility?.verdict).not.toBe('unknown');
  });

  it('last-state, backend not reported: unknown as before', () => {
    const { change } = planFrom('last-state', undefined, { 'state.backend.type': 'hashmap' });
    expect(change.compatibility?.verdict).toBe('unknown');
  });

  const MB = 2 ** 20;
  // Real 1.20.3: a canonical savepoint of 84 MB restored into hashmap ran a TaskManager with 505 MB
  // of task heap out of memory, and the rollback with it.
  it('warns (FO685) when state moving onto the heap exceeds a tenth of the task heap', () => {
    const { diags } = planFrom(
      'savepoint',
      'rocksdb',
      { 'state.backend.type': 'hashmap' },
      { size: 84 * MB, heaps: [505 * MB] },
    );
    const w = diags.find((d) => d.code === 'FO685');
    expect(w?.severity).toBe('warning');
    expect(w?.summary).toMatch(
      /rocksdb → hashmap\) with 84 MB of state, 84 MB on one TaskManager of 505 MB task heap/,
    );
    expect(w?.detail).toMatch(/a tenth of the task heap \(51 MB here\).*state\.backend\.type: rocksdb/);
  });

  it('no FO685 below the threshold, nor when the job stays off the heap', () => {
    expect(
      planFrom(
        'savepoint',
        'rocksdb',
        { 'state.backend.type': 'hashmap' },
        { size: 40 * MB, heaps: [505 * MB] },
      ).diags.some((d) => d.code === 'FO685'),
    ).toBe(false);
    expect(
      planFrom(
        'savepoint',
        'rocksdb',
        { 'state.backend.type': 'rocksdb' },
        { size: 400 * MB, heaps: [505 * MB] },
      ).diags.some((d) => d.code === 'FO685'),
    ).toBe(false);
  });
});
