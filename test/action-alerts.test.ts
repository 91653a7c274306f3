/**
 * Alert issues through the octokit adapter against the fake GitHub: found again by marker on a
 * later page among other projects' alerts and pull requests, one comment per change of the
 * breached rules, closed when the job recovers or leaves the repository; and the webhook,
 * whose failures are warnings that never name the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_LABEL, alertMarker, syncAlerts } from '../action/alerts';
import { alertsTrouble } from '../action/operate-run';
import type { ActionGitHub } from '../action/ports';
import { postAlerts, postJsonOnDemand, webhookPayload } from '../action/webhook';
import type { HealthBreach, HealthReport, JobHealth } from '../src/engine/health';
import { FakeGitHub } from './support/fake-github';
import { WebhookReceiver } from './support/webhook-receiver';

let gh: FakeGitHub;
let api: ActionGitHub;
const ctx = {
  project: 'rides',
  env: 'staging',
  runUrl: 'https://github.com/acme/rides-platform/actions/runs/1',
};

const breach = (rule: HealthBreach['rule'], summary = `${rule} breached`): HealthBreach => ({
  rule,
  summary,
  detail: 'Look at the | Flink UI <b>now</b>.',
});
const job = (name: string, breaches: HealthBreach[] = []): JobHealth => ({
  job: name,
  healthy: breaches.length === 0,
  desired: 'running',
  state: breaches.length ? 'RESTARTING' : 'RUNNING',
  jobId: 'a1b2c3',
  breaches,
});
const report = (now: string, ...jobs: JobHealth[]): HealthReport => ({
  project: 'rides',
  env: 'staging',
  now,
  healthy: jobs.every((j) => j.healthy),
  jobs,
});

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  const { octokitGitHub } = await import('../action/github');
  api = octokitGitHub('ghs_test', { owner: 'acme', repo: 'rides-platform' });
});

afterAll(() => gh.close());

describe('alert issues', () => {
  it('finds its issue on a later page, among other alerts and pull requests, and keeps it up to date', async () => {
    for (let i = 0; i < 130; i++)
      gh.addIssue({
        title: `other ${i}`,
        body: alertMarker('rides', 'prod', 'city_ride_stats'),
        labels: [ALERT_LABEL],
      });
    gh.addIssue({
      title: 'a pull request',
      body: alertMarker('rides', 'staging', 'enrich_rides'),
      labels: [ALERT_LABEL],
      pullRequest: true,
    });
    const mine = gh.addIssue({
      title: 'flinkops: enrich_rides is unhealthy',
      body: `${alertMarker('rides', 'staging', 'enrich_rides')}\n<!-- flinkops-alert-rules:maxRestarts -->\nold`,
      labels: [ALERT_LABEL, 'team-rides'],
    });
    const out = await syncAlerts(
      api,
      report('2026-01-05T10:00:00.000Z', job('enrich_rides', [breach('maxRestarts')])),
      ctx,
    );
    expect(out.issues).toEqual([
      expect.objectContaining({ job: 'enrich_rides', number: mine.number, did: 'updated' }),
    ]);
    expect(out.events).toEqual([]); // the breach goes on: nothing new to announce
    expect(mine.body).toContain('2026-01-05T10:00:00.000Z');
    // Cluster text cannot break the table or open a tag.
    expect(mine.body).not.toContain('<b>');
    expect(mine.body).toContain('&#124;');
    expect(gh.commentsOn(mine.number)).toEqual([]);
    expect(gh.issuesLabelled(ALERT_LABEL).filter((i) => i.body.includes(':staging:'))).toHaveLength(1);
    expect(
      gh.calls.filter((c) => c.method === 'GET' && c.path.startsWith('/repos/acme/rides-platform/issues?'))
        .length,
    ).toBeGreaterThan(1);
  });

  it('comments once when the breached rules change, not on every run', async () => {
    const mine = gh.issues.find(
      (i) => i.body.includes(alertMarker('rides', 'staging', 'enrich_rides')) && !i.pullRequest,
    )!;
    const two = job('enrich_rides', [breach('maxRestarts'), breach('maxCheckpointAge')]);
    const first = await syncAlerts(api, report('2026-01-05T10:15:00.000Z', two), ctx);
    expect(first.events.map((e) => e.status)).toEqual(['breach']);
    await syncAlerts(api, report('2026-01-05T10:30:00.000Z', two), ctx);
    const comments = gh.commentsOn(mine.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('`maxCheckpointAge`');
    expect(comments[0]!.body).toContain('(was `maxRestarts`)');
  });

  it('creates a new issue after the last one was closed, and closes alerts of removed jobs', async () => {
    const closed = gh.addIssue({
      title: 'old',
      body: alertMarker('rides', 'staging', 'city_ride_stats'),
      labels: [ALERT_LABEL],
      state: 'closed',
    });
    const out = await syncAlerts(
      api,
      // enrich_rides is gone from the repository; city_ride_stats breaches anew.
      report('2026-01-05T11:00:00.000Z', job('city_ride_stats', [breach('notRunning')])),
      ctx,
    );
    const created = out.issues.find((i) => i.did === 'opened')!;
    expect(created.number).not.toBe(closed.number);
    const issue = gh.issues.find((i) => i.number === created.number)!;
    expect(issue.labels).toEqual([ALERT_LABEL]);
    expect(issue.body.startsWith(alertMarker('rides', 'staging', 'city_ride_stats'))).toBe(true);
    const enrich = gh.issues.find((i) => i.title === 'flinkops: enrich_rides is unhealthy')!;
    expect(enrich.state).toBe('closed');
    expect(enrich.stateReason).toBe('not_planned');
    expect(out.events.map((e) => [e.job, e.status])).toEqual([
      ['city_ride_stats', 'breach'],
      ['enrich_rides', 'recovered'],
    ]);
    // Other environments' alerts are not touched.
    expect(
      gh.issuesLabelled(ALERT_LABEL).filter((i) => i.state === 'open' && i.body.includes(':prod:')),
    ).toHaveLength(130);
  });

  it('closes with a comment on recovery', async () => {
    const out = await syncAlerts(api, report('2026-01-05T11:15:00.000Z', job('city_ride_stats')), ctx);
    expect(out.events).toEqual([expect.objectContaining({ job: 'city_ride_stats', status: 'recovered' })]);
    const issue = gh.issues.find((i) => i.number === out.issues[0]!.number)!;
    expect(issue.state).toBe('closed');
    expect(gh.commentsOn(issue.number).at(-1)?.body).toMatch(/^✅ Recovered at 2026-01-05T11:15:00.000Z/);
    expect(gh.commentsOn(issue.number).at(-1)?.body).toContain(ctx.runUrl);
  });

  it('closes saying the job is suspended, when its schedule took it down', async () => {
    const opened = await syncAlerts(
      api,
      report('2026-01-05T21:00:00.000Z', job('night', [breach('notRunning')])),
      ctx,
    );
    const number = opened.issues[0]!.number;
    const down: JobHealth = { ...job('night'), desired: 'suspended', state: 'FINISHED' };
    await syncAlerts(api, report('2026-01-05T22:00:00.000Z', down), ctx);
    const body = gh.commentsOn(number).at(-1)?.body ?? '';
    expect(body).toMatch(
      /^✅ Recovered at 2026-01-05T22:00:00.000Z: `night` is suspended as the repository asks/,
    );
    expect(body).not.toContain('passes every health rule');
  });
});

describe('alert issues without issues: write', () => {
  it('reports what it could not write and does not throw', async () => {
    gh.issueWriteStatus = 403;
    try {
      const out = await syncAlerts(
        api,
        report('2026-01-05T12:00:00.000Z', job('latest_ride_status', [breach('notRunning')])),
        ctx,
      );
      expect(out.events).toEqual([]);
      expect(out.errors).toEqual([expect.stringMatching(/^latest_ride_status: .*not accessible/)]);
      expect(out.denied).toBe(true);
      expect(alertsTrouble(out.errors.join('; '), out.denied === true)).toContain('needs `issues: write`');
    } finally {
      gh.issueWriteStatus = undefined;
    }
  });

  it('does not blame the permission for a server error', async () => {
    // Real run: GitHub answered 500 three times; the run said "the workflow needs issues: write".
    gh.issueWriteStatus = 502;
    try {
      const out = await syncAlerts(
        api,
        report('2026-01-05T12:00:00.000Z', job('enrich_rides', [breach('notRunning')])),
        ctx,
      );
      expect(out.errors).toHaveLength(1);
      expect(out.denied).toBeUndefined();
      const note = alertsTrouble(out.errors.join('; '), out.denied === true);
      expect(note).not.toContain('issues: write');
      expect(note).toContain('The next scheduled run tries again.');
    } finally {
      gh.issueWriteStatus = undefined;
    }
  });
});

describe('alert webhook', () => {
  const payload = webhookPayload(
    {
      job: 'city_ride_stats',
      status: 'breach',
      breaches: [breach('notRunning')],
      issue: { number: 7, url: 'https://x/7' },
    },
    { project: 'rides', env: 'staging', time: '2026-01-05T11:00:00.000Z' },
  );

  it('posts a small JSON', async () => {
    const hook = new WebhookReceiver();
    const url = await hook.start();
    try {
      expect(await postAlerts(postJsonOnDemand, url, [payload])).toEqual([]);
      expect(hook.received[0]!.body).toEqual({
        project: 'rides',
        env: 'staging',
        job: 'city_ride_stats',
        status: 'breach',
        breaches: [{ rule: 'notRunning', summary: 'notRunning breached' }],
        time: '2026-01-05T11:00:00.000Z',
        issue: 'https://x/7',
      });
      hook.status = 500;
      const warnings = await postAlerts(postJsonOnDemand, url, [payload]);
      expect(warnings).toEqual(['the alert webhook answered HTTP 500 to the breach of city_ride_stats']);
    } finally {
      await hook.close();
    }
  });

  it('warns without the URL when nothing answers', async () => {
    const hook = new WebhookReceiver();
    const url = await hook.start('/hooks/s3cr3t-path');
    await hook.close();
    const warnings = await postAlerts(postJsonOnDemand, url, [payload]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be reached for the breach of city_ride_stats/);
    expect(warnings[0]).not.toContain('s3cr3t-path');
  });
});
