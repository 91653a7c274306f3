/**
 * plan runs each job it would start in a throwaway gateway session, opened with the script's
 * leading SETs as its properties. Flink checks a SET's value when the SET runs but takes any
 * property when a session opens: a value it cannot parse must still be reported as the setting,
 * in Flink's own words, not as the table DDL that happens to run next. A statement set is
 * explained whole, and what Flink rejects in it is reported at the INSERT at fault. A job written
 * as a SQL client script (plain CREATE TABLE, a CREATE CATALOG) is run in that session too: the
 * gateway's default catalog store gives each session its own catalogs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BLACKHOLE_SINK, EVENTS_SOURCE, jobYaml } from './fixtures';
import { apply, flinkops, jobsOf, makeRepo, restoredFrom, runningJob } from './support';

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
  // A type error: a column the table lacks would be FO204, found by validate before Flink is asked.
  ...SETS('INSERT INTO values_out SELECT k AND TRUE FROM events;'),
});
/** A count by key written as the SQL client runs it: its own tables and catalog, nothing temporary. */
const CLIENT_SCRIPT = (select: string, where = '') =>
  [
    "CREATE TABLE events (k INT, v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5', 'fields.k.min' = '0', 'fields.k.max' = '3');",
    "CREATE TABLE counts (k INT, c BIGINT) WITH ('connector' = 'blackhole');",
    "CREATE CATALOG scratch WITH ('type' = 'generic_in_memory');",
    'INSERT INTO counts',
    select,
    `FROM events${where}`,
    'GROUP BY k;',
    '',
  ].join('\n');
const clientRepo = makeRepo('explainclient', {
  'jobs/client_counts.sql': CLIENT_SCRIPT('SELECT k AND TRUE, COUNT(*) AS c'),
});
afterAll(async () => {
  repo.cleanup();
  setRepo.cleanup();
  // Nothing of these tests keeps running on the shared cluster.
  clientRepo.write({ 'jobs/client_counts.sql': null });
  await apply(clientRepo, ['--allow-delete']);
  clientRepo.cleanup();
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
    expect(client, r.out).toMatch(/^jobs\/client_form\.sql:3:31\b.*Cannot apply 'AND'/);
    expect(execute, r.out).toMatch(/^jobs\/fan_out\.sql:3:31\b.*Cannot apply 'AND'/);
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

describe('plan runs a SQL client script (plain CREATE TABLE, CREATE CATALOG) through the planner', () => {
  interface Change {
    job: string;
    action: string;
    compatibility?: { verdict: string; source?: string };
  }

  it("reports what Flink's planner rejects at the job file's line and column", async () => {
    const r = await flinkops(clientRepo, ['plan', '--env', 'local']);
    expect(r.code, r.out).toBe(1);
    expect(r.out).not.toMatch(/FO632/);
    expect(r.out).toMatch(/^jobs\/client_counts\.sql:5:8: error FO630: .*Cannot apply 'AND'/m);
    expect(await jobsOf(clientRepo, 'client_counts')).toEqual([]);
  });

  it('fixed, it is applied; an upgrade is judged from the graphs Flink builds, and Flink restores its savepoint', async () => {
    clientRepo.write({ 'jobs/client_counts.sql': CLIENT_SCRIPT('SELECT k, COUNT(*) AS c') });
    const created = await apply(clientRepo);
    expect(created.code, created.out).toBe(0);
    expect(created.out).not.toMatch(/FO63[012]/);
    const first = await runningJob(clientRepo, 'client_counts');

    clientRepo.write({
      'jobs/client_counts.sql': CLIENT_SCRIPT('SELECT k, COUNT(*) AS c', '\nWHERE v IS NOT NULL'),
    });
    const r = await flinkops(clientRepo, ['plan', '--env', 'local', '--json']);
    expect(r.code, r.out).toBe(0);
    const change = (JSON.parse(r.stdout) as { changes: Change[] }).changes.find(
      (c) => c.job === 'client_counts',
    )!;
    expect(change).toMatchObject({
      action: 'upgrade',
      compatibility: { verdict: 'compatible', source: 'flink' },
    });

    const upgraded = await apply(clientRepo);
    expect(upgraded.code, upgraded.out).toBe(0);
    const rec = clientRepo.state().jobs.client_counts!;
    const savepoint = rec.savepoints.filter((sp) => sp.kind === 'upgrade').at(-1)!.path;
    expect(rec.current!.jobId).not.toBe(first.jid);
    expect(await restoredFrom(clientRepo.cluster, rec.current!.jobId)).toBe(savepoint);
  });
});
