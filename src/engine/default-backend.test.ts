import { describe, expect, it } from 'vitest';
import { desiredJob, liveOf, liveState, record, stateDoc } from '../../test/plan-fixtures';
import type { FlinkClient } from '../flink';
import { needsDefaultBackend, withDefaultBackend } from './default-backend';

/** A client answering `/jobmanager/config` with `entries`, counting the calls. */
function fakeClient(entries: Record<string, string>) {
  const seen = { calls: 0 };
  const client = {
    getJobManagerConfig: async () => {
      seen.calls++;
      return { ok: true as const, value: entries };
    },
  } as unknown as FlinkClient;
  return { client, seen };
}

const ROCKSDB = { 'state.backend.type': 'rocksdb' };

describe("the cluster's default state backend, read for a plan", () => {
  it('read once for every job that leaves its backend to the cluster, never per job', async () => {
    const names = ['a', 'b', 'c'];
    const jobs = names.map((n) => desiredJob(n));
    const live = liveState(names.map((n) => liveOf(desiredJob(n), { stateBackend: 'rocksdb' })));
    const { client, seen } = fakeClient({ 'rest.port': '8081' });
    const out = await withDefaultBackend(client, jobs, live, undefined);
    expect(seen.calls).toBe(1);
    // Real 1.20.3 and 2.2.0 list no state backend key when the configuration names none: hashmap.
    expect(out.defaultStateBackend).toBe('hashmap');
  });

  it("not read when every job names its backend, or no job's backend is known", async () => {
    const { client, seen } = fakeClient({ 'state.backend.type': 'rocksdb' });
    const named = desiredJob('a', { settings: { config: ROCKSDB } });
    await withDefaultBackend(
      client,
      [named],
      liveState([liveOf(named, { stateBackend: 'rocksdb' })]),
      undefined,
    );
    const unnamed = desiredJob('b');
    await withDefaultBackend(client, [unnamed], liveState([liveOf(unnamed)]), undefined);
    expect(seen.calls).toBe(0);
  });

  it("the store's deployed backend counts for a job not running; 1.20's older state.backend key too", async () => {
    const job = desiredJob('a');
    const doc = stateDoc({ a: record(desiredJob('a', { settings: { config: ROCKSDB } })) });
    expect(needsDefaultBackend([job], liveState([]), doc)).toBe(true);
    // Real 1.20.3 with `state.backend: rocksdb` in its configuration: {"key":"state.backend","value":"rocksdb"}.
    const { client } = fakeClient({ 'state.backend': 'rocksdb' });
    expect((await withDefaultBackend(client, [job], liveState([]), doc)).defaultStateBackend).toBe('rocksdb');
  });

  it('left unknown when the JobManager does not answer', async () => {
    const client = {
      getJobManagerConfig: async () => ({
        ok: false as const,
        error: { kind: 'http', status: 500, message: 'x' },
      }),
    } as unknown as FlinkClient;
    const job = desiredJob('a');
    const out = await withDefaultBackend(
      client,
      [job],
      liveState([liveOf(job, { stateBackend: 'rocksdb' })]),
      undefined,
    );
    expect(out.defaultStateBackend).toBeUndefined();
  });
});
