/**
 * An upgrade from a savepoint that changes where a Kafka source starts (`scan.startup.mode`, the
 * group of `group-offsets`): the restored KafkaSource resumes from the savepoint's offsets (real
 * Flink 2.2.0: earliest-offset → latest-offset and a new group id, every record counted once), so
 * the plan warns (FO673) that the new setting does nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, planLocal, QUICK } from './ops-cli';

const t = localSim(undefined, {
  flinkVersion: '2.2',
  files: kafkaCopyProject(['scan.startup.mode: earliest-offset']),
});
const plan = () => planLocal(t);

it('warns that a restored Kafka source does not start where its new startup mode says', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);

  // A group id alone: the source reads no group's offsets (earliest-offset), no warning.
  const table = join(t.dir, 'tables/orders.yaml');
  writeFileSync(table, readFileSync(table, 'utf8').replace('group.id: copy', 'group.id: copy-v2'));
  expect((await plan()).diags.filter((d) => d.code === 'FO673')).toEqual([]);

  writeFileSync(table, readFileSync(table, 'utf8').replace('earliest-offset', 'latest-offset'));
  const run = await plan();
  expect(run.plan!.changes).toMatchObject([{ job: 'copy', action: 'upgrade' }]);
  const warned = run.diags.filter((d) => d.code === 'FO673');
  expect(warned).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job copy: Kafka source orders starts at latest-offset instead of earliest-offset, but restored from the savepoint it resumes where the old job stopped',
      // At the startup mode, in the table's file (its group id changed too: the mode is what says where).
      range: { file: 'tables/orders.yaml', start: { line: 9, column: 3 } },
    },
  ]);
  expect(warned[0]!.detail).toContain('upgradeMode: stateless in jobs/copy.yaml');

  // group-offsets of another group: the same.
  writeFileSync(table, readFileSync(table, 'utf8').replace('latest-offset', 'group-offsets'));
  const applied = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(applied.code, applied.stderr).toBe(0);
  writeFileSync(table, readFileSync(table, 'utf8').replace('group.id: copy-v2', 'group.id: copy-v3'));
  expect((await plan()).diags.filter((d) => d.code === 'FO673')).toMatchObject([
    { summary: expect.stringContaining('starts at group-offsets copy-v3 instead of group-offsets copy-v2') },
  ]);
});
