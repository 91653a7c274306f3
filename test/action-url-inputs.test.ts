/**
 * The jobmanager-url / sql-gateway-url inputs point one environment at a cluster. A project with a
 * single environment needs no 'environment' input besides (as FLINKOPS_JOBMANAGER_URL needs none);
 * with several, a run without one is refused, naming them, before anything is planned.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, ActionGitHub } from '../action/ports';
import { type Simulator, startSimulator } from '../src/sim';
import { ROOT } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';

let gh: FakeGitHub;
let sim: Simulator;
let octokitGitHub: (token: string | undefined, r: { owner: string; repo: string }) => ActionGitHub;
let runAction: typeof import('../action/run').runAction;
const root = mkdtempSync(join(tmpdir(), 'flinkops-url-inputs-'));

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  sim = await startSimulator({ flinkVersion: '1.20', clock: 'real' });
  ({ octokitGitHub } = await import('../action/github'));
  ({ runAction } = await import('../action/run'));
});
afterAll(async () => {
  await sim?.close();
  await gh.close();
  rmSync(root, { recursive: true, force: true });
});

async function planPullRequest(from: string) {
  const dir = join(root, from.replaceAll('/', '-'));
  cpSync(join(ROOT, from), dir, { recursive: true });
  rmSync(join(dir, '.flinkops'), { recursive: true, force: true });
  const failed: string[] = [];
  const inputs: Record<string, string> = {
    'github-token': 'ghs_x',
    'state-backend': 'file',
    'jobmanager-url': sim.jobmanagerUrl,
    'sql-gateway-url': sim.gatewayUrl,
  };
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
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
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/events/pull_request.opened.json'),
      GITHUB_REPOSITORY: 'acme/rides-platform',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: mkdtempSync(join(root, 'runner-')),
    },
  });
  return { result, failed };
}

describe('the jobmanager-url and sql-gateway-url inputs', () => {
  it("plan a project's only environment without an 'environment' input", async () => {
    const { result, failed } = await planPullRequest('test/fixtures/repos/valid');
    expect(failed).toEqual([]);
    expect(result.ok).toBe(true);
    const comment = gh.commentsOn(42).find((c) => c.body.startsWith('<!-- flinkops-plan:shop:dev -->'));
    expect(comment?.body).toContain('given to this run');
  });

  it('are refused for a project of several environments, naming them', async () => {
    const { result, failed } = await planPullRequest('example-repo');
    expect(result.ok).toBe(false);
    expect(failed.join('\n')).toContain(
      "set 'environment' to exactly one (flinkops.yaml has staging, prod, local)",
    );
  });
});
