/**
 * The plan's warnings about a table's change are said where the change is written, the place to
 * look at (and to undo): a column renamed (FO675) at the column's definition in the table's DDL
 * file (tables/*.sql) or in the job's own CREATE TABLE, an option changed (FO672) at the
 * environment's override in flinkops.yaml that sets it. (A YAML table's column or option: see the
 * tests of each warning.)
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, LOCAL_PROJECT_22, localSim, planLocal, QUICK } from './ops-cli';

const kafka = (topic: string, group: string) =>
  `'connector' = 'kafka',\n  'topic' = '${topic}',\n  'properties.bootstrap.servers' = 'kafka:9092',\n  'properties.group.id' = '${group}',\n  'format' = 'json'`;

const t = localSim(undefined, {
  flinkVersion: '2.2',
  files: {
    'flinkops.yaml': LOCAL_PROJECT_22,
    'tables/orders.sql': `-- Orders as the shop writes them.\nCREATE TABLE orders (\n  id STRING,\n  v BIGINT\n) WITH (\n  ${kafka('orders', 'copy')}\n);\n`,
    'tables/sink_rows.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: STRING }\n',
    'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id FROM orders;\n',
    'jobs/own.sql': `CREATE TEMPORARY TABLE events (\n  id STRING\n) WITH (\n  ${kafka('events', 'own')}\n);\nINSERT INTO sink_rows\nSELECT id FROM events;\n`,
  },
});

const edit = (file: string, from: string, to: string) => {
  const path = join(t.dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

it("says a column renamed in a DDL table at the column's definition, in the table's file or the job's", async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);

  edit('tables/orders.sql', '  id STRING,', '  order_id STRING,');
  edit('jobs/copy.sql', 'SELECT id', 'SELECT order_id');
  edit('jobs/own.sql', '  id STRING\n', '  event_id STRING\n');
  edit('jobs/own.sql', 'SELECT id', 'SELECT event_id');
  const run = await planLocal(t);
  expect(run.plan!.changes).toMatchObject([
    { job: 'copy', action: 'upgrade' },
    { job: 'own', action: 'upgrade' },
  ]);
  expect(run.diags.filter((d) => d.code === 'FO675')).toMatchObject([
    {
      summary: expect.stringContaining('column id of source events is renamed event_id'),
      range: { file: 'jobs/own.sql', start: { line: 2, column: 3 }, end: { line: 2, column: 18 } },
    },
    {
      summary: expect.stringContaining('column id of source orders is renamed order_id'),
      range: { file: 'tables/orders.sql', start: { line: 3, column: 3 }, end: { line: 3, column: 18 } },
    },
  ]);
});

it('says an option an environment overrides at the override in flinkops.yaml', async () => {
  // The first test's changes applied: both jobs run their scripts as the files now say.
  const applied = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(applied.code, applied.stderr).toBe(0);
  writeFileSync(
    join(t.dir, 'tables/orders.yaml'),
    'kind: source\nconnector: kafka\ncolumns:\n  - { name: order_id, type: STRING }\nwith:\n  topic: orders\n  properties.bootstrap.servers: kafka:9092\n  properties.group.id: copy\n  format: json\n',
  );
  rmSync(join(t.dir, 'tables/orders.sql'));
  const moved = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(moved.code, moved.stderr).toBe(0);

  edit(
    'flinkops.yaml',
    '    sqlGatewayUrl: http://unused\n',
    '    sqlGatewayUrl: http://unused\n    tables:\n      orders:\n        with:\n          topic: orders-v2\n',
  );
  const warned = (await planLocal(t)).diags.filter((d) => d.code === 'FO672');
  expect(warned).toMatchObject([
    {
      summary: expect.stringContaining('Kafka source orders moves from topic orders to orders-v2'),
      range: { file: 'flinkops.yaml', start: { line: 10, column: 11 } },
    },
  ]);
});
