/**
 * `moveFrom` pointing at the wrong place: the environment's own JobManager (in flinkops.yaml, or
 * after --jobmanager-url), and an old cluster that cannot be reached, whose diagnostic must name
 * moveFrom, not the environment's jobmanagerUrl.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, projectCopy, ROOT } from './ops-cli';

const EXAMPLE = join(ROOT, 'example-repo');
const config = readFileSync(join(EXAMPLE, 'flinkops.yaml'), 'utf8');

/** example-repo whose staging environment moves from `from`. */
function movingFrom(from: string): string {
  const text = config.replace(
    '    savepointDir: s3://rides-flink/savepoints/staging\n',
    `    savepointDir: s3://rides-flink/savepoints/staging\n    moveFrom:\n      jobmanagerUrl: ${from}\n`,
  );
  expect(text).not.toBe(config);
  return projectCopy(EXAMPLE, { 'flinkops.yaml': text });
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ flinkVersion: '1.20' });
});
afterAll(async () => {
  await sim.close();
});

const plan = (dir: string, jobmanagerUrl: string) =>
  cli(['plan', '--dir', dir, '--env', 'staging', '--state-file', join(dir, 'state.json')], dir, {
    FLINKOPS_JOBMANAGER_URL: jobmanagerUrl,
    FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl,
  });

describe('moveFrom naming the wrong cluster', () => {
  it('its own jobmanagerUrl in flinkops.yaml is refused at validate, at the line (FO266)', async () => {
    const dir = movingFrom('http://FLINK-staging-jobmanager:8081/');
    const r = await cli(['validate', '--dir', dir], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /flinkops\.yaml:\d+:\d+: error FO266: Environment staging moves from its own JobManager/,
    );
  });

  it('the JobManager an override points the plan at is refused before anything is read (FO648)', async () => {
    const dir = movingFrom(`${sim.jobmanagerUrl}/`);
    const r = await plan(dir, sim.jobmanagerUrl);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error FO648: environment staging moves from ${sim.jobmanagerUrl}`);
    expect(r.stdout).not.toContain('Plan:');
  });

  it('an old cluster that cannot be reached is named as moveFrom.jobmanagerUrl (FO650)', async () => {
    const dir = movingFrom('http://127.0.0.1:1');
    const r = await plan(dir, sim.jobmanagerUrl);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error FO650: cannot reach the JobManager at http://127.0.0.1:1');
    expect(r.stderr).toContain('Check moveFrom.jobmanagerUrl of environment staging');
    expect(r.stderr).not.toContain('Check jobmanagerUrl of environment staging');
  });
});
