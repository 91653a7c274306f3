/**
 * The workflow event, read from GITHUB_EVENT_PATH / GITHUB_* variables, as the few facts the
 * routing (route.ts) needs. Reading never fails: a payload that is missing or not JSON leaves
 * the facts unknown, and unknown facts route to the safe side (planned offline, never applied).
 */
import { readFileSync } from 'node:fs';

export interface PullRequestEvent {
  kind: 'pull_request';
  name: 'pull_request' | 'pull_request_target';
  action: string;
  /** 0 when neither the payload nor GITHUB_REF (`refs/pull/<n>/merge`) says. */
  number: number;
  /** The head lives in another repository, or it is unknown (a deleted fork, no payload): no secrets. */
  fork: boolean;
  /** The payload does not say where the head lives (no payload, or a deleted fork): `fork` is a precaution. */
  headUnknown?: true;
  headSha: string;
  baseRef: string;
  merged: boolean;
  /** `edited` only: whether the base branch changed; undefined when the payload does not say. */
  baseChanged?: boolean;
}

export interface PushEvent {
  kind: 'push';
  /** The full ref, e.g. `refs/heads/main`, `refs/tags/v1.2.0`. */
  ref?: string;
  branch?: string;
  tag?: string;
  /** The push deleted the branch or tag (`deleted: true`, `after` all zeros). */
  deleted: boolean;
  /** A force-push: the branch may have moved back. */
  forced: boolean;
  /** Number of commits in the push; undefined when the payload does not say. */
  commits?: number;
  defaultBranch?: string;
  isDefaultBranch: boolean;
}

export type ActionEvent =
  | PullRequestEvent
  | PushEvent
  | { kind: 'workflow_dispatch'; branch?: string; tag?: string; defaultBranch?: string }
  | { kind: 'schedule'; cron?: string }
  | {
      kind: 'merge_group';
      action: string;
      headSha?: string;
      baseBranch?: string;
      /** The pull request at the head of the queue entry, from `gh-readonly-queue/<base>/pr-<n>-<sha>`. */
      pullRequest?: number;
    }
  /** Any other event; `name` is '' when GITHUB_EVENT_NAME is not set. */
  | { kind: 'other'; name: string };

export interface EventContext {
  event: ActionEvent;
  owner: string;
  repo: string;
  /** The commit being planned or applied (the PR head for pull requests). */
  sha: string;
  actor: string;
  runUrl?: string;
  /** This run, `<GITHUB_RUN_ID>/<GITHUB_RUN_ATTEMPT>`: named in the state locks it takes. */
  run?: string;
  /** What could not be read (the payload file), said next to the routing notes. */
  notes: string[];
}

type Env = Readonly<Record<string, string | undefined>>;
type Payload = Record<string, unknown>;

const ZERO_SHA = /^0{40}$/;

const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Payload)[k] : undefined), o);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const positive = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** A ref split into what it names. */
export function parseRef(ref: string | undefined): { branch?: string; tag?: string; pull?: number } {
  if (!ref) return {};
  if (ref.startsWith('refs/heads/')) return { branch: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { tag: ref.slice('refs/tags/'.length) };
  const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
  return pull ? { pull: Number(pull[1]) } : {};
}

export function readEventContext(
  env: Env,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): EventContext {
  const name = env.GITHUB_EVENT_NAME?.trim() ?? '';
  const notes: string[] = [];
  const payload = readPayload(env.GITHUB_EVENT_PATH, name, readFile, notes);
  const [owner = '', repo = ''] = (
    env.GITHUB_REPOSITORY ??
    str(get(payload, 'repository', 'full_name')) ??
    '/'
  ).split('/');
  const event = parseEvent(name, payload, env.GITHUB_REF);
  const headSha =
    event.kind === 'pull_request' ? event.headSha : event.kind === 'merge_group' ? event.headSha : undefined;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    event,
    owner,
    repo,
    sha: headSha || (env.GITHUB_SHA ?? ''),
    actor: env.GITHUB_ACTOR ?? str(get(payload, 'sender', 'login')) ?? 'github-actions',
    ...(env.GITHUB_RUN_ID ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    ...(/^\d+$/.test(env.GITHUB_RUN_ID ?? '')
      ? {
          run: `${env.GITHUB_RUN_ID}/${/^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1'}`,
        }
      : {}),
    notes,
  };
}

function readPayload(
  path: string | undefined,
  name: string,
  readFile: (path: string) => string,
  notes: string[],
): Payload {
  if (!path) {
    if (name) notes.push(`GITHUB_EVENT_PATH is not set: the details of the '${name}' event are unknown.`);
    return {};
  }
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    notes.push(
      `The event payload ${path} could not be read (${code ?? (e instanceof Error ? e.message : String(e))}): the event's details are unknown.`,
    );
    return {};
  }
  if (text.trim() === '') {
    notes.push(`The event payload ${path} is empty: the event's details are unknown.`);
    return {};
  }
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Payload;
    notes.push(`The event payload ${path} is not a JSON object: the event's details are unknown.`);
  } catch {
    notes.push(`The event payload ${path} is not valid JSON: the event's details are unknown.`);
  }
  return {};
}

export function parseEvent(name: string, payload: Payload, ref: string | undefined): ActionEvent {
  const defaultBranch =
    str(get(payload, 'repository', 'default_branch')) ?? str(get(payload, 'repository', 'master_branch'));
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = get(payload, 'pull_request');
      const head = str(get(pr, 'head', 'repo', 'full_name'));
      const base = str(get(pr, 'base', 'repo', 'full_name')) ?? str(get(payload, 'repository', 'full_name'));
      const action = str(get(payload, 'action')) ?? '';
      const changes = get(payload, 'changes');
      return {
        kind: 'pull_request',
        name,
        action,
        number: positive(get(pr, 'number')) ?? positive(get(payload, 'number')) ?? parseRef(ref).pull ?? 0,
        // A deleted fork (head.repo null) or no payload at all: treated as a fork, so no secret is used.
        fork: head === undefined || head !== base || get(pr, 'head', 'repo', 'fork') === true,
        ...(head === undefined ? { headUnknown: true as const } : {}),
        headSha: str(get(pr, 'head', 'sha')) ?? '',
        baseRef: str(get(pr, 'base', 'ref')) ?? '',
        merged: get(pr, 'merged') === true || str(get(pr, 'merged_at')) !== undefined,
        ...(action === 'edited' && changes && typeof changes === 'object'
          ? { baseChanged: get(changes, 'base') !== undefined }
          : {}),
      };
    }
    case 'push': {
      const full = str(get(payload, 'ref')) ?? ref;
      const { branch, tag } = parseRef(full);
      const commits = get(payload, 'commits');
      return {
        kind: 'push',
        ...(full ? { ref: full } : {}),
        ...(branch ? { branch } : {}),
        ...(tag ? { tag } : {}),
        deleted: get(payload, 'deleted') === true || ZERO_SHA.test(str(get(payload, 'after')) ?? ''),
        forced: get(payload, 'forced') === true,
        ...(Array.isArray(commits) ? { commits: commits.length } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        isDefaultBranch: branch !== undefined && branch === defaultBranch,
      };
    }
    case 'workflow_dispatch': {
      const { branch, tag } = parseRef(str(get(payload, 'ref')) ?? ref);
      return {
        kind: 'workflow_dispatch',
        ...(branch ? { branch } : {}),
        ...(tag ? { tag } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
      };
    }
    case 'schedule': {
      const cron = str(get(payload, 'schedule'));
      return { kind: 'schedule', ...(cron ? { cron } : {}) };
    }
    case 'merge_group': {
      const group = get(payload, 'merge_group');
      const headSha = str(get(group, 'head_sha'));
      const baseBranch = parseRef(str(get(group, 'base_ref'))).branch;
      const pr = /\/pr-(\d+)-[0-9a-f]+$/.exec(str(get(group, 'head_ref')) ?? '');
      return {
        kind: 'merge_group',
        action: str(get(payload, 'action')) ?? '',
        ...(headSha ? { headSha } : {}),
        ...(baseBranch ? { baseBranch } : {}),
        ...(pr ? { pullRequest: Number(pr[1]) } : {}),
      };
    }
    default:
      return { kind: 'other', name };
  }
}

/** The event as the log names it: `push to 'main'`, `pull_request #42 (labeled)`, `'release'`. */
export function eventLabel(e: ActionEvent): string {
  switch (e.kind) {
    case 'pull_request':
      return `${e.name}${e.number > 0 ? ` #${e.number}` : ''}${e.action ? ` (${e.action})` : ''}`;
    case 'push':
      return e.tag ? `push of the tag '${e.tag}'` : `push to '${e.branch ?? e.ref ?? '?'}'`;
    case 'merge_group':
      return `merge_group${e.action ? ` (${e.action})` : ''}`;
    case 'other':
      return e.name ? `'${e.name}'` : 'no event (GITHUB_EVENT_NAME unset)';
    default:
      return e.kind;
  }
}
