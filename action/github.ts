/**
 * The GitHub ports over @actions/github's octokit: comments of pull requests, alert issues,
 * the pull requests of a commit, and the git data API the git state backend uses. The base URL comes
 * from GITHUB_API_URL (GitHub Enterprise, tests' fake server). The octokit is built on the first
 * call (octokit-loader.ts), so a run that needs no API never loads it.
 */
import { type Clock, systemClock } from '../src/core/clock';
import { pageText } from '../src/core/text';
import { GitHubApiError } from '../src/state/github-port';
import { loadOctokit, type Octokit } from './octokit-loader';
import type { ActionGitHub } from './ports';

/** How calls that failed for a passing reason are retried. */
export interface RetryPolicy {
  clock: Clock;
  /** Retries after the first attempt. */
  retries: number;
  /** First wait after a server error (5xx) or lost connection, doubled on each retry. */
  backoffMs: number;
  /** The longest wait for a rate limit to lift; one that lifts later fails the call at once. */
  maxRateLimitWaitMs: number;
  /** How long one request may take before it counts as a lost connection. */
  requestTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  clock: systemClock,
  retries: 3,
  backoffMs: 1_000,
  maxRateLimitWaitMs: 90_000,
  requestTimeoutMs: 30_000,
};

type Headers = Record<string, string | number | undefined>;

interface Failure {
  status: number;
  message: string;
  headers: Headers;
}

/**
 * What GitHub (or whatever answered in its place) said, in one line: the API's message with the
 * reasons it lists (`Validation Failed: body is too long …`), a proxy's HTML page as its text.
 * No answer at all (octokit says HTTP 500 then) is status 0: a timeout or a lost connection.
 */
function failureOf(e: unknown, requestTimeoutMs: number): Failure {
  const err = e as { status?: number; response?: { data?: unknown; headers?: Headers } };
  const text = e instanceof Error ? e.message : String(e);
  if (!err.response) {
    const timedOut = /\btime(d )?out\b|TimeoutError/i.test(`${text} ${(e as Error)?.name}`);
    return {
      status: 0,
      message: timedOut
        ? `no answer within ${requestTimeoutMs < 1000 ? `${requestTimeoutMs} ms` : `${Math.round(requestTimeoutMs / 1000)} s`}`
        : text,
      headers: {},
    };
  }
  const data = err.response.data;
  const o = data && typeof data === 'object' ? (data as { message?: unknown; errors?: unknown }) : undefined;
  const reasons = Array.isArray(o?.errors)
    ? o.errors
        .map((x) => (typeof x === 'string' ? x : (x as { message?: unknown })?.message))
        .filter((x): x is string => typeof x === 'string' && x !== '')
    : [];
  const message =
    typeof o?.message === 'string'
      ? [o.message, ...reasons].join(': ')
      : /^\s*</.test(text)
        ? pageText(text).slice(0, 200) || 'an empty page'
        : text;
  return {
    status: typeof err.status === 'number' ? err.status : 0,
    message,
    headers: err.response.headers ?? {},
  };
}

/**
 * GitHub's rate limits: 429, or 403 with the primary limit spent (x-ratelimit-remaining: 0) or a
 * secondary limit (retry-after, or a message saying so). How long to wait: retry-after, else
 * until x-ratelimit-reset, else the minute GitHub asks for.
 */
function rateLimitWait(f: Failure, now: number): number | undefined {
  const h = f.headers;
  const limited =
    f.status === 429 ||
    (f.status === 403 &&
      (String(h['x-ratelimit-remaining']) === '0' ||
        h['retry-after'] !== undefined ||
        /rate limit/i.test(f.message)));
  if (!limited) return undefined;
  const after = Number(h['retry-after']);
  if (h['retry-after'] !== undefined && Number.isFinite(after)) return Math.max(0, after * 1000);
  const reset = Number(h['x-ratelimit-reset']);
  if (h['x-ratelimit-reset'] !== undefined && Number.isFinite(reset))
    return Math.max(0, reset * 1000 - now + 1000);
  return 60_000;
}

/**
 * Runs one API call. Expected statuses become values; a rate limit is waited out (when it lifts
 * soon); a server error or lost connection is retried when `idempotent` (the call may have been
 * carried out: a second POST could comment twice). Anything else is a GitHubApiError with the
 * API's message.
 */
async function api<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  { expected = {}, idempotent }: { expected?: Record<number, () => T>; idempotent: boolean },
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const f = failureOf(e, policy.requestTimeoutMs);
      const handler = expected[f.status];
      if (handler) return handler();
      const last = attempt >= policy.retries;
      const wait = rateLimitWait(f, policy.clock.now());
      if (wait !== undefined) {
        if (last || wait > policy.maxRateLimitWaitMs)
          throw new GitHubApiError(f.status, `${f.message}${liftsAt(f, wait, policy.clock.now())}`, true);
        await policy.clock.sleep(wait);
        continue;
      }
      const passing = f.status === 0 || f.status >= 500;
      if (passing && idempotent && !last) {
        await policy.clock.sleep(policy.backoffMs * 2 ** attempt);
        continue;
      }
      throw new GitHubApiError(f.status, f.message);
    }
  }
}

/** " (GitHub's rate limit lifts at 10:32:05 UTC)", for the user to know when a rerun can work. */
function liftsAt(f: Failure, wait: number, now: number): string {
  if (f.headers['retry-after'] === undefined && f.headers['x-ratelimit-reset'] === undefined) return '';
  return ` (GitHub's rate limit lifts at ${new Date(now + wait).toISOString().slice(11, 19)} UTC)`;
}

export function octokitGitHub(
  token: string | undefined,
  repo: { owner: string; repo: string },
  retry: RetryPolicy = DEFAULT_RETRY,
): ActionGitHub {
  let loading: Promise<Octokit> | undefined;
  const client = () => {
    loading ??= loadOctokit(token, retry.requestTimeoutMs);
    return loading;
  };
  // Reads, edits to a given state and content-addressed git objects may be sent twice.
  const call = <T>(fn: (octokit: Octokit) => Promise<T>, expected?: Record<number, () => T>) =>
    api(async () => fn(await client()), retry, { ...(expected ? { expected } : {}), idempotent: true });
  // Creating a comment, an issue or moving a ref: a server error may hide a success.
  const once = <T>(fn: (octokit: Octokit) => Promise<T>, expected?: Record<number, () => T>) =>
    api(async () => fn(await client()), retry, { ...(expected ? { expected } : {}), idempotent: false });
  const r = { owner: repo.owner, repo: repo.repo };
  const refName = (branch: string) => `heads/${branch}`;
  return {
    listComments: (issue) =>
      call(async (octokit) => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
          ...r,
          issue_number: issue,
          per_page: 100,
        });
        return all.map((c) => ({
          id: c.id,
          body: c.body ?? '',
          ...(c.user?.login ? { author: c.user.login } : {}),
        }));
      }),
    createComment: (issue, body) =>
      once(async (octokit) => {
        const { data } = await octokit.rest.issues.createComment({ ...r, issue_number: issue, body });
        return {
          id: data.id,
          body: data.body ?? '',
          ...(data.user?.login ? { author: data.user.login } : {}),
        };
      }),
    updateComment: (id, body) =>
      call(async (octokit) => {
        await octokit.rest.issues.updateComment({ ...r, comment_id: id, body });
      }),
    deleteComment: (id) =>
      call(
        async (octokit) => {
          await octokit.rest.issues.deleteComment({ ...r, comment_id: id });
        },
        // Deleted already (an earlier attempt whose answer was lost): the same outcome.
        { 404: () => undefined },
      ),
    pullFiles: (pull) =>
      call(async (octokit) => {
        const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
          ...r,
          pull_number: pull,
          per_page: 100,
        });
        return all.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
      }),
    listOpenIssues: (label) =>
      call(async (octokit) => {
        const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...r,
          labels: label,
          state: 'open',
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        });
        return all
          .filter((i) => !i.pull_request)
          .map((i) => ({ number: i.number, title: i.title, body: i.body ?? '', url: i.html_url }));
      }),
    createIssue: (issue) =>
      once(async (octokit) => {
        const { data } = await octokit.rest.issues.create({ ...r, ...issue });
        return { number: data.number, title: data.title, body: data.body ?? '', url: data.html_url };
      }),
    updateIssue: (issue, patch) =>
      call(async (octokit) => {
        await octokit.rest.issues.update({
          ...r,
          issue_number: issue,
          ...(patch.body !== undefined ? { body: patch.body } : {}),
          ...(patch.state ? { state: patch.state } : {}),
          ...(patch.stateReason ? { state_reason: patch.stateReason } : {}),
        });
      }),
    runAttemptStatus: (runId, attempt) =>
      call(async (octokit) => {
        const { data } = await octokit.rest.actions.getWorkflowRunAttempt({
          ...r,
          run_id: runId,
          attempt_number: attempt,
        });
        return data.status ?? '';
      }),
    compareCommits: (base, head) =>
      call(async (octokit) => {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
          ...r,
          basehead: `${base}...${head}`,
          per_page: 1,
        });
        return data.status;
      }),
    pullsForCommit: (sha) =>
      call(async (octokit) => {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          ...r,
          commit_sha: sha,
        });
        return data.map((p) => ({
          number: p.number,
          state: p.state,
          merged: Boolean(p.merged_at),
          baseRef: p.base.ref,
        }));
      }),
    git: {
      getRef: (branch) =>
        call(
          async (octokit) =>
            (await octokit.rest.git.getRef({ ...r, ref: refName(branch) })).data.object.sha as
              | string
              | undefined,
          { 404: () => undefined },
        ),
      getCommit: (sha) =>
        call(async (octokit) => {
          const { data } = await octokit.rest.git.getCommit({ ...r, commit_sha: sha });
          return {
            sha: data.sha,
            tree: data.tree.sha,
            parents: data.parents.map((p) => p.sha),
            message: data.message,
            date: data.committer.date,
            author: data.author.name,
          };
        }),
      getTree: (sha) =>
        call(async (octokit) => {
          const { data } = await octokit.rest.git.getTree({ ...r, tree_sha: sha });
          return data.tree.map((e) => ({
            path: e.path ?? '',
            type: (e.type ?? 'blob') as 'blob' | 'tree' | 'commit',
            sha: e.sha ?? '',
            mode: e.mode ?? '100644',
          }));
        }),
      getBlob: (sha) =>
        call(async (octokit) => {
          const { data } = await octokit.rest.git.getBlob({ ...r, file_sha: sha });
          return data.encoding === 'base64'
            ? Buffer.from(data.content, 'base64').toString('utf8')
            : data.content;
        }),
      createBlob: (content) =>
        call(
          async (octokit) =>
            (await octokit.rest.git.createBlob({ ...r, content, encoding: 'utf-8' })).data.sha,
        ),
      createTree: (base, changes) =>
        call(async (octokit) => {
          const tree = changes.map((c) => ({
            path: c.path,
            mode: '100644' as const,
            type: 'blob' as const,
            sha: c.sha,
          }));
          const { data } = await octokit.rest.git.createTree({
            ...r,
            tree,
            ...(base ? { base_tree: base } : {}),
          });
          return data.sha;
        }),
      createCommit: (c) =>
        call(
          async (octokit) =>
            (
              await octokit.rest.git.createCommit({
                ...r,
                message: c.message,
                tree: c.tree,
                parents: c.parents,
              })
            ).data.sha,
        ),
      createRef: (branch, sha) =>
        once(
          async (octokit) => {
            await octokit.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha });
            return true;
          },
          { 422: () => false },
        ),
      updateRef: (branch, sha) =>
        once(
          async (octokit) => {
            await octokit.rest.git.updateRef({ ...r, ref: refName(branch), sha, force: false });
            return true;
          },
          // 422 "Update is not a fast forward": the branch moved since we read it.
          { 422: () => false, 409: () => false },
        ),
      listCommits: ({ branch, path, limit }) =>
        call(
          async (octokit) => {
            const { data } = await octokit.rest.repos.listCommits({
              ...r,
              sha: branch,
              per_page: Math.min(limit, 100),
              ...(path ? { path } : {}),
            });
            return data.map((c) => ({
              sha: c.sha,
              tree: c.commit.tree.sha,
              parents: c.parents.map((p) => p.sha),
              message: c.commit.message,
              ...(c.commit.committer?.date ? { date: c.commit.committer.date } : {}),
              ...(c.commit.author?.name ? { author: c.commit.author.name } : {}),
            }));
          },
          { 404: () => [], 409: () => [] },
        ),
    },
  };
}
