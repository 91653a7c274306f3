/**
 * Event routing on recorded-shape payloads (test/fixtures/events, after GitHub's webhook
 * documentation): what each event does for each `command`, that nothing but a push to the
 * default branch, workflow_dispatch or schedule ever changes the cluster, and that no payload
 * (missing, not JSON, another event's) makes the Action crash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEventContext } from '../action/event';
import type { Command } from '../action/inputs';
import { mayChangeCluster, routeEvent } from '../action/route';

const dir = join(import.meta.dirname, 'fixtures/events');
const ctx = (file: string, name: string, extra: Record<string, string | undefined> = {}) =>
  readEventContext({
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: join(dir, file),
    GITHUB_REPOSITORY: 'acme/rides-platform',
    GITHUB_SHA: 'f'.repeat(40),
    ...extra,
  });

interface Want {
  mode: string;
  offline?: boolean;
  /** The pull request commented on; null: none. */
  pr?: number | null;
  note?: RegExp;
}
type Case = [string, string, string, Command, Want];

const PULL_REQUESTS: Case[] = [
  [
    'PR opened, same repo',
    'pull_request.opened.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: false, pr: 42 },
  ],
  [
    'PR synchronize',
    'pull_request.synchronize.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: false },
  ],
  [
    'PR from a fork',
    'pull_request.fork.opened.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: true, pr: 43, note: /fork/ },
  ],
  [
    'pull_request_target, same repo',
    'pull_request_target.opened.json',
    'pull_request_target',
    'auto',
    { mode: 'plan', offline: false, pr: 42 },
  ],
  [
    'pull_request_target from a fork',
    'pull_request_target.fork.opened.json',
    'pull_request_target',
    'auto',
    {
      mode: 'plan',
      offline: true,
      note: /not trusted with the cluster or the secrets \(pull_request_target runs with both\)/,
    },
  ],
  [
    'PR from a deleted fork (head.repo null)',
    'pull_request.deleted-fork.synchronize.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: true, pr: 43, note: /fork/ },
  ],
  [
    'PR labeled',
    'pull_request.labeled.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: false, pr: 42 },
  ],
  [
    'PR unlabeled',
    'pull_request.unlabeled.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: false, pr: 42 },
  ],
  [
    'PR ready for review',
    'pull_request.ready_for_review.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: false, pr: 42 },
  ],
  [
    'PR edited: new base branch',
    'pull_request.edited.base.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: false, pr: 42 },
  ],
  [
    'PR edited: title only',
    'pull_request.edited.json',
    'pull_request',
    'auto',
    { mode: 'skip', note: /title or description.*plan stands/ },
  ],
  [
    'PR converted to draft',
    'pull_request.converted_to_draft.json',
    'pull_request',
    'auto',
    { mode: 'skip', note: /draft/ },
  ],
  [
    'PR closed, not merged',
    'pull_request.closed.json',
    'pull_request',
    'auto',
    { mode: 'skip', offline: true, note: /closed without merging/ },
  ],
  [
    'PR closed, merged',
    'pull_request.closed.merged.json',
    'pull_request',
    'auto',
    { mode: 'skip', note: /merged.*push of the merge to 'main' applies/ },
  ],
  [
    'PR closed, merged, command apply',
    'pull_request.closed.merged.json',
    'pull_request',
    'apply',
    { mode: 'skip', note: /push of the merge/ },
  ],
  [
    'PR with command apply',
    'pull_request.opened.json',
    'pull_request',
    'apply',
    { mode: 'plan', offline: false, note: /never applies/ },
  ],
  [
    'pull_request_target with command apply',
    'pull_request_target.fork.opened.json',
    'pull_request_target',
    'apply',
    { mode: 'plan', offline: true, note: /never applies/ },
  ],
  [
    'PR with command validate',
    'pull_request.opened.json',
    'pull_request',
    'validate',
    { mode: 'validate', offline: false },
  ],
  [
    'PR with command operate',
    'pull_request.opened.json',
    'pull_request',
    'operate',
    { mode: 'plan', offline: false, note: /never applies on a pull request/ },
  ],
  [
    'PR labeled, command apply',
    'pull_request.labeled.json',
    'pull_request',
    'apply',
    { mode: 'plan', note: /never applies/ },
  ],
];

const PUSHES: Case[] = [
  ['push to main', 'push.main.json', 'push', 'auto', { mode: 'apply', offline: false, pr: null }],
  ['push to main, command plan', 'push.main.json', 'push', 'plan', { mode: 'plan', offline: false }],
  [
    'push to main, command validate',
    'push.main.json',
    'push',
    'validate',
    { mode: 'validate', offline: true },
  ],
  [
    'push to main, zero commits',
    'push.main.no-commits.json',
    'push',
    'auto',
    { mode: 'apply', note: /no new commit/ },
  ],
  [
    'force-push to main, zero commits',
    'push.main.forced.json',
    'push',
    'auto',
    { mode: 'apply', note: /force-pushed/ },
  ],
  [
    'push to another branch',
    'push.feature.json',
    'push',
    'auto',
    { mode: 'plan', offline: false, note: /not the default branch/ },
  ],
  [
    'push to another branch, command apply',
    'push.feature.json',
    'push',
    'apply',
    { mode: 'plan', note: /'experiment' is not the default branch: planned instead/ },
  ],
  [
    'push to another branch, command operate',
    'push.feature.json',
    'push',
    'operate',
    { mode: 'plan', note: /operates only on a push to the default branch/ },
  ],
  ['push to master, the default branch', 'push.master.json', 'push', 'auto', { mode: 'apply' }],
  ['push to trunk, the default branch', 'push.trunk.json', 'push', 'auto', { mode: 'apply' }],
  [
    'push to main where trunk is the default',
    'push.main.trunk-default.json',
    'push',
    'auto',
    { mode: 'plan', note: /'main', not the default branch 'trunk'/ },
  ],
  [
    'push of a tag',
    'push.tag.json',
    'push',
    'auto',
    { mode: 'skip', note: /tag 'v1\.4\.0'.*does not act on tags/ },
  ],
  ['push of a tag, command apply', 'push.tag.json', 'push', 'apply', { mode: 'skip', note: /tag/ }],
  [
    'push deleting a branch',
    'push.delete-branch.json',
    'push',
    'auto',
    { mode: 'skip', note: /deleted the branch 'count-distinct'/ },
  ],
  ['push deleting a branch, command apply', 'push.delete-branch.json', 'push', 'apply', { mode: 'skip' }],
];

const OTHERS: Case[] = [
  [
    'workflow_dispatch',
    'workflow_dispatch.json',
    'workflow_dispatch',
    'auto',
    { mode: 'apply', offline: false },
  ],
  [
    'workflow_dispatch, no inputs (inputs: null)',
    'workflow_dispatch.no-inputs.json',
    'workflow_dispatch',
    'auto',
    { mode: 'apply' },
  ],
  [
    'workflow_dispatch on master, the default',
    'workflow_dispatch.master.json',
    'workflow_dispatch',
    'auto',
    { mode: 'apply' },
  ],
  [
    'workflow_dispatch on another branch',
    'workflow_dispatch.branch.json',
    'workflow_dispatch',
    'auto',
    { mode: 'apply', note: /'count-distinct', not the default branch 'main'/ },
  ],
  [
    'workflow_dispatch, command operate',
    'workflow_dispatch.operate.json',
    'workflow_dispatch',
    'operate',
    { mode: 'operate', offline: false },
  ],
  [
    'workflow_dispatch, command plan',
    'workflow_dispatch.json',
    'workflow_dispatch',
    'plan',
    { mode: 'plan' },
  ],
  ['schedule', 'schedule.json', 'schedule', 'auto', { mode: 'operate', offline: false }],
  [
    'schedule, command operate',
    'schedule.operate.json',
    'schedule',
    'operate',
    { mode: 'operate', offline: false },
  ],
  ['schedule, command apply', 'schedule.json', 'schedule', 'apply', { mode: 'apply' }],
  [
    'merge_group checks_requested',
    'merge_group.checks_requested.json',
    'merge_group',
    'auto',
    { mode: 'plan', offline: false, pr: null, note: /Merge queue for #42 into 'main'/ },
  ],
  [
    'merge_group, command apply',
    'merge_group.checks_requested.json',
    'merge_group',
    'apply',
    { mode: 'plan', note: /never applies in a merge queue/ },
  ],
  [
    'merge_group, command validate',
    'merge_group.checks_requested.json',
    'merge_group',
    'validate',
    { mode: 'validate' },
  ],
  [
    'merge_group destroyed',
    'merge_group.destroyed.json',
    'merge_group',
    'auto',
    { mode: 'skip', note: /destroyed/ },
  ],
  [
    'issue_comment',
    'issue_comment.created.json',
    'issue_comment',
    'auto',
    { mode: 'validate', pr: null, note: /does not act on 'issue_comment' events: validated only/ },
  ],
  [
    'issue_comment, command apply',
    'issue_comment.created.json',
    'issue_comment',
    'apply',
    { mode: 'plan', pr: null, note: /not on 'issue_comment': planned instead/ },
  ],
  ['release', 'release.published.json', 'release', 'auto', { mode: 'validate', note: /'release'/ }],
  ['release, command plan', 'release.published.json', 'release', 'plan', { mode: 'plan', offline: false }],
  [
    'repository_dispatch',
    'repository_dispatch.json',
    'repository_dispatch',
    'auto',
    { mode: 'validate', note: /'repository_dispatch'/ },
  ],
  [
    'repository_dispatch, command operate',
    'repository_dispatch.json',
    'repository_dispatch',
    'operate',
    { mode: 'plan', note: /operates only on/ },
  ],
  [
    'workflow_run',
    'workflow_run.completed.json',
    'workflow_run',
    'auto',
    { mode: 'validate', note: /'workflow_run'/ },
  ],
  [
    'workflow_run, command apply',
    'workflow_run.completed.json',
    'workflow_run',
    'apply',
    { mode: 'plan', note: /applies only on/ },
  ],
  // create / delete name the ref short (`main`, `v1.5.0`), not `refs/heads/…`, as GitHub sends them.
  ['create of a tag', 'create.tag.json', 'create', 'auto', { mode: 'validate', note: /'create'/ }],
  [
    'create of the default branch, command apply',
    'create.branch.json',
    'create',
    'apply',
    { mode: 'plan', pr: null, note: /applies only on/ },
  ],
  ['delete of a branch', 'delete.branch.json', 'delete', 'auto', { mode: 'validate', note: /'delete'/ }],
  [
    'delete of the default branch, command apply',
    'delete.branch.json',
    'delete',
    'apply',
    { mode: 'plan', pr: null, note: /applies only on/ },
  ],
  [
    'delete of a tag, command operate',
    'delete.tag.json',
    'delete',
    'operate',
    { mode: 'plan', note: /operates only on/ },
  ],
];

const COMMANDS: Command[] = ['auto', 'validate', 'plan', 'apply', 'operate'];
const FIXTURES = readdirSync(dir).filter((f) => f.endsWith('.json'));
const EVENT_NAMES = [
  'pull_request',
  'pull_request_target',
  'push',
  'workflow_dispatch',
  'schedule',
  'merge_group',
  'issue_comment',
  'release',
  'repository_dispatch',
  'workflow_run',
  'create',
  'delete',
  'deployment',
  '',
];

describe('event routing', () => {
  it.each([...PULL_REQUESTS, ...PUSHES, ...OTHERS])('%s', (_, file, name, command, want) => {
    const c = ctx(file, name);
    const route = routeEvent(c.event, command);
    expect(route.mode).toBe(want.mode);
    if (want.offline !== undefined) expect(route.offline).toBe(want.offline);
    if (want.pr !== undefined) expect(route.pullRequest).toBe(want.pr ?? undefined);
    if (want.note) expect(route.notes.join(' ')).toMatch(want.note);
    // A skip and a changed command are always explained.
    if (want.mode === 'skip' || (command !== 'auto' && command !== want.mode))
      expect(route.notes.length).toBeGreaterThan(0);
    expect(c.notes).toEqual([]);
  });

  it('changes the cluster only on a push to the default branch, workflow_dispatch and schedule', () => {
    for (const file of FIXTURES)
      for (const name of EVENT_NAMES)
        for (const command of COMMANDS) {
          const { event } = ctx(file, name);
          const { mode } = routeEvent(event, command);
          if (mode !== 'apply' && mode !== 'operate') continue;
          expect(mayChangeCluster(event), `${file} as '${name}', command ${command}`).toBe(true);
          expect(['push', 'workflow_dispatch', 'schedule']).toContain(name);
          if (name === 'push')
            expect(event).toMatchObject({ kind: 'push', isDefaultBranch: true, deleted: false });
        }
  });

  it('never applies on a pull request or a merge queue, whatever the command', () => {
    for (const file of FIXTURES)
      for (const name of ['pull_request', 'pull_request_target', 'merge_group'])
        for (const command of COMMANDS)
          expect(['validate', 'plan', 'skip']).toContain(routeEvent(ctx(file, name).event, command).mode);
  });

  it('never applies on an event it does not know, and validates it without failing', () => {
    for (const name of [
      'issue_comment',
      'release',
      'repository_dispatch',
      'workflow_run',
      'create',
      'delete',
      'deployment',
      '',
    ])
      for (const file of FIXTURES) {
        const auto = routeEvent(ctx(file, name).event, 'auto');
        expect(auto.mode).toBe('validate');
        expect(auto.notes.join(' ')).toMatch(name ? `'${name}'` : /GITHUB_EVENT_NAME is not set/);
        for (const command of COMMANDS)
          expect(['validate', 'plan']).toContain(routeEvent(ctx(file, name).event, command).mode);
      }
  });

  it('reads the pull request, the head sha and the run link', () => {
    const c = ctx('pull_request.fork.opened.json', 'pull_request', { GITHUB_RUN_ID: '77' });
    expect(c.event).toMatchObject({ kind: 'pull_request', number: 43, fork: true });
    expect(c.sha).toBe('3'.repeat(40));
    expect(c.runUrl).toBe('https://github.com/acme/rides-platform/actions/runs/77');
    const push = ctx('push.main.json', 'push');
    expect(push.event).toMatchObject({
      kind: 'push',
      branch: 'main',
      defaultBranch: 'main',
      isDefaultBranch: true,
    });
    expect(push.sha).toBe('f'.repeat(40));
    expect(JSON.parse(readFileSync(join(dir, 'schedule.json'), 'utf8')).schedule).toBeTruthy();
  });

  it('reads pushes of tags, deletions, force-pushes and other default branches', () => {
    expect(ctx('push.tag.json', 'push').event).toMatchObject({ tag: 'v1.4.0', deleted: false });
    expect(ctx('push.tag.json', 'push').event).not.toHaveProperty('branch');
    expect(ctx('push.delete-branch.json', 'push').event).toMatchObject({
      branch: 'count-distinct',
      deleted: true,
      commits: 0,
    });
    expect(ctx('push.main.forced.json', 'push').event).toMatchObject({ forced: true, commits: 0 });
    expect(ctx('push.master.json', 'push').event).toMatchObject({ branch: 'master', isDefaultBranch: true });
    expect(ctx('push.main.trunk-default.json', 'push').event).toMatchObject({
      branch: 'main',
      defaultBranch: 'trunk',
      isDefaultBranch: false,
    });
  });

  it('plans a merge group at its head commit, and comments on no pull request', () => {
    const c = ctx('merge_group.checks_requested.json', 'merge_group');
    expect(c.event).toMatchObject({ kind: 'merge_group', baseBranch: 'main', pullRequest: 42 });
    expect(c.sha).toBe('8'.repeat(40));
    expect(routeEvent(c.event, 'auto').pullRequest).toBeUndefined();
  });
});

describe('reading the event when the runner gives little', () => {
  const noFile = (path: string) => {
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  };
  const env = (name: string | undefined, extra: Record<string, string> = {}) => ({
    ...(name !== undefined ? { GITHUB_EVENT_NAME: name } : {}),
    GITHUB_EVENT_PATH: '/github/workflow/event.json',
    GITHUB_REPOSITORY: 'acme/rides-platform',
    GITHUB_SHA: 'e'.repeat(40),
    ...extra,
  });

  it('says a missing payload, and a push it cannot place is planned, not applied', () => {
    const c = readEventContext(env('push', { GITHUB_REF: 'refs/heads/main' }), noFile);
    expect(c.notes.join(' ')).toMatch(/event payload .*event\.json could not be read \(ENOENT\)/);
    expect(c.event).toMatchObject({ kind: 'push', branch: 'main', isDefaultBranch: false });
    const route = routeEvent(c.event, 'auto');
    expect(route.mode).toBe('plan');
    expect(route.notes.join(' ')).toMatch(/does not say which branch is the default.*not applied/);
    expect(routeEvent(c.event, 'apply').mode).toBe('plan');
  });

  it('says a payload that is not JSON, and plans a pull request offline, as a fork, from GITHUB_REF', () => {
    const text = readFileSync(join(dir, 'truncated.json.txt'), 'utf8');
    const c = readEventContext(env('pull_request', { GITHUB_REF: 'refs/pull/42/merge' }), () => text);
    expect(c.notes.join(' ')).toMatch(/is not valid JSON/);
    expect(c.event).toMatchObject({ kind: 'pull_request', number: 42, fork: true });
    expect(c.sha).toBe('e'.repeat(40));
    expect(routeEvent(c.event, 'auto')).toMatchObject({ mode: 'plan', offline: true, pullRequest: 42 });
    // Not told as a fact that it is a fork: only that it is planned as one.
    const said = routeEvent(c.event, 'auto').notes.join(' ');
    expect(said).toContain('Where this pull request comes from is unknown');
    expect(said).not.toContain('comes from a fork');
  });

  it('comments on no pull request when the number is nowhere to be found', () => {
    const c = readEventContext(env('pull_request', { GITHUB_REF: 'refs/heads/main' }), () => '[]');
    expect(c.notes.join(' ')).toMatch(/not a JSON object/);
    expect(routeEvent(c.event, 'auto')).toMatchObject({ mode: 'plan', offline: true });
    expect(routeEvent(c.event, 'auto').pullRequest).toBeUndefined();
  });

  it('validates when GITHUB_EVENT_NAME is not set', () => {
    const c = readEventContext({ GITHUB_SHA: 'e'.repeat(40) });
    expect(c.event).toEqual({ kind: 'other', name: '' });
    expect(c.notes).toEqual([]);
    const route = routeEvent(c.event, 'auto');
    expect(route.mode).toBe('validate');
    expect(route.notes.join(' ')).toMatch(/GITHUB_EVENT_NAME is not set/);
  });

  it('reads the PR number of a merge ref, and workflow_dispatch on a tag', () => {
    const c = readEventContext(env('pull_request_target', { GITHUB_REF: 'refs/pull/7/merge' }), () => '{}');
    expect(c.event).toMatchObject({ number: 7, fork: true, name: 'pull_request_target' });
    const d = readEventContext(env('workflow_dispatch', { GITHUB_REF: 'refs/tags/v2.0.0' }), () => '{}');
    expect(d.event).toEqual({ kind: 'workflow_dispatch', tag: 'v2.0.0' });
    expect(routeEvent(d.event, 'auto').mode).toBe('apply');
  });

  it('parses any fixture as any event without throwing', () => {
    for (const file of FIXTURES)
      for (const name of EVENT_NAMES)
        for (const command of COMMANDS)
          expect(() => routeEvent(ctx(file, name).event, command)).not.toThrow();
  });
});
