/** How a job's sources become bounded tables: event time from a column, upsert keys, versioned joins, time zones. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../compile';
import { loadTestFile } from './load';
import { caseProgram } from './program';

const dir = mkdtempSync(join(tmpdir(), 'flinkops-sqltest-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
}

write({
  'flinkops.yaml':
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n',
  'tables/orders.yaml': `kind: source
connector: kafka
columns:
  - { name: order_id, type: STRING }
  - { name: currency, type: STRING }
  - { name: ts_ms, type: BIGINT }
  - { name: addr, type: "ROW<city STRING, zip STRING>" }
computed:
  - { name: order_time, expr: "TO_TIMESTAMP_LTZ(ts_ms, 3)" }
  - { name: city, expr: "addr.city" }
  - { name: proc_time, expr: PROCTIME() }
watermark: { column: order_time, delay: 5 SECOND }
with: { topic: orders, format: json }
`,
  'tables/rates.yaml': `kind: source
connector: upsert-kafka
columns:
  - { name: currency, type: STRING, nullable: false }
  - { name: rate, type: "DECIMAL(10, 4)" }
  - { name: update_time, type: TIMESTAMP_LTZ(3) }
watermark: { column: update_time, delay: 0 SECOND }
primaryKey: [currency]
with: { topic: rates, key.format: json, value.format: json }
`,
  'tables/dim.yaml': `kind: dimension
connector: jdbc
columns:
  - { name: currency, type: STRING, nullable: false }
  - { name: country, type: STRING }
primaryKey: [currency]
with: { url: "jdbc:postgresql://db/x", table-name: dim }
`,
  'tables/converted.yaml': `kind: sink
connector: blackhole
columns:
  - { name: order_id, type: STRING }
  - { name: rate, type: "DECIMAL(10, 4)" }
  - { name: country, type: STRING }
with: {}
`,
  'jobs/convert.sql': `SET 'table.local-time-zone' = 'Asia/Tokyo';
INSERT INTO converted
SELECT o.order_id, r.rate, d.country
FROM orders AS o
JOIN rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency
JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.currency = d.currency;
`,
  'jobs/convert.test.yaml': `cases:
  - name: streaming
    mode: streaming
    inputs:
      orders:
        rows:
          - { order_id: o1, currency: USD, ts_ms: 1714557600000 }
      rates:
        rows:
          - { currency: USD, rate: 0.9, update_time: "2024-05-01 10:00:00" }
          - { currency: USD, rate: 0.95, update_time: "2024-05-01 11:00:00" }
    expect:
      converted:
        rows: []
  - name: batch
    expect:
      converted:
        rows: []
`,
  'jobs/lookup.sql': `INSERT INTO converted
SELECT o.order_id, CAST(NULL AS DECIMAL(10, 4)), d.country
FROM orders AS o
JOIN dim FOR SYSTEM_TIME AS OF o.proc_time AS d ON o.currency = d.currency;
`,
  'jobs/lookup.test.yaml': `cases:
  - name: batch
    expect:
      converted:
        rows: []
`,
});

function lowered(index: number, name = 'convert') {
  const state = compileProject(dir, { env: 'local', envVars: {} });
  const job = state.value!.jobs.find((j) => j.name === name)!;
  const tf = loadTestFile(dir, name);
  expect(tf.diags).toEqual([]);
  return caseProgram(dir, job, tf.value!, index);
}

function program(index: number, name = 'convert') {
  const p = lowered(index, name);
  expect(p.diags).toEqual([]);
  return p.value!;
}

describe('sources of a test case', () => {
  it('an event time computed from a column of the row: the column is written into its expression', () => {
    const setup = program(0).setup.join('\n');
    // Flink refuses a computed column that reads another computed column (Unknown identifier 'ts_ms').
    expect(setup).toContain(
      "`order_time` AS TO_TIMESTAMP_LTZ((CASE `__fo_row` WHEN 1 THEN CAST('1714557600000' AS BIGINT) END), 3)",
    );
    expect(setup).toContain("WATERMARK FOR `order_time` AS `order_time` - INTERVAL '5' SECOND");
  });

  it('a ROW column (never given in rows) is a typed NULL in the view, not a computed column of the table', () => {
    const [table, view] = program(0).setup.filter((s) => s.includes('orders'));
    expect(table).not.toContain('`addr`');
    expect(view).toContain('CAST(NULL AS ROW<city STRING, zip STRING>) AS `addr`');
    expect(view).toContain('(CAST(NULL AS ROW<city STRING, zip STRING>)).city AS `city`');
  });

  it('keeps a temporal join AS OF an event time, drops a lookup AS OF a processing time', () => {
    const sql = program(0).queries[0]!.sql;
    expect(sql).toContain('JOIN rates FOR SYSTEM_TIME AS OF o.order_time AS r');
    expect(sql).toMatch(/JOIN dim\s+AS d/);
  });

  it('a table with a primary key keeps the last row per key: by arrival in streaming, by position in batch', () => {
    const streaming = program(0).setup.join('\n');
    expect(streaming).toContain('`__fo_pt` AS PROCTIME()');
    expect(streaming).toContain(
      'CREATE TEMPORARY VIEW `rates` AS SELECT `currency`, `rate`, `update_time` FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY `currency` ORDER BY `__fo_pt` DESC) AS `__fo_rn` FROM `__fo_input_rates`) WHERE `__fo_rn` = 1',
    );
    const batch = program(0, 'lookup').setup.join('\n');
    expect(batch).not.toContain('__fo_pt');
    expect(batch).toContain(
      'ROW_NUMBER() OVER (PARTITION BY `currency` ORDER BY `__fo_row` DESC) AS `__fo_rn` FROM `__fo_input_dim` WHERE FALSE)',
    );
    // A table without a key is every row.
    expect(streaming).toMatch(/CREATE TEMPORARY VIEW `orders` AS SELECT [^\n]* FROM `__fo_input_orders`$/m);
  });

  it('a temporal join in a batch case (the default mode) is refused before Flink fails to plan it', () => {
    const p = lowered(1);
    expect(p.value).toBeUndefined();
    expect(p.diags.map((d) => `${d.code} ${d.range?.file}:${d.range?.start.line} ${d.summary}`)).toEqual([
      'FO450 jobs/convert.test.yaml:15 Job convert has a temporal join (FOR SYSTEM_TIME AS OF an event time), which Flink runs only in streaming mode',
    ]);
    expect(p.diags[0]!.detail).toContain('Add mode: streaming');
  });

  it("the job's own table.local-time-zone is the session's (UTC only when the job sets none)", () => {
    expect(program(0).properties['table.local-time-zone']).toBe('Asia/Tokyo');
  });
});
