import {
  GitHubApiError
} from "./chunk-4SP7CCX4.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  pageText
} from "./chunk-MHE3XHPS.mjs";
import "./chunk-TRBKR6JO.mjs";

// action/octokit-loader.ts
var loadOctokit = (async function loadOctokit(token, requestTimeoutMs) {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  delete process.env.GITHUB_EVENT_PATH;
  try {
    const github = await import("./utils-K6V4PDBR.mjs");
    const options = token ? github.getOctokitOptions(token) : {};
    const proxied = github.defaults.request?.fetch;
    const octokit = new github.GitHub(
      requestTimeoutMs && proxied ? {
        ...options,
        request: {
          ...github.defaults.request,
          fetch: (url, init) => proxied(url, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) })
        }
      } : options
    );
    return octokit;
  } finally {
    if (eventPath !== void 0) process.env.GITHUB_EVENT_PATH = eventPath;
  }
});

// action/github.ts
var DEFAULT_RETRY = {
  clock: systemClock,
  retries: 3,
  backoffMs: 1e3,
  maxRateLimitWaitMs: 9e4,
  requestTimeoutMs: 3e4
};
var failureOf = (function failureOf(e, requestTimeoutMs) {
  const err = e;
  const text = e instanceof Error ? e.message : String(e);
  if (!err.response) {
    const timedOut = /\btime(d )?out\b|TimeoutError/i.test(`${text} ${e?.name}`);
    return {
      status: 0,
      message: timedOut ? `no answer within ${requestTimeoutMs < 1e3 ? `${requestTimeoutMs} ms` : `${Math.round(requestTimeoutMs / 1e3)} s`}` : text,
      headers: {}
    };
  }
  const data = err.response.data;
  const o = data && typeof data === "object" ? data : void 0;
  const reasons = Array.isArray(o?.errors) ? o.errors.map((x) => typeof x === "string" ? x : x?.message).filter((x) => typeof x === "string" && x !== "") : [];
  const message = typeof o?.message === "string" ? [o.message, ...reasons].join(": ") : /^\s*</.test(text) ? pageText(text).slice(0, 200) || "an empty page" : text;
  return {
    status: typeof err.status === "number" ? err.status : 0,
    message,
    headers: err.response.headers ?? {}
  };
});
var rateLimitWait = (function rateLimitWait(f, now) {
  const h = f.headers;
  const limited = f.status === 429 || f.status === 403 && (String(h["x-ratelimit-remaining"]) === "0" || h["retry-after"] !== void 0 || /rate limit/i.test(f.message));
  if (!limited) return void 0;
  const after = Number(h["retry-after"]);
  if (h["retry-after"] !== void 0 && Number.isFinite(after)) return Math.max(0, after * 1e3);
  const reset = Number(h["x-ratelimit-reset"]);
  if (h["x-ratelimit-reset"] !== void 0 && Number.isFinite(reset))
    return Math.max(0, reset * 1e3 - now + 1e3);
  return 6e4;
});
var api = (async function api(fn, policy, { expected = {}, idempotent }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const f = failureOf(e, policy.requestTimeoutMs);
      const handler = expected[f.status];
      if (handler) return handler();
      const last = attempt >= policy.retries;
      const wait = rateLimitWait(f, policy.clock.now());
      if (wait !== void 0) {
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
});
var liftsAt = (function liftsAt(f, wait, now) {
  if (f.headers["retry-after"] === void 0 && f.headers["x-ratelimit-reset"] === void 0) return "";
  return ` (GitHub's rate limit lifts at ${new Date(now + wait).toISOString().slice(11, 19)} UTC)`;
});
var octokitGitHub = (function octokitGitHub(token, repo, retry = DEFAULT_RETRY) {
  let loading;
  const client = () => {
    loading ??= loadOctokit(token, retry.requestTimeoutMs);
    return loading;
  };
  const call = (fn, expected) => api(async () => fn(await client()), retry, { ...expected ? { expected } : {}, idempotent: true });
  const once = (fn, expected) => api(async () => fn(await client()), retry, { ...expected ? { expected } : {}, idempotent: false });
  const r = { owner: repo.owner, repo: repo.repo };
  const refName = (branch) => `heads/${branch}`;
  return {
    listComments: (issue) => call(async (octokit) => {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        ...r,
        issue_number: issue,
        per_page: 100
      });
      return all.map((c) => ({
        id: c.id,
        body: c.body ?? "",
        ...c.user?.login ? { author: c.user.login } : {}
      }));
    }),
    createComment: (issue, body) => once(async (octokit) => {
      const { data } = await octokit.rest.issues.createComment({ ...r, issue_number: issue, body });
      return {
        id: data.id,
        body: data.body ?? "",
        ...data.user?.login ? { author: data.user.login } : {}
      };
    }),
    updateComment: (id, body) => call(async (octokit) => {
      await octokit.rest.issues.updateComment({ ...r, comment_id: id, body });
    }),
    deleteComment: (id) => call(
      async (octokit) => {
        await octokit.rest.issues.deleteComment({ ...r, comment_id: id });
      },
      // Deleted already (an earlier attempt whose answer was lost): the same outcome.
      { 404: () => void 0 }
    ),
    pullFiles: (pull) => call(async (octokit) => {
      const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...r,
        pull_number: pull,
        per_page: 100
      });
      return all.flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]);
    }),
    listOpenIssues: (label) => call(async (octokit) => {
      const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...r,
        labels: label,
        state: "open",
        sort: "created",
        direction: "asc",
        per_page: 100
      });
      return all.filter((i) => !i.pull_request).map((i) => ({ number: i.number, title: i.title, body: i.body ?? "", url: i.html_url }));
    }),
    createIssue: (issue) => once(async (octokit) => {
      const { data } = await octokit.rest.issues.create({ ...r, ...issue });
      return { number: data.number, title: data.title, body: data.body ?? "", url: data.html_url };
    }),
    updateIssue: (issue, patch) => call(async (octokit) => {
      await octokit.rest.issues.update({
        ...r,
        issue_number: issue,
        ...patch.body !== void 0 ? { body: patch.body } : {},
        ...patch.state ? { state: patch.state } : {},
        ...patch.stateReason ? { state_reason: patch.stateReason } : {}
      });
    }),
    runAttemptStatus: (runId, attempt) => call(async (octokit) => {
      const { data } = await octokit.rest.actions.getWorkflowRunAttempt({
        ...r,
        run_id: runId,
        attempt_number: attempt
      });
      return data.status ?? "";
    }),
    compareCommits: (base, head) => call(async (octokit) => {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...r,
        basehead: `${base}...${head}`,
        per_page: 1
      });
      return data.status;
    }),
    pullsForCommit: (sha) => call(async (octokit) => {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...r,
        commit_sha: sha
      });
      return data.map((p) => ({
        number: p.number,
        state: p.state,
        merged: Boolean(p.merged_at),
        baseRef: p.base.ref
      }));
    }),
    git: {
      getRef: (branch) => call(
        async (octokit) => (await octokit.rest.git.getRef({ ...r, ref: refName(branch) })).data.object.sha,
        { 404: () => void 0 }
      ),
      getCommit: (sha) => call(async (octokit) => {
        const { data } = await octokit.rest.git.getCommit({ ...r, commit_sha: sha });
        return {
          sha: data.sha,
          tree: data.tree.sha,
          parents: data.parents.map((p) => p.sha),
          message: data.message,
          date: data.committer.date,
          author: data.author.name
        };
      }),
      getTree: (sha) => call(async (octokit) => {
        const { data } = await octokit.rest.git.getTree({ ...r, tree_sha: sha });
        return data.tree.map((e) => ({
          path: e.path ?? "",
          type: e.type ?? "blob",
          sha: e.sha ?? "",
          mode: e.mode ?? "100644"
        }));
      }),
      getBlob: (sha) => call(async (octokit) => {
        const { data } = await octokit.rest.git.getBlob({ ...r, file_sha: sha });
        return data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
      }),
      createBlob: (content) => call(
        async (octokit) => (await octokit.rest.git.createBlob({ ...r, content, encoding: "utf-8" })).data.sha
      ),
      createTree: (base, changes) => call(async (octokit) => {
        const tree = changes.map((c) => ({
          path: c.path,
          mode: "100644",
          type: "blob",
          sha: c.sha
        }));
        const { data } = await octokit.rest.git.createTree({
          ...r,
          tree,
          ...base ? { base_tree: base } : {}
        });
        return data.sha;
      }),
      createCommit: (c) => call(
        async (octokit) => (await octokit.rest.git.createCommit({
          ...r,
          message: c.message,
          tree: c.tree,
          parents: c.parents
        })).data.sha
      ),
      createRef: (branch, sha) => once(
        async (octokit) => {
          await octokit.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha });
          return true;
        },
        { 422: () => false }
      ),
      updateRef: (branch, sha) => once(
        async (octokit) => {
          await octokit.rest.git.updateRef({ ...r, ref: refName(branch), sha, force: false });
          return true;
        },
        // 422 "Update is not a fast forward": the branch moved since we read it.
        { 422: () => false, 409: () => false }
      ),
      listCommits: ({ branch, path, limit }) => call(
        async (octokit) => {
          const { data } = await octokit.rest.repos.listCommits({
            ...r,
            sha: branch,
            per_page: Math.min(limit, 100),
            ...path ? { path } : {}
          });
          return data.map((c) => ({
            sha: c.sha,
            tree: c.commit.tree.sha,
            parents: c.parents.map((p) => p.sha),
            message: c.commit.message,
            ...c.commit.committer?.date ? { date: c.commit.committer.date } : {},
            ...c.commit.author?.name ? { author: c.commit.author.name } : {}
          }));
        },
        { 404: () => [], 409: () => [] }
      )
    }
  };
});
export {
  DEFAULT_RETRY,
  octokitGitHub
};
