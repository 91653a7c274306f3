/**
 * An upgrade from a savepoint that moves an upsert-kafka sink to another topic while an aggregate
 * keeps its state: the restored aggregate emits a key only when it changes again (real Flink 2.2.0:
 * the new topic began with the keys of the rows read next), so the plan warns (FO674) that the new
 * topic will lack the other keys.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, planLocal, QUICK } from './ops-cli';

const sink = [
  'kind: sink',
  'connector: upsert-kafka',
  'columns:',
  '  - { name: id, type: STRING, nullable: false }',
  '  - { name: n, type: BIGINT }',
  'primaryKey: [id]',
  'with:',
  '  topic: counts',
  '  properties.bootstrap.servers: kafka:9092',
  '  key.format: json',
  '  value.format: json',
  '',
].join('\n');
const t = localSim(undefined, {
  flinkVersion: '2.2',
  files: kafkaCopyProject([], {
    'tables/counts.yaml': sink,
    'jobs/count.sql':
      'INSERT INTO counts\nSELECT id, COUNT(*) FROM orders WHERE id IS NOT NULL GROUP BY id;\n',
  }),
});
const plan = () => planLocal(t);

it('warns that an upsert sink moved to another topic gets only the keys the restored aggregate updates', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);

  const table = join(t.dir, 'tables/counts.yaml');
  writeFileSync(table, readFileSync(table, 'utf8').replace('topic: counts', 'topic: counts-v2'));
  const run = await plan();
  expect(run.plan!.changes.find((c) => c.job === 'count')).toMatchObject({ action: 'upgrade' });
  const warned = run.diags.filter((d) => d.code === 'FO674');
  expect(warned).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job count: upsert-kafka sink counts moves from topic counts to counts-v2, which will hold only the keys updated after the upgrade',
      // At the option that moved it, in the table's file.
      range: { file: 'tables/counts.yaml', start: { line: 8, column: 3 } },
    },
  ]);
  expect(warned[0]!.detail).toContain('upgradeMode: stateless in jobs/count.yaml');

  // Stateless: every key is computed anew from the sources.
  writeFileSync(join(t.dir, 'jobs/count.yaml'), 'upgradeMode: stateless\n');
  expect((await plan()).diags.filter((d) => d.code === 'FO674')).toEqual([]);
});
