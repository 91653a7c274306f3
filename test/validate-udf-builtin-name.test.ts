/** A UDF named like a Flink built-in is never called: Flink resolves the built-in first. Validate warns at its name. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-udf-builtin-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  mkdirSync(join(repo, 'udfs'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const udfs = (names: string[]) =>
  writeFileSync(
    join(repo, 'udfs/text_udfs.yaml'),
    `jar: s3://udfs/text-1.0.jar\nfunctions:\n${names.map((n) => `  - { name: ${n}, class: com.example.Udf_${n} }`).join('\n')}\n`,
  );

describe('a UDF with the name of a built-in function', () => {
  it('warns at the function name that its calls run the built-in, and the job script never loads it', async () => {
    udfs(['upper', 'split_index', 'mask_email']);
    writeFileSync(
      join(repo, 'jobs/totals.sql'),
      'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nWHERE UPPER(customer_id) <> mask_email(customer_id)\nGROUP BY customer_id;\n',
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `udfs/text_udfs.yaml:3:13: warning FO215: Function "upper" has the name of a Flink built-in function or SQL keyword: a call upper(...) is Flink's own UPPER, never this UDF`,
    );
    expect(r.stderr).toContain('udfs/text_udfs.yaml:4:13: warning FO215: Function "split_index"');
    expect(r.stderr).toContain('Rename it (e.g. text_udfs_upper)');
    expect(r.stderr).not.toContain('"mask_email" has the name');
    const compiled = await cli(['compile', '--dir', repo]);
    expect(compiled.stdout).toContain('CREATE TEMPORARY FUNCTION `mask_email`');
    expect(compiled.stdout).not.toContain('FUNCTION `upper`');
  });

  it('a name that only contains a built-in one is fine', async () => {
    udfs(['upper_snake', 'my_hash']);
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('FO215');
  });
});
