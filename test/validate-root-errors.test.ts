/** One root error, not a cascade: what cannot be taken in is reported once, where it is defined. */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-root-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

async function codes(): Promise<string[]> {
  const r = await cli(['validate', '--dir', repo, '--json']);
  return JSON.parse(r.stdout).diagnostics.map(
    (d: { code: string; range?: { file: string } }) => `${d.code} ${d.range?.file}`,
  );
}

describe('one root error', () => {
  it('a UDF file with a bad jar: its own error, not one FO225 per caller', async () => {
    mkdirSync(join(repo, 'udfs'));
    writeFileSync(
      join(repo, 'udfs', 'money.yaml'),
      'jar: s3://artifacts/money-1.0\nfunctions:\n  - name: to_cents\n    class: com.example.ToCents\n',
    );
    for (const j of ['a', 'b'])
      writeFileSync(
        join(repo, 'jobs', `${j}.sql`),
        `INSERT INTO order_totals SELECT customer_id, to_cents(amount) FROM orders;\n`,
      );
    expect(await codes()).toEqual(['FO203 udfs/money.yaml']);
  });

  it('a table defined twice, with an environment override: FO210 only', async () => {
    writeFileSync(
      join(repo, 'tables', 'orders.sql'),
      "CREATE TABLE orders (x INT) WITH ('connector' = 'datagen');\n",
    );
    appendFileSync(
      join(repo, 'flinkops.yaml'),
      "    tables:\n      orders:\n        with:\n          rows-per-second: '5'\n",
    );
    expect(await codes()).toEqual(['FO210 tables/orders.yaml']);
  });

  it('a job file misnamed (Totals.sql): FO104 there, not an unknown job override, test file or settings', async () => {
    for (const ext of ['sql', 'yaml'])
      renameSync(join(repo, 'jobs', `totals.${ext}`), join(repo, 'jobs', `Totals.${ext}`));
    writeFileSync(join(repo, 'jobs', 'totals.test.yaml'), 'cases: []\n');
    appendFileSync(join(repo, 'flinkops.yaml'), '    jobs:\n      totals:\n        parallelism: 2\n');
    expect(await codes()).toEqual(['FO104 jobs/Totals.sql', 'FO104 jobs/Totals.yaml']);
  });

  it('an extension written twice (totals.sql.sql): FO104 suggests totals.sql, no unknown-job override', async () => {
    renameSync(join(repo, 'jobs', 'totals.sql'), join(repo, 'jobs', 'totals.sql.sql'));
    appendFileSync(join(repo, 'flinkops.yaml'), '    jobs:\n      totals:\n        parallelism: 2\n');
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain('e.g. totals.sql.');
    expect(await codes()).toEqual(['FO104 jobs/totals.sql.sql']);
  });

  it('a table file in upper case: FO104 there, not FO220 in the job reading it nor FO242 for its override', async () => {
    renameSync(join(repo, 'tables', 'orders.yaml'), join(repo, 'tables', 'Orders.yaml'));
    appendFileSync(
      join(repo, 'flinkops.yaml'),
      '    tables:\n      orders:\n        with:\n          topic: orders-dev\n',
    );
    expect(await codes()).toEqual(['FO104 tables/Orders.yaml']);
  });
});
