/**
 * A job on the changelog state backend upgraded by savepoint. Real 2.2.0 and 1.20.3 restore such a
 * job in NO_CLAIM mode only to fail its first checkpoint ("Configured state backend
 * (…ChangelogStateBackend@…) does not support enforcing a full snapshot"), over and over: the
 * upgrade failed and so did its rollback. flinkops restores it in LEGACY mode, which keeps the
 * savepoint and forces no full checkpoint.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo } from './ops-cli';

let sim: Simulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const YAML =
  'parallelism: 1\nconfig:\n  state.backend.type: rocksdb\n  state.changelog.enabled: true\n  execution.checkpointing.interval: 200 ms\n';
const APPLY = ['--auto-approve', '--health-grace', '1s', '--checkpoint-wait', '10s'];

describe.each(['1.20', '2.2'] as const)('a changelog job upgraded by savepoint (simulator %s)', (version) => {
  it('restores in LEGACY mode: the new job checkpoints and the upgrade applies', async () => {
    sim = await startSimulator({
      flinkVersion: version,
      clock: 'real',
      timing: { startMs: 10, checkpointMs: 50, savepointMs: 50 },
    });
    dir = copyRepo(
      `project: shop\nflinkVersion: "${version}"\nenvironments:\n  prod:\n    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n`,
    );
    writeFileSync(join(dir, 'jobs/copy.yaml'), YAML);
    const created = await cli(['apply', '--dir', dir, '--env', 'prod', ...APPLY], dir);
    expect(created.code, created.stderr).toBe(0);

    writeFileSync(
      join(dir, 'jobs/copy.sql'),
      'INSERT INTO sink_rows\nSELECT id, v\nFROM events\nWHERE v > 0;\n',
    );
    const upgraded = await cli(['apply', '--dir', dir, '--env', 'prod', ...APPLY], dir);
    expect(upgraded.stdout + upgraded.stderr).not.toContain('does not support enforcing a full snapshot');
    expect(upgraded.code, upgraded.stdout + upgraded.stderr).toBe(0);
    expect(upgraded.stdout).toMatch(/upgrade\s+applied/);
    const running = sim.control.snapshot().jobs.filter((j) => j.state === 'RUNNING');
    expect(running).toHaveLength(1);
    expect(running[0]!.restoredFrom).toMatch(/savepoint-/);
    expect(running[0]!.restarts).toBe(0);
    expect(running[0]!.checkpoints).toBeGreaterThan(0);
    expect(running[0]!.config['execution.state-recovery.claim-mode']).toBe('LEGACY');
  });
});
