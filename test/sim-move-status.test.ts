/**
 * During a move (`moveFrom`), `flinkops status` plans as `flinkops plan` does: a script-mode job
 * both clusters' planners judge compatible is a move, not an upgrade refused for an unknown
 * verdict (FO641).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo } from './ops-cli';

const QUICK = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'];
let work: string;
let repo: string;
let oldSim: Simulator;
let newSim: Simulator;

const project = (version: string, env: string) =>
  `project: shop\nflinkVersion: "${version}"\nenvironments:\n  prod:\n${env}`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'flinkops-move-status-'));
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

describe('status during a move between two clusters', () => {
  it('says what plan says: the move is compatible, not refused', async () => {
    const first = await cli(['apply', ...base(), ...QUICK], repo);
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      project(
        '2.2',
        `    jobmanagerUrl: ${newSim.jobmanagerUrl}\n    sqlGatewayUrl: ${newSim.gatewayUrl}\n` +
          `    moveFrom:\n      jobmanagerUrl: ${oldSim.jobmanagerUrl}\n      sqlGatewayUrl: ${oldSim.gatewayUrl}\n`,
      ),
    );
    const plan = await cli(['plan', ...base(), '--json'], repo);
    const planned = JSON.parse(plan.stdout) as {
      changes: { job: string; action: string; stateVerdict?: string; refused?: unknown }[];
      diagnostics: { code: string }[];
    };
    const status = await cli(['status', ...base(), '--json'], repo);
    const shown = JSON.parse(status.stdout) as {
      jobs: { job: string; planned: string }[];
      diagnostics?: { code: string }[];
    };
    expect(planned.diagnostics.map((d) => d.code)).not.toContain('FO641');
    expect((shown.diagnostics ?? []).map((d) => d.code)).not.toContain('FO641');
    expect(planned.changes.map((c) => [c.job, c.action])).toEqual([['copy', 'upgrade']]);
    expect(shown.jobs.find((j) => j.job === 'copy')?.planned).toBe('upgrade');
  });

  it('with the old gateway named but not answering, FO641 says so, not to name it', async () => {
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      project(
        '2.2',
        `    jobmanagerUrl: ${newSim.jobmanagerUrl}\n    sqlGatewayUrl: ${newSim.gatewayUrl}\n` +
          `    moveFrom:\n      jobmanagerUrl: ${oldSim.jobmanagerUrl}\n      sqlGatewayUrl: http://127.0.0.1:1\n`,
      ),
    );
    for (const command of ['plan', 'status']) {
      const r = await cli([command, ...base(), '--json'], repo);
      const out = JSON.parse(r.stdout) as { diagnostics: { code: string; detail: string }[] };
      const d = out.diagnostics.find((x) => x.code === 'FO641');
      expect(d, command).toBeDefined();
      expect(d!.detail).not.toContain("name the old cluster's SQL Gateway");
      expect(d!.detail).toContain('moveFrom.sqlGatewayUrl');
      expect(d!.detail).toContain('gave no verdict');
    }
  });
});
