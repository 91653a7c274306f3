/**
 * Two scheduled runs at once (a tick queued behind a slow one, or an apply): the second waits
 * for the state lock, and the plan it made before the wait is made again after it — as an
 * apply's is — instead of failing the run with FO701 ("plan is stale") for a change the first
 * run made meanwhile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitStateStore } from '../src/state/git-store';
import { useActionRig } from './support/action-rig';
import { ROOT, runBundle } from './support/action-runner';

const SECRETS = { FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 's3cr3t-drivers-pw-5521' };
const push = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events/push.main.json'), 'utf8'));
const schedule = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events/schedule.operate.json'), 'utf8'));
/** Monday 2026-01-05 09:00 UTC: 10:00 in Amsterdam, inside staging's archive window (08–20). */
const MONDAY_0900 = '2026-01-05T09:00:00Z';
/** 20:30 in Amsterdam: the window closed at 20:00, archive_and_alerts is due to be suspended. */
const MONDAY_1930 = '2026-01-05T19:30:00Z';

const rig = useActionRig('flinkops-operate-lock-');

function run(
  eventName: 'push' | 'schedule',
  now: string,
  runId: string,
  extra: { onOutput?: (stdout: string) => void; inputs?: Record<string, string> } = {},
) {
  return runBundle({
    inputs: rig.inputs({
      now,
      ...(eventName === 'schedule' ? { command: 'operate' } : {}),
      ...extra.inputs,
    }),
    env: { ...SECRETS, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1' },
    eventName,
    event: eventName === 'push' ? push : schedule,
    sha: '4'.repeat(40),
    ref: 'refs/heads/main',
    workspace: rig.repo,
    apiUrl: rig.gh.url,
    ...(extra.onOutput ? { onOutput: extra.onOutput } : {}),
  });
}

describe('a scheduled run that waited for the state lock', () => {
  it('plans again after the wait and carries out the suspend, instead of failing as stale', async () => {
    const deployed = await run('push', MONDAY_0900, '700');
    expect(deployed.code).toBe(0);

    const store = new GitStateStore({
      api: rig.gh.git,
      branch: 'flinkops-state',
      project: 'rides',
      env: 'staging',
    });
    const held = await store.lock(
      { who: 'bob via GitHub Actions', command: 'operate', run: '900/1' },
      900_000,
    );
    rig.gh.runs.set('900/1', 'in_progress');
    let moved = false;
    const r = await run('schedule', MONDAY_1930, '901', {
      inputs: { 'lock-timeout': '30s' },
      onOutput: (out) => {
        if (moved || !out.includes('waiting for the state lock')) return;
        moved = true;
        // Meanwhile the holder writes the store (as a racing tick does) and lets go.
        void (async () => {
          const { doc, version } = await store.read();
          await store.write(doc, version, { message: 'another run' });
          await store.unlock(held);
        })();
      },
    });
    expect(r.stdout).toContain('waiting for the state lock');
    expect(r.stdout).not.toContain('FO701');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the plan went stale while waiting; planning again');
    expect(r.summary).toContain('Planned again, and applied: `archive_and_alerts` (suspend)');
    expect(JSON.parse(r.outputs.applied!)).toEqual([
      expect.objectContaining({ job: 'archive_and_alerts', action: 'suspend', outcome: 'applied' }),
    ]);
    // Only what the schedule asks for: nothing else of the repository was applied.
    const names = rig.sim.control
      .snapshot()
      .jobs.filter((j) => j.state === 'RUNNING')
      .map((j) => j.name);
    expect(names).not.toContain('rides.staging.archive_and_alerts');
  });
});
