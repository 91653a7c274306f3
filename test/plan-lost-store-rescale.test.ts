/**
 * A job rescaled in place (adaptive scheduler) keeps the parallelism it was submitted with in its
 * configuration; only its vertices' upper bounds carry the new one. A plan whose store does not
 * know the run (a store lost, or the Action's first run on a new state branch) reads the bounds,
 * so it neither plans the rescale again nor shows the old parallelism.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    adaptiveScheduler: true,
    timing: { startMs: 10, savepointMs: 10 },
  });
  dir = copyRepo(
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n',
  );
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a job rescaled in place, planned with a store that does not know it', () => {
  it('runs at its upper bounds: no rescale planned again, the parallelism shown is the one Flink runs', async () => {
    const base = ['--dir', dir, '--env', 'local'];
    expect((await cli(['apply', ...base, ...QUICK], dir, env)).code).toBe(0);
    writeFileSync(join(dir, 'jobs/copy.yaml'), 'parallelism: 2\n');
    const rescaled = await cli(['apply', ...base, ...QUICK], dir, env);
    expect(rescaled.stdout).toMatch(/copy\s+rescale\s+applied/);
    // Flink: the same job, its configuration still at 1, its vertices bounded at 2.
    const [job] = sim.control.snapshot().jobs.filter((j) => j.state === 'RUNNING');
    const config = (await (await fetch(`${sim.jobmanagerUrl}/jobs/${job!.jid}/config`)).json()) as {
      'execution-config': { 'job-parallelism': number };
    };
    expect(config['execution-config']['job-parallelism']).toBe(1);

    const fresh = ['--state-file', join(dir, 'other-store.json')];
    const r = await cli(['plan', ...base, ...fresh, '--json'], dir, env);
    expect(r.code, r.stderr).toBe(0);
    const change = (JSON.parse(r.stdout) as Plan).changes.find((c) => c.job === 'copy')!;
    expect(change.action).not.toBe('rescale');
    expect(change.from?.parallelism).toBe(2);
  });
});
