import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTimeZone, loadAndValidate } from '../src/validate';
import { TIME_ZONES } from '../src/validate/time-zones';
import { cli, projectCopy, ROOT } from './ops-cli';

const VALID = join(ROOT, 'test/fixtures/repos/valid');

const PROJECT = (extra = '') =>
  [
    'project: shop',
    'flinkVersion: "1.20"',
    extra,
    'environments:',
    '  dev:',
    '    jobmanagerUrl: http://localhost:8081',
    '    sqlGatewayUrl: http://localhost:8083',
    '  prod:',
    '    jobmanagerUrl: http://localhost:8081',
    '    sqlGatewayUrl: http://localhost:8083',
    '',
  ].join('\n');

function problems(files: Record<string, string>) {
  const dir = projectCopy(VALID, { 'flinkops.yaml': PROJECT(), ...files });
  return loadAndValidate(dir).diags.filter((d) => d.severity === 'error');
}

describe('schedule validation (FO260–FO262)', () => {
  it('locates an invalid cron expression at its value and says how to write one', () => {
    const diags = problems({
      'jobs/totals.yaml': [
        'parallelism: 2',
        'schedule:',
        '  windows:',
        '    - start: "0 8 * * 1-5"',
        '      stop: "0 24 * * 1-5"',
        '',
      ].join('\n'),
    });
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({
      code: 'FO260',
      summary:
        'Invalid cron expression "0 24 * * 1-5" in schedule window 1 (stop): Invalid value for hour: 24',
      range: { file: 'jobs/totals.yaml', start: { line: 5, column: 13 } },
    });
    expect(diags[0]!.detail).toMatch(/minute hour day-of-month month day-of-week/);
  });

  it('rejects an unknown time zone with a suggestion', () => {
    const diags = problems({
      'jobs/totals.yaml': [
        'schedule:',
        '  timezone: Europe/Berlln',
        '  windows:',
        '    - { start: "0 8 * * *", stop: "0 20 * * *" }',
        '',
      ].join('\n'),
    });
    expect(diags).toEqual([
      expect.objectContaining({
        code: 'FO261',
        summary: 'Unknown time zone "Europe/Berlln"',
        range: expect.objectContaining({ start: { line: 2, column: 13 } }),
      }),
    ]);
    expect(diags[0]!.detail).toMatch(/Did you mean "Europe\/Berlin"\?/);
  });

  it('takes the listed zones without ICU, and asks ICU for the rest', () => {
    // The shortcut is only right while every listed zone is one this runtime's ICU knows.
    for (const tz of TIME_ZONES)
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: tz })).not.toThrow();
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
    expect(TIME_ZONES).toEqual(expect.arrayContaining(['UTC', 'Europe/Amsterdam', 'America/New_York']));
    // Not listed, and still valid to ICU: an alias, a lower-case name.
    expect(TIME_ZONES).not.toContain('US/Pacific');
    expect(isTimeZone('US/Pacific')).toBe(true);
    expect(isTimeZone('europe/amsterdam')).toBe(true);
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('checks schedules in environment overrides and defaults too, and activeUntil after activeFrom', () => {
    const dir = projectCopy(VALID, {
      'flinkops.yaml': PROJECT(
        ['defaults:', '  activeFrom: "2026-02-01T00:00:00Z"', '  activeUntil: "2026-01-01T00:00:00Z"'].join(
          '\n',
        ),
      ).replace(
        '  prod:\n',
        '  prod:\n    jobs:\n      totals:\n        schedule:\n          windows: [{ start: "not a cron at all", stop: "0 20 * * *" }]\n',
      ),
    });
    const codes = loadAndValidate(dir).diags.map((d) => `${d.code}@${d.range?.file}:${d.range?.start.line}`);
    expect(codes).toEqual(['FO262@flinkops.yaml:5', 'FO260@flinkops.yaml:14']);
  });

  it('the CLI prints the diagnostic with its location', async () => {
    const dir = projectCopy(VALID, {
      'jobs/totals.yaml': 'schedule:\n  windows:\n    - { start: "0 8 * * MON-FRI", stop: "99 * * * *" }\n',
    });
    const r = await cli(['validate', '--dir', dir], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /jobs\/totals\.yaml:3:\d+: error FO260: Invalid cron expression "99 \* \* \* \*"/,
    );
  });
});

describe('policy validation (FO263)', () => {
  it('rejects environment names the project does not define, where they are written', () => {
    const dir = projectCopy(VALID, {
      'flinkops.yaml': PROJECT(
        [
          'policy:',
          '  protectedJobs: [totals, retired_job]',
          '  requireAllowDelete: [prd]',
          '  maxParallelism: { prod: 8, stagin: 2 }',
          '  refuseIncompatibleUpgrades: [prod]',
        ].join('\n'),
      ),
    });
    const diags = loadAndValidate(dir).diags;
    expect(diags.map((d) => [d.code, d.summary, d.range?.start.line])).toEqual([
      ['FO263', 'Policy names unknown environment "prd"', 5],
      ['FO263', 'Policy names unknown environment "stagin"', 6],
    ]);
    expect(diags[0]!.detail).toMatch(/Did you mean "prod"\?/);
  });

  it('the schema rejects a policy key it does not know', () => {
    const dir = projectCopy(VALID, { 'flinkops.yaml': PROJECT('policy:\n  protectJobs: [totals]') });
    expect(loadAndValidate(dir).diags[0]).toMatchObject({
      code: 'FO200',
      summary: expect.stringMatching(/protectJobs/),
    });
  });
});
