import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEventContext, routeEvent } from '../action/event';
import type { Command } from '../action/inputs';

const dir = join(import.meta.dirname, 'fixtures/events');
const ctx = (file: string, name: string, extra: Record<string, string> = {}) =>
  readEventContext({
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: join(dir, file),
    GITHUB_REPOSITORY: 'acme/rides-platform',
    GITHUB_SHA: 'f'.repeat(40),
    ...extra,
  });

const CASES: [string, string, string, Command, { mode: string; offline: boolean; note?: RegExp }][] = [
  [
    'PR opened, same repo',
    'pull_request.opened.json',
    'pull_request',
    'auto',
    { mode: 'plan', offline: false },
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
    { mode: 'plan', offline: true, note: /fork/ },
  ],
  [
    'pull_request_target from a fork',
    'pull_request_target.fork.opened.json',
    'pull_request_target',
    'auto',
    { mode: 'plan', offline: true },
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
  ['PR closed', 'pull_request.closed.json', 'pull_request', 'auto', { mode: 'skip', offline: true }],
  ['push to main', 'push.main.json', 'push', 'auto', { mode: 'apply', offline: false }],
  [
    'push to another branch',
    'push.feature.json',
    'push',
    'auto',
    { mode: 'plan', offline: false, note: /not the default branch/ },
  ],
  [
    'workflow_dispatch',
    'workflow_dispatch.json',
    'workflow_dispatch',
    'auto',
    { mode: 'apply', offline: false },
  ],
  ['schedule', 'schedule.json', 'schedule', 'auto', { mode: 'operate', offline: false }],
  [
    'schedule, command operate',
    'schedule.operate.json',
    'schedule',
    'operate',
    { mode: 'operate', offline: false },
  ],
  [
    'workflow_dispatch, command operate',
    'workflow_dispatch.operate.json',
    'workflow_dispatch',
    'operate',
    { mode: 'operate', offline: false },
  ],
  [
    'PR with command operate',
    'pull_request.opened.json',
    'pull_request',
    'operate',
    { mode: 'plan', offline: false, note: /never applies on a pull request/ },
  ],
  ['push to main, command plan', 'push.main.json', 'push', 'plan', { mode: 'plan', offline: false }],
];

describe('event routing', () => {
  it.each(CASES)('%s', (_, file, name, command, want) => {
    const route = routeEvent(ctx(file, name).event, command);
    expect(route.mode).toBe(want.mode);
    expect(route.offline).toBe(want.offline);
    if (want.note) expect(route.notes.join(' ')).toMatch(want.note);
  });

  it('never applies on a pull request, whatever the command', () => {
    for (const file of [
      'pull_request.opened.json',
      'pull_request.synchronize.json',
      'pull_request.fork.opened.json',
    ])
      for (const name of ['pull_request', 'pull_request_target'])
        for (const command of ['auto', 'validate', 'plan', 'apply', 'operate'] as Command[])
          expect(['validate', 'plan']).toContain(routeEvent(ctx(file, name).event, command).mode);
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
});
