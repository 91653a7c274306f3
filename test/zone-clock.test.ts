/**
 * Schedules read a zone's clock from src/core/zone-offsets.json instead of ICU (the bundle's
 * croner asks src/core/zone-clock.ts first). Every offset it gives must be ICU's, at every change
 * the file records and between them; what it does not hold, ICU answers. And a plan by the bundle
 * reads schedules in zones with summer time, half-hour and 45-minute offsets, across the changes
 * of 2026, exactly as the sources (whose croner asks ICU) read them.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { wallClock, zoneOffsetMinutes } from '../src/core/zone-clock';
import { cli } from './support/cli';
import { rng } from './support/rng';

const ROOT = join(import.meta.dirname, '..');
const data = JSON.parse(readFileSync(join(ROOT, 'src/core/zone-offsets.json'), 'utf8')) as {
  tz: string;
  from: number;
  to: number;
  histories: string[];
  zones: Record<string, number>;
};
const MINUTE = 60_000;

const formats = new Map<string, Intl.DateTimeFormat>();
/** ICU's clock in `tz` at `ms`, as croner reads it. */
function icuClock(tz: string, ms: number) {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      ...{
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      },
    });
    formats.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(new Date(ms))) p[x.type] = Number(x.value);
  return { y: p.year, m: p.month, d: p.day, h: p.hour, i: p.minute, s: p.second };
}
const icuOffset = (tz: string, ms: number) => {
  const c = icuClock(tz, ms);
  return (Date.UTC(c.y!, c.m! - 1, c.d, c.h, c.i, c.s) - Math.floor(ms / 1000) * 1000) / MINUTE;
};

describe('zone offsets without ICU', () => {
  it("were read from this Node's ICU (else run npm run time-zones)", () => {
    expect(data.tz).toBe(process.versions.tz);
  });

  it('are ICU’s offsets around every change they record, and between changes, in every zone', () => {
    const random = rng(11);
    let checked = 0;
    for (const [tz, index] of Object.entries(data.zones)) {
      const instants: number[] = [];
      let at = data.from;
      for (const change of data.histories[index]!.split(',').slice(1)) {
        at += Number.parseInt(change.split(':')[0]!, 36);
        instants.push(at * MINUTE - 1000, at * MINUTE, at * MINUTE + 59_999);
      }
      for (let i = 0; i < 12; i++)
        instants.push(data.from * MINUTE + random() * (data.to - data.from) * MINUTE);
      for (const t of instants) {
        expect(zoneOffsetMinutes(tz, t), `${tz} at ${new Date(t).toISOString()}`).toBe(icuOffset(tz, t));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('give the clock croner reads, to the second', () => {
    const t = Date.UTC(2026, 2, 29, 0, 59, 59, 750); // a second before Amsterdam moves to summer time
    expect(wallClock('Europe/Amsterdam', new Date(t))).toEqual(icuClock('Europe/Amsterdam', t));
    expect(wallClock('Europe/Amsterdam', new Date(t + 250))).toEqual({
      y: 2026,
      m: 3,
      d: 29,
      h: 3,
      i: 0,
      s: 0,
    });
  });

  it('leave to ICU what they do not hold: other years, other names', () => {
    expect(zoneOffsetMinutes('Europe/Amsterdam', Date.UTC(2014, 11, 31, 23, 59))).toBeUndefined();
    expect(zoneOffsetMinutes('Europe/Amsterdam', data.to * MINUTE)).toBeUndefined();
    expect(zoneOffsetMinutes('Mars/Olympus_Mons', Date.UTC(2026, 0, 1))).toBeUndefined();
    expect(wallClock('US/Pacific', new Date())).toBeUndefined(); // an alias ICU resolves
  });
});

describe('a plan by the bundle reads schedules as ICU does', () => {
  const work = mkdtempSync(join(tmpdir(), 'flinkops-zone-clock-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  // Windows that open or close in the hour each zone changes its clock, and daily ones.
  const zones: [string, string, string][] = [
    ['Europe/Amsterdam', '30 2 * * *', '0 3 * * *'],
    ['America/New_York', '30 1 * * *', '30 2 * * 0'],
    ['Australia/Lord_Howe', '45 1 * * *', '15 2 * * *'],
    ['Asia/Kathmandu', '0 8 * * 1-5', '0 20 * * 1-5'],
    ['Pacific/Chatham', '45 2 * * *', '45 3 * * *'],
    ['America/Sao_Paulo', '0 0 * * *', '0 12 * * *'],
  ];
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'tables'), { recursive: true });
  mkdirSync(join(repo, 'jobs'), { recursive: true });
  writeFileSync(
    join(repo, 'flinkops.yaml'),
    [
      'project: zones',
      'flinkVersion: "1.20"',
      'environments:',
      '  prod:',
      '    jobmanagerUrl: http://127.0.0.1:1',
      '    sqlGatewayUrl: http://127.0.0.1:2',
      '',
    ].join('\n'),
  );
  writeFileSync(join(repo, 'tables/src.sql'), "CREATE TABLE src (k INT) WITH ('connector' = 'datagen');\n");
  writeFileSync(join(repo, 'tables/dst.sql'), "CREATE TABLE dst (k INT) WITH ('connector' = 'blackhole');\n");
  zones.forEach(([tz, start, stop], i) => {
    writeFileSync(join(repo, `jobs/job_${i}.sql`), 'INSERT INTO dst SELECT k FROM src;\n');
    writeFileSync(
      join(repo, `jobs/job_${i}.yaml`),
      `schedule:\n  timezone: ${tz}\n  windows:\n    - start: "${start}"\n      stop: "${stop}"\n`,
    );
  });
  // Around the changes of 2026 in those zones, and a plain Tuesday.
  const nows = [
    '2026-03-29T00:45:00Z',
    '2026-03-29T01:15:00Z',
    '2026-10-25T00:45:00Z',
    '2026-10-25T01:30:00Z',
    '2026-03-08T06:45:00Z',
    '2026-11-01T05:45:00Z',
    '2026-04-04T14:50:00Z',
    '2026-10-03T15:40:00Z',
    '2026-04-05T13:50:00Z',
    '2026-09-27T14:00:00Z',
    '2026-06-16T09:00:00Z',
  ];
  const args = (now: string) => [
    ...['plan', '--dir', repo, '--env', 'prod', '--offline', '--json', '--now', now, '--commit', 'abc'],
    ...['--state-file', join(work, 'state.json')],
  ];

  it.each(nows)('at %s', async (now) => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), ...args(now)],
      {
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    const sources = await cli(args(now));
    expect(sources.code, sources.stderr).toBe(0);
    expect(stdout).toBe(sources.stdout);
    expect(JSON.parse(stdout).changes.length).toBe(zones.length);
  });
});
