/**
 * A json column renamed in a producer, its table and its consumer at once, with the consumer
 * upgraded stateless: it reads the topic again from where its table starts, and every record
 * written before the change gives NULL for the renamed column (real Flink 2.2.0: amount →
 * amount_eur; the consumer re-read the topic from earliest-offset and its SUM(amount_eur) counted
 * none of the older records). The plan warns (FO675), saying why the old records are read again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, planLocal, QUICK } from './ops-cli';

const t = localSim(undefined, {
  flinkVersion: '2.2',
  files: kafkaCopyProject(['scan.startup.mode: earliest-offset'], {
    'jobs/copy.yaml': 'upgradeMode: stateless\n',
  }),
});

it('warns that a stateless upgrade reading the topic again reads the renamed column as NULL', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);
  const table = join(t.dir, 'tables/orders.yaml');
  const sql = join(t.dir, 'jobs/copy.sql');
  writeFileSync(table, readFileSync(table, 'utf8').replace('name: id,', 'name: order_id,'));
  writeFileSync(sql, readFileSync(sql, 'utf8').replace('SELECT id', 'SELECT order_id'));
  const run = await planLocal(t);
  expect(run.plan!.changes).toMatchObject([{ job: 'copy', action: 'upgrade', strategy: 'stateless' }]);
  expect(run.diags.filter((d) => d.code === 'FO675')).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job copy: column id of source orders is renamed order_id, but format json reads the field named order_id: it is NULL in every record written with id (upgraded stateless, it reads the topic again from earliest-offset: records written before the change are read again)',
      // At the column's name in the table's file: the edit to look at (and undo).
      range: { file: 'tables/orders.yaml', start: { line: 4, column: 13 } },
    },
  ]);

  // From the topic's end, it reads only what the producer writes from now on.
  writeFileSync(table, readFileSync(table, 'utf8').replace('earliest-offset', 'latest-offset'));
  expect((await planLocal(t)).diags.filter((d) => d.code === 'FO675')).toEqual([]);
});
