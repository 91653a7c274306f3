/**
 * The savepoint a move takes is written by the cluster being left: the store records that
 * cluster's release with it (not the new one's), so that after a move back a 1.x cluster knows it
 * can read it, and `savepoints list` says which release wrote it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/sim';
import { cli } from './ops-cli';
import { type TwoClusters, twoClusters, twoClustersProject } from './sim-two-clusters';

const QUICK = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0', '--allow-version-upgrade'];
let c: TwoClusters;
let repo: string;
let oldSim: Simulator;
let newSim: Simulator;

beforeAll(async () => {
  c = await twoClusters('flinkops-sp-release-', '1.20', '2.2');
  ({ repo, oldSim, newSim } = c);
});
afterAll(() => c.close());

const base = () => ['--dir', repo, '--env', 'prod'];

describe('the release that wrote a savepoint', () => {
  it('is the cluster being left for the savepoint a move takes, and the new one for what it takes later', async () => {
    expect((await cli(['apply', ...base(), ...QUICK], repo)).code).toBe(0);
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      twoClustersProject(
        '2.2',
        `    jobmanagerUrl: ${newSim.jobmanagerUrl}\n    sqlGatewayUrl: ${newSim.gatewayUrl}\n` +
          `    moveFrom:\n      jobmanagerUrl: ${oldSim.jobmanagerUrl}\n      sqlGatewayUrl: ${oldSim.gatewayUrl}\n`,
      ),
    );
    const moved = await cli(['apply', ...base(), ...QUICK], repo);
    expect(moved.code, moved.stderr + moved.stdout).toBe(0);
    const manual = await cli(['savepoint', ...base(), 'copy'], repo);
    expect(manual.code, manual.stderr).toBe(0);
    const list = await cli(['savepoints', 'list', 'copy', ...base(), '--json'], repo);
    const entries = JSON.parse(list.stdout).savepoints as { kind: string; flinkVersion?: string }[];
    expect(entries.map((e) => [e.kind, e.flinkVersion])).toEqual([
      ['manual', '2.2'],
      ['upgrade', '1.20'],
    ]);
  });
});
