/**
 * An upgrade from a savepoint that points a postgres-cdc source at another table (real 1.20.3,
 * postgres-cdc 3.5.0: the restored job read a snapshot of the new table and its changes, and no
 * more changes of the old one, whose rows stayed in the JDBC sink): the plan warns (FO680) rather
 * than call it plain compatible.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, LOCAL_PROJECT, localSim, planLocal, QUICK } from './ops-cli';
import { postgresCdcTableYaml } from './support/cdc-table';

const FILES: Record<string, string> = {
  'flinkops.yaml': LOCAL_PROJECT,
  'tables/orders_src.yaml': postgresCdcTableYaml(['{ name: id, type: INT, nullable: false }'], 'id', [
    'decoding.plugin.name: pgoutput',
  ]),
  'tables/sink_rows.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: INT }\n',
  'jobs/copy.sql': 'INSERT INTO sink_rows SELECT id FROM orders_src;\n',
};
const t = localSim(undefined, { files: FILES });

it('warns that a CDC source moved to another table leaves the old rows in the sinks', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, { ...t.env, FLINKOPS_SECRET_DB_PW: 'pw' });
  expect(created.code, created.stderr).toBe(0);

  const table = join(t.dir, 'tables/orders_src.yaml');
  writeFileSync(
    table,
    readFileSync(table, 'utf8').replace('slot.name: orders_slot', 'slot.name: orders_slot2'),
  );
  expect((await planLocal(t)).diags.filter((d) => d.code === 'FO680')).toEqual([]);

  writeFileSync(table, readFileSync(table, 'utf8').replace('table-name: orders', 'table-name: orders_v2'));
  const run = await planLocal(t);
  expect(run.plan!.changes).toMatchObject([{ job: 'copy', action: 'upgrade' }]);
  expect(run.diags.filter((d) => d.code === 'FO680')).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job copy: postgres-cdc source orders_src moves from table shop.public.orders to shop.public.orders_v2: the sinks keep what shop.public.orders gave them',
      // At the option that moved it, in the table's file.
      range: { file: 'tables/orders_src.yaml', start: { line: 12, column: 3 } },
    },
  ]);
});
