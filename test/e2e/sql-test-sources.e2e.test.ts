/**
 * Sources of a test case as Flink reads them in production, on real Flink: an event time computed
 * from an epoch column, a versioned (upsert) table in an event-time temporal join, the last row
 * of a key of an upsert source in a regular join, a ROW column, and the job's own time zone.
 * Each expectation is what Flink computes for the job in production; before, the temporal join
 * matched every version, the computed event time failed with "Unknown identifier", the ROW column
 * failed to plan and the zone was UTC.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BLACKHOLE_SINK } from './fixtures';
import { flinkops, makeRepo, unfinished } from './support';

const KAFKA = (topic: string) =>
  `with:\n  topic: ${topic}\n  properties.bootstrap.servers: 127.0.0.1:9\n  scan.startup.mode: earliest-offset\n  format: json\n`;
const UPSERT = (topic: string) =>
  `with:\n  topic: ${topic}\n  properties.bootstrap.servers: 127.0.0.1:9\n  key.format: json\n  value.format: json\n`;

describe('flinkops test: sources as production reads them', () => {
  const repo = makeRepo('sqlsources', {
    'tables/orders.yaml': [
      'kind: source',
      'connector: kafka',
      'columns:',
      '  - { name: order_id, type: STRING }',
      '  - { name: customer_id, type: BIGINT }',
      '  - { name: currency, type: STRING }',
      '  - { name: ts_ms, type: BIGINT }',
      '  - { name: addr, type: "ROW<city STRING, zip STRING>" }',
      'computed:',
      '  - { name: order_time, expr: "TO_TIMESTAMP_LTZ(ts_ms, 3)" }',
      'watermark: { column: order_time, delay: 5 SECOND }',
      KAFKA('orders'),
    ].join('\n'),
    'tables/rates.yaml': [
      'kind: source',
      'connector: upsert-kafka',
      'columns:',
      '  - { name: currency, type: STRING, nullable: false }',
      '  - { name: rate, type: "DECIMAL(10, 4)" }',
      '  - { name: update_time, type: TIMESTAMP_LTZ(3) }',
      'watermark: { column: update_time, delay: 0 SECOND }',
      'primaryKey: [currency]',
      UPSERT('rates'),
    ].join('\n'),
    'tables/customers.yaml': [
      'kind: source',
      'connector: upsert-kafka',
      'columns:',
      '  - { name: customer_id, type: BIGINT, nullable: false }',
      '  - { name: tier, type: STRING }',
      'primaryKey: [customer_id]',
      UPSERT('customers'),
    ].join('\n'),
    'tables/converted.yaml': BLACKHOLE_SINK(
      '  - { name: order_id, type: STRING }\n  - { name: rate, type: "DECIMAL(10, 4)" }\n  - { name: local_day, type: STRING }',
    ),
    'tables/tiers.yaml': BLACKHOLE_SINK(
      '  - { name: order_id, type: STRING }\n  - { name: tier, type: STRING }',
    ),
    'jobs/convert.sql': [
      "SET 'table.local-time-zone' = 'Asia/Tokyo';",
      'INSERT INTO converted',
      "SELECT o.order_id, r.rate, DATE_FORMAT(o.order_time, 'yyyy-MM-dd') AS local_day",
      'FROM orders AS o',
      'JOIN rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency;',
      '',
    ].join('\n'),
    'jobs/convert.test.yaml': [
      'cases:',
      '  - name: the rate valid at each order, the day in Tokyo',
      '    mode: streaming',
      '    inputs:',
      '      orders:',
      '        rows:',
      '          - { order_id: o1, currency: USD, ts_ms: 1714525230000 } # 10:00:30 in Tokyo',
      '          - { order_id: o2, currency: USD, ts_ms: 1714579200000 } # 01:00 the next day',
      '          - { order_id: o3, currency: GBP, ts_ms: 1714579200000 }',
      '      rates: # TIMESTAMP_LTZ in the job zone',
      '        rows:',
      '          - { currency: USD, rate: 0.9, update_time: "2024-05-01 10:00:00" }',
      '          - { currency: USD, rate: 0.95, update_time: "2024-05-01 10:01:00" }',
      '    expect:',
      '      converted:',
      '        rows:',
      '          - { order_id: o1, rate: 0.9, local_day: "2024-05-01" }',
      '          - { order_id: o2, rate: 0.95, local_day: "2024-05-02" }',
      '',
    ].join('\n'),
    'jobs/tier.sql':
      'INSERT INTO tiers\nSELECT o.order_id, c.tier\nFROM orders AS o\nLEFT JOIN customers AS c ON o.customer_id = c.customer_id;\n',
    'jobs/tier.test.yaml': [
      'cases:',
      '  - name: an upsert source holds the last row of a key',
      '    inputs:',
      '      orders:',
      '        rows:',
      '          - { order_id: o1, customer_id: 1, ts_ms: 0 }',
      '      customers:',
      '        rows:',
      '          - { customer_id: 1, tier: silver }',
      '          - { customer_id: 1, tier: gold }',
      '    expect:',
      '      tiers:',
      '        rows:',
      '          - { order_id: o1, tier: gold }',
      '',
    ].join('\n'),
  });
  afterAll(() => repo.cleanup());

  it('passes with the rows Flink computes in production, and leaves nothing running', async () => {
    const r = await flinkops(repo, ['test', '--env', 'local', '--json']);
    expect(r.code, r.out).toBe(0);
    const out = JSON.parse(r.stdout) as { passed: boolean; jobs: { job: string; status: string }[] };
    expect(Object.fromEntries(out.jobs.map((j) => [j.job, j.status]))).toEqual({
      convert: 'passed',
      tier: 'passed',
    });
    expect(await unfinished(repo, 'flinkops-test.')).toEqual([]);
  }, 300_000);
});
