/**
 * FO249: a catalog name one or two letters off one the script creates, said without a cluster. Where
 * the SQL Gateway's catalog store keeps catalogs plan does not run a script that creates one
 * (FO632), so without it real Flink 2.2 refused the job only at apply: "SqlValidatorException:
 * Object 'pgg' not found".
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';

const VALID = join(import.meta.dirname, 'fixtures/repos/valid');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function fo249(job: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-catalog-typo-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, 'jobs/totals.sql'), job);
  return loadAndValidate(dir, { envVars: {} })
    .diags.filter((d) => d.code === 'FO249' || d.severity === 'error')
    .map((d) => `${d.code} ${formatLocation(d.range)} ${d.summary}`);
}

const CATALOG =
  "CREATE CATALOG pg WITH ('type' = 'jdbc', 'default-database' = 'shop', 'base-url' = 'jdbc:postgresql://db:5432');\n";
const INSERT = (table: string) =>
  `INSERT INTO order_totals\nSELECT o.customer_id, o.amount FROM orders AS o\nJOIN ${table} FOR SYSTEM_TIME AS OF o.proc_time AS c ON o.customer_id = c.id;\n`;

describe('a misspelt catalog name (FO249)', () => {
  it('warns at a table of a catalog one letter off the one the script creates', () => {
    expect(fo249(CATALOG + INSERT('pgg.shop.`public.customers`'))).toEqual([
      'FO249 jobs/totals.sql:4:6 Job totals uses catalog "pgg", which its script does not create: did you mean "pg"?',
    ]);
  });

  it('warns at USE CATALOG of a misspelt name, and at default_catalg', () => {
    const job = `${CATALOG}USE CATALOG pgx;\nUSE CATALOG default_catalg;\n${INSERT('pg.shop.`public.customers`')}`;
    expect(fo249(job)).toEqual([
      'FO249 jobs/totals.sql:2:1 Job totals uses catalog "pgx", which its script does not create: did you mean "pg"?',
      'FO249 jobs/totals.sql:3:1 Job totals uses catalog "default_catalg", which its script does not create: did you mean "default_catalog"?',
    ]);
  });

  it('says nothing of the created catalog, of a far name (a catalog store may hold it), or without CREATE CATALOG', () => {
    expect(fo249(CATALOG + INSERT('pg.shop.`public.customers`'))).toEqual([]);
    expect(fo249(CATALOG + INSERT('hive_prod.shop.customers'))).toEqual([]);
    expect(fo249(INSERT('pgg.shop.customers'))).toEqual([]);
  });
});
