/**
 * Renaming an environment in flinkops.yaml: its jobs keep running under the old
 * `<project>.<env>.<job>` names, where no plan of the repository looks. The plan of the new name
 * says so (FO657) instead of silently creating the jobs beside them without their state, and
 * the way it advises (the old environment back with state: suspended) stops them with savepoints.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

let sim: Simulator;
let dir: string;

const yaml = (...envs: string[]) =>
  `project: shop\nflinkVersion: "1.20"\nenvironments:\n${envs
    .map((e) => `  ${e}\n    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n`)
    .join('')}`;
const setEnvironments = (...envs: string[]) => writeFileSync(join(dir, 'flinkops.yaml'), yaml(...envs));
const alive = () =>
  sim.control
    .snapshot()
    .jobs.filter((j) => ['RUNNING', 'CREATED', 'RESTARTING'].includes(j.state))
    .map((j) => j.name)
    .sort();

beforeAll(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
  });
  dir = copyRepo('project: shop\nflinkVersion: "1.20"\nenvironments: {}\n');
  setEnvironments('staging:', 'prod:');
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an environment renamed in flinkops.yaml', () => {
  it('is said by the plan and status of the new name, with the jobs still running under the old one', async () => {
    for (const env of ['staging', 'prod']) {
      const r = await cli(['apply', '--dir', dir, '--env', env, ...QUICK], dir);
      expect(r.code, r.stderr).toBe(0);
    }
    // A plan of an environment flinkops.yaml defines says nothing of the other.
    const quiet = await cli(['plan', '--dir', dir, '--env', 'staging'], dir);
    expect(quiet.stdout + quiet.stderr).not.toContain('FO657');

    setEnvironments('staging:', 'production:');
    const r = await cli(['plan', '--dir', dir, '--env', 'production', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as Plan;
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['copy', 'create']]);
    const d = plan.diagnostics.filter((x) => x.code === 'FO657');
    expect(d).toHaveLength(1);
    expect(d[0]!.summary).toMatch(
      /^A job of project shop runs on this cluster under environment prod, which flinkops\.yaml does not define: shop\.prod\.copy \([0-9a-f]{32}, RUNNING\)$/,
    );
    expect(d[0]!.detail).toContain(
      "If production is prod renamed, this plan creates production's jobs beside it",
    );
    const status = await cli(['status', '--dir', dir, '--env', 'production'], dir);
    expect(status.stderr).toContain('FO657');
  });

  it('is resolved as the warning advises: the old environment back, suspended, stops its jobs with a savepoint', async () => {
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      `${yaml('staging:', 'production:', 'prod:')}    state: suspended\n`,
    );
    const r = await cli(['apply', '--dir', dir, '--env', 'prod', ...QUICK], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(alive()).toEqual(['shop.staging.copy']);
    const list = await cli(['savepoints', 'list', 'copy', '--dir', dir, '--env', 'prod', '--json'], dir);
    const { savepoints } = JSON.parse(list.stdout) as { savepoints: { kind: string }[] };
    expect(savepoints.map((s) => s.kind)).toEqual(['suspend']);
    setEnvironments('staging:', 'production:');
    const after = await cli(['plan', '--dir', dir, '--env', 'production'], dir);
    expect(after.stdout + after.stderr).not.toContain('FO657');
  });
});
