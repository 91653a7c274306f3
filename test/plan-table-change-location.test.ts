/**
 * The plan's warnings about a table's change are said where the change is written, the place to
 * look at (and to undo): a column renamed (FO675) at the column's definition in the table's DDL
 * file (tables/*.sql) or in the job's own CREATE TABLE. (A YAML table's column: see the tests of
 * each warning.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
