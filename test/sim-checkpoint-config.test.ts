/**
 * `/jobs/:id/checkpoints/config` and `/jobmanager/config` of the simulator, held to what real
 * 1.20.3 and 2.2.0 answered (flink:up clusters, a GROUP BY job with and without
 * `state.changelog.enabled: true`; clusters with and without a configured state backend).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';
import { hex, SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** The body real 1.20.3 and 2.2.0 gave for a rocksdb job without the changelog (same fields on both). */
const REAL_ROCKSDB = {
  mode: 'exactly_once',
  interval: 2000,
  timeout: 600000,
  min_pause: 1000,
  max_concurrent: 1,
  externalization: { enabled: false, delete_on_cancellation: true },
  state_backend: 'EmbeddedRocksDBStateBackend',
  checkpoint_storage: 'FileSystemCheckpointStorage',
  unaligned_checkpoints: false,
  tolerable_failed_checkpoints: 0,
  aligned_checkpoint_timeout: 0,
  checkpoints_after_tasks_finish: true,
  state_changelog_enabled: false,
  changelog_periodic_materialization_interval: 600000,
  changelog_storage: 'memory',
};

async function start(version: '1.20' | '2.2', clusterConfig: Record<string, string> = {}) {
  sim = await startSimulator({ flinkVersion: version, clusterConfig, timing: { startMs: 1000 } });
  const d = new SimDriver(sim, '/v2');
  await d.tables();
  return d;
}

describe.each(['1.20', '2.2'] as const)(
  'simulator %s: checkpoint configuration and JobManager configuration',
  (version) => {
    it('answers the changelog fields real Flink answers, off and on', async () => {
      const d = await start(version);
      const off = await d.sql('INSERT INTO snk SELECT * FROM src', {
        'state.backend.type': 'rocksdb',
        'execution.checkpointing.interval': '2 s',
      });
      sim!.control.advance(1000);
      const a = await d.jm('GET', `/jobs/${off.jobId}/checkpoints/config`);
      expect(a.status).toBe(200);
      expect(Object.keys(a.body).sort()).toEqual(Object.keys(REAL_ROCKSDB).sort());
      expect(a.body).toMatchObject({
        state_backend: REAL_ROCKSDB.state_backend,
        state_changelog_enabled: false,
        changelog_periodic_materialization_interval: 600000,
        changelog_storage: 'memory',
      });
      // Real 1.20.3 and 2.2.0: the job's switch counts; the storage stays the TaskManagers' own.
      const on = await d.sql('INSERT INTO snk SELECT * FROM src', {
        'state.changelog.enabled': 'true',
        'state.changelog.storage': 'filesystem',
        'execution.checkpointing.interval': '2 s',
      });
      sim!.control.advance(1000);
      const b = await d.jm('GET', `/jobs/${on.jobId}/checkpoints/config`);
      expect(b.body).toMatchObject({
        state_backend: 'HashMapStateBackend',
        state_changelog_enabled: true,
        changelog_storage: 'memory',
      });
    });

    it("answers min_pause as the job's execution.checkpointing.min-pause, else the cluster's, else 0", async () => {
      // Real 1.20.3 and 2.2.0 on a flink:up cluster (which sets `1 s`): "min_pause": 1000.
      const d = await start(version, { 'execution.checkpointing.min-pause': '1 s' });
      const cluster = await d.sql('INSERT INTO snk SELECT * FROM src', {
        'execution.checkpointing.interval': '2 s',
      });
      const own = await d.sql('INSERT INTO snk SELECT * FROM src', {
        'execution.checkpointing.interval': '2 s',
        'execution.checkpointing.min-pause': '5 s',
      });
      sim!.control.advance(1000);
      expect((await d.jm('GET', `/jobs/${cluster.jobId}/checkpoints/config`)).body.min_pause).toBe(1000);
      expect((await d.jm('GET', `/jobs/${own.jobId}/checkpoints/config`)).body.min_pause).toBe(5000);
      await sim!.close();
      const plain = await start(version);
      const none = await plain.sql('INSERT INTO snk SELECT * FROM src', {
        'execution.checkpointing.interval': '2 s',
      });
      sim!.control.advance(1000);
      expect((await plain.jm('GET', `/jobs/${none.jobId}/checkpoints/config`)).body.min_pause).toBe(0);
    });

    it('a changelog job restored in NO_CLAIM mode fails its first checkpoint and restarts; LEGACY runs', async () => {
      // Real 2.2.0 and 1.20.3: "Configured state backend (…ChangelogStateBackend@…) does not support
      // enforcing a full snapshot. If you are restoring in NO_CLAIM mode, please consider choosing CLAIM mode."
      const d = await start(version);
      const config = {
        'state.backend.type': 'rocksdb',
        'state.changelog.enabled': 'true',
        'execution.checkpointing.interval': '2 s',
      };
      const old = await d.sql('INSERT INTO snk SELECT * FROM src', config);
      sim!.control.advance(3000);
      await d.jm('POST', `/jobs/${old.jobId}/stop`, { triggerId: hex('7') });
      sim!.control.advance(2000);
      const savepoint = (await d.jm('GET', `/jobs/${old.jobId}/savepoints/${hex('7')}`)).body.operation
        .location;
      expect(savepoint).toMatch(/savepoint-/);
      const run = async (mode: string) => {
        const j = await d.sql('INSERT INTO snk SELECT * FROM src', {
          ...config,
          'execution.savepoint.path': savepoint,
          'execution.state-recovery.claim-mode': mode,
          'execution.savepoint-restore-mode': mode,
        });
        sim!.control.advance(8000);
        const details = (await d.jm('GET', `/jobs/${j.jobId}`)).body;
        const counts = (await d.jm('GET', `/jobs/${j.jobId}/checkpoints`)).body.counts;
        const ex = (await d.jm('GET', `/jobs/${j.jobId}/exceptions`)).body.exceptionHistory.entries;
        await d.jm('PATCH', `/jobs/${j.jobId}`);
        sim!.control.advance(2000);
        return { state: details.state as string, completed: counts.completed as number, ex };
      };
      const noClaim = await run('NO_CLAIM');
      expect(noClaim.completed).toBe(0);
      expect(noClaim.ex.length).toBeGreaterThan(0);
      expect(noClaim.ex[0].stacktrace).toContain('Error while triggering checkpoint');
      expect(noClaim.ex[0].stacktrace).toContain('does not support enforcing a full snapshot');
      const legacy = await run('LEGACY');
      expect(legacy.state).toBe('RUNNING');
      expect(legacy.completed).toBeGreaterThan(0);
      expect(legacy.ex).toHaveLength(0);
    });

    it('lists a configured state backend at /jobmanager/config as written, and none when unset', async () => {
      const key = version === '1.20' ? 'state.backend' : 'state.backend.type';
      const d = await start(version, { [key]: 'rocksdb' });
      const r = await d.jm('GET', '/jobmanager/config');
      expect(r.status).toBe(200);
      expect(r.body).toContainEqual({ key, value: 'rocksdb' });
      await sim!.close();
      const plain = await start(version);
      const none = await plain.jm('GET', '/jobmanager/config');
      expect((none.body as { key: string }[]).some((e) => e.key.startsWith('state.backend'))).toBe(false);
    });
  },
);
