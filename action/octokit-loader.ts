/**
 * Loads @actions/github's octokit on first use. The module builds a `context` the moment it is
 * imported: it JSON-parses GITHUB_EVENT_PATH (an uncaught SyntaxError on a payload that is not
 * JSON, before the action has printed a line) and prints "GITHUB_EVENT_PATH … does not exist" when
 * the file is missing. The action never uses that context — event.ts reads the payload tolerantly
 * and says what it could not read — so the module is imported lazily, with the path hidden from it.
 */
import type { GitHub } from '@actions/github/lib/utils';

export type Octokit = InstanceType<typeof GitHub>;

export async function loadOctokit(token: string | undefined): Promise<Octokit> {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  delete process.env.GITHUB_EVENT_PATH;
  try {
    const github = await import('@actions/github/lib/utils');
    // An empty token reads public repositories anonymously (fork pull requests).
    return new github.GitHub(token ? github.getOctokitOptions(token) : {});
  } finally {
    if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath;
  }
}
