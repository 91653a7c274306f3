/**
 * A plan judges a state backend switch by the backend the job runs: a job whose configuration
 * names none runs the cluster's default, which Flink reports at /jobs/:id/checkpoints/config (real
 * 2.2.0, a cluster configured with `state.backend.type: rocksdb`: `"state_backend":
 * "EmbeddedRocksDBStateBackend"`). And it weighs state moving onto the heap backend against the
 * TaskManagers' task heap (`/taskmanagers`, `memoryConfiguration.taskHeap`).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

let sim: Simulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const MB = 2 ** 20;

/** A rocksdb cluster running job `copy` (no backend named), its YAML then set to `yaml`. */
async function runningOnRocksdb(yaml: string): Promise<void> {
  await running(yaml, { clusterConfig: { 'state.backend.type': 'rocksdb' }, taskHeapBytes: 505 * MB });
}

/** A cluster of `cluster`'s options running job `copy` as `first` says, its YAML then set to `yaml`. */
async function running(
  yaml: string,
  cluster: Partial<Parameters<typeof startSimulator>[0]>,
  first = 'description: copies rows\nparallelism: 1\n',
): Promise<void> {
  sim = await startSimulator({
    flinkVersion: '2.2',
    clock: 'real',
    timing: { startMs: 10, checkpointMs: 100 },
    ...cluster,
  });
  dir = copyRepo(
    `project: shop\nflinkVersion: "2.2"\nenvironments:\n  prod:\n    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n`,
  );
  writeFileSync(join(dir, 'jobs/copy.yaml'), first);
  const applied = await cli(['apply', '--dir', dir, '--env', 'prod', ...QUICK], dir);
  expect(applied.code, applied.stderr).toBe(0);
  writeFileSync(join(dir, 'jobs/copy.yaml'), yaml);
}

const plan = async () => {
  const r = await cli(['plan', '--dir', dir!, '--env', 'prod', '--json'], dir!);
  return JSON.parse(r.stdout) as Plan;
};

describe('a state backend switch of a job that runs the cluster default', () => {
  it('last-state onto hashmap from the cluster default rocksdb: incompatible, not unknown', async () => {
    await runningOnRocksdb(
      'description: copies rows\nparallelism: 1\nupgradeMode: last-state\nconfig:\n  state.backend.type: hashmap\n',
    );
    const c = (await plan()).changes.find((x) => x.job === 'copy')!;
    expect(c.action).toBe('upgrade');
    expect(c.compatibility?.verdict).toBe('incompatible');
    expect(c.compatibility?.findings.join('\n')).toContain('the state backend changes (rocksdb → hashmap)');
  });

  it('last-state naming the backend the cluster runs it on: no switch', async () => {
    await runningOnRocksdb(
      'description: copies rows\nparallelism: 1\nupgradeMode: last-state\nconfig:\n  state.backend.type: rocksdb\n',
    );
    const c = (await plan()).changes.find((x) => x.job === 'copy')!;
    expect(c.compatibility?.findings.join('\n')).not.toContain('state backend');
  });

  it('warns (FO685) before moving 84 MB of state onto 505 MB of task heap', async () => {
    await runningOnRocksdb(
      'description: copies rows\nparallelism: 1\nupgradeMode: savepoint\nconfig:\n  state.backend.type: hashmap\n',
    );
    const jid = sim!.control.snapshot().jobs.find((j) => j.state === 'RUNNING')!.jid;
    sim!.control.setStateSize(jid, 84 * MB);
    await new Promise((r) => setTimeout(r, 300));
    const r = await cli(['plan', '--dir', dir!, '--env', 'prod'], dir!);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain(
      'jobs/copy.yaml:1:1: warning FO685: Job copy: the state backend changes (rocksdb → hashmap) with 84 MB of state, 84 MB on one TaskManager of 505 MB task heap: the restore may run out of memory',
    );
  });

  // Real 2.2.0, flink:up --task-managers 2 (4 slots, taskHeap 530160021 bytes each): a rocksdb job
  // of parallelism 2 ran both subtasks on one TaskManager, its latest checkpoint's state_size
  // 164606937. The plan said "79 MB on each of 2 TaskManagers"; all of it is on one.
  it('FO685 with the figures real 2.2.0 reported: the state of both subtasks on one TaskManager', async () => {
    const rocksdb = 'description: copies rows\nparallelism: 2\nconfig:\n  state.backend.type: rocksdb\n';
    await running(
      rocksdb.replace('rocksdb', 'hashmap'),
      { taskManagers: 2, slotsPerTaskManager: 4, taskHeapBytes: 530160021 },
      rocksdb,
    );
    const jid = sim!.control.snapshot().jobs.find((j) => j.state === 'RUNNING')!.jid;
    sim!.control.setStateSize(jid, 164606937);
    await new Promise((r) => setTimeout(r, 300));
    const r = await cli(['plan', '--dir', dir!, '--env', 'prod'], dir!);
    expect(r.stdout + r.stderr).toContain(
      'warning FO685: Job copy: the state backend changes (rocksdb → hashmap) with 157 MB of state, 157 MB on one TaskManager of 506 MB task heap',
    );
  });
});

describe("a state backend left to the cluster's default", () => {
  const rocksdb =
    'description: copies rows\nparallelism: 1\nupgradeMode: last-state\nconfig:\n  state.backend.type: rocksdb\n';
  const unnamed = 'description: copies rows\nparallelism: 1\nupgradeMode: last-state\n';

  it('rocksdb → none on a cluster without a default (hashmap, real 1.20.3 and 2.2.0): incompatible', async () => {
    await running(unnamed, {}, rocksdb);
    const c = (await plan()).changes.find((x) => x.job === 'copy')!;
    expect(c.compatibility?.verdict).toBe('incompatible');
    expect(c.compatibility?.findings.join('\n')).toContain(
      "the state backend changes (rocksdb → hashmap, the cluster's default)",
    );
  });

  it('rocksdb → none on a cluster whose default is rocksdb: no switch', async () => {
    await running(unnamed, { clusterConfig: { 'state.backend.type': 'rocksdb' } }, rocksdb);
    const c = (await plan()).changes.find((x) => x.job === 'copy')!;
    expect(c.compatibility?.findings.join('\n') ?? '').not.toContain('state backend');
  });
});
