/**
 * The Action's `now` input previews schedules and health at another instant, but the alerts it
 * sends go out now: DingTalk and Feishu robots with signature verification refuse a timestamp
 * more than an hour from their own clock. A scheduled run given `now` signed its alerts with the
 * `now` instant, so a preview three hours ahead reached no signed robot. They are signed with the
 * run's own clock (in process here: a fake clock, the simulator on the same one).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ActionCore } from '../action/ports';
import { FakeClock } from '../src/core/clock';
import { dingtalkSign, feishuSign } from '../src/engine/alert-payloads';
import { type Simulator, startSimulator } from '../src/sim';
import { ROOT } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';
import { WebhookReceiver } from './support/webhook-receiver';

/** Monday 2026-01-05 09:00 UTC: inside staging's archive window, so all four jobs run. */
const MONDAY_0900 = Date.UTC(2026, 0, 5, 9, 0, 0);

let gh: FakeGitHub;
let robot: WebhookReceiver;
let sim: Simulator;
let clock: FakeClock;
let repo: string;

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  robot = new WebhookReceiver();
  await robot.start('/robot/send');
  clock = new FakeClock(MONDAY_0900);
  sim = await startSimulator({ flinkVersion: '1.20', clock });
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-signing-')), 'rides-platform');
  cpSync(join(ROOT, 'example-repo'), repo, { recursive: true });
  rmSync(join(repo, '.flinkops'), { recursive: true, force: true });
  const project = join(repo, 'flinkops.yaml');
  const channels = [
    '    alerts:',
    `      - { type: dingtalk, url: "${robot.url}?access_token=t0k", secret: SEC-ding }`,
    `      - { type: feishu, url: "${robot.url}", secret: SEC-feishu }`,
  ].join('\n');
  const text = readFileSync(project, 'utf8');
  const withAlerts = text.replace(
    /(\n {4}savepointDir: s3:\/\/rides-flink\/savepoints\/staging\n)/,
    `$1${channels}\n`,
  );
  expect(withAlerts).not.toBe(text);
  writeFileSync(project, withAlerts);
});

afterAll(async () => {
  await sim?.close();
  await robot?.close();
  await gh?.close();
  if (repo) rmSync(join(repo, '..'), { recursive: true, force: true });
});

async function act(eventFile: string, eventName: string, inputs: Record<string, string> = {}) {
  const { octokitGitHub } = await import('../action/github');
  const { runAction } = await import('../action/run');
  const failed: string[] = [];
  const all: Record<string, string> = {
    command: 'auto',
    environment: 'staging',
    'jobmanager-url': sim.jobmanagerUrl,
    'sql-gateway-url': sim.gatewayUrl,
    'github-token': 'ghs_signingToken0123456789abcdef',
    'state-backend': 'git',
    'health-grace': '30s',
    alerts: 'off',
    ...inputs,
  };
  const core: ActionCore = {
    getInput: (n) => all[n] ?? '',
    setOutput: () => {},
    setSecret: () => {},
    info: () => {},
    annotate: () => {},
    setFailed: (m) => failed.push(m),
    appendSummary: async () => {},
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
      GITHUB_RUN_ID: '515151',
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'flinkops-signing-run-')),
      FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 'pw-signing',
    },
  });
  return { result, failed };
}

it('signs DingTalk and Feishu alerts with the time they are sent, not the `now` being previewed', async () => {
  const pushed = await act('push.main.json', 'push');
  expect(pushed.failed).toEqual([]);
  const victim = sim.control.snapshot().jobs.find((j) => j.name === 'rides.staging.city_ride_stats')!;
  await fetch(`${sim.jobmanagerUrl}/jobs/${victim.jid}?mode=cancel`, { method: 'PATCH' });
  clock.advance(60_000);
  const sentAt = clock.now();

  // Three hours ahead (12:00 UTC, still inside the archive window): beyond the robots' hour.
  const r = await act('schedule.operate.json', 'schedule', { now: '2026-01-05T12:00:00Z' });
  expect(r.result.outputs.healthy).toBe('false');
  const ding = robot.received.find((h) => h.path.includes('access_token='));
  const feishu = robot.received.find((h) => !h.path.includes('access_token='));
  expect(ding, 'DingTalk was sent the breach').toBeDefined();
  expect(feishu, 'Feishu was sent the breach').toBeDefined();
  const after = clock.now();
  // Signed when sent: after the breach, before the run ended, nowhere near the previewed 12:00.
  const query = new URL(ding!.path, 'http://robot').searchParams;
  const dingAt = Number(query.get('timestamp'));
  expect(dingAt).toBeGreaterThanOrEqual(Math.floor(sentAt));
  expect(dingAt).toBeLessThanOrEqual(after);
  expect(query.get('sign')).toBe(dingtalkSign('SEC-ding', dingAt));
  const body = feishu!.body as { timestamp: string; sign: string };
  const feishuAt = Number(body.timestamp);
  expect(feishuAt).toBeGreaterThanOrEqual(Math.floor(sentAt / 1000));
  expect(feishuAt).toBeLessThanOrEqual(after / 1000);
  expect(body.sign).toBe(feishuSign('SEC-feishu', feishuAt));
});
