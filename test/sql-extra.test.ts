/**
 * The SQL front end against more real Flink SQL (test/fixtures/sql-extra): scripts from
 * the corpus's sources that the corpus does not hold. Split counts and kinds from the
 * manifest, no false errors on valid scripts, every ParseException statement flagged,
 * hand-labelled references, and the rules these scripts made us fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql/index';
import type { ObjectRef, ScriptAnalysis } from '../src/sql/types';

const dir = join(__dirname, 'fixtures', 'sql-extra');

interface ManifestFile {
  file: string;
  repo: string;
  path: string;
  license: string;
  expect: 'valid' | 'parse-error';
  statement_count: number;
  kinds?: Record<string, number>;
}

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  scripts: number;
  statements: number;
  files: ManifestFile[];
};

/** The Nexmark queries are written for Flink 1.x: they name a column `dateTime`, a reserved word since Flink 2.0. */
const flinkVersionOf = (file: string) => (file.startsWith('nexmark__') ? '1.20' : undefined);

/**
 * Statements of "valid" scripts that Flink's own parser rejects (checked with the SQL
 * oracle, flink-sql-parser 1.20.0 to 2.3.0): docs examples of `LATERAL fn(...)` without
 * TABLE(...), and of a PARTITION spec naming the reserved word `date` unquoted. flinkops
 * must flag them, at the token Flink stops at.
 */
const FLINK_REJECTS: [file: string, index: number, at: string][] = [
  ['flink-docs__sql_reference_dml_insert.sql', 1, 'date'],
  ['flink-docs__sql_reference_dml_insert.sql', 2, 'date'],
  ['flink-docs__sql_reference_dml_insert.sql', 3, 'date'],
  ['flink-docs__sql_reference_dml_insert.sql', 4, 'date'],
  ['flink-docs__sql_reference_dml_insert.sql', 5, 'date'],
  ['flink-docs__sql_reference_dml_insert.sql', 6, 'date'],
  ['flink-docs__sql_reference_queries_joins.sql', 11, 'Rates'],
  ['flink-docs__sql_reference_queries_joins.sql', 12, 'Rates'],
  ['flink-docs__sql_reference_queries_joins.sql', 13, 'SNAPSHOT'],
  ['flink-docs__sql_reference_queries_joins.sql', 22, 'table_func'],
  ['flink-docs__sql_reference_queries_joins.sql', 23, 'table_func'],
  // Confluent Cloud's DATE($rowtime): Flink 2.x parses it, but no release defines a function DATE
  // (real 2.2.0: "No match found for function signature DATE(<CHARACTER>)").
  ['flink-studies__docs_concepts_flink-sql.sql', 0, 'DATE'],
  ['flink-studies__docs_concepts_flink-sql.sql', 1, 'DATE'],
];
const rejected = (file: string, index: number) => FLINK_REJECTS.some(([f, i]) => f === file && i === index);

const cache = new Map<string, ScriptAnalysis>();
function analysed(file: string): ScriptAnalysis {
  let a = cache.get(file);
  if (!a) {
    a = analyzeScript(readFileSync(join(dir, file), 'utf8'), file, { flinkVersion: flinkVersionOf(file) });
    cache.set(file, a);
  }
  return a;
}

const names = (refs: ObjectRef[]) => refs.map((r) => r.parts.join('.') + (r.temporal ? '@T' : '')).sort();
const list = (s: string) => (s ? s.split(',').sort() : []);
const errorsOf = (a: ScriptAnalysis) =>
  a.diags.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.summary} @${d.range?.start.line}`);

describe('SQL extra corpus', () => {
  it('has at least 80 statements, each file attributed', () => {
    const valid = manifest.files.filter((f) => f.expect === 'valid');
    expect(valid).toHaveLength(manifest.scripts);
    expect(valid.reduce((n, f) => n + f.statement_count, 0)).toBe(manifest.statements);
    expect(manifest.statements).toBeGreaterThanOrEqual(80);
    for (const f of manifest.files) {
      expect(f.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(f.path.length).toBeGreaterThan(0);
      expect(f.license).toBe('Apache-2.0');
    }
  });

  it.each(manifest.files.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const a = analysed(f.file);
    expect(a.statements).toHaveLength(f.statement_count);
    if (f.expect === 'valid') {
      const accepted = a.statements.filter((_, i) => !rejected(f.file, i));
      expect(accepted.flatMap((s) => errorsOf({ statements: [s], diags: s.diags }))).toEqual([]);
      const kinds: Record<string, number> = {};
      for (const s of a.statements) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
      expect(kinds).toEqual(f.kinds);
    } else {
      for (const s of a.statements) {
        const errors = s.diags.filter((d) => d.severity === 'error');
        expect(errors.length, `not flagged: ${s.text}`).toBeGreaterThan(0);
        for (const d of errors) {
          expect(d.code).toMatch(/^FO3\d\d$/);
          expect(d.range!.start.line).toBeGreaterThanOrEqual(s.range.start.line);
          expect(d.range!.end.line).toBeLessThanOrEqual(s.range.end.line);
        }
      }
    }
  });

  it('points at what Flink rejects', () => {
    const first = (file: string) => analysed(file).statements[0]!.diags.find((d) => d.severity === 'error')!;
    // LOAD MODULE 'hive' → ParseException: Encountered "'hive'" at line 1, column 13.
    expect(first('flink-client-q__module.invalid.sql')).toMatchObject({
      code: 'FO312',
      range: { start: { line: 1, column: 13 } },
    });
    // create catalog invalid.cat → ParseException: Encountered "." (the name is one identifier).
    expect(first('flink-gateway-q__catalog_database.invalid.sql')).toMatchObject({
      code: 'FO315',
      range: { start: { line: 1, column: 16 } },
    });
    // CREATE TABLE event_status ( ) → ParseException: Encountered ")" at line 3, column 5 (line 4 here, under the header).
    expect(
      first('flink-studies__code_flink-sql_04-2-joins_event_status_processing_README.invalid.sql'),
    ).toMatchObject({
      code: 'FO312',
      range: { start: { line: 4, column: 5 } },
    });
  });
});

/** [file, index, feature, reads, writes, functions]; each row checked by reading the statement. */
const LABELS: [string, number, string, string, string, string][] = [
  ['nexmark__queries_q7.sql', 1, 'join with a TUMBLE subquery', 'bid', 'nexmark_q7', ''],
  ['nexmark__queries_q8.sql', 1, 'join of two windowed subqueries', 'person,auction', 'nexmark_q8', ''],
  ['nexmark__queries_q6.sql', 1, 'OVER over ROW_NUMBER over comma join', 'auction,bid', 'nexmark_q6', ''],
  ['nexmark__queries_q13.sql', 2, 'lookup join on a subquery', 'bid,side_input@T', 'nexmark_q13', ''],
  ['nexmark__queries_q19.sql', 1, 'top-N in an unaliased subquery', 'bid', 'nexmark_q19', ''],
  ['nexmark__queries_q16.sql', 1, 'aggregates with FILTER (WHERE ...)', 'bid', 'nexmark_q16', ''],
  ['nexmark__queries-cep_q1.sql', 1, 'MATCH_RECOGNIZE with AFTER MATCH', 'bid', 'discard_sink', ''],
  ['nexmark__queries_ddl_views.sql', 2, 'view over ROW fields', 'datagen', '', ''],
  [
    'cookbook__aggregations-and-analytics_07_chained_windows.sql',
    4,
    'view over a view',
    'server_logs_window_1m',
    '',
    '',
  ],
  [
    'cookbook__aggregations-and-analytics_07_chained_windows.sql',
    7,
    'INSERT inside BEGIN STATEMENT SET',
    'server_logs_window_5m',
    'avg_request_size_5m',
    '',
  ],
  [
    'cookbook__joins_03_kafka_join.sql',
    2,
    'event-time temporal join',
    'transactions,currency_rates@T',
    '',
    '',
  ],
  ['cookbook__joins_03_kafka_join.sql', 3, 'CREATE TABLE WITH (...) LIKE', 'currency_rates', '', ''],
  ['cookbook__joins_02_interval_joins.sql', 2, 'interval join', 'orders,shipments', '', ''],
  [
    'cookbook__other-builtin-functions_08_generate_json_from_data.sql',
    2,
    'JSON_OBJECTAGG(KEY .. VALUE ..)',
    'clients',
    '',
    '',
  ],
  ['flink-client-q__delete.sql', 5, 'DELETE with a subquery on itself', 't', 't', ''],
  ['flink-client-q__truncate.sql', 5, 'TRUNCATE TABLE', '', 't', ''],
  ['flink-client-q__function.sql', 3, 'UDF over VALUES', '', '', 'func1'],
  ['flink-client-q__materialized_table.sql', 1, 'materialized table', 'datagenSource', 'users_shops', ''],
  [
    'flink-docs__sql_materialized-table_statements.sql',
    3,
    'materialized table over a join',
    'kafka_catalog.db1.kafka_table,user_catalog.db1.user_table',
    'my_materialized_table_continuous',
    '',
  ],
  [
    'flink-docs__sql_materialized-table_statements.sql',
    5,
    'CREATE OR ALTER MATERIALIZED TABLE',
    'kafka_catalog.db1.events',
    'my_materialized_table',
    '',
  ],
  [
    'flink-docs__sql_materialized-table_statements.sql',
    30,
    'ALTER MATERIALIZED TABLE ... AS',
    'kafka_catalog.db1.events',
    'my_materialized_table',
    '',
  ],
  ['flink-docs__sql_materialized-table_statements.sql', 21, 'ALTER ... SUSPEND', '', '', ''],
  ['flink-docs__sql_reference_queries_joins.sql', 15, 'lookup join', 'Orders,Customers@T', '', ''],
  ['flink-docs__sql_reference_queries_joins.sql', 21, 'CTE + UNNEST WITH ORDINALITY', '', '', ''],
  [
    'flink-docs__sql_reference_dml_insert.sql',
    2,
    'EXECUTE INSERT with PARTITION',
    'page_view_source',
    'country_page_view',
    '',
  ],
  ['flink-docs__sql_reference_dml_insert.sql', 8, 'EXECUTE STATEMENT SET of VALUES', '', 'students', ''],
  [
    'flink-docs__sql_reference_dml_insert.sql',
    9,
    'ON CONFLICT DO ERROR',
    'orders,products',
    'product_orders',
    '',
  ],
  [
    'flink-docs__sql_reference_ddl_create.sql',
    11,
    'CTAS with PRIMARY KEY and DISTRIBUTED',
    'source_table',
    'my_ctas_table',
    '',
  ],
  ['flink-docs__sql_reference_ddl_create.sql', 1, 'INSERT reading its target', 'MyTable', 'MyTable', ''],
  ['flink-docs__sql_reference_queries_window-agg.sql', 5, 'SESSION with PARTITION BY', 'Bid', '', ''],
  ['flink-docs__sql_reference_queries_window-agg.sql', 12, 'TUMBLE over a view', 'window1', '', ''],
  [
    'flink-docs__sql_reference_queries_model-inference.sql',
    2,
    'ML_PREDICT named args',
    'input_table',
    '',
    '',
  ],
  [
    'streamshub-examples__interactive-etl__index.sql',
    5,
    'view with column list and (query)',
    'SalesRecordTable',
    '',
    '',
  ],
  [
    'streamshub-examples__interactive-etl__index.sql',
    8,
    'INSERT with TRIM(LEADING .. FROM ..)',
    'SalesRecordTable',
    'CleanedSalesRecordTable',
    '',
  ],
  ['flink-e2e__compile_plan_use_remote_file_e2e.sql', 5, 'COMPILE AND EXECUTE PLAN', 'MyTable', 'MySink', ''],
  ['flink-e2e__remote_jar_e2e.sql', 7, 'UDF over aliased VALUES', '', 'JsonTable', 'count_agg'],
  ['flink-gateway-q__table.sql', 53, 'EXPLAIN PLAN FOR INSERT', 'orders', '', ''],
  ['k8s-operator-examples__flink-sql-runner-example_sql-scripts_simple.sql', 1, 'LIKE', 'orders', '', ''],
];

describe('statements of valid scripts that Flink rejects', () => {
  it.each(FLINK_REJECTS)('%s #%i is flagged at `%s`', (file, index, at) => {
    const s = analysed(file).statements[index]!;
    const e = s.diags.find((d) => d.severity === 'error');
    expect(e?.code).toBe('FO312');
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const line = lines[e!.range!.start.line - 1]!;
    expect(line.slice(e!.range!.start.column - 1)).toMatch(new RegExp(`^${at}\\b`));
  });
});

describe('hand-labelled sql-extra references', () => {
  it('has enough rows to mean something', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(LABELS)('%s #%i (%s)', (file, index, _feature, reads, writes, functions) => {
    const s = analysed(file).statements[index];
    expect(s, `${file} has no statement ${index}`).toBeDefined();
    expect(names(s!.reads)).toEqual(list(reads));
    expect(names(s!.writes)).toEqual(list(writes));
    expect(names(s!.functions)).toEqual(list(functions));
  });

  it('defines a materialized table like a CTAS table', () => {
    const s = analysed('flink-docs__sql_materialized-table_statements.sql').statements[3]!;
    expect(s.kind).toBe('create_materialized_table');
    expect(s.table).toMatchObject({
      name: { name: 'my_materialized_table_continuous' },
      partitionedBy: ['ds'],
      options: { format: 'debezium-json' },
      asQuery: true,
    });
  });
});

describe('rules fixed for the extra corpus', () => {
  const one = (sql: string) => analyzeScript(sql, 'x.sql').statements[0]!;
  const errors = (sql: string) => one(sql).diags.filter((d) => d.severity === 'error');

  it('accepts CREATE FUNCTION ... USING ARTIFACT and WITH (...) (Flink 2.x grammar)', () => {
    expect(errors("CREATE FUNCTION f AS 'a.B' LANGUAGE PYTHON USING ARTIFACT 'f.zip'")).toEqual([]);
    expect(errors("CREATE FUNCTION f AS 'a.B' USING JAR 'a.jar', ARTIFACT 'b.jar' WITH ('k' = 'v')")).toEqual(
      [],
    );
    expect(one("CREATE FUNCTION f AS 'a.B' USING ARTIFACT 'f.zip'").function?.jars).toEqual(['f.zip']);
    expect(errors("CREATE FUNCTION f AS 'a.B' USING FILE 'f.zip'").map((d) => d.code)).toEqual(['FO312']);
  });

  it('flags module names written as strings', () => {
    expect(errors("UNLOAD MODULE 'core'").map((d) => d.code)).toEqual(['FO312']);
    expect(errors("USE MODULES hive, 'core'").map((d) => d.code)).toEqual(['FO312']);
    expect(errors("LOAD MODULE hive WITH ('hive-version' = '2.3.4')")).toEqual([]);
    expect(errors('USE MODULES hive, core')).toEqual([]);
    expect(errors('USE `default`')).toEqual([]);
  });

  it('takes bare column names only when a query supplies their types', () => {
    const ctas = one("CREATE TABLE t (b, a) WITH ('connector' = 'x') AS SELECT a, b FROM s");
    expect(ctas.diags).toEqual([]);
    expect(ctas.table?.columns.map((c) => c.name)).toEqual(['b', 'a']);
    expect(errors("CREATE TABLE t (a, b INT) WITH ('connector' = 'x')").map((d) => d.code)).toEqual([
      'FO313',
    ]);
  });

  it('reads the query of ALTER VIEW ... AS', () => {
    const s = one('ALTER VIEW v AS SELECT * FROM t JOIN u ON t.id = u.id');
    expect(s.kind).toBe('alter');
    expect(names(s.reads)).toEqual(['t', 'u']);
    expect(s.writes).toEqual([]);
    expect(one('ALTER VIEW v RENAME TO w').reads).toEqual([]);
  });

  it('checks materialized-table clauses', () => {
    expect(
      errors("CREATE MATERIALIZED TABLE m FRESHNESS = INTERVAL '1' HOUR REFRESH_MODE = FULL AS SELECT 1"),
    ).toEqual([]);
    expect(
      errors('CREATE MATERIALIZED TABLE m REFRESH_MODE = SOMETIMES AS SELECT 1').map((d) => d.code),
    ).toEqual(['FO312']);
  });
});
