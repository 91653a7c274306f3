/**
 * One branch of the repository through the GitHub git data API: read as it stands
 * at one commit, and committed to without force, so a writer that read a stale head
 * loses instead of overwriting. The API's unexpected failures become FO808 diagnostics.
 */
import { type GitDataApi, GitHubApiError, type GitTreeChange } from './github-port';
import { STATE_CODES, StateStoreError } from './store';

/** The branch as read at one commit. */
export interface Head {
  sha: string;
  tree: string;
  blobs: Map<string, string>;
}

/** Sends of one branch move whose outcome a server error left unknown (each checked first). */
const MOVE_ATTEMPTS = 3;

export interface GitBranchOptions {
  api: GitDataApi;
  branch: string;
  /** Lines appended to every commit message. */
  trailers?: readonly string[];
  /** How the store is named in diagnostics, e.g. `flinkops-state:rides/prod.json`. */
  location: string;
  /** Directories whose files are read too, as `<dir>/<name>` (the API lists one tree level at a time). */
  dirs?: readonly string[];
}

export class GitBranch {
  /** Blob sha → text: blobs are immutable, so a document read once is never fetched again. */
  private readonly blobCache = new Map<string, string>();

  constructor(private readonly o: GitBranchOptions) {}

  async head(): Promise<Head | undefined> {
    return this.call('read', async () => {
      const sha = await this.o.api.getRef(this.o.branch);
      if (!sha) return undefined;
      const commit = await this.o.api.getCommit(sha);
      const entries = await this.o.api.getTree(commit.tree);
      const blobs = new Map(entries.filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]));
      for (const dir of this.o.dirs ?? []) {
        const sub = entries.find((e) => e.type === 'tree' && e.path === dir);
        if (!sub) continue;
        for (const e of await this.o.api.getTree(sub.sha))
          if (e.type === 'blob') blobs.set(`${dir}/${e.path}`, e.sha);
      }
      return { sha, tree: commit.tree, blobs };
    });
  }

  async text(head: Head | undefined, path: string): Promise<string | undefined> {
    const sha = head?.blobs.get(path);
    if (!sha) return undefined;
    const cached = this.blobCache.get(sha);
    if (cached !== undefined) return cached;
    const text = await this.call('read', () => this.o.api.getBlob(sha));
    this.blobCache.set(sha, text);
    return text;
  }

  /** Stores `text` as a blob; `what` names the operation in a failure (`write`, `lock`). */
  createBlob(what: string, text: string): Promise<string> {
    return this.call(what, () => this.o.api.createBlob(text));
  }

  /** Commits touching `path`, newest first. */
  log(path: string, limit: number) {
    return this.call('read the history of', () =>
      this.o.api.listCommits({ branch: this.o.branch, path, limit }),
    );
  }

  /**
   * One commit on top of `head` (an orphan commit that creates the branch when there is none),
   * and the branch moved to it without force. Undefined when the branch moved meanwhile.
   */
  async commit(
    head: Head | undefined,
    changes: GitTreeChange[],
    subject: string,
  ): Promise<string | undefined> {
    const api = this.o.api;
    const trailers = this.o.trailers?.length ? `\n\n${this.o.trailers.join('\n')}` : '';
    const message = `flinkops: ${subject}${trailers}\n`;
    return this.call('write', async () => {
      const tree = await api.createTree(head?.tree, head ? changes : changes.filter((c) => c.sha !== null));
      const sha = await api.createCommit({ message, tree, parents: head ? [head.sha] : [] });
      const moved = await this.settleMove(head?.sha, sha, () =>
        head ? api.updateRef(this.o.branch, sha) : api.createRef(this.o.branch, sha),
      );
      return moved ? sha : undefined;
    });
  }

  /**
   * Moves the branch from `from` (undefined: creates it) to `to`. A server error (5xx) or a lost
   * connection leaves unknown whether GitHub made the move, so the branch is read to find out:
   * at `to`, it was made; still at `from`, it was not and is sent again (the same fast-forward,
   * so it can never be made twice); anywhere else, another writer moved it (a conflict, as a
   * refused fast-forward is). Without this one 502 would fail an apply half-way, e.g. between a
   * job's stop with a savepoint and its new start.
   */
  private async settleMove(from: string | undefined, to: string, move: () => Promise<boolean>) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await move();
      } catch (e) {
        const unknown = e instanceof GitHubApiError && !e.rateLimited && (e.status === 0 || e.status >= 500);
        if (!unknown || attempt >= MOVE_ATTEMPTS) throw e;
        const now = await this.o.api.getRef(this.o.branch);
        if (now === to) return true;
        if (now !== from) return false;
      }
    }
  }

  /** Runs a call of the API; its unexpected failures become FO808 diagnostics. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof StateStoreError) throw e;
      const status = e instanceof GitHubApiError ? e.status : undefined;
      const cause = e instanceof Error ? e.message : String(e);
      const detail =
        e instanceof GitHubApiError && e.rateLimited
          ? "GitHub's API rate limit was reached. Run the workflow again once it lifts, or run fewer workflows with this token at once."
          : status === 401
            ? "GitHub refused the token, or none was given (HTTP 401). Check the `github-token` input: leave it unset for the workflow's own token, or pass a token that is still valid."
            : status === 403 || status === 404
              ? `The token cannot ${what === 'read' ? 'read' : 'write'} the branch '${this.o.branch}'. Give the workflow \`permissions: contents: write\` (fork pull requests get a read-only token: their plan is offline).`
              : 'The GitHub API did not answer as expected. Run the workflow again; if it persists, check https://www.githubstatus.com.';
      throw new StateStoreError({
        code: STATE_CODES.io,
        severity: 'error',
        summary: `cannot ${what} the state store ${this.o.location}: ${status ? `HTTP ${status} ` : ''}${cause}`,
        detail,
      });
    }
  }
}
