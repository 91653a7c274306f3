/** flinkops test / preview without a real Flink: the simulator is refused clearly, a job without tests is listed. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli } from './support/cli';

const example = join(import.meta.dirname, '..', 'example-repo');

describe('flinkops test and preview against the simulator', () => {
  let sim: Simulator;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    sim = await startSimulator({ flinkVersion: '1.20' });
    dir = mkdtempSync(join(tmpdir(), 'flinkops-sqltest-cli-'));
    cpSync(example, dir, { recursive: true });
    env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('test says the simulator cannot compute SQL results and how to get a real Flink (exit 1)', async () => {
    const r = await cli(['test', '--dir', dir, '--env', 'staging'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO455');
    expect(r.stderr).toContain('the flinkops simulator, which cannot compute SQL results');
    expect(r.stderr).toContain('npm run flink:up');
  });

  it('preview refuses the simulator the same way, and --json carries the diagnostic', async () => {
    const r = await cli(['preview', 'enrich_rides', '--dir', dir, '--env', 'staging'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot compute SQL results');
    const j = await cli(['test', '--dir', dir, '--env', 'staging', '--json'], { env });
    expect(JSON.parse(j.stdout)).toMatchObject({ passed: false, diagnostics: [{ code: 'FO455' }] });
  });

  it('a --case that selects no case is a usage error, before any cluster is asked', async () => {
    const r = await cli(['test', 'city_ride_stats', '--dir', dir, '--env', 'staging', '--case', 'Counts'], {
      env: { FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:9', FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:9' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '--case "Counts" is in no case name of city_ride_stats (cases: "counts rides and revenue per city and minute"',
    );
    expect(r.stderr).not.toContain('Cannot reach');
    expect(r.stdout).toBe('');
  });

  it('an unreachable cluster is one diagnostic, not one failure per case', async () => {
    const r = await cli(['test', '--dir', dir, '--env', 'staging'], {
      env: { FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:9', FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:9' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot reach the JobManager');
    expect(r.stderr).not.toContain('case(s) passed');
  });

  it('a case naming a table the job does not read, a column or a data file that is not there: said before any cluster is asked', async () => {
    const file = join(dir, 'jobs/city_ride_stats.test.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      [
        'cases:',
        '  - name: typos',
        '    inputs:',
        '      ride_event:',
        '        rows: [{ ride_id: r1 }]',
        '    expect:',
        '      city_ride_stats:',
        '        rows: [{ city: 1 }]',
        '  - name: a file that is not there',
        '    inputs:',
        '      ride_events: { file: rides.csv }',
        '    expect:',
        '      city_ride_stats: { rows: [] }',
        '',
      ].join('\n'),
    );
    try {
      for (const e of [
        env,
        { FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:9', FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:9' },
      ]) {
        const r = await cli(['test', 'city_ride_stats', '--dir', dir, '--env', 'staging'], { env: e });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(
          'jobs/city_ride_stats.test.yaml:4:7: error FO451: Job city_ride_stats does not read a table "ride_event"',
        );
        expect(r.stderr).toMatch(
          /jobs\/city_ride_stats\.test\.yaml:8:18: error FO452: .* has no column "city"/,
        );
        expect(r.stderr).toContain(
          'jobs/city_ride_stats.test.yaml:11:28: error FO454: Cannot read the data file jobs/rides.csv',
        );
        expect(r.stderr).not.toContain('FO455');
      }
      const t = await cli(['test', '--dir', dir, '--env', 'staging', '--timeout', 'soon'], { env });
      expect(t.code).toBe(1);
      expect(t.stderr).toContain('--timeout must be a duration');
      expect(t.stderr).not.toContain('FO455');
    } finally {
      writeFileSync(file, before);
    }
  });

  it('a malformed test file is a located diagnostic, not a stack trace', async () => {
    writeFileSync(join(dir, 'jobs/latest_ride_status.test.yaml'), 'cases:\n  - name: x\n    expect: [1]\n');
    const bad = await cli(['test', '--dir', dir, '--env', 'staging'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/jobs\/latest_ride_status\.test\.yaml:3:\d+/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('jobs without tests are listed, not failed (exit 0, no cluster needed)', async () => {
    for (const j of ['archive_and_alerts', 'city_ride_stats', 'enrich_rides', 'latest_ride_status'])
      rmSync(join(dir, `jobs/${j}.test.yaml`));
    const r = await cli(['test', '--dir', dir, '--env', 'staging'], { env: {} });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- enrich_rides: no tests (add jobs/enrich_rides.test.yaml)');
    expect(r.stdout).toContain('0 of 0 case(s) passed; 4 job(s) without tests');
  });
});
