/**
 * The narrow slice of the GitHub git data API the git state backend needs. The Action
 * implements it with its octokit (action/github.ts); tests with an in-memory repository.
 * Expected outcomes (a missing ref, a ref that moved) are return values; anything else
 * rejects with `GitHubApiError`.
 */

export interface GitCommitInfo {
  sha: string;
  /** Sha of the commit's tree. */
  tree: string;
  parents: string[];
  message: string;
  /** ISO-8601 committer date, when known. */
  date?: string;
  author?: string;
}

export interface GitTreeEntry {
  path: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  mode: string;
}

/** A change to a tree: a new blob at `path`, or `sha: null` to delete it. */
export interface GitTreeChange {
  path: string;
  sha: string | null;
}

export interface GitDataApi {
  /** Commit sha the branch points at; undefined when the branch does not exist. */
  getRef(branch: string): Promise<string | undefined>;
  getCommit(sha: string): Promise<GitCommitInfo>;
  /** Entries of one tree (not recursive). */
  getTree(sha: string): Promise<GitTreeEntry[]>;
  /** Content of a blob, decoded as UTF-8. */
  getBlob(sha: string): Promise<string>;
  /** Stores UTF-8 text as a blob; returns its sha. */
  createBlob(content: string): Promise<string>;
  /** A tree made of `base` (if any) with `changes` applied; returns its sha. */
  createTree(base: string | undefined, changes: GitTreeChange[]): Promise<string>;
  createCommit(commit: { message: string; tree: string; parents: string[] }): Promise<string>;
  /** Creates the branch at `sha`; false when it already exists (someone else created it first). */
  createRef(branch: string, sha: string): Promise<boolean>;
  /**
   * Moves the branch to `sha` WITHOUT force; false when that is not a fast forward (the branch
   * moved since the caller read it: the compare-and-swap lost).
   */
  updateRef(branch: string, sha: string): Promise<boolean>;
  /** Newest first, at most `limit`, optionally only commits touching `path`. */
  listCommits(opts: { branch: string; path?: string; limit: number }): Promise<GitCommitInfo[]>;
}

/** An unexpected answer of the GitHub API (permissions, rate limit, outage). */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** GitHub's rate limit refused the call (429, or 403 with the limit spent): not a permission. */
    readonly rateLimited = false,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}
