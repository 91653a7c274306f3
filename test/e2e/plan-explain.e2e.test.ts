/**
 * plan runs each job it would start in a throwaway gateway session, opened with the script's
 * leading SETs as its properties. Flink checks a SET's value when the SET runs but takes any
 * property when a session opens: a value it cannot parse must still be reported as the setting,
 * in Flink's own words, not as the table DDL that happens to run next. A statement set is
 * explained whole, and what Flink rejects in it is reported at the INSERT at fault.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BLACKHOLE_SINK, EVENTS_SOURCE, jobYaml } from './fixtures';
import { flinkops, jobsOf, makeRepo } from './support';

const repo = makeRepo('explain', {
  'tables/events.yaml': EVENTS_SOURCE,
  'tables/sink.yaml': BLACKHOLE_SINK('  - { name: k, type: INT }'),
  'jobs/copy_keys.sql': 'INSERT INTO sink\nSELECT k FROM events;\n',
  'jobs/copy_keys.yaml': jobYaml([
    'parallelism: 1',
    'config:',
    // From the environment: validate refuses a table.sql-dialect it sees (FO264); one that only
    // the run's environment gives reaches Flink's planner.
    '  table.sql-dialect: ${env.DIALECT}',
    '  table.exec.state.ttl: 1 h',
  ]),
});
/** The two forms of a statement set, each with `second` as its second INSERT (line 3). */
const SETS = (second: string) => ({
  'jobs/fan_out.sql': [
    'EXECUTE STATEMENT SET BEGIN',
    'INSERT INTO keys_out SELECT k FROM events;',
    second,
    'END;',
    '',
  ].join('\n'),
  'jobs/client_form.sql': [
    'BEGIN STATEMENT SET;',
    'INSERT INTO keys_out SELECT k FROM events;',
    second,
    'END;',
    '',
  ].join('\n'),
});
const setRepo = makeRepo('explainset', {
  'tables/events.yaml': EVENTS_SOURCE,
  'tables/keys_out.yaml': BLACKHOLE_SINK('  - { name: k, type: INT }'),
  'tables/values_out.yaml': BLACKHOLE_SINK('  - { name: n, type: INT }'),
  ...SETS('INSERT INTO values_out SELECT kk FROM events;'),
});
afterAll(() => {
  repo.cleanup();
  setRepo.cleanup();
});

describe("plan checks a job's settings with Flink's planner", () => {
  it('reports a setting Flink cannot parse at the job, with the reason Flink gives', async () => {
    const r = await flinkops(repo, ['plan', '--env', 'local'], { DIALECT: 'KLINGON' });
    expect(r.code, r.out).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes('FO630'));
    expect(line, r.out).toBeDefined();
    // Flink's answer names the option's type and the values it takes; plan names the setting.
    expect(line).toContain('Failed to set key table.sql-dialect with value KLINGON');
    // The job's file, not the table whose DDL ran after the bad setting.
    expect(line).toMatch(/^jobs\/copy_keys\.sql:/);
    expect(r.out).not.toMatch(/rejects the DDL of/);
  });

  it('with the setting fixed, the planner accepts the job and nothing is submitted', async () => {
    repo.write({
      'jobs/copy_keys.yaml': jobYaml([
        'parallelism: 1',
        'config:',
        '  table.sql-dialect: default',
        '  table.exec.state.ttl: 1 h',
      ]),
    });
    const r = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(r.code, r.out).toBe(2);
    expect(r.out).not.toMatch(/FO63[01]/);
    expect(await jobsOf(repo, 'copy_keys')).toEqual([]);
  });
});

describe('plan explains a statement set whole', () => {
  const rejections = (out: string) =>
    out
      .split('\n')
      .filter((l) => l.includes('FO630'))
      .sort();

  it("reports what Flink's planner locates in the set at the job file's line and column", async () => {
    const r = await flinkops(setRepo, ['plan', '--env', 'local']);
    expect(r.code, r.out).toBe(1);
    // Flink counts from the EXPLAIN of the whole set; plan maps it to the file's line 3.
    const [client, execute, ...more] = rejections(r.out);
    expect(more, r.out).toEqual([]);
    expect(client, r.out).toMatch(/^jobs\/client_form\.sql:3:31\b.*Column 'kk' not found in any table/);
    expect(execute, r.out).toMatch(/^jobs\/fan_out\.sql:3:31\b.*Column 'kk' not found in any table/);
  });

  it('finds the INSERT at fault when Flink names no position', async () => {
    setRepo.write(SETS('INSERT INTO values_out SELECT CAST(k AS STRING) FROM events;'));
    const r = await flinkops(setRepo, ['plan', '--env', 'local']);
    expect(r.code, r.out).toBe(1);
    const [client, execute, ...more] = rejections(r.out);
    expect(more, r.out).toEqual([]);
    expect(client, r.out).toMatch(/^jobs\/client_form\.sql:3:.*values_out/);
    expect(execute, r.out).toMatch(/^jobs\/fan_out\.sql:3:.*values_out/);
  });

  it('accepts the fixed sets, and submits nothing', async () => {
    setRepo.write(SETS('INSERT INTO values_out SELECT v FROM events;'));
    const r = await flinkops(setRepo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(r.code, r.out).toBe(2);
    expect(r.out).not.toMatch(/FO63[01]/);
    expect(await jobsOf(setRepo, 'fan_out')).toEqual([]);
    expect(await jobsOf(setRepo, 'client_form')).toEqual([]);
  });
});
