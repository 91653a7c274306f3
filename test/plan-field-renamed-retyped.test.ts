/**
 * A json source column renamed and retyped in one change (v INT → val BIGINT): the records still
 * hold `v` and no `val`, so `val` is NULL in every record written before, as after a rename alone
 * (real 2.2.0, v → val under SUM(val): the sum stopped growing). The plan warns (FO675), saying the
 * column was retyped too and how to read the old field under the new name and type.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, planLocal, QUICK } from './ops-cli';

const files = kafkaCopyProject([], {
  'tables/sink_rows.yaml':
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: STRING }\n  - { name: v, type: BIGINT }\n',
  'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id, v FROM orders;\n',
});
files['tables/orders.yaml'] = files['tables/orders.yaml']!.replace(
  '  - { name: id, type: STRING }',
  '  - { name: id, type: STRING }\n  - { name: v, type: INT }',
);
const t = localSim(undefined, { flinkVersion: '2.2', files });

it('warns that a column renamed and retyped in a json source reads NULL', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);
  const table = join(t.dir, 'tables/orders.yaml');
  const sql = join(t.dir, 'jobs/copy.sql');
  writeFileSync(
    table,
    readFileSync(table, 'utf8').replace('{ name: v, type: INT }', '{ name: val, type: BIGINT }'),
  );
  writeFileSync(sql, readFileSync(sql, 'utf8').replace('SELECT id, v', 'SELECT id, val'));
  const run = await planLocal(t);
  expect(run.plan!.changes).toMatchObject([{ job: 'copy', action: 'upgrade' }]);
  const warned = run.diags.filter((d) => d.code === 'FO675');
  expect(warned).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job copy: column v of source orders is renamed val (and retyped INT → BIGINT), but format json reads the field named val: it is NULL in every record written with v',
      // At the column's name in the table's file: the edit to look at (and undo).
      range: { file: 'tables/orders.yaml', start: { line: 5, column: 13 } },
    },
  ]);
  expect(warned[0]!.detail).toContain('SELECT CAST(v AS BIGINT) AS val');
});
