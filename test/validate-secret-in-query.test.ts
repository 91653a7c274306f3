/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${secret.X} is flinkops syntax, not a template literal. */
/** A secret written into a job's query would be shown by the Flink UI: validate warns, at the reference. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-secret-query-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('${secret.X} in a job query', () => {
  it('warns at the reference that the query would carry the secret to the cluster', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.sql'),
      "INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nWHERE customer_id <> '${secret.API_KEY}'\nGROUP BY customer_id;\n",
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'jobs/totals.sql:4:23: warning FO234: ${secret.API_KEY} in the query of job totals would be visible on the cluster',
    );
  });

  it('a secret in connector options of a table the script creates is where it belongs: no warning', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.sql'),
      "CREATE TEMPORARY TABLE audit (id BIGINT) WITH ('connector' = 'blackhole', 'password' = '${secret.DB}');\nINSERT INTO order_totals SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id;\n",
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).not.toContain('FO234');
  });
});
