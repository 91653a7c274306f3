/**
 * The cluster a plan looked at: a plan of an environment made against another cluster than
 * flinkops.yaml names for it (a FLINKOPS_JOBMANAGER_URL left exported from a demo, an option)
 * says so in its head, and a saved plan applies only on the cluster it was made against.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo } from './ops-cli';

let prod: Simulator;
let demo: Simulator;
let dir: string;

beforeAll(async () => {
  prod = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
  demo = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
  dir = copyRepo(
    `project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: ${prod.jobmanagerUrl}\n    sqlGatewayUrl: ${prod.gatewayUrl}\n`,
  );
});
afterAll(async () => {
  await prod.close();
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
});

const exported = () => ({
  FLINKOPS_JOBMANAGER_URL: demo.jobmanagerUrl,
  FLINKOPS_SQL_GATEWAY_URL: demo.gatewayUrl,
});
const line = () =>
  `Cluster: ${demo.jobmanagerUrl}, from FLINKOPS_JOBMANAGER_URL, not the jobmanagerUrl of prod in flinkops.yaml.`;

describe('the cluster a plan looked at', () => {
  it('is not said when it is the one flinkops.yaml names; the JSON plan records it', async () => {
    const r = await cli(['plan', '--dir', dir, '--env', 'prod'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Cluster:');
    const json = JSON.parse(
      (await cli(['plan', '--dir', dir, '--env', 'prod', '--json'], dir)).stdout,
    ) as Plan;
    expect(json.cluster).toEqual({ jobmanagerUrl: prod.jobmanagerUrl, from: 'flinkops.yaml' });
  });

  it('is said in the head of a plan made against an exported FLINKOPS_JOBMANAGER_URL', async () => {
    const r = await cli(['plan', '--dir', dir, '--env', 'prod'], dir, exported());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'flinkops plan: project shop, environment prod',
      line(),
    ]);
  });

  it('is not said when flinkops.yaml takes the URL from that very variable (jobmanagerUrl: ${env.FLINKOPS_JOBMANAGER_URL})', async () => {
    const local = copyRepo(
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: ${env.FLINKOPS_JOBMANAGER_URL}\n    sqlGatewayUrl: ${env.FLINKOPS_SQL_GATEWAY_URL}\n',
    );
    try {
      const r = await cli(['plan', '--dir', local, '--env', 'local'], local, exported());
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('Cluster:');
      expect(r.stdout).not.toContain('not the jobmanagerUrl of local');
      const json = JSON.parse(
        (await cli(['plan', '--dir', local, '--env', 'local', '--json'], local, exported())).stdout,
      ) as Plan;
      expect(json.cluster).toEqual({ jobmanagerUrl: demo.jobmanagerUrl, from: 'flinkops.yaml' });
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });

  it('a saved plan applies only on the cluster it was made against (FO726)', async () => {
    const out = join(dir, 'plan.json');
    expect((await cli(['plan', '--dir', dir, '--env', 'prod', '--out', out], dir)).code).toBe(0);
    const r = await cli(['apply', out, '--dir', dir, '--auto-approve'], dir, exported());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `FO726: the plan was made against the cluster at ${prod.jobmanagerUrl}, and this run reaches ${demo.jobmanagerUrl}`,
    );
    expect(demo.control.snapshot().jobs).toEqual([]);
    expect(prod.control.snapshot().jobs).toEqual([]);
  });
});
