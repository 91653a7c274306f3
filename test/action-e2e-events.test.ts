/**
 * The committed bundle on events it does not act on, run as the runner runs it: it exits 0, prints
 * a `::notice` saying why, and writes the reason to the job summary. No GitHub API or cluster is
 * needed (the API URL points at a closed port): none is touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionDefaults, ROOT, runBundle } from './support/action-runner';

const event = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events', name), 'utf8'));
let workspace: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/action.js')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  workspace = join(mkdtempSync(join(tmpdir(), 'flinkops-e2e-events-')), 'rides-platform');
  cpSync(join(ROOT, 'example-repo'), workspace, { recursive: true });
  rmSync(join(workspace, '.flinkops'), { recursive: true, force: true });
});

const run = (eventName: string, payload: unknown, ref: string, command = 'auto', env = {}) =>
  runBundle({
    inputs: { ...actionDefaults(), 'github-token': 'ghs_unused0123456789', command },
    env,
    eventName,
    event: payload,
    sha: '9'.repeat(40),
    ref,
    workspace,
    apiUrl: 'http://127.0.0.1:9',
  });

describe('the bundle on events it does not act on', () => {
  it.each([
    ['push', 'push.tag.json', 'refs/tags/v1.4.0', 'apply', 'skip', /Pushed the tag 'v1\.4\.0'/],
    ['push', 'push.delete-branch.json', 'refs/heads/count-distinct', 'auto', 'skip', /deleted the branch/],
    ['pull_request', 'pull_request.closed.merged.json', 'refs/pull/42/merge', 'auto', 'skip', /was merged/],
    ['release', 'release.published.json', 'refs/tags/v1.4.0', 'auto', 'validate', /'release' events/],
    ['create', 'create.tag.json', 'refs/tags/v1.5.0', 'auto', 'validate', /'create' events/],
    ['delete', 'delete.branch.json', 'refs/heads/main', 'auto', 'validate', /'delete' events/],
    ['', 'schedule.json', '', 'auto', 'validate', /GITHUB_EVENT_NAME is not set/],
  ] as const)('%s %s → %s, exit 0, with a notice', async (name, file, ref, command, mode, why) => {
    const r = await run(name, event(file), ref, command);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(` → ${mode}`);
    const notice = r.stdout.split('\n').find((l) => l.startsWith(`::notice title=flinkops%3A ${mode}::`));
    expect(notice).toMatch(why);
    expect(r.summary).toMatch(why);
    expect(r.outputs['has-changes']).toBe('false');
  });

  it('reads a payload that is not a JSON object as unknown, and still succeeds', async () => {
    const r = await run('issue_comment', 'not an event', 'refs/heads/main');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/::notice .*is not a JSON object/);
    expect(r.stdout).toContain("'issue_comment' → validate");
  });

  it('succeeds on a runner without job summaries (GITHUB_STEP_SUMMARY unset)', async () => {
    const r = await run('push', event('push.tag.json'), 'refs/tags/v1.4.0', 'auto', {
      GITHUB_STEP_SUMMARY: '',
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("push of the tag 'v1.4.0' → skip");
    const v = await run('release', event('release.published.json'), 'refs/tags/v1.4.0', 'auto', {
      GITHUB_STEP_SUMMARY: '',
    });
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});
