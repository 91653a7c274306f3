/**
 * Two pushes to main applied at once: the older push's run waits for the state lock while the
 * newer push's run applies. After the wait the older run must not plan its commit again and roll
 * the cluster back to it: the branch moved on, so it applies nothing and says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitStateStore } from '../src/state/git-store';
import { useActionRig } from './support/action-rig';
import { ROOT, runBundle } from './support/action-runner';

const SECRETS = { FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 's3cr3t-drivers-pw-5521' };
const push = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events/push.main.json'), 'utf8'));
const MONDAY_0900 = '2026-01-05T09:00:00Z';
const DEPLOYED = '4'.repeat(40);
const OLDER = '5'.repeat(40);
const NEWER = '6'.repeat(40);

const rig = useActionRig('flinkops-apply-lock-moved-');

function run(sha: string, runId: string, extra: { onOutput?: (stdout: string) => void } = {}) {
  return runBundle({
    inputs: rig.inputs({
      'lock-timeout': '30s',
      now: MONDAY_0900,
    }),
    env: { ...SECRETS, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1' },
    eventName: 'push',
    event: { ...push, after: sha },
    sha,
    ref: 'refs/heads/main',
    workspace: rig.repo,
    apiUrl: rig.gh.url,
    ...(extra.onOutput ? { onOutput: extra.onOutput } : {}),
  });
}

const liveJob = (name: string) =>
  rig.sim.control.snapshot().jobs.find((j) => j.state === 'RUNNING' && j.name === name)?.jid;

describe('an apply that waited for the state lock while a newer push was applied', () => {
  it('applies nothing after the wait instead of rolling the cluster back to its older commit', async () => {
    await rig.gh.git.createRef('main', DEPLOYED);
    const deployed = await run(DEPLOYED, '700');
    expect(deployed.code, deployed.stdout).toBe(0);

    // The older push changes a job; its run starts while main is still at its commit.
    const sql = join(rig.repo, 'jobs', 'city_ride_stats.sql');
    writeFileSync(
      sql,
      readFileSync(sql, 'utf8').replace("status = 'COMPLETED')", "status = 'COMPLETED' AND fare > 0)"),
    );
    await rig.gh.git.updateRef('main', OLDER, true);
    rig.gh.comparisons.set(`${OLDER}...${NEWER}`, 'ahead');
    const before = liveJob('rides.staging.city_ride_stats');
    expect(before).toBeDefined();

    const store = new GitStateStore({
      api: rig.gh.git,
      branch: 'flinkops-state',
      project: 'rides',
      env: 'staging',
    });
    const held = await store.lock({ who: 'bob via GitHub Actions', command: 'apply', run: '900/1' }, 900_000);
    rig.gh.runs.set('900/1', 'in_progress');
    let moved = false;
    const r = await run(OLDER, '901', {
      onOutput: (out) => {
        if (moved || !out.includes('waiting for the state lock')) return;
        moved = true;
        // Meanwhile the newer push lands, and its run applies it and lets go of the lock.
        void (async () => {
          await rig.gh.git.updateRef('main', NEWER, true);
          const { doc, version } = await store.read();
          await store.write(doc, version, { message: 'the newer push applied' });
          await store.unlock(held);
        })();
      },
    });
    expect(r.stdout).toContain('waiting for the state lock');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('FO701');
    expect(r.stdout).not.toContain('planning again');
    expect(r.stdout).toMatch(
      /::warning title=flinkops%3A nothing applied::'main' is at 666666666666 now, no longer at this run's commit 555555555555/,
    );
    expect(r.summary).toContain('nothing applied');
    expect(JSON.parse(r.outputs.applied!)).toEqual([]);
    expect(r.outputs['has-changes']).toBe('false');
    expect(liveJob('rides.staging.city_ride_stats')).toBe(before);
  });
});
