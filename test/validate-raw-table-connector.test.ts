/**
 * A raw DDL table without a 'connector' option (Flink's CREATE TABLE page writes
 * `CREATE TABLE MyTable (uid BIGINT, name STRING) DISTRIBUTED BY HASH(uid) INTO 4 BUCKETS`) is
 * refused by Flink in default_catalog, where repository tables live: validate says so (FO280).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-raw-connector-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  rmSync(join(repo, 'tables/customers.yaml'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const env = (tables = '') =>
  `project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n    sqlGatewayUrl: http://localhost:8083\n${tables}`;

describe('a raw DDL table without a connector', () => {
  it('is an error at its CREATE TABLE (Flink: "Table options do not contain an option key \'connector\'")', async () => {
    writeFileSync(join(repo, 'flinkops.yaml'), env());
    writeFileSync(
      join(repo, 'tables/customers.sql'),
      '-- as on the CREATE TABLE page\nCREATE TABLE customers (customer_id BIGINT, name STRING) DISTRIBUTED BY HASH(customer_id) INTO 4 BUCKETS;\n',
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "tables/customers.sql:2:1: error FO280: Table customers has no 'connector' option",
    );
    expect(r.stderr).toContain("Add WITH ('connector' = '...', ...)");
  });

  it('is fine when an environment gives the connector, or it copies a table with LIKE', async () => {
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      env('    tables: { customers: { with: { connector: datagen } } }\n'),
    );
    writeFileSync(
      join(repo, 'tables/customers.sql'),
      'CREATE TABLE customers (customer_id BIGINT, name STRING);\n',
    );
    expect((await cli(['validate', '--dir', repo])).stderr).not.toContain('FO280');
    writeFileSync(join(repo, 'flinkops.yaml'), env());
    writeFileSync(
      join(repo, 'tables/customers.sql'),
      "CREATE TABLE customers (customer_id BIGINT, name STRING) WITH ('connector' = 'datagen');\n",
    );
    writeFileSync(join(repo, 'tables/customers_copy.sql'), 'CREATE TABLE customers_copy LIKE customers;\n');
    expect((await cli(['validate', '--dir', repo])).stderr).not.toContain('FO280');
  });

  it("is an error in a job's own CREATE TEMPORARY TABLE too, unless a USE switched catalogs before it", async () => {
    writeFileSync(join(repo, 'flinkops.yaml'), env());
    writeFileSync(
      join(repo, 'jobs/from_json.sql'),
      '-- as on the materialized table quick start\nCREATE TEMPORARY TABLE json_source (order_id BIGINT, user_id BIGINT);\nINSERT INTO order_totals SELECT order_id, 0 FROM json_source;\n',
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(
      "jobs/from_json.sql:2:1: error FO280: Table json_source has no 'connector' option",
    );
    writeFileSync(
      join(repo, 'jobs/from_json.sql'),
      "CREATE CATALOG lake WITH ('type' = 'paimon', 'warehouse' = 'file:///tmp/w');\nUSE CATALOG lake;\nCREATE TABLE IF NOT EXISTS json_source (order_id BIGINT, user_id BIGINT);\nINSERT INTO default_catalog.default_database.order_totals SELECT order_id, 0 FROM json_source;\n",
    );
    expect((await cli(['validate', '--dir', repo])).stderr).not.toContain('FO280');
  });
});
