/**
 * A pull request that breaks flinkops.yaml's syntax (or makes its aliases expand too often) gets
 * the error in the environments' sticky plan comments, as any other error: the project and
 * environment names are still read from the file, so the comment is the one the pull request
 * already has, and a run without an `environment` input still knows which environments to plan.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, ActionGitHub } from '../action/ports';
import { ROOT } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';

let gh: FakeGitHub;
let octokitGitHub: (token: string | undefined, r: { owner: string; repo: string }) => ActionGitHub;
let runAction: typeof import('../action/run').runAction;
const root = mkdtempSync(join(tmpdir(), 'flinkops-broken-project-'));

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  ({ octokitGitHub } = await import('../action/github'));
  ({ runAction } = await import('../action/run'));
});
afterAll(async () => {
  await gh.close();
  rmSync(root, { recursive: true, force: true });
});

function repo(name: string): string {
  const dir = join(root, name);
  cpSync(join(ROOT, 'example-repo'), dir, { recursive: true });
  rmSync(join(dir, '.flinkops'), { recursive: true, force: true });
  return dir;
}

/** A fork's pull request (#43): planned offline, so no cluster is needed. */
async function planPullRequest(dir: string, inputs: Record<string, string>) {
  const failed: string[] = [];
  const core: ActionCore = {
    getInput: (n) => ({ 'github-token': 'ghs_x', ...inputs })[n] ?? '',
    setOutput: () => {},
    setSecret: () => {},
    info: () => {},
    annotate: () => {},
    setFailed: (m) => failed.push(m),
    appendSummary: async () => {},
  };
  await runAction({
    core,
    github: octokitGitHub,
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/events/pull_request.fork.opened.json'),
      GITHUB_REPOSITORY: 'acme/rides-platform',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: mkdtempSync(join(root, 'runner-')),
    },
  });
  return failed;
}

const breakSyntax = (dir: string) =>
  writeFileSync(
    join(dir, 'flinkops.yaml'),
    readFileSync(join(dir, 'flinkops.yaml'), 'utf8').replace('defaults:', 'defaults: ['),
  );

describe('a pull request that breaks flinkops.yaml', () => {
  it('updates the sticky comment of the project with the syntax error', async () => {
    const dir = repo('sticky');
    expect(await planPullRequest(dir, { environment: 'prod' })).toEqual([]);
    const before = gh.commentsOn(43).map((c) => c.id);
    breakSyntax(dir);
    await planPullRequest(dir, { environment: 'prod' });
    const comments = gh.commentsOn(43);
    expect(comments.map((c) => c.id)).toEqual(before);
    const mine = comments.find((c) => c.body.startsWith('<!-- flinkops-plan:rides:prod -->'));
    expect(mine?.body).toContain('FO107');
    expect(mine?.body).toContain('No plan: the repository has errors');
  });

  it('without an environment input, plans every environment the file names and reports the error', async () => {
    const dir = repo('every-env');
    breakSyntax(dir);
    const failed = await planPullRequest(dir, {});
    expect(failed.join('\n')).not.toContain('no environments');
    for (const env of ['staging', 'prod', 'local']) {
      const c = gh.commentsOn(43).find((x) => x.body.startsWith(`<!-- flinkops-plan:rides:${env} -->`));
      expect(c?.body, env).toContain('FO107');
    }
  });

  it('reads the names without expanding an alias bomb', async () => {
    const dir = repo('bomb');
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const [prev, cur] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      laughs.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      `${readFileSync(join(dir, 'flinkops.yaml'), 'utf8')}\n${laughs.join('\n')}\n`,
    );
    await planPullRequest(dir, {});
    const c = gh.commentsOn(43).find((x) => x.body.startsWith('<!-- flinkops-plan:rides:prod -->'));
    expect(c?.body).toContain('aliases expand too often');
  });
});
