/**
 * runAction in process with a recording core and the fake GitHub: fork pull requests plan
 * offline without secrets, a pull request never applies, and bad inputs fail clearly.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, ActionGitHub, AnnotationProps } from '../action/ports';
import { ROOT } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';

let gh: FakeGitHub;
let repo: string;
let octokitGitHub: (token: string | undefined, r: { owner: string; repo: string }) => ActionGitHub;
let runAction: typeof import('../action/run').runAction;

function recordingCore(inputs: Record<string, string>) {
  const log: string[] = [];
  const annotations: { level: string; message: string; props?: AnnotationProps }[] = [];
  const summary: string[] = [];
  const failed: string[] = [];
  const secrets: string[] = [];
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: () => {},
    setSecret: (v) => secrets.push(v),
    info: (m) => log.push(m),
    annotate: (level, message, props) => annotations.push({ level, message, ...(props ? { props } : {}) }),
    setFailed: (m) => failed.push(m),
    appendSummary: async (md) => {
      summary.push(md);
    },
  };
  return { core, log, annotations, summary, failed, secrets };
}

const env = (event: string, name: string) => ({
  GITHUB_EVENT_NAME: name,
  GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/events', event),
  GITHUB_REPOSITORY: 'acme/rides-platform',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_WORKSPACE: repo,
  RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'flinkops-run-')),
});

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  ({ octokitGitHub } = await import('../action/github'));
  ({ runAction } = await import('../action/run'));
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-run-repo-')), 'r');
  cpSync(join(ROOT, 'example-repo'), repo, { recursive: true });
  rmSync(join(repo, '.flinkops'), { recursive: true, force: true });
});

afterAll(() => gh.close());

describe('runAction', () => {
  it('plans a fork pull request offline, without secrets or cluster, and says so', async () => {
    const r = recordingCore({ environment: 'prod', 'github-token': 'ghs_readonly' });
    // No FLINKOPS_SECRET_* and an unreachable cluster in flinkops.yaml: neither is touched.
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: env('pull_request.fork.opened.json', 'pull_request'),
    });
    expect(r.failed).toEqual([]);
    expect(result.ok).toBe(true);
    const comment = gh.commentsOn(43).find((c) => c.body.startsWith('<!-- flinkops-plan:rides:prod -->'));
    expect(comment?.body).toContain('fork');
    expect(comment?.body).toMatch(/to create/);
    expect(r.secrets).toContain('ghs_readonly');
  });

  it('plans, never applies, when a pull request asks for apply', async () => {
    const r = recordingCore({
      environment: 'prod',
      command: 'apply',
      'github-token': 'ghs_x',
      'state-backend': 'git',
    });
    const before = gh.git.refs.size;
    await runAction({
      core: r.core,
      github: octokitGitHub,
      env: env('pull_request.fork.opened.json', 'pull_request'),
    });
    expect(gh.git.refs.size).toBe(before);
    expect(r.log.join('\n')).toContain('never applies on a pull request');
    expect(gh.calls.some((c) => c.method !== 'GET' && c.path.includes('/git/'))).toBe(false);
  });

  it('annotates validation errors on the file, relative to the repository root', async () => {
    const r = recordingCore({ command: 'validate', 'working-directory': 'r' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(repo, 'jobs/broken.sql'), 'INSERT INTO nowhere SELECT * FROM ride_events;\n');
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: { ...env('push.main.json', 'push'), GITHUB_WORKSPACE: join(repo, '..') },
    });
    rmSync(join(repo, 'jobs/broken.sql'));
    expect(result.ok).toBe(false);
    const a = r.annotations.find((x) => x.props?.file === 'r/jobs/broken.sql');
    expect(a?.level).toBe('error');
    expect(a?.props?.title).toMatch(/^FO\d{3} /);
    expect(a?.props?.startLine).toBe(1);
  });

  it('fails with every bad input named', async () => {
    const r = recordingCore({ command: 'deploy', parallelism: 'lots' });
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: env('push.main.json', 'push'),
    });
    expect(result.ok).toBe(false);
    expect(r.failed[0]).toContain("'command'");
    expect(r.failed[0]).toContain("'parallelism'");
  });
});
