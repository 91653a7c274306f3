/**
 * A cancelled workflow run, as GitHub cancels one: the Action's process gets SIGINT, then SIGTERM
 * 7.5 s later, then is killed. During an apply the first signal stops it at its next safe point:
 * the step under way finishes and is recorded, the state lock on the branch is released, and the
 * next run applies the rest. A lock a run could not release (killed) is taken over by the next
 * run as soon as GitHub says that run has ended, not 15 minutes later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitStateStore } from '../src/state/git-store';
import { useActionRig } from './support/action-rig';
import { type BundleOptions, ROOT, runBundle } from './support/action-runner';

const SECRETS = {
  FLINKOPS_SECRET_FLINK_PROD_TOKEN: 'prod-token-7f3a9c2e41',
  FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 's3cr3t-drivers-pw-9931',
};
const push = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events/push.main.json'), 'utf8'));
const LOCK = 'rides/prod.lock.json';

const rig = useActionRig('flinkops-cancel-');

function apply(run: string, extra: Partial<BundleOptions> = {}, inputs: Record<string, string> = {}) {
  const [id, attempt] = run.split('/');
  return runBundle({
    inputs: rig.inputs({
      environment: 'prod',
      ...inputs,
    }),
    env: { ...SECRETS, GITHUB_RUN_ID: id!, GITHUB_RUN_ATTEMPT: attempt! },
    eventName: 'push',
    event: push,
    sha: '4'.repeat(40),
    ref: 'refs/heads/main',
    workspace: rig.repo,
    apiUrl: rig.gh.url,
    ...extra,
  });
}

const running = async () =>
  (
    (await (await fetch(`${rig.sim.jobmanagerUrl}/jobs/overview`)).json()) as {
      jobs: { name: string; state: string }[];
    }
  ).jobs.filter((j) => j.state === 'RUNNING');

describe('a cancelled workflow run', () => {
  it('SIGINT, then SIGTERM, during an apply: the step under way finishes, the lock is released, the next run finishes the rest', async () => {
    let signalled = false;
    const first = await apply(
      '500/1',
      {
        onOutput: (out, child) => {
          // The first job's submit has started: cancel as GitHub does, SIGINT then SIGTERM.
          if (signalled || !/ {2}\w+: submit/.test(out)) return;
          signalled = true;
          child.kill('SIGINT');
          setTimeout(() => child.kill('SIGTERM'), 20);
        },
      },
      { parallelism: '1' },
    );
    expect(signalled).toBe(true);
    expect(first.code).not.toBe(0);
    expect(first.stdout).toContain('SIGINT received: the run was cancelled: no new step starts');
    expect(first.stdout).toContain('SIGTERM received again: still finishing the step under way');
    // The lock is gone from the state branch; the store says what was done, no more.
    expect(rig.gh.git.fileAt('flinkops-state', LOCK)).toBeUndefined();
    const applied = JSON.parse(first.outputs.applied!) as { job: string; outcome: string }[];
    expect(applied.some((a) => a.outcome === 'interrupted')).toBe(true);
    const done = applied.filter((a) => a.outcome === 'applied').map((a) => a.job);
    expect(done.length).toBeLessThan(4);
    expect((await running()).length).toBeLessThan(4);

    // The next run takes the lock at once and brings every job up.
    const second = await apply('501/1', {}, { 'lock-timeout': '0s' });
    expect(second.code).toBe(0);
    expect((await running()).map((j) => j.name).sort()).toEqual([
      'rides.prod.archive_and_alerts',
      'rides.prod.city_ride_stats',
      'rides.prod.enrich_rides',
      'rides.prod.latest_ride_status',
    ]);
  });

  it('a lock left by a run that was killed is taken over once GitHub says that run has ended, and not before', async () => {
    const store = new GitStateStore({
      api: rig.gh.git,
      branch: 'flinkops-state',
      project: 'rides',
      env: 'prod',
    });
    const left = await store.lock(
      { who: 'alice via GitHub Actions', command: 'apply', run: '600/1' },
      900_000,
    );
    expect(JSON.parse(rig.gh.git.fileAt('flinkops-state', LOCK)!).run).toBe('600/1');

    rig.gh.runs.set('600/1', 'in_progress');
    const blocked = await apply('601/1', {}, { 'lock-timeout': '0s' });
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout).toContain('FO805');
    expect(await running()).toEqual([]);

    rig.gh.runs.set('600/1', 'completed');
    const next = await apply('602/1', {}, { 'lock-timeout': '0s' });
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/FO811.*that workflow run \(600\/1\) has ended/);
    expect(
      rig.gh.calls.some((c) => c.method === 'GET' && c.path.endsWith('/actions/runs/600/attempts/1')),
    ).toBe(true);
    expect((await running()).length).toBe(4);
    expect(rig.gh.git.fileAt('flinkops-state', LOCK)).toBeUndefined();
    expect(next.stdout).toContain(left.info.who);
  });

  it("a re-run attempt takes over its earlier attempt's lock without asking", async () => {
    const store = new GitStateStore({
      api: rig.gh.git,
      branch: 'flinkops-state',
      project: 'rides',
      env: 'prod',
    });
    await store.lock({ who: 'alice via GitHub Actions', command: 'apply', run: '700/1' }, 900_000);
    const rerun = await apply('700/2', {}, { 'lock-timeout': '0s' });
    expect(rerun.code).toBe(0);
    expect(rig.gh.calls.some((c) => c.path.includes('/actions/runs/'))).toBe(false);
    expect((await running()).length).toBe(4);
  });

  it('without actions: read, the lock is honoured and FO805 names the force-unlock input, which removes it', async () => {
    const store = new GitStateStore({
      api: rig.gh.git,
      branch: 'flinkops-state',
      project: 'rides',
      env: 'prod',
    });
    const left = await store.lock(
      { who: 'alice via GitHub Actions', command: 'apply', run: '800/1' },
      900_000,
    );
    // GitHub answers 404 for the run (the token may not read runs): the lock stands.
    const blocked = await apply('801/1', {}, { 'lock-timeout': '0s' });
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout).toContain(`the input \`force-unlock: ${left.info.id}\``);
    const wrong = await apply('802/1', {}, { 'lock-timeout': '0s', 'force-unlock': '0123456789abcdef' });
    expect(wrong.code).not.toBe(0);
    expect(rig.gh.git.fileAt('flinkops-state', LOCK)).toBeDefined();
    const unlocked = await apply('803/1', {}, { 'lock-timeout': '0s', 'force-unlock': left.info.id });
    expect(unlocked.code).toBe(0);
    expect(unlocked.stdout).toContain(`removed the lock ${left.info.id} of alice via GitHub Actions`);
    expect((await running()).length).toBe(4);
  });

  it('a plan that went stale while the run waited for the lock: the log says whose lock, and plan-json and the summary show the plan applied', async () => {
    const store = new GitStateStore({
      api: rig.gh.git,
      branch: 'flinkops-state',
      project: 'rides',
      env: 'prod',
    });
    const held = await store.lock({ who: 'bob via GitHub Actions', command: 'apply', run: '900/1' }, 900_000);
    rig.gh.runs.set('900/1', 'in_progress');
    let moved = false;
    const r = await apply(
      '901/1',
      {
        onOutput: (out) => {
          if (moved || !out.includes('waiting for the state lock')) return;
          moved = true;
          // Meanwhile a job appears on the cluster under a managed name, and the holder finishes.
          rig.sim.control.seedJob({ name: 'rides.prod.city_ride_stats', parallelism: 1 });
          void store.unlock(held);
        },
      },
      { 'lock-timeout': '30s' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /flinkops: prod: waiting for the state lock: held by bob via GitHub Actions \(apply on github-actions\) since \S+; waiting up to 30\.0s/,
    );
    expect(r.stdout).toContain('the plan went stale while waiting; planning again');
    expect(r.summary).toContain('This is the plan made again, and applied');
    const applied = JSON.parse(readFileSync(r.outputs['plan-json']!, 'utf8')) as {
      changes: { job: string; action: string }[];
    };
    expect(applied.changes.find((c) => c.job === 'city_ride_stats')?.action).toBe('adopt');
    expect(JSON.parse(r.outputs.summary!)).toMatchObject({ adopt: 1, create: 3 });
    expect((await running()).length).toBe(4);
  });
});
