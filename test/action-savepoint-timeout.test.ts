/**
 * The Action's `savepoint-timeout` input: with large state a stop-with-savepoint takes longer than
 * the default 10 min budget, and a team sets it as the CLI's `apply --savepoint-timeout`. A stop
 * that does not finish within it leaves the job as it is and the savepoint pending (FO704).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../action/inputs';
import { useActionRig } from './support/action-rig';
import { ROOT, runBundle } from './support/action-runner';

const SECRETS = { FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 's3cr3t-drivers-pw-5521' };
const push = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events/push.main.json'), 'utf8'));

const rig = useActionRig('flinkops-action-sp-timeout-');

function apply(inputs: Record<string, string> = {}) {
  return runBundle({
    inputs: rig.inputs({
      now: '2026-01-05T09:00:00Z',
      ...inputs,
    }),
    env: { ...SECRETS, GITHUB_RUN_ID: '800', GITHUB_RUN_ATTEMPT: '1' },
    eventName: 'push',
    event: push,
    sha: '5'.repeat(40),
    ref: 'refs/heads/main',
    workspace: rig.repo,
    apiUrl: rig.gh.url,
  });
}

describe('the savepoint-timeout input', () => {
  it('bounds the wait for a stop-with-savepoint of an upgrade', async () => {
    expect((await apply()).code).toBe(0);
    // A state TTL edit: a savepoint upgrade.
    appendFileSync(join(rig.repo, 'jobs/city_ride_stats.yaml'), '  table.exec.state.ttl: 1 h\n');
    rig.sim.control.faults.set({ stopHangs: true });
    const started = Date.now();
    const r = await apply({ 'savepoint-timeout': '3s' });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(
      /FO704[^\n]*savepoint of job city_ride_stats[^\n]*did not finish within 3 s/,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('is a duration longer than 0', () => {
    const read = (v: string) => parseInputs((n) => (n === 'savepoint-timeout' ? v : ''));
    expect(read('45min').options?.savepointTimeoutMs).toBe(2_700_000);
    expect(read('').options?.savepointTimeoutMs).toBe(600_000);
    expect(read('0').errors).toContain(
      "input 'savepoint-timeout' must be a duration longer than 0 such as 90s or 30min; got '0'",
    );
  });
});
