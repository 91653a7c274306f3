/**
 * The octokit adapter (action/github.ts) against the fake GitHub server: the sticky comment
 * across pages, and the git state backend's compare-and-swap over HTTP. @actions/github reads
 * GITHUB_API_URL when imported, so it is imported after the server is up.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentFailure, upsertStickyComment } from '../action/comments';
import type { RetryPolicy } from '../action/github';
import type { ActionGitHub } from '../action/ports';
import { FakeClock } from '../src/core/clock';
import { GitStateStore } from '../src/state/git-store';
import { emptyState } from '../src/state/model';
import { StateConflictError, StateLockedError } from '../src/state/store';
import { FakeGitHub } from './support/fake-github';

let gh: FakeGitHub;
let api: ActionGitHub;
let octokitGitHub: typeof import('../action/github').octokitGitHub;
let DEFAULT_RETRY: RetryPolicy;

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  ({ octokitGitHub, DEFAULT_RETRY } = await import('../action/github'));
  api = octokitGitHub('ghs_test', { owner: 'acme', repo: 'rides-platform' });
});

afterAll(() => gh.close());

describe('sticky comment through the GitHub API', () => {
  it('finds its comment on a later page and updates it, never posting a second one', async () => {
    for (let i = 0; i < 130; i++) gh.addComment(7, `chatter ${i}`);
    const marker = '<!-- flinkops-plan:rides:prod -->';
    gh.addComment(7, `> ${marker}\n> quoted by a reviewer`);
    const first = await upsertStickyComment(api, 7, marker, `${marker}\nplan v1`);
    expect(first.created).toBe(true);
    for (let i = 0; i < 40; i++) gh.addComment(7, `more ${i}`);
    const second = await upsertStickyComment(api, 7, marker, `${marker}\nplan v2`);
    expect(second).toEqual({ id: first.id, created: false });
    const mine = gh.commentsOn(7).filter((c) => c.body.startsWith(marker));
    expect(mine.map((c) => c.body)).toEqual([`${marker}\nplan v2`]);
    expect(
      gh.calls.filter((c) => c.method === 'GET' && c.path.includes('/issues/7/comments')).length,
    ).toBeGreaterThan(2);
    // One per environment: another marker gets its own comment.
    await upsertStickyComment(
      api,
      7,
      '<!-- flinkops-plan:rides:staging -->',
      '<!-- flinkops-plan:rides:staging -->\nx',
    );
    expect(gh.commentsOn(7).filter((c) => c.body.startsWith('<!-- flinkops-plan')).length).toBe(2);
  });

  it('two runs that comment on a new pull request at once leave one comment, not two', async () => {
    const marker = '<!-- flinkops-plan:rides:prod -->';
    // `opened` and `labeled` at once: both runs list (no comment yet) before either creates one.
    gh.faults.push({ method: 'POST', path: /\/issues\/31\/comments$/, delayMs: 300, times: 2 });
    const [a, b] = await Promise.all([
      upsertStickyComment(api, 31, marker, `${marker}\nplan (opened)`),
      upsertStickyComment(api, 31, marker, `${marker}\nplan (labeled)`),
    ]);
    const mine = gh.commentsOn(31).filter((c) => c.body.startsWith(marker));
    expect(mine).toHaveLength(1);
    expect([a.id, b.id]).toEqual([mine[0]!.id, mine[0]!.id]);
    // The next push edits that one comment.
    await upsertStickyComment(api, 31, marker, `${marker}\nplan v2`);
    expect(
      gh
        .commentsOn(31)
        .filter((c) => c.body.startsWith(marker))
        .map((c) => c.body),
    ).toEqual([`${marker}\nplan v2`]);
  });

  it('updates the oldest of the comments an earlier race left, and deletes the others', async () => {
    const marker = '<!-- flinkops-plan:rides:prod -->';
    const first = gh.addComment(32, `${marker}\nplan v1`, 'github-actions[bot]');
    gh.addComment(32, 'a review', 'bob');
    gh.addComment(32, `${marker}\nplan v1 (a second run)`, 'github-actions[bot]');
    const r = await upsertStickyComment(api, 32, marker, `${marker}\nplan v2`);
    expect(r).toEqual({ id: first.id, created: false });
    expect(gh.commentsOn(32).map((c) => c.body)).toEqual([`${marker}\nplan v2`, 'a review']);
  });

  it("never deletes a person's comment that starts with the marker", async () => {
    const marker = '<!-- flinkops-plan:rides:prod -->';
    const ours = gh.addComment(33, `${marker}\nplan v1`, 'github-actions[bot]');
    gh.addComment(33, `${marker}\nmy notes on the plan`, 'bob');
    const r = await upsertStickyComment(api, 33, marker, `${marker}\nplan v2`);
    expect(r).toEqual({ id: ours.id, created: false });
    expect(gh.commentsOn(33).map((c) => `${c.user}: ${c.body}`)).toEqual([
      `github-actions[bot]: ${marker}\nplan v2`,
      `bob: ${marker}\nmy notes on the plan`,
    ]);
  });

  it('finds the pull requests of a commit', async () => {
    gh.pulls.set('a'.repeat(40), [
      { number: 9, state: 'closed', merged_at: '2025-01-01T00:00:00Z', base: { ref: 'main' } },
    ]);
    expect(await api.pullsForCommit('a'.repeat(40))).toEqual([
      { number: 9, state: 'closed', merged: true, baseRef: 'main' },
    ]);
  });
});

describe('git state backend over HTTP', () => {
  const store = () =>
    new GitStateStore({ api: api.git, branch: 'flinkops-state', project: 'rides', env: 'prod' });

  it('writes, then refuses a concurrent writer with 422 not a fast forward → StateConflictError', async () => {
    const a = store();
    await a.write(emptyState('rides', 'prod'), 0, { message: 'init' });
    let once = false;
    gh.git.beforeUpdateRef = async () => {
      if (once) return;
      once = true;
      gh.git.beforeUpdateRef = undefined;
      await store().write(emptyState('rides', 'prod'), 1, { message: 'the other run' });
    };
    await expect(a.write(emptyState('rides', 'prod'), 1, { message: 'late' })).rejects.toBeInstanceOf(
      StateConflictError,
    );
    expect(
      gh.calls.some(
        (c) =>
          c.method === 'PATCH' &&
          c.path.includes('/git/refs/heads') &&
          (c.body as { force?: boolean }).force === false,
      ),
    ).toBe(true);
    expect((await store().read()).version).toBe(2);
  });

  it('locks across runs', async () => {
    const lock = await store().lock({ who: 'run 1', command: 'apply' }, 60_000);
    await expect(store().lock({ who: 'run 2', command: 'apply' }, 60_000)).rejects.toBeInstanceOf(
      StateLockedError,
    );
    await store().unlock(lock);
    expect(await store().lockInfo()).toBeUndefined();
  });
});

describe('a comment the token may not write', () => {
  const marker = '<!-- flinkops-plan:rides:prod -->';
  const failure = async (status: number, fork: boolean) => {
    gh.commentWriteStatus = status;
    try {
      await upsertStickyComment(api, 8, marker, `${marker}\nplan`);
    } catch (e) {
      return commentFailure(8, e, fork);
    } finally {
      gh.commentWriteStatus = undefined;
    }
    throw new Error('the comment was posted');
  };

  it('says why and what to do: a fork reads the summary or uses pull_request_target', async () => {
    const text = await failure(403, true);
    expect(text).toMatch(/^The flinkops comment could not be posted on #8: the token may not write to it/);
    expect(text).toContain('HTTP 403: Resource not accessible by integration');
    expect(text).toMatch(/read-only token.*job summary.*`pull_request_target`/);
  });

  it('asks a same-repository run for `pull-requests: write` or `comment: off`', async () => {
    const text = await failure(403, false);
    expect(text).toMatch(/`pull-requests: write`.*`comment: off`/);
    expect(text).not.toContain('pull_request_target');
  });

  it('an API failure other than permissions says to run again', async () => {
    const text = await failure(502, false);
    expect(text).toMatch(
      /^The flinkops comment on #8 may not have been posted \(HTTP 502: .*run the workflow again/,
    );
  });
});

describe('rate limits, outages and a refused token', () => {
  const marker = '<!-- flinkops-plan:rides:prod -->';
  const at = Date.UTC(2026, 0, 5, 10, 0, 0);
  let clock: FakeClock;
  let timed: ActionGitHub;
  const posts = (issue: number) =>
    gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/issues/${issue}/comments`)).length;

  beforeEach(() => {
    clock = new FakeClock(at);
    timed = octokitGitHub('ghs_test', { owner: 'acme', repo: 'rides-platform' }, { ...DEFAULT_RETRY, clock });
    gh.faults.length = 0;
  });

  it('waits until a spent rate limit resets, then comments once', async () => {
    gh.faults.push({
      method: 'GET',
      path: /\/issues\/21\/comments$/,
      status: 403,
      message: 'API rate limit exceeded for installation ID 1',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(at / 1000 + 30) },
      times: 1,
    });
    const r = await upsertStickyComment(timed, 21, marker, `${marker}\nplan`);
    expect(r.created).toBe(true);
    expect(clock.sleeps).toEqual([31_000]);
    expect(gh.commentsOn(21).map((c) => c.body)).toEqual([`${marker}\nplan`]);
  });

  it('a secondary rate limit (429, retry-after) on the comment itself: waited out, posted once', async () => {
    gh.faults.push({
      method: 'POST',
      path: /\/issues\/22\/comments$/,
      status: 429,
      message: 'You have exceeded a secondary rate limit',
      headers: { 'retry-after': '5' },
      times: 1,
    });
    await upsertStickyComment(timed, 22, marker, `${marker}\nplan`);
    expect(clock.sleeps).toEqual([5_000]);
    expect(posts(22)).toBe(2);
    expect(gh.commentsOn(22)).toHaveLength(1);
  });

  it('reads the state branch through two server errors', async () => {
    gh.faults.push({ method: 'GET', path: /\/git\/ref\//, status: 502, message: 'Bad Gateway', times: 2 });
    const s = new GitStateStore({ api: timed.git, branch: 'flinkops-state', project: 'rides', env: 'prod' });
    expect((await s.read()).version).toBeGreaterThan(0);
    expect(clock.sleeps).toEqual([1_000, 2_000]);
  });

  it('gives up on a request GitHub does not answer, and asks again', async () => {
    const quick = octokitGitHub(
      'ghs_test',
      { owner: 'acme', repo: 'rides-platform' },
      { ...DEFAULT_RETRY, clock, requestTimeoutMs: 300 },
    );
    gh.faults.push({ method: 'GET', path: /\/git\/ref\//, delayMs: 3_000, times: 1 });
    const started = Date.now();
    const s = new GitStateStore({ api: quick.git, branch: 'flinkops-state', project: 'rides', env: 'prod' });
    expect((await s.read()).version).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('never posts a comment twice after a server error: said, with what to do', async () => {
    gh.faults.push({
      method: 'POST',
      path: /\/issues\/23\/comments$/,
      status: 502,
      message: 'Bad Gateway',
      times: 1,
    });
    const e = await upsertStickyComment(timed, 23, marker, `${marker}\nplan`).catch((x: unknown) => x);
    expect(posts(23)).toBe(1);
    expect(commentFailure(23, e, false)).toMatch(/\(HTTP 502: Bad Gateway\).*run the workflow again/);
    // An apply's result: a rerun applies nothing and posts nothing, so it is no way to retry.
    const applied = commentFailure(23, e, false, true);
    expect(applied).toMatch(/\(HTTP 502: Bad Gateway\)\. The job summary of this run has the result/);
    expect(applied).not.toContain('run the workflow again');
  });

  it("a load balancer's HTML page, GitHub's reasons for a 422 and no answer at all are said as such", async () => {
    gh.faults.push({
      method: 'POST',
      path: /\/issues\/26\/comments$/,
      status: 502,
      raw: '<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1></body></html>',
      times: 1,
    });
    const html = await upsertStickyComment(timed, 26, marker, `${marker}\nplan`).catch((x: unknown) => x);
    expect(commentFailure(26, html, false)).toMatch(
      /^The flinkops comment on #26 may not have been posted \(HTTP 502: 502 502 Bad Gateway\)\. .*a rerun updates the comment/,
    );

    const long = await upsertStickyComment(timed, 27, marker, `${marker}\n${'x'.repeat(70_000)}`).catch(
      (x: unknown) => x,
    );
    const refused = commentFailure(27, long, false);
    expect(refused).toContain(
      'GitHub refused it as it is (HTTP 422: Validation Failed: body is too long (maximum is 65536 characters))',
    );
    expect(refused).not.toContain('run the workflow again');

    const quick = octokitGitHub(
      'ghs_test',
      { owner: 'acme', repo: 'rides-platform' },
      { ...DEFAULT_RETRY, clock, requestTimeoutMs: 300 },
    );
    gh.faults.push({ method: 'POST', path: /\/issues\/28\/comments$/, delayMs: 3_000, times: 1 });
    const hung = await upsertStickyComment(quick, 28, marker, `${marker}\nplan`).catch((x: unknown) => x);
    expect(posts(28)).toBe(1);
    expect(commentFailure(28, hung, false)).toMatch(
      /^The flinkops comment on #28 may not have been posted \(no answer within 300 ms\)/,
    );
  });

  it('a rate limit that lifts only in an hour fails at once, saying so, not blaming permissions', async () => {
    gh.faults.push({
      path: /\/issues\/24\/comments$/,
      status: 403,
      message: 'API rate limit exceeded for installation ID 1',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(at / 1000 + 3600) },
      times: 5,
    });
    const e = await upsertStickyComment(timed, 24, marker, `${marker}\nplan`).catch((x: unknown) => x);
    expect(clock.sleeps).toEqual([]);
    const text = commentFailure(24, e, false);
    expect(text).toContain("GitHub's API rate limit was reached");
    expect(text).toContain('lifts at 11:00:01 UTC');
    expect(text).not.toContain('pull-requests: write');
    const s = new GitStateStore({ api: timed.git, branch: 'flinkops-state', project: 'rides', env: 'prod' });
    gh.faults.push({
      path: /\/git\/ref\//,
      status: 429,
      message: 'You have exceeded a secondary rate limit',
      headers: { 'retry-after': '600' },
      times: 1,
    });
    const err = (await s.read().catch((x: unknown) => x)) as { diagnostic: { detail: string } };
    expect(err.diagnostic.detail).toContain('rate limit');
    expect(err.diagnostic.detail).not.toContain('contents: write');
  });

  it('a refused token (401) points at the github-token input, for comments and the state branch', async () => {
    gh.faults.push({ path: /\/issues\/25\/comments$/, status: 401, message: 'Bad credentials', times: 1 });
    const e = await upsertStickyComment(timed, 25, marker, `${marker}\nplan`).catch((x: unknown) => x);
    expect(commentFailure(25, e, false)).toMatch(/HTTP 401: Bad credentials.*`github-token` input/);
    gh.faults.push({ path: /\/git\/ref\//, status: 401, message: 'Bad credentials', times: 1 });
    const s = new GitStateStore({ api: timed.git, branch: 'flinkops-state', project: 'rides', env: 'prod' });
    const err = (await s.read().catch((x: unknown) => x)) as {
      diagnostic: { summary: string; detail: string };
    };
    expect(err.diagnostic.summary).toContain('HTTP 401 Bad credentials');
    expect(err.diagnostic.detail).toContain('`github-token` input');
    expect(clock.sleeps).toEqual([]);
  });
});
