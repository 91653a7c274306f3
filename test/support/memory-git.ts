/**
 * An in-memory git object store with GitHub's ref semantics: blobs, nested trees (a change to
 * `a/b.json` makes or edits the tree `a`, and a tree left empty disappears, as with the git data
 * API), commits, and refs that move only by fast forward unless forced. Backs the fake GitHub server and the git
 * state store's unit tests, so both see the same compare-and-swap behaviour as github.com.
 */
import { createHash } from 'node:crypto';
import type { GitCommitInfo, GitDataApi, GitTreeChange, GitTreeEntry } from '../../src/state/github-port';

interface CommitObject {
  tree: string;
  parents: string[];
  message: string;
  date: string;
}

export class MemoryGit implements GitDataApi {
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, GitTreeEntry[]>();
  readonly commits = new Map<string, CommitObject>();
  readonly refs = new Map<string, string>();
  private tick = 0;
  /** Test hook: runs before a ref update is checked (to interleave a concurrent writer). */
  beforeUpdateRef?: (branch: string) => Promise<void> | void;

  private hash(kind: string, body: string): string {
    return createHash('sha1').update(`${kind} ${body.length}\0${body}`).digest('hex');
  }

  async getRef(branch: string): Promise<string | undefined> {
    return this.refs.get(branch);
  }

  async getCommit(sha: string): Promise<GitCommitInfo> {
    const c = this.commits.get(sha);
    if (!c) throw Object.assign(new Error(`no commit ${sha}`), { status: 404 });
    return { sha, tree: c.tree, parents: [...c.parents], message: c.message, date: c.date };
  }

  async getTree(sha: string): Promise<GitTreeEntry[]> {
    const t = this.trees.get(sha);
    if (!t) throw Object.assign(new Error(`no tree ${sha}`), { status: 404 });
    return t.map((e) => ({ ...e }));
  }

  async getBlob(sha: string): Promise<string> {
    const b = this.blobs.get(sha);
    if (b === undefined) throw Object.assign(new Error(`no blob ${sha}`), { status: 404 });
    return b;
  }

  async createBlob(content: string): Promise<string> {
    const sha = this.hash('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  async createTree(base: string | undefined, changes: GitTreeChange[]): Promise<string> {
    const entries = new Map((base ? await this.getTree(base) : []).map((e) => [e.path, e]));
    const nested = new Map<string, GitTreeChange[]>();
    for (const c of changes) {
      const slash = c.path.indexOf('/');
      if (slash > 0) {
        const dir = c.path.slice(0, slash);
        nested.set(dir, [...(nested.get(dir) ?? []), { path: c.path.slice(slash + 1), sha: c.sha }]);
      } else if (c.sha === null) entries.delete(c.path);
      else entries.set(c.path, { path: c.path, type: 'blob', sha: c.sha, mode: '100644' });
    }
    for (const [dir, sub] of nested) {
      const existing = entries.get(dir);
      const sha = await this.createTree(existing?.type === 'tree' ? existing.sha : undefined, sub);
      if (this.trees.get(sha)!.length === 0) entries.delete(dir);
      else entries.set(dir, { path: dir, type: 'tree', sha, mode: '040000' });
    }
    const list = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    const sha = this.hash('tree', JSON.stringify(list));
    this.trees.set(sha, list);
    return sha;
  }

  async createCommit(commit: { message: string; tree: string; parents: string[] }): Promise<string> {
    const date = new Date(Date.UTC(2025, 0, 1) + ++this.tick * 1000).toISOString();
    const obj = { tree: commit.tree, parents: [...commit.parents], message: commit.message, date };
    const sha = this.hash('commit', JSON.stringify(obj));
    this.commits.set(sha, obj);
    return sha;
  }

  async createRef(branch: string, sha: string): Promise<boolean> {
    if (this.refs.has(branch)) return false;
    this.refs.set(branch, sha);
    return true;
  }

  async updateRef(branch: string, sha: string, force = false): Promise<boolean> {
    await this.beforeUpdateRef?.(branch);
    const current = this.refs.get(branch);
    if (current === undefined) throw Object.assign(new Error('Reference does not exist'), { status: 422 });
    if (!force && !this.isAncestor(current, sha)) return false;
    this.refs.set(branch, sha);
    return true;
  }

  isAncestor(ancestor: string, of: string): boolean {
    const seen = new Set<string>();
    const todo = [of];
    while (todo.length > 0) {
      const s = todo.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      todo.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  async listCommits(opts: { branch: string; path?: string; limit: number }): Promise<GitCommitInfo[]> {
    const out: GitCommitInfo[] = [];
    let sha = this.refs.get(opts.branch);
    while (sha && out.length < opts.limit) {
      const c = this.commits.get(sha)!;
      const parent = c.parents[0];
      if (!opts.path || this.blobAt(sha, opts.path) !== (parent ? this.blobAt(parent, opts.path) : undefined))
        out.push(await this.getCommit(sha));
      sha = parent;
    }
    return out;
  }

  blobAt(commit: string, path: string): string | undefined {
    let tree = this.commits.get(commit)?.tree;
    const parts = path.split('/');
    for (const [i, name] of parts.entries()) {
      const e = tree === undefined ? undefined : this.trees.get(tree)?.find((x) => x.path === name);
      if (i === parts.length - 1) return e?.type === 'blob' ? e.sha : undefined;
      tree = e?.type === 'tree' ? e.sha : undefined;
    }
    return undefined;
  }

  /** The text of `path` at the tip of `branch`. */
  fileAt(branch: string, path: string): string | undefined {
    const sha = this.refs.get(branch);
    const blob = sha ? this.blobAt(sha, path) : undefined;
    return blob ? this.blobs.get(blob) : undefined;
  }

  /** Every blob ever written (to scan for secrets) and every commit message. */
  allText(): string {
    return [...this.blobs.values(), ...[...this.commits.values()].map((c) => c.message)].join('\n');
  }
}
