/**
 * The savepoint a move takes is written by the cluster being left: the store records that
 * cluster's release with it (not the new one's), so that after a move back a 1.x cluster knows it
 * can read it, and `savepoints list` says which release wrote it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo } from './ops-cli';

const QUICK = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0', '--allow-version-upgrade'];
let work: string;
let repo: string;
let oldSim: Simulator;
let newSim: Simulator;

const project = (version: string, env: string) =>
  `project: shop\nflinkVersion: "${version}"\nenvironments:\n  prod:\n${env}`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'flinkops-sp-release-'));
  const common = {
    clock: 'real' as const,
    timing: { startMs: 10, savepointMs: 10 },
    savepointDir: `file:${join(work, 'savepoints')}`,
    savepointsOnDisk: true,
  };
  oldSim = await startSimulator({ ...common, flinkVersion: '1.20' });
  newSim = await startSimulator({ ...common, flinkVersion: '2.2' });
  repo = copyRepo(
    project('1.20', `    jobmanagerUrl: ${oldSim.jobmanagerUrl}\n    sqlGatewayUrl: ${oldSim.gatewayUrl}\n`),
    join(work, 'repo'),
  );
});
afterAll(async () => {
  await oldSim.close();
  await newSim.close();
  rmSync(work, { recursive: true, force: true });
});

const base = () => ['--dir', repo, '--env', 'prod'];

describe('the release that wrote a savepoint', () => {
  it('is the cluster being left for the savepoint a move takes, and the new one for what it takes later', async () => {
    expect((await cli(['apply', ...base(), ...QUICK], repo)).code).toBe(0);
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      project(
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
