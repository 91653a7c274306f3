import { join } from 'node:path';
import { Cron } from 'croner';
import { afterEach, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { diff, type Plan } from '../src/plan';
import { desiredRunState } from '../src/plan/schedule';
import { type Simulator, startSimulator } from '../src/sim';
import { cronOf, fixedOffsetMinutes } from '../src/validate/schedule-rules';
import { cli, projectCopy, ROOT } from './ops-cli';
import {
  deployed,
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  record,
  savepoint,
  stateDoc,
} from './plan-fixtures';
import { rng } from './support/rng';

const businessHours = {
  timezone: 'Europe/Berlin',
  windows: [{ start: '0 8 * * 1-5', stop: '0 20 * * 1-5' }],
};
const job = desiredJob('orders', { settings: { schedule: businessHours } });

// 2026-01-05 is a Monday; Berlin is UTC+1 in January, UTC+2 in July.
describe('desiredRunState with cron windows', () => {
  it.each([
    ['Monday 07:59 Berlin (06:59Z): before the window', '2026-01-05T06:59:00Z', 'suspended'],
    ['Monday 08:00 Berlin (07:00Z): the start instant itself is inside', '2026-01-05T07:00:00Z', 'running'],
    ['Monday 12:00 Berlin', '2026-01-05T11:00:00Z', 'running'],
    ['Monday 20:00 Berlin: the stop instant is outside', '2026-01-05T19:00:00Z', 'suspended'],
    ['Saturday noon', '2026-01-10T11:00:00Z', 'suspended'],
    ['summer time: 08:30 Berlin is 06:30Z', '2026-07-06T06:30:00Z', 'running'],
  ] as const)('%s', (_name, now, state) => {
    expect(desiredRunState(job, now).state).toBe(state);
  });

  it('says which window decided and when the next transition is', () => {
    const open = desiredRunState(job, '2026-01-05T11:00:00Z');
    expect(open.reason).toBe(
      'inside schedule window 1 (0 8 * * 1-5 → 0 20 * * 1-5 Europe/Berlin) since 2026-01-05T07:00:00Z; suspends at 2026-01-05T19:00:00Z',
    );
    expect(open.next).toEqual({ at: '2026-01-05T19:00:00Z', state: 'suspended' });
    expect(open.cause).toEqual({
      kind: 'schedule',
      path: 'schedule.windows[0]',
      from: 'closed',
      to: 'open until 2026-01-05T19:00:00Z',
    });

    const friday = desiredRunState(job, '2026-01-09T21:00:00Z');
    expect(friday.state).toBe('suspended');
    expect(friday.reason).toMatch(
      /window 1 .* closed at 2026-01-09T19:00:00Z; resumes at 2026-01-12T07:00:00Z$/,
    );
    expect(friday.cause).toMatchObject({ kind: 'schedule', to: 'closed until 2026-01-12T07:00:00Z' });
  });

  it('runs while any of several windows is open, in UTC by default', () => {
    const twoShifts = desiredJob('orders', {
      settings: {
        schedule: {
          windows: [
            { start: '0 6 * * *', stop: '0 10 * * *' },
            { start: '0 14 * * *', stop: '0 18 * * *' },
          ],
        },
      },
    });
    expect(desiredRunState(twoShifts, '2026-01-05T07:00:00Z').state).toBe('running');
    expect(desiredRunState(twoShifts, '2026-01-05T12:00:00Z').state).toBe('suspended');
    const second = desiredRunState(twoShifts, '2026-01-05T15:00:00Z');
    expect(second.cause?.path).toBe('schedule.windows[1]');
    expect(second.next?.at).toBe('2026-01-05T18:00:00Z');
  });

  it('bounds the windows by activeFrom and activeUntil', () => {
    const bounded = desiredJob('orders', {
      settings: {
        schedule: businessHours,
        activeFrom: '2026-01-06T00:00:00Z',
        activeUntil: '2026-01-07T12:00:00Z',
      },
    });
    const before = desiredRunState(bounded, '2026-01-05T11:00:00Z');
    expect(before.state).toBe('suspended');
    expect(before.cause).toEqual({ kind: 'schedule', path: 'activeFrom', to: '2026-01-06T00:00:00Z' });
    // The next change is the first window start after activeFrom, not activeFrom itself.
    expect(before.next).toEqual({ at: '2026-01-06T07:00:00Z', state: 'running' });
    const last = desiredRunState(bounded, '2026-01-07T11:00:00Z');
    expect(last.state).toBe('running');
    expect(last.next).toEqual({ at: '2026-01-07T12:00:00Z', state: 'suspended' });
    expect(desiredRunState(bounded, '2026-01-07T13:00:00Z').next).toBeUndefined();
  });

  it('is not evaluated without a time or with a cron that does not parse, and says why', () => {
    expect(desiredRunState(job).problem).toMatch(/schedule was not evaluated/);
    const bad = desiredJob('orders', {
      settings: { schedule: { windows: [{ start: '0 25 * * *', stop: '0 1 * * *' }] } },
    });
    const d = desiredRunState(bad, '2026-01-05T11:00:00Z');
    expect(d.state).toBe('running');
    expect(d.problem).toMatch(/window 1 start "0 25 \* \* \*"/);
  });

  it('state: suspended wins over an open window', () => {
    const off = desiredJob('orders', { settings: { schedule: businessHours, state: 'suspended' } });
    expect(desiredRunState(off, '2026-01-05T11:00:00Z')).toMatchObject({
      state: 'suspended',
      cause: { kind: 'setting' },
    });
  });
});

describe('zones of a fixed offset', () => {
  it('maps UTC, its aliases and Etc/GMT±N to minutes east of UTC (POSIX signs) and nothing else', () => {
    expect(['UTC', 'Etc/UTC', 'GMT', 'Etc/Zulu', 'Etc/GMT-0'].map(fixedOffsetMinutes)).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(fixedOffsetMinutes('Etc/GMT+5')).toBe(-300);
    expect(fixedOffsetMinutes('Etc/GMT-14')).toBe(840);
    expect(fixedOffsetMinutes('Europe/London')).toBeUndefined();
    expect(fixedOffsetMinutes('Africa/Abidjan')).toBeUndefined();
  });

  // croner evaluates a fixed offset without ICU; its answers must be those of the named zone.
  it.each(['UTC', 'Etc/GMT+5', 'Etc/GMT-14', 'GMT'])(
    '%s: every window bound falls where the named zone puts it',
    (tz) => {
      const patterns = [
        '0 8 * * 1-5',
        '*/15 * * * *',
        '30 2 * * *',
        '0 12 L * *',
        '0 22 * * 5#2',
        '0 0 29 2 *',
      ];
      const random = rng(7);
      for (const expr of patterns) {
        const viaOffset = cronOf(expr, tz);
        if (!('cron' in viaOffset)) throw new Error(viaOffset.problem);
        const named = new Cron(expr, { mode: '5-part', paused: true, timezone: tz });
        for (let i = 0; i < 50; i++) {
          const t = new Date(Date.UTC(1990, 0, 1) + Math.floor(random() * 80 * 365.25 * 864e5));
          expect(viaOffset.cron.nextRun(t)?.getTime(), `${expr} after ${t.toISOString()}`).toBe(
            named.nextRun(t)?.getTime(),
          );
          expect(viaOffset.cron.previousRuns(1, t)[0]?.getTime()).toBe(
            named.previousRuns(1, t)[0]?.getTime(),
          );
        }
      }
    },
  );
});

describe('plan follows the schedule', () => {
  const plan = (now: string, live: ReturnType<typeof liveOf>[], status: 'running' | 'suspended') =>
    diff(
      desiredState([job]),
      liveState(live),
      {
        doc: stateDoc({
          orders: record(job, {
            status,
            current: deployed(job),
            savepoints: [savepoint('s3://sp/evening', { time: '2026-01-05T19:00:00Z' })],
          }),
        }),
        version: 1,
      },
      { allowDelete: false, now },
    ).changes[0]!;

  it('suspends a running job when its window closes', () => {
    const c = plan('2026-01-05T19:00:00Z', [liveOf(job)], 'running');
    expect(c.action).toBe('suspend');
    expect(c.causes).toEqual([
      {
        kind: 'schedule',
        path: 'schedule.windows[0]',
        from: 'open',
        to: 'closed until 2026-01-06T07:00:00Z',
      },
    ]);
    expect(c.reason).toMatch(
      /closed at 2026-01-05T19:00:00Z; resumes at 2026-01-06T07:00:00Z: stop with a savepoint$/,
    );
  });

  it('resumes a suspended job from its savepoint when the window opens', () => {
    const c = plan('2026-01-06T07:00:00Z', [liveOf(job, { state: 'FINISHED' })], 'suspended');
    expect(c.action).toBe('resume');
    expect(c.restoreFrom).toBe('s3://sp/evening');
    expect(c.causes[0]).toEqual({
      kind: 'schedule',
      path: 'schedule.windows[0]',
      from: 'closed',
      to: 'open until 2026-01-06T19:00:00Z',
    });
    expect(c.reason).toMatch(/^inside schedule window 1 .*: restore from its last savepoint$/);
  });

  it('leaves a job alone inside its window and outside it', () => {
    expect(plan('2026-01-05T11:00:00Z', [liveOf(job)], 'running').action).toBe('none');
    expect(plan('2026-01-10T11:00:00Z', [liveOf(job, { state: 'FINISHED' })], 'suspended').action).toBe(
      'none',
    );
  });
});

describe('flinkops plan --now against the simulator (example-repo, staging)', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  async function runningStaging(): Promise<{ dir: string; env: Record<string, string> }> {
    sim = await startSimulator({ flinkVersion: '1.20' });
    const dir = projectCopy(join(ROOT, 'example-repo'));
    const desired = compileProject(dir, { env: 'staging', envVars: {} }).value!;
    for (const j of desired.jobs) {
      sim.control.seedJob({
        name: j.pipelineName,
        parallelism: j.settings.parallelism,
        labels: {
          'flinkops.spec-hash': j.restartHash,
          'flinkops.project': desired.project,
          'flinkops.env': desired.env,
          'flinkops.job': j.name,
          'flinkops.commit': 'abc',
        },
      });
    }
    return {
      dir,
      env: { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl },
    };
  }

  it('plans nothing inside the office-hours window and a suspend at its end', async () => {
    const { dir, env } = await runningStaging();
    const plan = (now: string) =>
      cli(
        ['plan', '--dir', dir, '--env', 'staging', '--detailed-exitcode', '--json', '--now', now],
        dir,
        env,
      );
    // Monday 2026-01-05, 11:00 in Amsterdam.
    const inside = await plan('2026-01-05T10:00:00Z');
    expect(inside.code).toBe(0);
    // 20:00 in Amsterdam.
    const after = await plan('2026-01-05T19:00:00Z');
    expect(after.code).toBe(2);
    const change = (JSON.parse(after.stdout) as Plan).changes.find((c) => c.job === 'archive_and_alerts')!;
    expect(change.action).toBe('suspend');
    expect(change.causes).toEqual([
      {
        kind: 'schedule',
        path: 'schedule.windows[0]',
        from: 'open',
        to: 'closed until 2026-01-06T07:00:00Z',
      },
    ]);
    const text = await cli(
      ['plan', '--dir', dir, '--env', 'staging', '--now', '2026-01-05T19:00:00Z'],
      dir,
      env,
    );
    expect(text.stdout).toMatch(/archive_and_alerts will be suspended/);
    expect(text.stdout).toMatch(/closed at 2026-01-05T19:00:00Z; resumes at 2026-01-06T07:00:00Z/);
  });
});
