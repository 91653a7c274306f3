/**
 * Scheduled (operate) runs of the Action, in process (runAction with injected ports) against
 * the simulator on a fake clock, the fake GitHub and a webhook receiver: an unhealthy job gets
 * one alert issue, kept up to date and closed on recovery, the webhook hears of the breach and
 * the recovery once each; a schedule window that closes suspends its job while a pending
 * repository change stays unapplied; no secret shows anywhere.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_LABEL, alertMarker } from '../action/alerts';
import type { ActionCore, ActionGitHub } from '../action/ports';
import type { RunResult } from '../action/run';
import { FakeClock } from '../src/core/clock';
import { type Simulator, startSimulator } from '../src/sim';
import { ROOT } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';
import { WebhookReceiver } from './support/webhook-receiver';

const SECRETS = {
  GITHUB_TOKEN: 'ghs_operateToken0123456789abcdef',
  DRIVERS_DB_PASSWORD: 's3cr3t-drivers-pw-4417',
};
/** Monday 2026-01-05 09:00 UTC: 10:00 in Amsterdam, inside staging's archive window (08–20). */
const MONDAY_0900 = Date.UTC(2026, 0, 5, 9, 0, 0);

let gh: FakeGitHub;
let hook: WebhookReceiver;
let sim: Simulator;
let clock: FakeClock;
let repo: string;
let octokitGitHub: (token: string | undefined, r: { owner: string; repo: string }) => ActionGitHub;
let runAction: typeof import('../action/run').runAction;

interface Recorded {
  result: RunResult;
  log: string[];
  summary: string;
  failed: string[];
  annotations: string[];
}
const runs: Recorded[] = [];

async function act(
  eventFile: string,
  eventName: string,
  inputs: Record<string, string> = {},
): Promise<Recorded> {
  const log: string[] = [];
  const summary: string[] = [];
  const failed: string[] = [];
  const annotations: string[] = [];
  const all: Record<string, string> = {
    command: 'auto',
    environment: 'staging',
    'jobmanager-url': sim.jobmanagerUrl,
    'sql-gateway-url': sim.gatewayUrl,
    'github-token': SECRETS.GITHUB_TOKEN,
    'state-backend': 'git',
    'health-grace': '30s',
    'alert-webhook': hook.url,
    ...inputs,
  };
  const core: ActionCore = {
    getInput: (n) => all[n] ?? '',
    setOutput: () => {},
    setSecret: () => {},
    info: (m) => log.push(m),
    annotate: (level, m) => annotations.push(`${level}: ${m}`),
    setFailed: (m) => failed.push(m),
    appendSummary: async (md) => {
      summary.push(md);
    },
  };
  const result = await runAction({
    core,
    github: octokitGitHub,
    clock,
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/events', eventFile),
      GITHUB_REPOSITORY: 'acme/rides-platform',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: repo,
      GITHUB_RUN_ID: '424242',
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'flinkops-operate-')),
      FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: SECRETS.DRIVERS_DB_PASSWORD,
    },
  });
  const r = { result, log, summary: summary.join('\n'), failed, annotations };
  runs.push(r);
  return r;
}

const operate = () => act('schedule.operate.json', 'schedule');
const jobs = () => sim.control.snapshot().jobs;
const running = (job: string) =>
  jobs().filter((j) => j.name === `rides.staging.${job}` && j.state === 'RUNNING');
const alerts = () => gh.issuesLabelled(ALERT_LABEL);
const MARKER = alertMarker('rides', 'staging', 'city_ride_stats');

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  ({ octokitGitHub } = await import('../action/github'));
  ({ runAction } = await import('../action/run'));
  hook = new WebhookReceiver();
  await hook.start();
  clock = new FakeClock(MONDAY_0900);
  sim = await startSimulator({ flinkVersion: '1.20', clock });
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-operate-repo-')), 'rides-platform');
  cpSync(join(ROOT, 'example-repo'), repo, { recursive: true });
  rmSync(join(repo, '.flinkops'), { recursive: true, force: true });
});

afterAll(async () => {
  await sim?.close();
  await hook?.close();
  await gh?.close();
});

describe('scheduled operations (command operate)', () => {
  it('deploys staging on a push to main (the starting point)', async () => {
    const r = await act('push.main.json', 'push');
    expect(r.failed).toEqual([]);
    for (const job of ['enrich_rides', 'city_ride_stats', 'latest_ride_status', 'archive_and_alerts'])
      expect(running(job), job).toHaveLength(1);
  });

  it('a healthy scheduled run changes nothing, opens no issue and reports all three parts', async () => {
    clock.advance(5 * 60_000);
    const r = await operate();
    expect(r.failed).toEqual([]);
    expect(r.result.outputs.healthy).toBe('true');
    expect(r.result.outputs['has-changes']).toBe('false');
    expect(r.summary).toContain('flinkops operate: `rides` / `staging`');
    expect(r.summary).toContain('No scheduled suspend or resume is due.');
    expect(r.summary).toMatch(/All 4 jobs pass their health rules/);
    // Periodic savepoints (defaults.savepoints.every: 6h): none recorded yet, so each job gets one.
    expect(r.summary).toContain('#### Savepoints');
    expect(r.summary.match(/✅ <code>s3:\/\/rides-flink\/savepoints\/staging\//g)).toHaveLength(4);
    const head = gh.git.refs.get('flinkops-state');
    const again = await operate();
    expect(again.summary).toContain('No periodic savepoint was due.');
    expect(again.summary).toMatch(/4 jobs not due yet \(next at 2026-01-05T1\d:/);
    // Nothing was due: no lock and unlock commits on the state branch every scheduled run.
    expect(gh.git.refs.get('flinkops-state')).toBe(head);
    expect(alerts()).toEqual([]);
    expect(hook.received).toEqual([]);
  });

  it('opens one alert issue for an unhealthy job, and the webhook hears of it', async () => {
    const victim = running('city_ride_stats')[0]!;
    await fetch(`${sim.jobmanagerUrl}/jobs/${victim.jid}?mode=cancel`, { method: 'PATCH' });
    clock.advance(60_000);
    const r = await operate();
    expect(r.failed).toEqual([]);
    expect(r.result.outputs.healthy).toBe('false');
    const issues = alerts();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe('open');
    expect(issues[0]!.labels).toEqual([ALERT_LABEL]);
    expect(issues[0]!.body.startsWith(MARKER)).toBe(true);
    expect(issues[0]!.body).toContain('notRunning');
    expect(issues[0]!.body).toContain('CANCELED');
    expect(r.summary).toMatch(/1 of 4 jobs breach their health rules/);
    expect(r.summary).toContain(`#${issues[0]!.number}`);
    // The recovery is a repository-side action: a scheduled run never restarts the job.
    expect(running('city_ride_stats')).toHaveLength(0);
    expect(r.summary).toMatch(/`city_ride_stats` \(recover\)/);
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]!.body).toMatchObject({
      project: 'rides',
      env: 'staging',
      job: 'city_ride_stats',
      status: 'breach',
      breaches: [{ rule: 'notRunning' }],
    });
    expect(hook.received[0]!.headers['content-type']).toBe('application/json');
  });

  it('updates the same issue while the breach lasts: no new issue, no comment, no webhook', async () => {
    const before = alerts()[0]!;
    const bodyBefore = before.body;
    clock.advance(15 * 60_000);
    const r = await operate();
    expect(r.failed).toEqual([]);
    const issues = alerts();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.number).toBe(before.number);
    expect(issues[0]!.body).not.toBe(bodyBefore); // the new "last checked" time
    expect(issues[0]!.body).toContain(new Date(clock.now()).toISOString().slice(0, 16));
    expect(gh.commentsOn(before.number)).toEqual([]);
    expect(hook.received).toHaveLength(1);
  });

  it('closes the issue with a comment once the job recovers, and the webhook hears of it', async () => {
    const dispatched = await act('workflow_dispatch.json', 'workflow_dispatch', { command: 'apply' });
    expect(dispatched.failed).toEqual([]);
    expect(running('city_ride_stats')).toHaveLength(1);
    clock.advance(2 * 60_000);
    const r = await operate();
    expect(r.failed).toEqual([]);
    expect(r.result.outputs.healthy).toBe('true');
    const issue = gh.issues.find((i) => i.body.startsWith(MARKER))!;
    expect(issue.state).toBe('closed');
    expect(issue.stateReason).toBe('completed');
    const comments = gh.commentsOn(issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/Recovered at/);
    expect(hook.received.map((h) => (h.body as { status: string }).status)).toEqual(['breach', 'recovered']);
    expect(r.summary).toMatch(/Recovered: `city_ride_stats`/);
  });

  it('a scheduled suspend that fails shows its root cause and the JobManager log, and fails the run', async () => {
    // 19:30 UTC is 20:30 in Amsterdam: the weekday archive window closed at 20:00.
    clock.advance(Date.UTC(2026, 0, 5, 19, 30) - clock.now());
    sim.control.faults.savepointFails = 'all';
    const r = await operate();
    sim.control.faults.savepointFails = 0;
    expect(r.result.ok).toBe(false);
    expect(r.failed.join('\n')).toMatch(/flinkops operate staging: apply failed/);
    expect(r.summary).toMatch(/❌ flinkops scheduled suspend\/resume: `rides` \/ `staging` failed/);
    expect(r.summary).toContain('#### Why it failed');
    expect(r.summary).toContain('Last lines of the JobManager log');
    expect(r.summary).toMatch(/switched to state RUNNING/);
    expect(running('archive_and_alerts')).toHaveLength(1);
    // Savepoints and health still ran.
    expect(r.summary).toContain('#### Savepoints');
    expect(r.summary).toContain('#### Health');
  });

  it('suspends a job whose window closed, and leaves a pending repository change unapplied', async () => {
    const sql = join(repo, 'jobs/city_ride_stats.sql');
    writeFileSync(sql, readFileSync(sql, 'utf8').replace('COUNT(*) AS rides', 'COUNT(*) AS rides_seen'));
    const stats = running('city_ride_stats')[0]!;
    clock.advance(60_000);
    const r = await operate();
    expect(r.failed).toEqual([]);
    expect(running('archive_and_alerts')).toHaveLength(0);
    const applied = JSON.parse(r.result.outputs.applied!) as {
      job: string;
      action: string;
      outcome: string;
    }[];
    expect(applied).toEqual([
      expect.objectContaining({ job: 'archive_and_alerts', action: 'suspend', outcome: 'applied' }),
    ]);
    // The SQL change waits for a merge: the same job still runs the old script.
    expect(running('city_ride_stats').map((j) => j.jid)).toEqual([stats.jid]);
    expect(r.summary).toMatch(/`archive_and_alerts` will be ⏸ suspended/);
    expect(r.summary).toMatch(/`city_ride_stats` \(upgrade\)/);
    expect(r.summary).toContain('scheduled suspend/resume');
    // A job suspended by its schedule is healthy.
    expect(r.result.outputs.healthy).toBe('true');
    const state = JSON.parse(gh.git.fileAt('flinkops-state', 'rides/staging.json')!);
    expect(state.state.jobs.archive_and_alerts.status).toBe('suspended');
    const log = await gh.git.listCommits({ branch: 'flinkops-state', limit: 50 });
    const audit = log.find((c) => c.message.includes('scheduled suspend/resume of rides/staging'));
    expect(audit?.message).toMatch(
      /^flinkops: scheduled suspend\/resume of rides\/staging at \w+: 1 applied/,
    );
    expect(audit?.message).toContain('suspend archive_and_alerts: applied');
  });

  it('never shows a secret: issues, comments, summaries, logs, annotations, webhook bodies', () => {
    const shown = [
      ...gh.issues.flatMap((i) => [i.title, i.body]),
      ...gh.comments.map((c) => c.body),
      ...runs.flatMap((r) => [r.summary, ...r.log, ...r.failed, ...r.annotations, JSON.stringify(r.result)]),
      ...hook.received.map((h) => JSON.stringify(h.body)),
      gh.git.allText(),
    ].join('\n');
    for (const secret of [...Object.values(SECRETS), hook.url, new URL(hook.url).pathname])
      expect(shown.includes(secret), secret).toBe(false);
  });
});
