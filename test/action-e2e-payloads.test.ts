/**
 * The bundle (dist/action.js) on the payload files a runner may hand it that are not JSON, and on a
 * token that may not comment, run as the runner runs it against the simulator and a fake GitHub.
 * The payload is read before any library sees it: a broken one is said in a notice and routed to
 * the safe side (a push planned, a pull request planned offline), never a crash at load time.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { actionDefaults, type BundleRun, ROOT, runBundle } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';

const MARKER = '<!-- flinkops-plan:rides:staging -->';
const TRUNCATED = readFileSync(join(ROOT, 'test/fixtures/events/truncated.json.txt'), 'utf8');
const event = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events', name), 'utf8'));

let gh: FakeGitHub;
let sim: Simulator;
let workspace: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/action.js')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  gh = new FakeGitHub();
  await gh.start();
  sim = await startSimulator({ flinkVersion: '1.20', clock: 'real' });
  workspace = join(mkdtempSync(join(tmpdir(), 'flinkops-e2e-payloads-')), 'rides-platform');
  cpSync(join(ROOT, 'example-repo'), workspace, { recursive: true });
  rmSync(join(workspace, '.flinkops'), { recursive: true, force: true });
});

afterAll(async () => {
  await sim?.close();
  await gh?.close();
});

function run(o: {
  eventName: string;
  ref: string;
  text?: string;
  payload?: unknown;
  env?: object;
  inputs?: Record<string, string>;
}) {
  return runBundle({
    inputs: {
      ...actionDefaults(),
      'github-token': 'ghs_payloads0123456789',
      environment: 'staging',
      'jobmanager-url': sim.jobmanagerUrl,
      'sql-gateway-url': sim.gatewayUrl,
      ...o.inputs,
    },
    env: { FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 's3cr3t-payloads-pw', ...o.env },
    eventName: o.eventName,
    event: o.payload ?? {},
    ...(o.text !== undefined ? { eventText: o.text } : {}),
    sha: '7'.repeat(40),
    ref: o.ref,
    workspace,
    apiUrl: gh.url,
  });
}

/** GITHUB_OUTPUT holds each output once: a second `has-changes` would be read as the value. */
function outputNames(r: BundleRun): string[] {
  return [...r.rawOutput.matchAll(/^([^<=\n]+)<</gm)].map((m) => m[1]!);
}

const BROKEN: [string, string, string][] = [
  ['an empty file', '', 'is empty'],
  ['a truncated object', TRUNCATED, 'is not valid JSON'],
  ['`{not json`', '{not json', 'is not valid JSON'],
];

describe('a payload file that is not JSON', () => {
  it.each(BROKEN)('%s: a push is planned, said in a notice and the summary', async (_, text, what) => {
    const r = await run({ eventName: 'push', ref: 'refs/heads/main', text });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/SyntaxError|at new Context/);
    expect(r.stdout).toContain("flinkops: push to 'main' → plan\n");
    expect(r.stdout).toMatch(new RegExp(`::notice title=flinkops%3A plan::The event payload \\S+ ${what}`));
    expect(r.summary).toContain(MARKER);
    expect(r.summary).toContain(`${what}: the event's details are unknown`);
    expect(r.outputs['has-changes']).toBe('true');
    expect(outputNames(r).sort()).toEqual(['applied', 'has-changes', 'plan-json', 'summary']);
  });

  it.each(BROKEN)('%s: a pull request is planned offline and commented on', async (_, text, what) => {
    const before = gh.commentsOn(42).filter((c) => c.body.startsWith(MARKER)).length;
    const r = await run({ eventName: 'pull_request', ref: 'refs/pull/42/merge', text });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/SyntaxError|at new Context/);
    expect(r.stdout).toContain('flinkops: pull_request #42 → plan (offline)\n');
    expect(r.stdout).toMatch(new RegExp(`::notice title=flinkops%3A plan::The event payload \\S+ ${what}`));
    expect(r.stdout).toMatch(/the plan comment on #42/);
    const mine = gh.commentsOn(42).filter((c) => c.body.startsWith(MARKER));
    expect(mine.length).toBe(Math.max(before, 1));
    expect(outputNames(r).filter((n) => n === 'has-changes')).toEqual(['has-changes']);
  });

  it('a missing file is said once, by flinkops', async () => {
    const r = await run({
      eventName: 'push',
      ref: 'refs/heads/main',
      env: { GITHUB_EVENT_PATH: join(workspace, 'no-such-event.json') },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('does not exist');
    expect(r.stdout.match(/no-such-event\.json/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/::notice .*no-such-event\.json could not be read \(ENOENT\)/);
    expect(outputNames(r).filter((n) => n === 'has-changes')).toEqual(['has-changes']);
  });
});

describe('a pull request comment the token may not write', () => {
  it('a fork: one warning and a summary line say why and what to do; the run succeeds', async () => {
    gh.commentWriteStatus = 403;
    try {
      // Every environment of flinkops.yaml (staging, prod), offline: the refusal is said once.
      const r = await run({
        eventName: 'pull_request',
        ref: 'refs/pull/7/merge',
        payload: event('pull_request.fork.opened.json'),
        inputs: { environment: '', 'jobmanager-url': '', 'sql-gateway-url': '' },
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning '));
      expect(warnings).toHaveLength(1);
      const warning = warnings[0];
      expect(warning).toMatch(/title=flinkops%3A no pull request comment::/);
      expect(warning).toMatch(/could not be posted on #\d+: the token may not write to it \(HTTP 403/);
      expect(warning).toMatch(/`pull_request_target`/);
      expect(r.summary).toContain(MARKER);
      expect(r.summary).toContain('<!-- flinkops-plan:rides:prod -->');
      expect(
        r.summary.match(/> ⚠️ The flinkops comment could not be posted on #\d+.*read-only token/g),
      ).toHaveLength(1);
      const posts = gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues/43/comments'));
      expect(posts).toHaveLength(1);
    } finally {
      gh.commentWriteStatus = undefined;
    }
  });
});
