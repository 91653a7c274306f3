/**
 * A fake GitHub REST API on 127.0.0.1 (port 0) implementing just what the Action uses: issue
 * comments (paginated with Link headers), issues with labels (list by label and state, paginated;
 * create; edit and close), the pull requests of a commit, how two commits compare, a workflow
 * run attempt's status, and the git data API with real compare-and-swap on refs (422 "Update is
 * not a fast forward"). Refuses bodies over GitHub's
 * 65,536 characters, answers injected faults first, and records every call.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryGit } from './memory-git';

export interface RecordedCall {
  method: string;
  path: string;
  body?: unknown;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  stateReason?: string;
  /** Listed by GET /issues as GitHub does, with a `pull_request` key. */
  pullRequest?: boolean;
}

/** An answer the fake gives instead of the real one, to the next `times` matching calls. */
export interface FakeFault {
  method?: string;
  path: RegExp;
  /** Answered after `delayMs`; without it the call is answered as usual, only late. */
  status?: number;
  delayMs?: number;
  headers?: Record<string, string>;
  message?: string;
  /** The body as is (a proxy's HTML page) instead of GitHub's `{message}`. */
  raw?: string;
  times: number;
}

export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  readonly git = new MemoryGit();
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  /** Answer this status to every issue write (e.g. 403 without `issues: write`). */
  issueWriteStatus?: number;
  private nextIssue = 100;
  /** commit sha → pull requests it belongs to. */
  readonly pulls = new Map<
    string,
    { number: number; state: string; merged_at: string | null; base: { ref: string } }[]
  >();
  /** pull request number → the files it changes (GET /pulls/:n/files). */
  readonly pullFiles = new Map<number, string[]>();
  /** `<run id>/<attempt>` → its status (GET /actions/runs/:id/attempts/:n); unknown runs are 404. */
  readonly runs = new Map<string, string>();
  /** Failures to answer first (rate limits, outages, a refused token), used up in order. */
  readonly faults: FakeFault[] = [];
  /** `<base>...<head>` → how head stands to base (GET /compare/:basehead); unknown pairs are 404. */
  readonly comparisons = new Map<string, string>();
  /** Answer this status to every comment write (e.g. 403 for a fork's read-only token). */
  commentWriteStatus?: number;
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e) => send(res, 500, { message: String(e) }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    await new Promise<void>((r) => {
      this.server?.closeAllConnections();
      this.server?.close(() => r());
    });
  }

  addComment(issue: number, body: string, user = 'someone'): FakeComment {
    const c = { id: this.nextId++, issue, body, user };
    this.comments.push(c);
    return c;
  }

  addIssue(i: Partial<FakeIssue> & { title: string }): FakeIssue {
    const issue: FakeIssue = { number: this.nextIssue++, body: '', labels: [], state: 'open', ...i };
    this.issues.push(issue);
    return issue;
  }

  issuesLabelled(label: string): FakeIssue[] {
    return this.issues.filter((i) => i.labels.includes(label) && !i.pullRequest);
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** One page of `all` (per_page, page), with a Link header to the next. */
  private page(res: ServerResponse, url: URL, all: unknown[]): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url.href);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    send(res, 200, slice, headers);
  }

  private issueJson(i: FakeIssue) {
    return {
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason ?? null,
      labels: i.labels.map((name) => ({ name })),
      html_url: `https://github.com/acme/rides-platform/${i.pullRequest ? 'pull' : 'issues'}/${i.number}`,
      ...(i.pullRequest ? { pull_request: { url: `${this.url}/pulls/${i.number}` } } : {}),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const method = req.method ?? 'GET';
    this.calls.push({ method, path: url.pathname + url.search, ...(body ? { body } : {}) });
    const fault = this.faults.find(
      (f) =>
        f.times > 0 && (!f.method || f.method === method) && f.path.test(decodeURIComponent(url.pathname)),
    );
    if (fault) {
      fault.times--;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status && fault.raw !== undefined) {
        res.writeHead(fault.status, { 'content-type': 'text/html', ...fault.headers });
        res.end(fault.raw);
        return;
      }
      if (fault.status)
        return send(res, fault.status, { message: fault.message ?? 'Server Error' }, fault.headers);
    }
    // Octokit encodes the slash of `heads/<branch>` (%2F); GitHub decodes it.
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(decodeURIComponent(url.pathname));
    if (!m) return send(res, 404, { message: 'Not Found' });
    const rest = m[3]!;
    // GitHub refuses a comment or issue body over 65,536 characters.
    if (method !== 'GET' && typeof body?.body === 'string' && body.body.length > 65_536)
      return send(res, 422, {
        message: 'Validation Failed',
        errors: [
          { field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' },
        ],
      });
    const git = this.git;
    let r: RegExpExecArray | null;

    r = /^\/issues\/(\d+)\/comments$/.exec(rest);

    if (r) {
      const issue = Number(r[1]);
      if (method === 'GET') return this.page(res, url, this.commentsOn(issue).map(commentJson));
      if (method === 'POST') {
        if (this.commentWriteStatus)
          return send(res, this.commentWriteStatus, { message: 'Resource not accessible by integration' });
        return send(res, 201, commentJson(this.addComment(issue, String(body?.body), 'github-actions[bot]')));
      }
    }
    if (rest === '/issues' && method === 'GET') {
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const state = url.searchParams.get('state') ?? 'open';
      const all = this.issues.filter(
        (i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)),
      );
      return this.page(
        res,
        url,
        all.map((i) => this.issueJson(i)),
      );
    }
    if (rest === '/issues' && method === 'POST') {
      if (this.issueWriteStatus)
        return send(res, this.issueWriteStatus, { message: 'Resource not accessible by integration' });
      const issue = this.addIssue({
        title: String(body?.title),
        body: String(body?.body ?? ''),
        labels: ((body?.labels ?? []) as string[]).map(String),
      });
      return send(res, 201, this.issueJson(issue));
    }
    r = /^\/issues\/(\d+)$/.exec(rest);
    if (r && method === 'PATCH') {
      if (this.issueWriteStatus)
        return send(res, this.issueWriteStatus, { message: 'Resource not accessible by integration' });
      const issue = this.issues.find((i) => i.number === Number(r![1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      if (body?.body !== undefined) issue.body = String(body.body);
      if (body?.title !== undefined) issue.title = String(body.title);
      if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
      if (body?.state_reason !== undefined) issue.stateReason = String(body.state_reason);
      return send(res, 200, this.issueJson(issue));
    }
    r = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (r && method === 'DELETE') {
      if (this.commentWriteStatus)
        return send(res, this.commentWriteStatus, { message: 'Resource not accessible by integration' });
      const at = this.comments.findIndex((x) => x.id === Number(r![1]));
      if (at < 0) return send(res, 404, { message: 'Not Found' });
      this.comments.splice(at, 1);
      res.writeHead(204);
      res.end();
      return;
    }
    if (r && method === 'PATCH') {
      if (this.commentWriteStatus)
        return send(res, this.commentWriteStatus, { message: 'Resource not accessible by integration' });
      const c = this.comments.find((x) => x.id === Number(r![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      c.body = String(body?.body);
      return send(res, 200, commentJson(c));
    }
    r = /^\/pulls\/(\d+)\/files$/.exec(rest);
    if (r && method === 'GET')
      return this.page(
        res,
        url,
        (this.pullFiles.get(Number(r[1])) ?? []).map((filename) => ({ filename, status: 'modified' })),
      );
    r = /^\/actions\/runs\/(\d+)\/attempts\/(\d+)$/.exec(rest);
    if (r && method === 'GET') {
      const status = this.runs.get(`${r[1]}/${r[2]}`);
      if (!status) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { id: Number(r[1]), run_attempt: Number(r[2]), status });
    }
    r = /^\/compare\/([0-9a-f]+\.\.\.[0-9a-f]+)$/.exec(rest);
    if (r && method === 'GET') {
      const status = this.comparisons.get(r[1]!);
      if (!status) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { status, ahead_by: 1, behind_by: 0, commits: [], files: [] });
    }
    r = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest);
    if (r && method === 'GET')
      return send(
        res,
        200,
        (this.pulls.get(r[1]!) ?? []).map((p) => ({ ...p })),
      );
    if (rest === '/commits' && method === 'GET') {
      const list = await git.listCommits({
        branch: url.searchParams.get('sha') ?? 'main',
        limit: Number(url.searchParams.get('per_page') ?? 30),
        ...(url.searchParams.get('path') ? { path: url.searchParams.get('path')! } : {}),
      });
      return send(
        res,
        200,
        list.map((c) => ({
          sha: c.sha,
          commit: {
            message: c.message,
            tree: { sha: c.tree },
            committer: { date: c.date },
            author: { name: 'flinkops' },
          },
          parents: c.parents.map((sha) => ({ sha })),
        })),
      );
    }
    r = /^\/git\/ref\/heads\/(.+)$/.exec(rest);
    if (r && method === 'GET') {
      const sha = await git.getRef(r[1]!);
      if (!sha) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { ref: `refs/heads/${r[1]}`, object: { sha, type: 'commit' } });
    }
    r = /^\/git\/refs\/heads\/(.+)$/.exec(rest);
    if (r && method === 'PATCH') {
      if (!(await git.getRef(r[1]!))) return send(res, 422, { message: 'Reference does not exist' });
      const ok = await git.updateRef(r[1]!, String(body?.sha), body?.force === true);
      if (!ok) return send(res, 422, { message: 'Update is not a fast forward' });
      return send(res, 200, { ref: `refs/heads/${r[1]}`, object: { sha: body?.sha } });
    }
    if (rest === '/git/refs' && method === 'POST') {
      const branch = String(body?.ref).replace(/^refs\/heads\//, '');
      if (!(await git.createRef(branch, String(body?.sha))))
        return send(res, 422, { message: 'Reference already exists' });
      return send(res, 201, { ref: body?.ref, object: { sha: body?.sha } });
    }
    r = /^\/git\/commits\/([0-9a-f]+)$/.exec(rest);
    if (r && method === 'GET') {
      const c = await git.getCommit(r[1]!).catch(() => undefined);
      if (!c) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, {
        sha: c.sha,
        tree: { sha: c.tree },
        parents: c.parents.map((sha) => ({ sha })),
        message: c.message,
        author: { name: 'flinkops', date: c.date },
        committer: { name: 'flinkops', date: c.date },
      });
    }
    if (rest === '/git/commits' && method === 'POST') {
      const sha = await git.createCommit({
        message: String(body?.message),
        tree: String(body?.tree),
        parents: (body?.parents as string[]) ?? [],
      });
      return send(res, 201, { sha });
    }
    r = /^\/git\/trees\/([0-9a-f]+)$/.exec(rest);
    if (r && method === 'GET') {
      const t = await git.getTree(r[1]!).catch(() => undefined);
      if (!t) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { sha: r[1], tree: t, truncated: false });
    }
    if (rest === '/git/trees' && method === 'POST') {
      const entries = ((body?.tree ?? []) as { path: string; sha: string | null }[]).map((e) => ({
        path: e.path,
        sha: e.sha,
      }));
      const sha = await git.createTree(body?.base_tree as string | undefined, entries);
      return send(res, 201, { sha });
    }
    r = /^\/git\/blobs\/([0-9a-f]+)$/.exec(rest);
    if (r && method === 'GET') {
      const b = await git.getBlob(r[1]!).catch(() => undefined);
      if (b === undefined) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { sha: r[1], content: Buffer.from(b).toString('base64'), encoding: 'base64' });
    }
    if (rest === '/git/blobs' && method === 'POST') {
      const content =
        body?.encoding === 'base64'
          ? Buffer.from(String(body.content), 'base64').toString('utf8')
          : String(body?.content);
      return send(res, 201, { sha: await git.createBlob(content) });
    }
    return send(res, 404, { message: `fake GitHub does not implement ${method} ${url.pathname}` });
  }
}

function commentJson(c: FakeComment) {
  return { id: c.id, body: c.body, user: { login: c.user } };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
