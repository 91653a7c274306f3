/**
 * The GitHub ports over @actions/github's octokit: comments of pull requests, alert issues,
 * the pull requests of a commit, and the git data API the git state backend uses. The base URL comes
 * from GITHUB_API_URL (GitHub Enterprise, tests' fake server). The octokit is built on the first
 * call (octokit-loader.ts), so a run that needs no API never loads it.
 */
import { GitHubApiError } from '../src/state/github-port';
import { loadOctokit, type Octokit } from './octokit-loader';
import type { ActionGitHub } from './ports';

/** Expected statuses become values; everything else a GitHubApiError with the API's message. */
async function api<T>(fn: () => Promise<T>, expected: Record<number, () => T> = {}): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const status = (e as { status?: number }).status ?? 0;
    const handler = expected[status];
    if (handler) return handler();
    const message = (e as { response?: { data?: { message?: string } } }).response?.data?.message;
    throw new GitHubApiError(status, message ?? (e instanceof Error ? e.message : String(e)));
  }
}

export function octokitGitHub(
  token: string | undefined,
  repo: { owner: string; repo: string },
): ActionGitHub {
  let loading: Promise<Octokit> | undefined;
  const client = () => {
    loading ??= loadOctokit(token);
    return loading;
  };
  const call = <T>(fn: (octokit: Octokit) => Promise<T>, expected?: Record<number, () => T>) =>
    api(async () => fn(await client()), expected);
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
        return all.map((c) => ({ id: c.id, body: c.body ?? '' }));
      }),
    createComment: (issue, body) =>
      call(async (octokit) => {
        const { data } = await octokit.rest.issues.createComment({ ...r, issue_number: issue, body });
        return { id: data.id, body: data.body ?? '' };
      }),
    updateComment: (id, body) =>
      call(async (octokit) => {
        await octokit.rest.issues.updateComment({ ...r, comment_id: id, body });
      }),
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
      call(async (octokit) => {
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
        call(
          async (octokit) => {
            await octokit.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha });
            return true;
          },
          { 422: () => false },
        ),
      updateRef: (branch, sha) =>
        call(
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
