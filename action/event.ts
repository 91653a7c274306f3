/**
 * The workflow event, read from GITHUB_EVENT_PATH / GITHUB_* variables, and the routing
 * decision: what this run does. A pull request is never applied, whatever `command` says.
 */
import { readFileSync } from 'node:fs';
import type { Command } from './inputs';

export type ActionEvent =
  | {
      kind: 'pull_request';
      name: 'pull_request' | 'pull_request_target';
      action: string;
      number: number;
      /** The head lives in another repository: no secrets, read-only token. */
      fork: boolean;
      headSha: string;
      baseRef: string;
    }
  | { kind: 'push'; branch?: string; defaultBranch?: string; isDefaultBranch: boolean }
  | { kind: 'workflow_dispatch'; branch?: string }
  | { kind: 'schedule'; cron?: string }
  | { kind: 'other'; name: string };

export interface EventContext {
  event: ActionEvent;
  owner: string;
  repo: string;
  /** The commit being planned or applied (the PR head for pull requests). */
  sha: string;
  actor: string;
  runUrl?: string;
}

type Env = Readonly<Record<string, string | undefined>>;
type Payload = Record<string, unknown>;

const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Payload)[k] : undefined), o);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function readEventContext(
  env: Env,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): EventContext {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH)) as Payload;
    } catch {
      payload = {};
    }
  }
  const [owner = '', repo = ''] = (
    env.GITHUB_REPOSITORY ??
    str(get(payload, 'repository', 'full_name')) ??
    '/'
  ).split('/');
  const event = parseEvent(name, payload, env.GITHUB_REF);
  const sha =
    event.kind === 'pull_request' ? event.headSha || (env.GITHUB_SHA ?? '') : (env.GITHUB_SHA ?? '');
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    event,
    owner,
    repo,
    sha,
    actor: env.GITHUB_ACTOR ?? str(get(payload, 'sender', 'login')) ?? 'github-actions',
    ...(env.GITHUB_RUN_ID ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
  };
}

export function parseEvent(name: string, payload: Payload, ref: string | undefined): ActionEvent {
  const branchOf = (r: string | undefined) =>
    r?.startsWith('refs/heads/') ? r.slice('refs/heads/'.length) : undefined;
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = get(payload, 'pull_request');
      const head = str(get(pr, 'head', 'repo', 'full_name'));
      const base = str(get(pr, 'base', 'repo', 'full_name')) ?? str(get(payload, 'repository', 'full_name'));
      return {
        kind: 'pull_request',
        name,
        action: str(get(payload, 'action')) ?? '',
        number: Number(get(pr, 'number') ?? get(payload, 'number') ?? 0),
        // A deleted fork has no head repo: treat it as a fork.
        fork: head === undefined || head !== base || get(pr, 'head', 'repo', 'fork') === true,
        headSha: str(get(pr, 'head', 'sha')) ?? '',
        baseRef: str(get(pr, 'base', 'ref')) ?? '',
      };
    }
    case 'push': {
      const branch = branchOf(str(get(payload, 'ref')) ?? ref);
      const defaultBranch = str(get(payload, 'repository', 'default_branch'));
      return {
        kind: 'push',
        ...(branch ? { branch } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        isDefaultBranch: branch !== undefined && branch === defaultBranch,
      };
    }
    case 'workflow_dispatch': {
      const branch = branchOf(str(get(payload, 'ref')) ?? ref);
      return { kind: 'workflow_dispatch', ...(branch ? { branch } : {}) };
    }
    case 'schedule': {
      const cron = str(get(payload, 'schedule'));
      return { kind: 'schedule', ...(cron ? { cron } : {}) };
    }
    default:
      return { kind: 'other', name: name || 'unknown' };
  }
}

export type Mode = 'validate' | 'plan' | 'apply' | 'operate' | 'skip';

export interface Route {
  mode: Mode;
  /** Plan without the cluster (fork pull requests: no secrets). */
  offline: boolean;
  /** The pull request to comment on (plans). */
  pullRequest?: number;
  /** Said in the log, the comment and the summary. */
  notes: string[];
}

const PR_ACTIONS = new Set([
  'opened',
  'synchronize',
  'reopened',
  'ready_for_review',
  'edited',
  'labeled',
  'unlabeled',
]);

/** What to do for `event` when the workflow asked for `command`. See the README's routing table. */
export function routeEvent(event: ActionEvent, command: Command): Route {
  const notes: string[] = [];
  if (event.kind === 'pull_request') {
    if (!PR_ACTIONS.has(event.action) && event.action !== '')
      return {
        mode: 'skip',
        offline: true,
        notes: [`Nothing to do for a pull request that was ${event.action}.`],
      };
    if (command === 'apply' || command === 'operate')
      notes.push(
        'flinkops never applies on a pull request: planned instead. Changes are applied after the merge.',
      );
    if (event.fork)
      notes.push(
        'This pull request comes from a fork, which gets no secrets: validated, compiled and planned offline against the state branch, without the cluster.',
      );
    const mode = command === 'validate' ? 'validate' : 'plan';
    return { mode, offline: event.fork, pullRequest: event.number, notes };
  }
  if (command === 'validate') return { mode: 'validate', offline: true, notes };
  if (command === 'plan') return { mode: 'plan', offline: false, notes };
  if (command === 'apply') return { mode: 'apply', offline: false, notes };
  if (command === 'operate') return { mode: 'operate', offline: false, notes };
  switch (event.kind) {
    case 'push':
      if (event.isDefaultBranch) return { mode: 'apply', offline: false, notes };
      notes.push(
        `Pushed to '${event.branch ?? 'a tag'}', not the default branch${event.defaultBranch ? ` '${event.defaultBranch}'` : ''}: planned only.`,
      );
      return { mode: 'plan', offline: false, notes };
    case 'workflow_dispatch':
      return { mode: 'apply', offline: false, notes };
    case 'schedule':
      // Schedule-driven suspend/resume, periodic savepoints, health checks; never a repository change.
      return { mode: 'operate', offline: false, notes };
    case 'other':
      notes.push(`Event '${event.name}' is not one flinkops routes: planned only.`);
      return { mode: 'plan', offline: false, notes };
  }
}
