/**
 * During a move (`moveFrom`), `flinkops status` plans as `flinkops plan` does: a script-mode job
 * both clusters' planners judge compatible is a move, not an upgrade refused for an unknown
 * verdict (FO641).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/sim';
import { cli, QUICK } from './ops-cli';
import { type TwoClusters, twoClusters, twoClustersProject } from './sim-two-clusters';

let c: TwoClusters;
let repo: string;
let oldSim: Simulator;
let newSim: Simulator;

beforeAll(async () => {
  c = await twoClusters('flinkops-move-status-', '1.20', '2.2');
  ({ repo, oldSim, newSim } = c);
});
afterAll(() => c.close());

const base = () => ['--dir', repo, '--env', 'prod'];

describe('status during a move between two clusters', () => {
  it('says what plan says: the move is compatible, not refused', async () => {
    const first = await cli(['apply', ...base(), ...QUICK], repo);
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      twoClustersProject(
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
      twoClustersProject(
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
