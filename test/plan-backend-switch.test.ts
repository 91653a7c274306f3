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
import type { JobChange } from '../src/plan/model';
import { configuredBackend, heaviestTaskManager } from '../src/plan/state-backend';
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
    o: {
      size?: number;
      heaps?: number[];
      slots?: number;
      parallelism?: number;
      clusterDefault?: string;
    } = {},
  ) {
    const parallelism = o.parallelism ?? 1;
    const old = desiredJob('orders', { settings: { upgradeMode }, parallelism });
    const next = desiredJob('orders', { settings: { upgradeMode, config: after }, parallelism });
    const live = liveOf(old, {
      ...(runs ? { stateBackend: runs } : {}),
      ...(o.size !== undefined ? { lastCheckpoint: { id: 7, stateSize: o.size } } : {}),
    });
    const p = diff(
      desiredState([next]),
      liveState([live], {
        ...(o.heaps ? { taskHeaps: o.heaps.map((bytes) => ({ bytes, slots: o.slots ?? 1 })) } : {}),
        ...(o.clusterDefault ? { defaultStateBackend: o.clusterDefault } : {}),
      }),
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

  // Real 2.2.0, two TaskManagers of 4 slots and 506 MB task heap each: a job of parallelism 2 ran
  // both subtasks on the first TaskManager (/jobs/:id/vertices/:vid/taskmanagers), with
  // state_size 164606937 (157 MB): all of it lands on one TaskManager, not half on each.
  it('FO685 weighs the subtasks one TaskManager holds: a job of parallelism 2 fills one TaskManager of 4 slots', () => {
    const { diags } = planFrom(
      'savepoint',
      'rocksdb',
      { 'state.backend.type': 'hashmap' },
      { size: 164606937, heaps: [530160021, 530160021], slots: 4, parallelism: 2 },
    );
    const w = diags.find((d) => d.code === 'FO685');
    expect(w?.summary).toBe(
      'Job orders: the state backend changes (rocksdb → hashmap) with 157 MB of state, 157 MB on one TaskManager of 506 MB task heap: the restore may run out of memory',
    );
    expect(w?.detail).toContain(
      "Each of the job's 2 subtasks restores 1/2 of it, and Flink fills one TaskManager's slots before the next: all 2 fit in the 4 slots of a TaskManager with 506 MB of task heap.",
    );
    // 100 MB: half of it per TaskManager would stay under the 51 MB threshold, all of it does not.
    expect(
      planFrom(
        'savepoint',
        'rocksdb',
        { 'state.backend.type': 'hashmap' },
        { size: 100 * MB, heaps: [505 * MB, 505 * MB], slots: 4, parallelism: 2 },
      ).diags.some((d) => d.code === 'FO685'),
    ).toBe(true);
  });

  it('FO685: a parallelism above one TaskManager’s slots spreads the state over more of them', () => {
    const spread = (size: number) =>
      planFrom(
        'savepoint',
        'rocksdb',
        { 'state.backend.type': 'hashmap' },
        { size, heaps: [505 * MB, 505 * MB], slots: 4, parallelism: 8 },
      ).diags.find((d) => d.code === 'FO685');
    expect(spread(80 * MB)).toBeUndefined();
    expect(spread(400 * MB)?.summary).toMatch(/with 400 MB of state, 200 MB on one TaskManager of 505 MB/);
    expect(spread(400 * MB)?.detail).toContain('4 of them fit in the 4 slots');
  });

  it('heaviestTaskManager: the TaskManager with the least heap per subtask it may hold', () => {
    const small = { bytes: 300 * MB, slots: 1 };
    const large = { bytes: 500 * MB, slots: 4 };
    expect(heaviestTaskManager([small, large], 4)).toEqual({ heap: large, subtasks: 4 });
    expect(heaviestTaskManager([small, large], 1)).toEqual({ heap: small, subtasks: 1 });
    expect(heaviestTaskManager([{ bytes: 500 * MB, slots: 0 }], 3)).toEqual({
      heap: { bytes: 500 * MB, slots: 0 },
      subtasks: 3,
    });
  });
});

/**
 * A job whose new configuration names no state backend runs the cluster's default: the
 * plan reads it (`/jobmanager/config`; real 1.20.3 and 2.2.0 list `state.backend.type`, 1.20 also
 * the older `state.backend`, only when the configuration names one, else Flink's hashmap applies).
 */
describe('a state backend left to the cluster’s default', () => {
  function planTo(upgradeMode: 'last-state' | 'savepoint', clusterDefault?: string, size = 0) {
    const old = desiredJob('orders', {
      settings: { upgradeMode, config: { 'state.backend.type': 'rocksdb' } },
    });
    const next = desiredJob('orders', { settings: { upgradeMode } });
    const live = liveOf(old, { stateBackend: 'rocksdb', lastCheckpoint: { id: 7, stateSize: size } });
    const p = diff(
      desiredState([next]),
      liveState([live], {
        taskHeaps: [{ bytes: 505 * MB, slots: 4 }],
        ...(clusterDefault ? { defaultStateBackend: clusterDefault } : {}),
      }),
      { doc: stateDoc({ orders: record(old) }), version: 3 },
      { allowDelete: false, now: NOW },
    );
    return {
      change: p.changes.find((c) => c.job === 'orders') as JobChange & { action: 'upgrade' },
      diags: p.diagnostics,
    };
  }
  const MB = 2 ** 20;

  it('rocksdb → the default hashmap, last-state: incompatible, not unknown', () => {
    const { change } = planTo('last-state', 'hashmap');
    expect(change.compatibility?.verdict).toBe('incompatible');
    expect(change.compatibility?.findings.join('\n')).toContain(
      "the state backend changes (rocksdb → hashmap, the cluster's default)",
    );
  });

  it('rocksdb → the default rocksdb: no switch', () => {
    const { change } = planTo('last-state', 'rocksdb');
    expect(change.compatibility?.findings.join('\n') ?? '').not.toContain('state backend');
    expect(change.compatibility?.verdict).not.toBe('unknown');
  });

  it('the default not read: unknown as before', () => {
    const { change } = planTo('last-state');
    expect(change.compatibility?.verdict).toBe('unknown');
    expect(change.compatibility?.findings.join('\n')).toContain(
      "unless the cluster's default is the same backend",
    );
  });

  it('FO685 when the default is hashmap, saying where hashmap comes from', () => {
    const w = planTo('savepoint', 'hashmap', 84 * MB).diags.find((d) => d.code === 'FO685');
    expect(w?.summary).toContain("(rocksdb → hashmap, the cluster's default) with 84 MB of state");
    expect(w?.detail).toContain('Name rocksdb in jobs/orders.yaml (state.backend.type: rocksdb;');
    expect(planTo('savepoint', undefined, 84 * MB).diags.some((d) => d.code === 'FO685')).toBe(false);
  });
});
