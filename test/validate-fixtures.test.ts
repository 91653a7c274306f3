import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Diagnostic, formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';

const REPOS = join(import.meta.dirname, 'fixtures/repos');

function located(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.severity} ${d.code} ${formatLocation(d.range)}`);
}

function validate(repo: string): Diagnostic[] {
  return loadAndValidate(join(REPOS, repo), { envVars: {} }).diags;
}

/** Each broken repository and exactly the located diagnostics it must produce. */
const CASES: [repo: string, expected: string[], summary: RegExp][] = [
  [
    'malformed_yaml',
    ['error FO107 tables/order_totals.yaml:6:4'],
    /YAML indentation: this list item's `-` is at column 4, the item before it \(line 4\) at column 3/,
  ],
  ['unknown_key', ['error FO200 jobs/totals.yaml:2:1'], /Unknown key "paralelism"/],
  [
    'wrong_type',
    ['error FO201 jobs/totals.yaml:1:14', 'error FO203 jobs/totals.yaml:2:14'],
    /parallelism must be a whole number, got the string "two"/,
  ],
  ['duplicate_names', ['error FO210 tables/orders.yaml:1:1'], /defined twice/],
  ['undefined_table', ['error FO220 jobs/totals.sql:3:6'], /undefined table "ordrs"/],
  ['write_to_source', ['error FO222 jobs/totals.sql:1:13'], /writes to source table "orders"/],
  [
    'distributed_sink',
    ['error FO235 jobs/totals.sql:1:13'],
    /writes table "order_totals", declared DISTRIBUTED BY HASH\(customer_id\) INTO 6 BUCKETS, which the kafka connector cannot write/,
  ],
  ['dimension_without_lookup', ['warning FO224 jobs/totals.sql:4:6'], /without FOR SYSTEM_TIME AS OF/],
  // Raw DDL has no kind: its lookup cache options say it is looked up.
  [
    'raw_dimension_without_lookup',
    ['warning FO224 jobs/totals.sql:4:6'],
    /"customers" is read without FOR SYSTEM_TIME AS OF/,
  ],
  ['unknown_udf', ['error FO225 jobs/totals.sql:2:21'], /unknown function "to_euro"/],
  ['undefined_env', ['error FO110 tables/order_totals.yaml:10:33'], /\$\{env.KAFKA_BROKERS\} is not set/],
  ['sql_syntax_error', ['error FO310 jobs/totals.sql:2:24'], /never closed/],
  ['empty_job', ['error FO230 jobs/totals.sql:1:1'], /is empty/],
  ['no_insert', ['error FO231 jobs/totals.sql:1:1'], /writes nothing/],
  // Found on real Flink 2.2: the gateway, not a job flinkops runs, refreshes a materialized table.
  [
    'materialized_table_job',
    ['error FO231 jobs/totals.sql:2:1'],
    /writes nothing flinkops can run: a materialized table is refreshed by the SQL Gateway/,
  ],
  ['two_inserts', ['error FO232 jobs/totals.sql:4:1'], /each would run as its own Flink job/],
  ['non_utf8', ['error FO102 tables/order_totals.yaml:2:24'], /not valid UTF-8/],
  ['raw_table_name', ['error FO212 tables/order_totals.sql:1:14'], /defines "totals", not "order_totals"/],
  [
    'bad_file_names',
    ['error FO104 jobs/Totals2.sql:1:1', 'error FO106 jobs/orphan.yaml:1:1'],
    /not a valid name/,
  ],
  // Found by test/robustness-repos.test.ts: each was a crash, a misleading cascade or a silent skip.
  ['yaml_alias_unresolved', ['error FO107 jobs/totals.yaml:1:14'], /alias \*two has no anchor &two/],
  ['yaml_alias_bomb', ['error FO107 jobs/totals.yaml:3:8'], /aliases expand too often/],
  ['multiline_value', ['error FO201 jobs/totals.yaml:2:9'], /got the string "line one\\nline two"$/],
  // An unterminated quote names nothing: no "undefined table" for the rest of the file.
  ['sql_unterminated_name', ['error FO303 jobs/totals.sql:1:8'], /^Unterminated quoted identifier$/],
  ['sql_unterminated_table', ['error FO303 jobs/totals.sql:3:6'], /^Unterminated quoted identifier$/],
  [
    'uppercase_extension',
    ['warning FO109 ', 'error FO105 jobs/totals.YAML:1:1'],
    /subfolder jobs\/team_a\/ are not read/,
  ],
  ['invalid_project_env_refs', ['error FO200 flinkops.yaml:3:1'], /Unknown key "polcy"/],
  ['no_project_file', ['error FO100 flinkops.yaml:1:1'], /^No flinkops.yaml in /],
  [
    'udf_twice_in_one_file',
    ['error FO211 udfs/money.yaml:5:11'],
    /^Function "to_eur" is defined twice in udfs\/money\.yaml \(lines 3 and 5\)$/,
  ],
  // One typo, one error: no FO202 "Missing required key" for the key the FO200 suggests.
  ['misspelt_required_key', ['error FO200 tables/orders.yaml:2:1'], /Unknown key "conector"/],
];

describe('fixture repositories', () => {
  it('the valid repository has no diagnostics', () => {
    expect(validate('valid')).toEqual([]);
  });

  it.each(CASES)('%s', (repo, expected, summary) => {
    const diags = validate(repo);
    expect(located(diags)).toEqual(expected);
    expect(diags[0]!.summary).toMatch(summary);
    for (const d of diags) {
      expect(d.summary).not.toContain('\n');
      expect(d.detail.length).toBeGreaterThan(10);
    }
  });

  it('suggests the closest key, enum value, table and function', () => {
    expect(validate('unknown_key')[0]!.detail).toMatch(/^Did you mean "parallelism"\?/);
    expect(validate('wrong_type')[1]!.detail).toMatch(/^Did you mean "savepoint"\?/);
    expect(validate('undefined_table')[0]!.detail).toMatch(/^Did you mean "orders"\?/);
    expect(validate('unknown_udf')[0]!.detail).toMatch(/^Did you mean "to_eur"\?/);
    expect(validate('misspelt_required_key')[0]!.detail).toMatch(
      /^Did you mean "connector"\? It is required here and missing\. Known keys: /,
    );
  });

  it("shows a dimension table's lookup join with the reference and alias the job wrote", () => {
    expect(validate('dimension_without_lookup')[0]!.detail).toMatch(
      /^Join it as a lookup: JOIN customers FOR SYSTEM_TIME AS OF <left>\.<its processing-time column> AS c ON \.\.\./,
    );
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-fixture-'));
    try {
      cpSync(join(REPOS, 'dimension_without_lookup'), dir, { recursive: true });
      const written = (from: string) => {
        writeFileSync(
          join(dir, 'jobs/totals.sql'),
          `INSERT INTO order_totals\nSELECT o.customer_id, o.amount\n${from};\n`,
        );
        return loadAndValidate(dir, { envVars: {} }).diags[0]!.detail.split(' ON ')[0];
      };
      expect(written('FROM orders AS o JOIN customers cu ON o.customer_id = cu.customer_id')).toBe(
        'Join it as a lookup: JOIN customers FOR SYSTEM_TIME AS OF <left>.<its processing-time column> AS cu',
      );
      expect(written('FROM orders AS o, customers WHERE o.customer_id = customers.customer_id')).toBe(
        'Join it as a lookup: JOIN customers FOR SYSTEM_TIME AS OF <left>.<its processing-time column>',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains what a missing or broken project file means', () => {
    expect(validate('no_project_file')[0]!.detail).toMatch(/has jobs\/ and tables\/ but no project file/);
    expect(validate('uppercase_extension')[1]!.detail).toMatch(/rename the file to totals\.yaml/);
    // An unknown environment is still named when flinkops.yaml fails its schema elsewhere.
    const diags = loadAndValidate(join(REPOS, 'invalid_project_env_refs'), {
      env: 'prod',
      envVars: {},
    }).diags;
    expect(located(diags)).toEqual(['error FO200 flinkops.yaml:3:1', 'error FO240 flinkops.yaml:4:1']);
  });

  it('reports every error of a repository at once, across files', () => {
    expect(located(validate('many_errors'))).toEqual([
      'error FO241 flinkops.yaml:8:7',
      'error FO220 jobs/totals.sql:3:6',
      'error FO203 jobs/totals.yaml:1:14',
      'error FO203 jobs/totals.yaml:2:8',
      'error FO200 tables/order_totals.yaml:8:1',
    ]);
    // An override of a job with no file: renamed (the near name) or removed, both fixes are said.
    expect(validate('many_errors').find((d) => d.code === 'FO241')!.detail).toBe(
      'There is no jobs/totls.sql. If the job is now "totals", rename the override; if the job was removed, remove environments.dev.jobs.totls.',
    );
  });

  describe('a file over 1 MiB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-big-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('is reported instead of read', () => {
      cpSync(join(REPOS, 'valid'), dir, { recursive: true });
      writeFileSync(
        join(dir, 'jobs/totals.sql'),
        `-- ${'x'.repeat(1024 * 1024)}\nINSERT INTO order_totals SELECT 1, 2;\n`,
      );
      const diags = loadAndValidate(dir, { envVars: {} }).diags;
      expect(located(diags)).toEqual(['error FO103 jobs/totals.sql:1:1']);
      expect(diags[0]!.summary).toMatch(/too large/);
    });
  });
});
