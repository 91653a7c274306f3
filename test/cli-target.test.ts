/**
 * `--target JOB` on plan and apply (Terraform's -target): the plan holds only the named jobs,
 * says so and what it leaves out; apply carries out only those; a name that is no job is a
 * usage error with a suggestion; a saved plan is applied as it was made.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, projectCopy, ROOT } from './ops-cli';

const NOW = ['--now', '2026-01-05T10:00:00Z'];
let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
  dir = projectCopy(join(ROOT, 'example-repo'));
  env = {
    FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl,
    FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl,
    FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 'pw-target-0001',
  };
});
afterAll(async () => {
  await sim.close();
});

const base = () => ['--dir', dir, '--env', 'staging', ...NOW];
const running = () =>
  sim.control
    .snapshot()
    .jobs.filter((j) => j.state === 'RUNNING')
    .map((j) => j.name)
    .sort();

describe('--target', () => {
  it('plan --target keeps the named job and lists what it leaves out', async () => {
    const r = await cli(['plan', ...base(), '--target', 'city_ride_stats', '--json'], dir, env);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Plan;
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['city_ride_stats', 'create']]);
    expect(plan.summary.create).toBe(1);
    expect(plan.target).toEqual({
      jobs: ['city_ride_stats'],
      omitted: [
        { job: 'archive_and_alerts', action: 'create' },
        { job: 'enrich_rides', action: 'create' },
        { job: 'latest_ride_status', action: 'create' },
      ],
    });
    const text = await cli(['plan', ...base(), '--target', 'city_ride_stats,enrich_rides'], dir, env);
    expect(text.stdout).toContain('Targeted plan: only jobs city_ride_stats, enrich_rides.');
    expect(text.stdout).toContain(
      'Left out: archive_and_alerts (create), latest_ride_status (create). Plan without a target to see everything.',
    );
  });

  it('a target that is no job is a usage error, with a suggestion', async () => {
    const r = await cli(['plan', ...base(), '--target', 'city_rides_stats'], dir, env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      '--target names no job of rides/staging: city_rides_stats; did you mean city_ride_stats?',
    );
  });

  it('a target that is a table or view names the jobs that use it, through views too (dbt model+)', async () => {
    // completed_rides is a view over ride_events; archive_and_alerts reads the view, so a
    // change to ride_events reaches it through completed_rides. No "did you mean": the name is right.
    const view = await cli(['plan', ...base(), '--target', 'completed_rides'], dir, env);
    expect(view.code).not.toBe(0);
    expect(view.stderr).toContain(
      '--target names no job of rides/staging: completed_rides\n' +
        'completed_rides is a view, not a job; the jobs that use it, directly or through views: archive_and_alerts (--target archive_and_alerts)',
    );
    expect(view.stderr).not.toContain('did you mean');
    const table = await cli(['apply', ...base(), '--target', 'ride_events', '--auto-approve'], dir, env);
    expect(table.code).not.toBe(0);
    expect(table.stderr).toContain(
      'ride_events is a table, not a job; the jobs that use it, directly or through views: archive_and_alerts, city_ride_stats, enrich_rides, latest_ride_status (--target archive_and_alerts,city_ride_stats,enrich_rides,latest_ride_status)',
    );
    expect(running()).toEqual([]);
  });

  it('apply --target starts only the named job; the rest stays for the next apply', async () => {
    const r = await cli(
      [
        'apply',
        ...base(),
        '--target',
        'city_ride_stats',
        '--auto-approve',
        '--health-grace',
        '0s',
        '--checkpoint-wait',
        '0',
      ],
      dir,
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('city_ride_stats: create applied');
    expect(r.stderr).not.toMatch(/enrich_rides|latest_ride_status|archive_and_alerts/);
    expect(r.stdout).toContain('Apply complete');
    expect(running()).toEqual(['rides.staging.city_ride_stats']);
    const next = await cli(['plan', ...base(), '--json'], dir, env);
    const plan = JSON.parse(next.stdout) as Plan;
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([
      ['archive_and_alerts', 'create'],
      ['city_ride_stats', 'none'],
      ['enrich_rides', 'create'],
      ['latest_ride_status', 'create'],
    ]);
  });

  it('a saved plan is applied as it was made: --target beside it is refused', async () => {
    const out = join(dir, 'plan.json');
    const saved = await cli(['plan', ...base(), '--target', 'enrich_rides', '--out', out], dir, env);
    expect(saved.code).toBe(0);
    const r = await cli(['apply', out, '--dir', dir, '--target', 'enrich_rides'], dir, env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--target is for a new plan');
    expect(running()).toEqual(['rides.staging.city_ride_stats']);
  });
});
