/**
 * Loads @actions/github's octokit on first use. The module builds a `context` the moment it is
 * imported: it JSON-parses GITHUB_EVENT_PATH (an uncaught SyntaxError on a payload that is not
 * JSON, before the action has printed a line) and prints "GITHUB_EVENT_PATH … does not exist" when
 * the file is missing. The action never uses that context — event.ts reads the payload tolerantly
 * and says what it could not read — so the module is imported lazily, with the path hidden from it.
 */
import type { GitHub } from '@actions/github/lib/utils';

export type Octokit = InstanceType<typeof GitHub>;

/**
 * `requestTimeoutMs` bounds each request (each page of a listing): a GitHub API that stops
 * answering fails the call, to be retried or reported, instead of holding the job until the
 * runner's own timeout hours later.
 */
export async function loadOctokit(token: string | undefined, requestTimeoutMs?: number): Promise<Octokit> {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  delete process.env.GITHUB_EVENT_PATH;
  try {
    const github = await import('@actions/github/lib/utils');
    // An empty token reads public repositories anonymously (fork pull requests).
    const options = token ? github.getOctokitOptions(token) : {};
    const proxied = github.defaults.request?.fetch as typeof fetch | undefined;
    const octokit = new github.GitHub(
      requestTimeoutMs && proxied
        ? {
            ...options,
            request: {
              ...github.defaults.request,
              fetch: (url: string, init: RequestInit) =>
                proxied(url, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) }),
            },
          }
        : options,
    );
    return octokit;
  } finally {
    if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath;
  }
}
