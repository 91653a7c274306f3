/**
 * postgres-cdc options that validate and plan cleanly but break the job on a real PostgreSQL (seen
 * on Flink 1.20.3, postgres-cdc 3.5.0, PostgreSQL 15): no decoding.plugin.name (the default,
 * decoderbufs, is not installed: "could not access file "decoderbufs""), and one replication slot
 * read by two jobs (the second restarts: "replication slot "orders_slot" is active for PID …").
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { postgresCdcTableYaml } from './support/cdc-table';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-cdc-runtime-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const write = (file: string, text: string) => writeFileSync(join(repo, file), text);

const orders = (extra: string[]) =>
  postgresCdcTableYaml(
    ['{ name: customer_id, type: BIGINT, nullable: false }', '{ name: amount, type: "DECIMAL(10, 2)" }'],
    'customer_id',
    extra,
  );

const secondJob = (from: string) =>
  write(
    'jobs/counts.sql',
    `INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM ${from}\nGROUP BY customer_id;\n`,
  );

it('FO677: warns at the connector of a postgres-cdc table without decoding.plugin.name', async () => {
  write('tables/orders.yaml', orders([]));
  const r = await cli(['validate', '--dir', repo]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(
    'tables/orders.yaml:2:12: warning FO677: postgres-cdc table orders sets no decoding.plugin.name: the connector then decodes with decoderbufs\n',
  );
  expect(r.stderr).toContain('Set decoding.plugin.name: pgoutput');
  write('tables/orders.yaml', orders(['decoding.plugin.name: pgoutput']));
  expect((await cli(['validate', '--dir', repo])).stderr).toBe('');
});

it('FO678: warns where a second job reads a replication slot another job reads, with the hint that separates them', async () => {
  write('tables/orders.yaml', orders(['decoding.plugin.name: pgoutput']));
  secondJob('orders');
  const r = await cli(['validate', '--dir', repo]);
  expect(r.stderr).toContain(
    'warning FO678: Replication slot orders_slot is read by 2 postgres-cdc sources: orders in job counts, orders in job totals\n',
  );
  expect(r.stderr).toContain("FROM orders /*+ OPTIONS('slot.name' = 'orders_slot_totals') */");
  secondJob("orders /*+ OPTIONS('slot.name' = 'counts_slot') */");
  expect((await cli(['validate', '--dir', repo])).stderr).toBe('');
});
