import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../compile';
import { loadTestFile } from './load';
import { caseProgram } from './program';

const EXAMPLE = join(import.meta.dirname, '../../../example-repo');

function programOf(dir: string, job: string, index = 0) {
  const state = compileProject(dir, { env: 'staging', envVars: {} }).value!;
  const j = state.jobs.find((x) => x.name === job)!;
  const tf = loadTestFile(dir, job);
  expect(tf.diags).toEqual([]);
  return caseProgram(dir, j, tf.value!, index);
}

describe("a test case lowered for Flink (example-repo's tests)", () => {
  it('swaps the Kafka source for a bounded datagen table with the same columns and watermark', () => {
    const p = programOf(EXAMPLE, 'city_ride_stats').value!;
    const setup = p.setup.join('\n');
    expect(setup).not.toMatch(/kafka|bootstrap/i);
    expect(setup).toContain("'connector' = 'datagen'");
    expect(setup).toContain("'number-of-rows' = '4'");
    expect(setup).toContain("WATERMARK FOR `event_time` AS `event_time` - INTERVAL '5' SECOND");
    expect(setup).toContain("WHEN 1 THEN CAST('2024-05-01 10:00:05' AS TIMESTAMP_LTZ(3))");
    expect(setup).toMatch(/CREATE TEMPORARY VIEW `ride_events` AS SELECT .*PROCTIME\(\) AS `proc_time`/);
    expect(p.mode).toBe('streaming');
    expect(p.properties).toMatchObject({ 'parallelism.default': '1', 'table.local-time-zone': 'UTC' });
    expect(p.properties['table.exec.mini-batch.enabled']).toBe('true');
    expect(p.properties['state.backend.type']).toBeUndefined();
    expect(p.queries.map((q) => q.sink)).toEqual(['city_ride_stats']);
    expect(p.queries[0]!.sql).not.toMatch(/INSERT/i);
    expect(p.queries[0]!.primaryKey).toEqual(['city_id', 'window_start', 'window_end']);
  });

  it('turns the lookup join into a plain join and the UDF into its SQL stand-in; no secret is needed', () => {
    const p = programOf(EXAMPLE, 'enrich_rides').value!;
    const all = [...p.setup, ...p.queries.map((q) => q.sql)].join('\n');
    expect(all).not.toContain('FOR SYSTEM_TIME');
    expect(all).not.toMatch(/jdbc|secret|USING JAR/i);
    expect(p.queries[0]!.sql).toContain("(CASE WHEN (r.fare) < 10 THEN 'low'");
    expect(p.mode).toBe('batch');
  });

  it('a statement set gives one query per sink; a changelog case runs in streaming mode', () => {
    expect(programOf(EXAMPLE, 'archive_and_alerts').value!.queries.map((q) => q.sink)).toEqual([
      'ride_archive',
      'fraud_alerts',
    ]);
    expect(programOf(EXAMPLE, 'latest_ride_status', 1).value!.mode).toBe('streaming');
  });
});

describe('mistakes in a test file are located diagnostics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-sqltest-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a schema error points at the key', () => {
    writeFileSync(join(dir, 'jobs/city_ride_stats.test.yaml'), 'cases:\n  - name: x\n    expekt: {}\n');
    const r = loadTestFile(dir, 'city_ride_stats');
    expect(r.value).toBeUndefined();
    expect(r.diags.map((d) => `${d.range?.file}:${d.range?.start.line}:${d.range?.start.column}`)).toContain(
      'jobs/city_ride_stats.test.yaml:3:5',
    );
  });

  it('an unknown column, a bad value, an unknown sink and a bad CSV line, each with file:line', () => {
    writeFileSync(
      join(dir, 'jobs/city_ride_stats.test.yaml'),
      [
        'cases:',
        '  - name: x',
        '    inputs:',
        '      ride_events:',
        '        rows:',
        '          - { ride_id: r1, cty_id: 1 }',
        '          - { ride_id: r2, fare: lots }',
        '    expect:',
        '      nowhere:',
        '        rows: []',
        '      city_ride_stats:',
        '        file: stats.csv',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'jobs/stats.csv'), 'city_id,rides\n1,2\n3\n');
    const r = programOf(dir, 'city_ride_stats');
    expect(r.value).toBeUndefined();
    const got = r.diags.map((d) => `${d.code} ${d.range?.file}:${d.range?.start.line} ${d.summary}`);
    expect(got).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^FO452 jobs\/city_ride_stats\.test\.yaml:6 ride_events has no column "cty_id"/,
        ),
        expect.stringMatching(
          /^FO453 jobs\/city_ride_stats\.test\.yaml:7 fare: "lots" does not fit DECIMAL\(10, 2\)/,
        ),
        expect.stringMatching(/^FO451 jobs\/city_ride_stats\.test\.yaml:9 .*"nowhere"/),
        expect.stringMatching(/^FO454 jobs\/stats\.csv:3 /),
      ]),
    );
  });
  it('an unknown column points at its key, a bad value at the value; an expected row names its sink', () => {
    writeFileSync(
      join(dir, 'jobs/city_ride_stats.test.yaml'),
      [
        'cases:',
        '  - name: x',
        '    inputs:',
        '      ride_events:',
        '        rows:',
        '          - { ride_id: r1, cty_id: 1, fare: lots }',
        '    expect:',
        '      city_ride_stats:',
        '        changelog:',
        '          - { op: +I, row: { city_id: 1, ridez: 2 } }',
        '',
      ].join('\n'),
    );
    const r = programOf(dir, 'city_ride_stats');
    expect(
      r.diags.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column} ${d.summary}`),
    ).toEqual([
      'FO452 6:28 ride_events has no column "cty_id"',
      'FO453 6:45 fare: "lots" does not fit DECIMAL(10, 2)',
      "FO466 6:13 ride_events.event_time is the table's event time: a streaming case needs it in every row",
      'FO452 10:42 The sink city_ride_stats has no column "ridez"',
    ]);
  });

  it('a streaming case whose input row has no event time is an error at the row; a batch case may leave it out', () => {
    const rows = (mode: string) =>
      [
        'cases:',
        '  - name: x',
        `    mode: ${mode}`,
        '    inputs:',
        '      ride_events:',
        '        rows:',
        '          - { ride_id: r1, city_id: 1, fare: 1.5, event_time: "2024-05-01 10:00:05" }',
        '          - { ride_id: r2, city_id: 1, fare: 2.5 }',
        '    expect:',
        '      city_ride_stats:',
        '        rows: []',
        '',
      ].join('\n');
    writeFileSync(join(dir, 'jobs/city_ride_stats.test.yaml'), rows('streaming'));
    const streaming = programOf(dir, 'city_ride_stats');
    expect(streaming.diags.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column}`)).toEqual([
      'FO466 8:13',
    ]);
    expect(streaming.diags[0]!.detail).toContain('RowTime field should not be null');
    writeFileSync(join(dir, 'jobs/city_ride_stats.test.yaml'), rows('batch'));
    expect(programOf(dir, 'city_ride_stats').diags).toEqual([]);
  });

  it('an expected DECIMAL with more places than the sink keeps is an error, not a match after rounding', () => {
    // city_ride_stats.revenue is DECIMAL(18, 2): Flink writes 12.50, which 12.501 rounded to
    // the scale would match, so the wrong expectation would pass. An input row may hold more
    // places: Flink rounds it on the way in, as the JSON format does in production.
    writeFileSync(
      join(dir, 'jobs/city_ride_stats.test.yaml'),
      [
        'cases:',
        '  - name: x',
        '    inputs:',
        '      ride_events:',
        '        rows:',
        '          - { ride_id: r1, city_id: 1, fare: 12.505 }',
        '    expect:',
        '      city_ride_stats:',
        '        rows:',
        '          - { city_id: 1, revenue: 12.501 }',
        '          - { city_id: 2, revenue: "30.0000" }',
        '',
      ].join('\n'),
    );
    const r = programOf(dir, 'city_ride_stats');
    expect(r.value).toBeUndefined();
    expect(
      r.diags.map(
        (d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column} ${d.summary} ${d.detail}`,
      ),
    ).toEqual([
      'FO453 10:36 revenue: 12.501 does not fit DECIMAL(18, 2) it has 3 decimal places and DECIMAL(18, 2) keeps 2, so the sink never holds it (Flink rounds to 2); write it as Flink does, e.g. 12.50.',
    ]);
  });

  it('an expected column the INSERT does not write (a column list) is said as such, not as no column of the sink', () => {
    writeFileSync(
      join(dir, 'jobs/city_ride_stats.sql'),
      [
        'INSERT INTO city_ride_stats (city_id, window_start, window_end, rides)',
        'SELECT city_id, window_start, window_end, COUNT(*)',
        "FROM TABLE(TUMBLE(TABLE ride_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))",
        'GROUP BY city_id, window_start, window_end;',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'jobs/city_ride_stats.test.yaml'),
      [
        'cases:',
        '  - name: x',
        '    expect:',
        '      city_ride_stats:',
        '        rows:',
        '          - { city_id: 1, rides: 1, revenue: null, ridez: 2 }',
        '',
      ].join('\n'),
    );
    const r = programOf(dir, 'city_ride_stats');
    expect(
      r.diags.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column} ${d.summary}`),
    ).toEqual([
      'FO452 6:37 The job\'s INSERT into city_ride_stats does not write column "revenue"',
      'FO452 6:52 The sink city_ride_stats has no column "ridez"',
    ]);
    expect(r.diags[0]!.detail).toContain('Its column list names city_id, window_start, window_end, rides');
  });
});

describe('a test case of a job calling Python functions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-sqltest-py-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps the job's python.* options: the gateway imports the files with that interpreter", () => {
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      [
        'project: p',
        'flinkVersion: "1.20"',
        'environments:',
        '  staging:',
        '    jobmanagerUrl: http://localhost:8081',
        '    sqlGatewayUrl: http://localhost:8083',
        '    config:',
        '      python.client.executable: /opt/venv/bin/python',
        '',
      ].join('\n'),
    );
    const files: Record<string, string> = {
      'udfs/my_udfs.yaml':
        'files: ["file:///opt/udfs/my_udfs.py"]\nfunctions:\n  - { name: shout, class: my_udfs.shout, language: python }\n',
      'tables/words.yaml': 'kind: source\nconnector: datagen\ncolumns:\n  - { name: w, type: STRING }\n',
      'tables/shouted.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: s, type: STRING }\n',
      'jobs/shout.sql': 'INSERT INTO shouted SELECT shout(w) FROM words;\n',
      'jobs/shout.test.yaml':
        'cases:\n  - name: x\n    inputs:\n      words:\n        rows:\n          - { w: a }\n    expect:\n      shouted:\n        rows:\n          - { s: "A!" }\n',
    };
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    const p = programOf(dir, 'shout').value!;
    expect(p.properties).toMatchObject({
      'python.files': 'file:///opt/udfs/my_udfs.py',
      'python.client.executable': '/opt/venv/bin/python',
    });
    expect(p.setup.join('\n')).toContain("AS 'my_udfs.shout' LANGUAGE PYTHON");
  });
});
