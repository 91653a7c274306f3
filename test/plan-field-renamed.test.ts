/**
 * A source column renamed in a json table: Flink's json format reads each column from the field of
 * its name, so the renamed column is NULL in every record written with the old field (real Flink
 * 2.2.0: v → val under SUM(val), the sum stopped growing). The plan warns (FO675). Columns moved
 * in a csv source read other fields, the format reading by position (FO676).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, planLocal, QUICK } from './ops-cli';

const t = localSim(undefined, { flinkVersion: '2.2', files: kafkaCopyProject() });
const plan = () => planLocal(t);

it('warns that a column renamed in a json source reads NULL', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);

  // A column added after the others: no rename.
  const table = join(t.dir, 'tables/orders.yaml');
  const sql = join(t.dir, 'jobs/copy.sql');
  writeFileSync(
    table,
    readFileSync(table, 'utf8').replace(
      '  - { name: id, type: STRING }',
      '  - { name: id, type: STRING }\n  - { name: note, type: STRING }',
    ),
  );
  expect((await plan()).diags.filter((d) => d.code === 'FO675')).toEqual([]);

  writeFileSync(table, readFileSync(table, 'utf8').replace('name: id,', 'name: order_id,'));
  writeFileSync(sql, readFileSync(sql, 'utf8').replace('SELECT id', 'SELECT order_id'));
  const run = await plan();
  expect(run.plan!.changes).toMatchObject([{ job: 'copy', action: 'upgrade' }]);
  const warned = run.diags.filter((d) => d.code === 'FO675');
  expect(warned).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job copy: column id of source orders is renamed order_id, but format json reads the field named order_id: it is NULL in every record written with id',
      // At the column's name in the table's file: the edit to look at (and undo).
      range: { file: 'tables/orders.yaml', start: { line: 4, column: 13 } },
    },
  ]);
  expect(warned[0]!.detail).toContain('SELECT id AS order_id');

  // csv reads fields by position: a rename reads the same field.
  writeFileSync(table, readFileSync(table, 'utf8').replace('format: json', 'format: csv'));
  const applied = await cli(['apply', ...t.base, ...QUICK, '--replace', 'copy'], t.dir, t.env);
  expect(applied.code, applied.stderr).toBe(0);
  writeFileSync(table, readFileSync(table, 'utf8').replace('name: order_id,', 'name: id,'));
  writeFileSync(sql, readFileSync(sql, 'utf8').replace('SELECT order_id', 'SELECT id'));
  expect((await plan()).diags.filter((d) => d.code === 'FO675')).toEqual([]);
});

it('warns that columns moved in a csv source read other fields', async () => {
  // The first test left orders as csv, with columns id and note.
  const table = join(t.dir, 'tables/orders.yaml');
  const applied = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(applied.code, applied.stderr).toBe(0);
  // A column added at the end: the others keep their fields.
  writeFileSync(
    table,
    readFileSync(table, 'utf8').replace(
      '  - { name: note, type: STRING }',
      '  - { name: note, type: STRING }\n  - { name: extra, type: STRING }',
    ),
  );
  expect((await plan()).diags.filter((d) => d.code === 'FO676')).toEqual([]);

  writeFileSync(
    table,
    readFileSync(table, 'utf8').replace(
      '  - { name: id, type: STRING }\n  - { name: note, type: STRING }',
      '  - { name: note, type: STRING }\n  - { name: id, type: STRING }',
    ),
  );
  const warned = (await plan()).diags.filter((d) => d.code === 'FO676');
  expect(warned).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job copy: columns of source orders move, but format csv reads fields by position: note field 1 (was 2), id field 2 (was 1)',
      // At the column's name in the table's file: the edit to look at (and undo).
      range: { file: 'tables/orders.yaml', start: { line: 4, column: 13 } },
    },
  ]);
});
