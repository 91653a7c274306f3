/**
 * runAction in process with a recording core and the fake GitHub: fork pull requests plan
 * offline without secrets, a pull request never applies, bad inputs fail clearly, and every kind
 * of event (recorded-shape payloads in test/fixtures/events) does what the README's routing table
 * says, with a notice saying why.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, ActionGitHub, AnnotationProps } from '../action/ports';
import { FakeClock } from '../src/core/clock';
import { type Simulator, startSimulator } from '../src/sim';
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
    expect(r.log.join('\n')).toContain('pull_request #43 (opened) → plan (offline)');
    expect(r.annotations.map((a) => `${a.level}: ${a.message}`).join('\n')).toContain(
      'notice: flinkops never applies on a pull request',
    );
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

  /** A run of the Action for `event` against a cluster that does not answer (port 9). */
  async function unreachableCluster(payload: string, event: string, inputs: Record<string, string> = {}) {
    const r = recordingCore({
      environment: 'prod',
      'github-token': 'ghs_x',
      'jobmanager-url': 'http://127.0.0.1:9',
      'sql-gateway-url': 'http://127.0.0.1:9',
      ...inputs,
    });
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: {
        ...env(payload, event),
        FLINKOPS_SECRET_FLINK_PROD_TOKEN: 't0ken-value-1',
        FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 'pw-value-12345',
      },
    });
    return { r, result };
  }

  it('refuses FLINKOPS_JOBMANAGER_URL with several environments: it would point them all at one cluster', async () => {
    const r = recordingCore({ 'github-token': 'ghs_x' });
    const calls = gh.calls.length;
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: { ...env('push.main.json', 'push'), FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:9' },
    });
    expect(result.ok).toBe(false);
    expect(r.failed.join('\n')).toContain(
      "FLINKOPS_JOBMANAGER_URL is set in the step's environment, and would point every environment of this run (staging, prod, local) at that one cluster",
    );
    // Nothing was planned, locked or applied.
    expect(r.log.join('\n')).not.toContain('flinkops: apply');
    expect(gh.calls.length).toBe(calls);
    // With one environment it overrides that one's URL, as the CLI's does.
    const one = recordingCore({ 'github-token': 'ghs_x', environment: 'prod' });
    await runAction({
      core: one.core,
      github: octokitGitHub,
      env: {
        ...env('pull_request.opened.json', 'pull_request'),
        FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:9',
        FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:9',
        FLINKOPS_SECRET_FLINK_PROD_TOKEN: 't0ken-value-1',
      },
    });
    expect(one.failed.join('\n')).not.toContain('would point every environment');
    expect(one.summary.join('\n')).toContain('No plan: the cluster did not answer.');
    expect(one.summary.join('\n')).toContain('http://127.0.0.1:9');
  });

  it('applies nothing for a commit the branch has moved on from (a re-run of an older apply)', async () => {
    // main is at a later commit than the run's (GITHUB_SHA ffff…): that commit's run applies it.
    gh.git.refs.set('main', 'e'.repeat(40));
    gh.comparisons.set(`${'f'.repeat(40)}...${'e'.repeat(40)}`, 'ahead');
    try {
      const r = recordingCore({ environment: 'prod', 'github-token': 'ghs_x' });
      const calls = gh.calls.length;
      const result = await runAction({
        core: r.core,
        github: octokitGitHub,
        env: { ...env('push.main.json', 'push'), FLINKOPS_SECRET_FLINK_PROD_TOKEN: 't0ken-value-1' },
      });
      expect(result.ok).toBe(true);
      expect(r.failed).toEqual([]);
      const said = r.annotations.find((a) => a.props?.title === 'flinkops: nothing applied');
      expect(said?.level).toBe('warning');
      expect(said?.message).toContain(
        "'main' is at eeeeeeeeeeee now, no longer at this run's commit ffffffffffff",
      );
      expect(r.summary.join('\n')).toContain('Nothing was applied.');
      // Only the branch was read: no state read, lock or cluster call.
      expect(gh.calls.slice(calls).map((c) => `${c.method} ${c.path}`)).toEqual([
        'GET /repos/acme/rides-platform/git/ref/heads%2Fmain',
        `GET /repos/acme/rides-platform/compare/${'f'.repeat(40)}...${'e'.repeat(40)}?per_page=1`,
      ]);
      // A read that still shows main before this push (GitHub's replicas lag) does not stop it.
      gh.comparisons.set(`${'f'.repeat(40)}...${'e'.repeat(40)}`, 'behind');
      const lagged = recordingCore({ environment: 'prod', 'github-token': 'ghs_x' });
      await runAction({
        core: lagged.core,
        github: octokitGitHub,
        env: { ...env('push.main.json', 'push'), FLINKOPS_SECRET_FLINK_PROD_TOKEN: 't0ken-value-1' },
      });
      expect(lagged.annotations.some((a) => a.props?.title === 'flinkops: nothing applied')).toBe(false);
      expect(lagged.log.join('\n')).toContain('flinkops: apply prod');
    } finally {
      gh.git.refs.delete('main');
      gh.comparisons.clear();
    }
  });

  it('a secret the run lacks is no repository error: the plan comment says to map it', async () => {
    const r = recordingCore({ 'github-token': 'ghs_x', environment: 'prod' });
    // A same-repository pull request whose workflow does not pass FLINK_PROD_TOKEN (or Dependabot's).
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: env('pull_request.opened.json', 'pull_request'),
    });
    expect(result.ok).toBe(false);
    const summary = r.summary.join('\n');
    expect(summary).toContain('FO113');
    expect(summary).toContain('No plan: a secret is not set in this run.');
    expect(summary).not.toContain('the repository has errors');
  });

  it('a cluster that does not answer is no repository error: the plan comment says to run again', async () => {
    const { r, result } = await unreachableCluster('pull_request.opened.json', 'pull_request');
    expect(result.ok).toBe(false);
    const summary = r.summary.join('\n');
    expect(summary).toContain('No plan: the cluster did not answer.');
    expect(summary).not.toContain('the repository has errors');
    expect(summary).toContain('FO650');
  });

  it('an apply that cannot plan says so on the merged pull request, beside its plan comment', async () => {
    gh.pulls.set('f'.repeat(40), [
      { number: 77, state: 'closed', merged_at: '2026-01-05T10:00:00Z', base: { ref: 'main' } },
    ]);
    gh.addComment(77, '<!-- flinkops-plan:rides:prod -->\nthe plan', 'github-actions[bot]');
    const { r, result } = await unreachableCluster('push.main.json', 'push', { comment: 'on' });
    expect(result.ok).toBe(false);
    expect(r.log.join('\n')).toContain("push to 'main' → apply");
    const comments = gh.commentsOn(77);
    const applied = comments.filter((c) =>
      c.body.startsWith('<!-- flinkops-apply:rides:prod:ffffffffffff -->'),
    );
    expect(applied).toHaveLength(1);
    expect(applied[0]!.body).toContain('nothing applied');
    expect(applied[0]!.body).toContain('No plan: the cluster did not answer.');
    // The plan comment of the pull request is left as it was.
    expect(comments.find((c) => c.body.startsWith('<!-- flinkops-plan:rides:prod -->'))?.body).toBe(
      '<!-- flinkops-plan:rides:prod -->\nthe plan',
    );
  });

  it("an apply's result goes to the pull request merged into the applied branch, never one into another", async () => {
    // The pushed commit is also in an open pull request into a release branch.
    gh.pulls.set('f'.repeat(40), [
      { number: 20, state: 'open', merged_at: null, base: { ref: 'release' } },
      { number: 21, state: 'closed', merged_at: '2026-01-05T10:00:00Z', base: { ref: 'main' } },
    ]);
    await unreachableCluster('push.main.json', 'push', { comment: 'on' });
    expect(gh.commentsOn(20)).toEqual([]);
    expect(gh.commentsOn(21).map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- flinkops-apply:rides:prod:ffffffffffff -->',
    ]);
    // Only the release branch's pull request holds it: no pull request gets the result.
    gh.pulls.set('f'.repeat(40), [{ number: 20, state: 'open', merged_at: null, base: { ref: 'release' } }]);
    await unreachableCluster('push.main.json', 'push', { comment: 'on' });
    expect(gh.commentsOn(20)).toEqual([]);
  });

  it('an empty github-token with the git state backend is a clear failure, not an empty state', async () => {
    const r = recordingCore({ environment: 'prod', 'github-token': '' });
    const before = gh.calls.length;
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: env('pull_request.opened.json', 'pull_request'),
    });
    expect(result.ok).toBe(false);
    expect(r.failed.join('\n')).toContain("the 'github-token' input is empty");
    expect(gh.calls.length).toBe(before); // nothing asked of GitHub without a token
  });

  it("keeps the job summary of several environments under GitHub's 1 MiB, each plan folded to fit", async () => {
    const { generate } = await import('../bench/lib/gen-repo.mjs');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const big = mkdtempSync(join(tmpdir(), 'flinkops-big-'));
    generate(join(big, 'r'), { jobs: 400, style: 'ddl' });
    // Three environments of the same jobs.
    const yamlPath = join(big, 'r/flinkops.yaml');
    const yaml = readFileSync(yamlPath, 'utf8');
    const prod = /\n {2}prod:\n(?: {4}.*\n)+/.exec(yaml)![0];
    writeFileSync(
      yamlPath,
      yaml.replace(prod, prod + prod.replace('prod:', 'dev:') + prod.replace('prod:', 'qa:')),
    );
    const r = recordingCore({ 'working-directory': 'r', 'github-token': 'ghs_x' });
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: { ...env('pull_request.fork.opened.json', 'pull_request'), GITHUB_WORKSPACE: big },
    });
    rmSync(big, { recursive: true, force: true });
    expect(r.failed).toEqual([]);
    expect(result.ok).toBe(true);
    const sizes = r.summary.map((md) => Buffer.byteLength(md));
    expect(r.summary.filter((md) => md.includes('flinkops plan'))).toHaveLength(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(1_000_000);
    // Every environment's plan is there, the later ones folded sooner.
    expect(r.summary.join('\n')).toMatch(/qa/);
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

  it("a repository with hundreds of errors still gets its comment, within GitHub's 65,536 characters", async () => {
    const { writeFileSync } = await import('node:fs');
    const broken = join(mkdtempSync(join(tmpdir(), 'flinkops-run-broken-')), 'r');
    cpSync(repo, broken, { recursive: true });
    for (let i = 0; i < 400; i++)
      writeFileSync(
        join(broken, `jobs/copy_${i}.sql`),
        `INSERT INTO missing_${i} SELECT * FROM ride_events;\n`,
      );
    const r = recordingCore({
      environment: 'staging',
      command: 'plan',
      'github-token': 'ghs_x',
      'state-backend': 'file',
    });
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: { ...env('pull_request.labeled.json', 'pull_request'), GITHUB_WORKSPACE: broken },
    });
    expect(result.ok).toBe(false);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([]);
    const mine = gh.commentsOn(42).filter((c) => c.body.startsWith('<!-- flinkops-plan:rides:staging -->'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(mine[0]!.body).toContain('copy_0');
    expect(mine[0]!.body).toMatch(
      /- … and \d+ errors more, not shown here: the workflow run's log lists every one\./,
    );
    expect(mine[0]!.body).toMatch(/\nCommit `[0-9a-f]{12}`\n$/);
    // The job summary (1 MiB) has every one.
    expect(r.summary.join('\n')).toContain('copy_399');
  });

  it.each([
    [
      'a folder that does not exist',
      'nope',
      /^flinkops: input 'working-directory' is 'nope', which does not exist in the workspace\. .*actions\/checkout/,
    ],
    [
      'a file',
      'r/flinkops.yaml',
      /^flinkops: input 'working-directory' is 'r\/flinkops\.yaml', which is a file: set it to the folder that holds flinkops\.yaml\.$/,
    ],
    [
      'a folder without flinkops.yaml (no checkout)',
      '.',
      /^flinkops: there is no flinkops\.yaml in the repository root\. Set the input 'working-directory' .*actions\/checkout/,
    ],
  ])("working-directory names %s in the Action's terms, on every route", async (_, dir, message) => {
    for (const [event, name] of [
      ['pull_request.labeled.json', 'pull_request'],
      ['push.main.json', 'push'],
      ['release.published.json', 'release'],
    ] as const) {
      const r = recordingCore({ 'working-directory': dir, 'github-token': 'ghs_x' });
      const result = await runAction({
        core: r.core,
        github: octokitGitHub,
        env: { ...env(event, name), GITHUB_WORKSPACE: join(repo, '..') },
      });
      expect(result.ok).toBe(false);
      expect(r.failed).toHaveLength(1);
      expect(r.failed[0]).toMatch(message);
      expect(r.failed[0]).not.toContain('--dir');
    }
  });

  it('names a `now` that is no time at all, or no date, as a bad input: no stack trace', async () => {
    for (const now of ['tomorrow', '2026-13-45T25:61:00Z']) {
      const r = recordingCore({ command: 'plan', now });
      const result = await runAction({
        core: r.core,
        github: octokitGitHub,
        env: env('push.main.json', 'push'),
      });
      expect(result.ok).toBe(false);
      expect(r.failed).toEqual([
        `flinkops: invalid inputs:\n- input 'now' must be an ISO-8601 time with a zone such as 2026-01-05T19:00:00Z; got '${now}'`,
      ]);
    }
  });
});

/**
 * Every kind of event through runAction, against the simulator (on a fake clock) and the fake
 * GitHub with the git state backend: what the run does, that it says why in a notice, that it
 * succeeds, and that nothing but a push to the default branch (here `master`), workflow_dispatch
 * or schedule touches the cluster or the state branch.
 */
describe('runAction on every event', () => {
  let sim: Simulator;
  let clock: FakeClock;
  let workspace: string;
  const fixtures = join(ROOT, 'test/fixtures/events');

  beforeAll(async () => {
    clock = new FakeClock(Date.UTC(2026, 0, 5, 9, 0, 0));
    sim = await startSimulator({ flinkVersion: '1.20', clock });
    workspace = join(mkdtempSync(join(tmpdir(), 'flinkops-events-repo-')), 'rides-platform');
    cpSync(join(ROOT, 'example-repo'), workspace, { recursive: true });
    rmSync(join(workspace, '.flinkops'), { recursive: true, force: true });
  });
  afterAll(() => sim?.close());

  async function act(
    name: string | undefined,
    eventPath: string | undefined,
    command: string,
    extra = {},
    inputs: Record<string, string> = {},
  ) {
    const r = recordingCore({
      ...inputs,
      command,
      environment: 'staging',
      'jobmanager-url': sim.jobmanagerUrl,
      'sql-gateway-url': sim.gatewayUrl,
      'github-token': 'ghs_events0123456789',
      'state-backend': 'git',
    });
    const calls = gh.calls.length;
    const jobs = sim.control.snapshot().jobs.length;
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      clock,
      env: {
        ...(name !== undefined ? { GITHUB_EVENT_NAME: name } : {}),
        ...(eventPath !== undefined ? { GITHUB_EVENT_PATH: eventPath } : {}),
        GITHUB_REPOSITORY: 'acme/rides-platform',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'flinkops-events-')),
        FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 's3cr3t-events-pw',
        ...extra,
      },
    });
    const notices = r.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
    const writes = gh.calls.slice(calls).filter((c) => c.method !== 'GET' && c.path.includes('/git/'));
    const created = sim.control.snapshot().jobs.length - jobs;
    return { ...r, result, notices, writes, created, summaryText: r.summary.join('\n') };
  }

  const CASES: {
    title: string;
    name?: string;
    file?: string;
    command?: string;
    env?: Record<string, string>;
    mode: 'skip' | 'validate' | 'plan';
    notice?: RegExp;
    comment?: number;
  }[] = [
    {
      title: 'a merged pull request, command apply',
      name: 'pull_request',
      file: 'pull_request.closed.merged.json',
      command: 'apply',
      mode: 'skip',
      notice: /was merged.*push of the merge/,
    },
    {
      title: 'a pull request closed without merging',
      name: 'pull_request',
      file: 'pull_request.closed.json',
      mode: 'skip',
      notice: /closed without merging/,
    },
    {
      title: 'a pull request converted to draft',
      name: 'pull_request',
      file: 'pull_request.converted_to_draft.json',
      mode: 'skip',
      notice: /draft/,
    },
    {
      title: 'a tag push, command apply',
      name: 'push',
      file: 'push.tag.json',
      command: 'apply',
      mode: 'skip',
      notice: /tag 'v1\.4\.0'/,
    },
    {
      title: 'a branch deletion',
      name: 'push',
      file: 'push.delete-branch.json',
      mode: 'skip',
      notice: /deleted the branch/,
    },
    {
      title: 'a merge group destroyed',
      name: 'merge_group',
      file: 'merge_group.destroyed.json',
      mode: 'skip',
      notice: /destroyed/,
    },
    {
      title: 'issue_comment',
      name: 'issue_comment',
      file: 'issue_comment.created.json',
      mode: 'validate',
      notice: /'issue_comment' events: validated only/,
    },
    {
      title: 'release',
      name: 'release',
      file: 'release.published.json',
      mode: 'validate',
      notice: /'release'/,
    },
    {
      title: 'workflow_run',
      name: 'workflow_run',
      file: 'workflow_run.completed.json',
      mode: 'validate',
      notice: /'workflow_run'/,
    },
    { title: 'no GITHUB_EVENT_NAME, no payload', mode: 'validate', notice: /GITHUB_EVENT_NAME is not set/ },
    {
      title: 'repository_dispatch, command operate',
      name: 'repository_dispatch',
      file: 'repository_dispatch.json',
      command: 'operate',
      mode: 'plan',
      notice: /operates only on .*'repository_dispatch'/,
    },
    {
      title: 'release, command apply',
      name: 'release',
      file: 'release.published.json',
      command: 'apply',
      mode: 'plan',
      notice: /applies only on/,
    },
    {
      title: 'a labeled pull request',
      name: 'pull_request',
      file: 'pull_request.labeled.json',
      mode: 'plan',
      comment: 42,
    },
    {
      title: 'a pull request from a deleted fork',
      name: 'pull_request',
      file: 'pull_request.deleted-fork.synchronize.json',
      mode: 'plan',
      notice: /fork/,
      comment: 43,
    },
    {
      title: 'pull_request_target, command apply',
      name: 'pull_request_target',
      file: 'pull_request_target.opened.json',
      command: 'apply',
      mode: 'plan',
      notice: /never applies on a pull request/,
      comment: 42,
    },
    {
      title: 'a merge group, command apply',
      name: 'merge_group',
      file: 'merge_group.checks_requested.json',
      command: 'apply',
      mode: 'plan',
      notice: /never applies in a merge queue/,
    },
    {
      title: 'a push to main where trunk is the default',
      name: 'push',
      file: 'push.main.trunk-default.json',
      command: 'apply',
      mode: 'plan',
      notice: /'main' is not the default branch/,
    },
    {
      title: 'a push to another branch',
      name: 'push',
      file: 'push.feature.json',
      mode: 'plan',
      notice: /not the default branch 'main': planned only/,
    },
    {
      title: 'a push whose payload file is missing',
      name: 'push',
      file: 'no-such-event.json',
      env: { GITHUB_REF: 'refs/heads/main' },
      mode: 'plan',
      notice: /could not be read \(ENOENT\)[\s\S]*does not say which branch is the default/,
    },
    {
      title: 'a pull request whose payload is not JSON',
      name: 'pull_request',
      file: 'truncated.json.txt',
      env: { GITHUB_REF: 'refs/pull/42/merge' },
      mode: 'plan',
      notice: /not valid JSON/,
      comment: 42,
    },
  ];

  it.each(CASES)('$title → $mode, nothing applied', async (c) => {
    const r = await act(c.name, c.file ? join(fixtures, c.file) : undefined, c.command ?? 'auto', c.env);
    expect(r.failed).toEqual([]);
    expect(r.result.ok).toBe(true);
    expect(r.log.join('\n')).toMatch(new RegExp(` → ${c.mode}\\b`));
    if (c.notice) expect(r.notices.join('\n')).toMatch(c.notice);
    // Never applied: no job started, nothing written to the state branch.
    expect(r.created).toBe(0);
    expect(r.writes).toEqual([]);
    expect(r.result.outputs['has-changes']).toBe(c.mode === 'plan' ? 'true' : 'false');
    if (c.mode === 'skip') expect(r.summaryText).toMatch(/^### flinkops: nothing to do\n\n> ℹ️ /);
    if (c.mode === 'validate') expect(r.summaryText).toContain('flinkops validate: ✅ valid');
    if (c.mode === 'plan') expect(r.summaryText).toContain('<!-- flinkops-plan:rides:staging -->');
    if (c.comment)
      expect(
        gh.commentsOn(c.comment).some((x) => x.body.startsWith('<!-- flinkops-plan:rides:staging -->')),
      ).toBe(true);
    for (const n of r.notices) expect(r.summaryText).toContain(n);
  });

  it('applies on a push to master when master is the default branch, into <project>/<env>.json', async () => {
    const r = await act('push', join(fixtures, 'push.master.json'), 'auto');
    expect(r.failed).toEqual([]);
    expect(r.log.join('\n')).toContain("push to 'master' → apply");
    expect(r.created).toBe(4);
    expect(JSON.parse(gh.git.fileAt('flinkops-state', 'rides/staging.json')!).version).toBeGreaterThan(0);
    expect(gh.git.fileAt('flinkops-state', 'staging.json')).toBeUndefined();
    expect(gh.git.fileAt('flinkops-state', 'rides/staging.last-apply.json')).toContain('create');
  });

  it('applies on workflow_dispatch without inputs, and then finds nothing to do', async () => {
    const r = await act('workflow_dispatch', join(fixtures, 'workflow_dispatch.no-inputs.json'), 'auto');
    expect(r.failed).toEqual([]);
    expect(r.log.join('\n')).toContain('workflow_dispatch → apply');
    expect(r.log.join('\n')).toContain('staging: nothing to apply');
    expect(r.created).toBe(0);
    expect(r.result.outputs['has-changes']).toBe('false');
  });

  it('says on the merged pull request that a merge had nothing left to apply', async () => {
    gh.pulls.set('a'.repeat(40), [
      { number: 88, state: 'closed', merged_at: '2026-01-05T10:00:00Z', base: { ref: 'master' } },
    ]);
    const r = await act('push', join(fixtures, 'push.master.json'), 'auto', {}, { comment: 'on' });
    gh.pulls.delete('a'.repeat(40));
    expect(r.failed).toEqual([]);
    expect(r.created).toBe(0);
    const result = gh.commentsOn(88).find((c) => c.body.startsWith('<!-- flinkops-apply:rides:staging:'));
    expect(result?.body).toContain(
      'Nothing to apply: the cluster already matched the repository at this commit.',
    );
  });

  it("leaves a succeeded apply's result on the merged pull request when a later run has nothing to apply", async () => {
    // The merge's apply posted what it changed; a scheduled `command: apply` run (or a re-run) of
    // the same commit finds nothing to do and must not replace that record with "Nothing to apply".
    const marker = '<!-- flinkops-apply:rides:staging:aaaaaaaaaaaa -->';
    const applied = `${marker}\n### ✅ flinkops apply: \`rides\` / \`staging\` succeeded\nCommit \`aaaaaaaaaaaa\`\n\n| Job | Action | Outcome | New job id | Savepoint |\n| --- | --- | --- | --- | --- |\n| <code>daily</code> | create | ✅ applied | <code>0123</code> | — |\n`;
    const failed = `${marker}\n### ❌ flinkops apply: \`rides\` / \`staging\` failed\nCommit \`aaaaaaaaaaaa\`\n\n| Job | Action | Outcome | New job id | Savepoint |\n| --- | --- | --- | --- | --- |\n| <code>daily</code> | create | ❌ failed | <code>0123</code> | — |\n`;
    const kept = gh.addComment(89, applied, 'github-actions[bot]');
    const stale = gh.addComment(90, failed, 'github-actions[bot]');
    for (const [n, event] of [
      [89, 'schedule'],
      [90, 'push'],
    ] as const) {
      gh.pulls.set('a'.repeat(40), [
        { number: n, state: 'closed', merged_at: '2026-01-05T10:00:00Z', base: { ref: 'master' } },
      ]);
      const r = await act(
        event,
        join(fixtures, event === 'push' ? 'push.master.json' : 'schedule.json'),
        'apply',
        {},
        { comment: 'on' },
      );
      gh.pulls.delete('a'.repeat(40));
      expect(r.failed).toEqual([]);
      expect(r.created).toBe(0);
    }
    expect(gh.commentsOn(89).map((c) => c.body)).toEqual([applied]);
    expect(gh.commentsOn(89)[0]!.id).toBe(kept.id);
    // A failed result is out of date once the cluster matches: that one is replaced.
    expect(gh.commentsOn(90).map((c) => [c.id, c.body.includes('Nothing to apply')])).toEqual([
      [stale.id, true],
    ]);
  });

  /** The live jobs of `job` in staging (job ids). */
  const live = (job: string) =>
    sim.control
      .snapshot()
      .jobs.filter((j) => j.name === `rides.staging.${job}` && j.state === 'RUNNING')
      .map((j) => j.jid);

  it('ignores the replace input, with a notice, on a push: set for every event it would restart on every run', async () => {
    const before = live('enrich_rides');
    const r = await act('push', join(fixtures, 'push.master.json'), 'auto', {}, { replace: 'enrich_rides' });
    expect(r.failed).toEqual([]);
    expect(r.notices.join('\n')).toContain("Input 'replace' (enrich_rides) is ignored");
    expect(r.created).toBe(0);
    expect(live('enrich_rides')).toEqual(before);
  });

  it('refuses a replace input naming no job (FO901), changing nothing', async () => {
    const r = await act(
      'workflow_dispatch',
      join(fixtures, 'workflow_dispatch.no-inputs.json'),
      'auto',
      {},
      {
        replace: 'enrich_ride',
      },
    );
    expect(r.result.ok).toBe(false);
    expect(r.annotations.map((a) => a.props?.title ?? '').join('\n')).toContain('FO901');
    expect(r.created).toBe(0);
  });

  it('restarts the jobs the replace input names on workflow_dispatch, through a savepoint', async () => {
    const [before] = live('enrich_rides');
    const others = live('city_ride_stats');
    const r = await act(
      'workflow_dispatch',
      join(fixtures, 'workflow_dispatch.no-inputs.json'),
      'auto',
      {},
      {
        replace: 'enrich_rides',
      },
    );
    expect(r.failed).toEqual([]);
    expect(r.created).toBe(1);
    const [after] = live('enrich_rides');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const restored = sim.control.snapshot().jobs.find((j) => j.jid === after)!.restoredFrom;
    expect(restored).toBeTruthy();
    expect(live('city_ride_stats')).toEqual(others);
  });
});
