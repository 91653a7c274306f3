/**
 * An upgrade from a savepoint that moves a Kafka source to another topic: Flink's KafkaSource
 * restores the partitions it was assigned and keeps reading them (real Flink 2.2.0: the new job
 * read the old topic and the new one), so the plan warns (FO672) rather than call it plain compatible.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, planLocal, QUICK } from './ops-cli';

const FILES = kafkaCopyProject();
const t = localSim(undefined, { flinkVersion: '2.2', files: FILES });
const plan = () => planLocal(t);

it('warns that a Kafka source moved to another topic goes on reading the old one', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);

  // Another option of the source: no warning.
  const table = join(t.dir, 'tables/orders.yaml');
  writeFileSync(
    table,
    readFileSync(table, 'utf8').replace('format: json', 'format: json\n  json.ignore-parse-errors: "true"'),
  );
  expect((await plan()).diags.filter((d) => d.code === 'FO672')).toEqual([]);

  writeFileSync(table, readFileSync(table, 'utf8').replace('topic: orders', 'topic: orders-v2'));
  const run = await plan();
  expect(run.plan!.changes).toMatchObject([{ job: 'copy', action: 'upgrade' }]);
  const warned = run.diags.filter((d) => d.code === 'FO672');
  expect(warned).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job copy: Kafka source orders moves from topic orders to orders-v2, but restored from the savepoint it goes on reading orders',
      // At the option that moved it, in the table's file.
      range: { file: 'tables/orders.yaml', start: { line: 6, column: 3 } },
    },
  ]);
  expect(warned[0]!.detail).toContain('upgradeMode: stateless in jobs/copy.yaml');
});
