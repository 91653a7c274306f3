/**
 * The committed bundle, run as the runner runs it, against the simulator and a fake GitHub:
 * pull request → one plan comment, kept up to date; merge → jobs on the cluster, a commit on
 * the state branch, the result on the pull request; a SQL change → a savepoint upgrade whose
 * new job restores from that savepoint; a scheduled run → savepoints, health checks, an alert
 * issue and a webhook call for a job that died. Follows example-repo's workflow file, and checks
 * that no secret shows up anywhere.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Simulator, startSimulator } from '../src/sim';
import { actionDefaults, type BundleRun, evaluate, ROOT, runBundle } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';
import { WebhookReceiver } from './support/webhook-receiver';

const SECRETS = {
  FLINK_PROD_TOKEN: 'prod-token-7f3a9c2e41',
  DRIVERS_DB_PASSWORD: 's3cr3t-drivers-pw-9931',
  GITHUB_TOKEN: 'ghs_fakeGithubToken0123456789',
  /** The webhook receiver's URL, once it listens. */
  ALERT_WEBHOOK: '',
};
const event = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events', name), 'utf8'));
const MARKER = '<!-- flinkops-plan:rides:prod -->';

let gh: FakeGitHub;
let hook: WebhookReceiver;
let sim: Simulator;
let repo: string;
const runs: BundleRun[] = [];

interface Step {
  with: Record<string, string>;
  env: Record<string, string>;
}

/** The flinkops step of a job of example-repo's workflow, with its expressions evaluated. */
function workflowStep(job: 'plan' | 'apply' | 'operate'): Step {
  const wf = parse(readFileSync(join(ROOT, 'example-repo/.github/workflows/flinkops.yml'), 'utf8'));
  const step = wf.jobs[job].steps.find((s: { uses?: string }) => s.uses?.startsWith('flinkops/'));
  const contexts: Record<string, string> = {
    'github.token': SECRETS.GITHUB_TOKEN,
    'vars.FLINK_JOBMANAGER_URL': sim.jobmanagerUrl,
    'vars.FLINK_SQL_GATEWAY_URL': sim.gatewayUrl,
    'secrets.FLINK_PROD_TOKEN': SECRETS.FLINK_PROD_TOKEN,
    'secrets.DRIVERS_DB_PASSWORD': SECRETS.DRIVERS_DB_PASSWORD,
    'secrets.FLINKOPS_ALERT_WEBHOOK': hook.url,
  };
  const ev = (m: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, evaluate(String(v), contexts)]));
  return { with: ev(step.with ?? {}), env: ev(step.env ?? {}) };
}

async function run(
  job: 'plan' | 'apply' | 'operate',
  eventName: string,
  payload: unknown,
  sha: string,
  ref: string,
) {
  const step = workflowStep(job);
  const defaults = actionDefaults();
  defaults['github-token'] = SECRETS.GITHUB_TOKEN;
  const r = await runBundle({
    // Only the health grace is shortened for the simulator's speed.
    inputs: { ...defaults, ...step.with, 'health-grace': '300ms' },
    env: step.env,
    eventName,
    event: payload,
    sha,
    ref,
    workspace: repo,
    apiUrl: gh.url,
  });
  runs.push(r);
  if (r.code !== 0) console.error(r.stdout, r.stderr);
  return r;
}

const overview = async () =>
  (
    (await (await fetch(`${sim.jobmanagerUrl}/jobs/overview`)).json()) as {
      jobs: { jid: string; name: string; state: string }[];
    }
  ).jobs;

const CANCEL_MS = 50;
/**
 * The simulator runs in real time for the Action's process (it polls with its own clock); the
 * test moves it ahead where it would otherwise wait.
 */
const simClock = {
  ahead: 0,
  now(): number {
    return Date.now() + this.ahead;
  },
  skip(ms: number): void {
    this.ahead += ms;
  },
};

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/action.js')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  gh = new FakeGitHub();
  await gh.start();
  hook = new WebhookReceiver();
  SECRETS.ALERT_WEBHOOK = await hook.start();
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: simClock,
    timing: { startMs: 50, savepointMs: 100, cancelMs: CANCEL_MS, checkpointMs: 100 },
  });
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-e2e-')), 'rides-platform');
  cpSync(join(ROOT, 'example-repo'), repo, { recursive: true });
  rmSync(join(repo, '.flinkops'), { recursive: true, force: true });
  // Unrelated chatter on the pull request: the sticky comment must be found on a later page.
  for (let i = 0; i < 120; i++) gh.addComment(42, `LGTM ${i}`);
});

afterAll(async () => {
  await sim?.close();
  await hook?.close();
  await gh?.close();
});

describe('the GitHub Action end to end (dist/action.js)', () => {
  it('plans a pull request in one sticky comment, updated on the next push', async () => {
    const opened = await run(
      'plan',
      'pull_request',
      event('pull_request.opened.json'),
      '1'.repeat(40),
      'refs/pull/42/merge',
    );
    expect(opened.code).toBe(0);
    let mine = gh.commentsOn(42).filter((c) => c.body.startsWith(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toMatch(/to create/);
    expect(mine[0]!.body).toContain('111111111111');
    expect(opened.outputs['has-changes']).toBe('true');
    expect(JSON.parse(opened.outputs.summary!).create).toBeGreaterThanOrEqual(3);
    expect(existsSync(opened.outputs['plan-json']!)).toBe(true);
    expect(opened.summary).toContain('flinkops plan');

    const pushed = await run(
      'plan',
      'pull_request',
      event('pull_request.synchronize.json'),
      '2'.repeat(40),
      'refs/pull/42/merge',
    );
    expect(pushed.code).toBe(0);
    mine = gh.commentsOn(42).filter((c) => c.body.startsWith(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('222222222222');
    expect(gh.calls.some((c) => c.method === 'PATCH' && c.path.includes('/issues/comments/'))).toBe(true);
    expect(gh.git.refs.size).toBe(0); // a plan never writes state
    expect((await overview()).length).toBe(0); // nor touches the cluster
  });

  it('applies on merge: jobs running, a commit on the state branch, the result on the pull request', async () => {
    const sha = '4'.repeat(40);
    gh.pulls.set(sha, [
      { number: 42, state: 'closed', merged_at: '2025-03-03T10:01:02Z', base: { ref: 'main' } },
    ]);
    const r = await run('apply', 'push', event('push.main.json'), sha, 'refs/heads/main');
    expect(r.code).toBe(0);
    const jobs = (await overview()).filter((j) => j.state === 'RUNNING');
    expect(jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining(['rides.prod.enrich_rides', 'rides.prod.city_ride_stats']),
    );
    const state = JSON.parse(gh.git.fileAt('flinkops-state', 'rides/prod.json')!);
    expect(state.state.jobs.city_ride_stats.current.jobId).toBeTruthy();
    const log = await gh.git.listCommits({ branch: 'flinkops-state', limit: 200 });
    expect(log[0]!.message).toMatch(/apply rides\/prod at 444444444444 \(#42\)/);
    expect(log[0]!.message).toContain('Source-Commit: 4444444444444444444444444444444444444444');
    expect(log[0]!.message).toContain('create city_ride_stats: applied');
    const result = gh.commentsOn(42).find((c) => c.body.startsWith('<!-- flinkops-apply:rides:prod:'));
    expect(result?.body).toContain('succeeded');
    const applied = JSON.parse(r.outputs.applied!) as { job: string; jobId?: string }[];
    expect(applied.find((a) => a.job === 'city_ride_stats')?.jobId).toBe(
      state.state.jobs.city_ride_stats.current.jobId,
    );
  });

  it('plans and applies a SQL change as an upgrade through a savepoint', async () => {
    const file = join(repo, 'jobs/city_ride_stats.sql');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'GROUP BY city_id, window_start, window_end',
        'GROUP BY city_id, window_start, window_end\nHAVING COUNT(*) >= 2',
      ),
    );
    // HAVING adds an operator after the aggregate: the sink's operator id moves, so its state is
    // dropped (the aggregate keeps its own); the pull request says so.
    const settings = join(repo, 'jobs/city_ride_stats.yaml');
    writeFileSync(settings, `${readFileSync(settings, 'utf8')}allowNonRestoredState: true\n`);
    const pr = event('pull_request.opened.json');
    pr.number = 44;
    pr.pull_request.number = 44;
    pr.pull_request.head.sha = '5'.repeat(40);
    const planned = await run('plan', 'pull_request', pr, '5'.repeat(40), 'refs/pull/44/merge');
    expect(planned.code).toBe(0);
    const comment = gh.commentsOn(44).find((c) => c.body.startsWith(MARKER));
    expect(comment?.body).toMatch(/1 to upgrade/);
    expect(comment?.body).toContain('city_ride_stats');

    const before = (await overview()).find(
      (j) => j.name === 'rides.prod.city_ride_stats' && j.state === 'RUNNING',
    )!;
    const sha = '6'.repeat(40);
    gh.pulls.set(sha, [
      { number: 44, state: 'closed', merged_at: '2025-03-04T10:00:00Z', base: { ref: 'main' } },
    ]);
    const applied = await run(
      'apply',
      'push',
      { ...event('push.main.json'), after: sha },
      sha,
      'refs/heads/main',
    );
    expect(applied.code).toBe(0);
    const change = (
      JSON.parse(applied.outputs.applied!) as {
        job: string;
        action: string;
        jobId: string;
        savepoint: string;
      }[]
    ).find((c) => c.job === 'city_ride_stats')!;
    expect(change.action).toBe('upgrade');
    expect(change.savepoint).toBeTruthy();
    expect(change.jobId).not.toBe(before.jid);
    const cp = (await (await fetch(`${sim.jobmanagerUrl}/jobs/${change.jobId}/checkpoints`)).json()) as {
      latest: { restored: { external_path: string; is_savepoint: boolean } | null };
    };
    expect(cp.latest.restored?.external_path).toBe(change.savepoint);
    expect(
      gh.commentsOn(44).some((c) => c.body.includes('flinkops-apply') && c.body.includes(change.savepoint)),
    ).toBe(true);
  });

  it('a scheduled run operates: savepoints, health checks, one alert issue and a webhook call', async () => {
    const victim = (await overview()).find(
      (j) => j.name === 'rides.prod.latest_ride_status' && j.state === 'RUNNING',
    )!;
    await fetch(`${sim.jobmanagerUrl}/jobs/${victim.jid}?mode=cancel`, { method: 'PATCH' });
    // The cancel takes the simulator's cancelMs: move its clock past that instead of waiting.
    simClock.skip(CANCEL_MS);
    expect((await overview()).find((j) => j.jid === victim.jid)?.state).toBe('CANCELED');
    const r = await run(
      'operate',
      'schedule',
      event('schedule.operate.json'),
      '6'.repeat(40),
      'refs/heads/main',
    );
    expect(r.code).toBe(0);
    expect(r.outputs.healthy).toBe('false');
    expect(r.summary).toContain('#### Savepoints');
    expect(r.summary).toMatch(/1 of 4 jobs breach their health rules/);
    // Recovering the job is left to a merge (or workflow_dispatch): a scheduled run only reports it.
    expect(
      (await overview()).some((j) => j.name === 'rides.prod.latest_ride_status' && j.state === 'RUNNING'),
    ).toBe(false);
    const issues = gh.issuesLabelled('flinkops-alert');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body.startsWith('<!-- flinkops-alert:rides:prod:latest_ride_status -->')).toBe(true);
    expect(hook.received.map((h) => h.body)).toEqual([
      expect.objectContaining({ job: 'latest_ride_status', status: 'breach', env: 'prod' }),
    ]);
  });

  it('never shows a secret: comments, summaries, outputs, logs, annotations, state branch', () => {
    expect(runs.length).toBeGreaterThanOrEqual(6);
    const shown = [
      ...gh.comments.map((c) => c.body),
      ...gh.issues.flatMap((i) => [i.title, i.body]),
      ...hook.received.map((h) => JSON.stringify(h.body)),
      ...runs.flatMap((r) => [
        r.summary,
        JSON.stringify(r.outputs),
        r.stderr,
        // The runner consumes ::add-mask:: commands; everything else in the log is shown.
        ...r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
      ]),
      gh.git.allText(),
      ...runs.flatMap((r) =>
        Object.values(r.outputs)
          .filter((v) => v.endsWith('.json') && existsSync(v))
          .map((p) => readFileSync(p, 'utf8')),
      ),
    ].join('\n');
    for (const secret of Object.values(SECRETS)) expect(shown.includes(secret), secret).toBe(false);
    // ...and they were registered with the runner.
    const masks = runs[0]!.stdout;
    expect(masks).toContain(`::add-mask::${SECRETS.GITHUB_TOKEN}`);
    expect(masks).toContain(`::add-mask::${SECRETS.DRIVERS_DB_PASSWORD}`);
  });
});
