/**
 * Deleting a job that reads postgres-cdc tables leaves their replication slots in PostgreSQL:
 * Flink CDC drops none when its job stops (real 1.20.3, postgres-cdc 3.5.0: the slot stayed,
 * inactive, after a delete through a final savepoint), and PostgreSQL keeps the WAL from an
 * inactive slot's position on until the slot is dropped. The plan says so, with the statement.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, LOCAL_PROJECT, localSim, QUICK } from './ops-cli';
import { postgresCdcTableYaml } from './support/cdc-table';

const FILES: Record<string, string> = {
  'flinkops.yaml': LOCAL_PROJECT,
  'tables/orders_src.yaml': postgresCdcTableYaml(['{ name: id, type: INT, nullable: false }'], 'id', [
    'decoding.plugin.name: pgoutput',
  ]),
  'tables/sink_rows.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: INT }\n',
  'jobs/copy.sql':
    "INSERT INTO sink_rows SELECT id FROM orders_src /*+ OPTIONS('slot.name' = 'copy_slot') */;\n",
};
const t = localSim(undefined, { files: FILES });

it('names the replication slots a deleted job leaves, and how to drop them', async () => {
  const env = { ...t.env, FLINKOPS_SECRET_DB_PW: 'pw' };
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, env);
  expect(created.code, created.stderr).toBe(0);

  rmSync(join(t.dir, 'jobs/copy.sql'));
  const refused = await cli(['plan', ...t.base], t.dir, env);
  expect(refused.stdout + refused.stderr).not.toContain('FO679');

  const plan = await cli(['plan', ...t.base, '--allow-delete'], t.dir, env);
  const out = plan.stdout + plan.stderr;
  expect(out).toContain(
    'warning FO679: Job copy is deleted, and the PostgreSQL replication slot its postgres-cdc sources read stays: copy_slot (table orders_src, database shop on db.internal)',
  );
  expect(out).toContain("SELECT pg_drop_replication_slot('copy_slot');");
});
