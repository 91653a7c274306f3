/**
 * Hand-labelled references for corpus statements (file + 0-based statement index):
 * what each reads (`@T` = FOR SYSTEM_TIME AS OF), writes, and which user functions it
 * calls. Each row was checked by reading the statement; the compiler's dependency
 * graph is built from exactly these lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql/index';
import type { ObjectRef, ScriptAnalysis } from '../src/sql/types';

const dir = join(__dirname, 'fixtures', 'corpus');
const cache = new Map<string, ScriptAnalysis>();
function statement(file: string, index: number) {
  let a = cache.get(file);
  if (!a) {
    a = analyzeScript(readFileSync(join(dir, file), 'utf8'), file);
    cache.set(file, a);
  }
  return a.statements[index]!;
}

const names = (refs: ObjectRef[]) => refs.map((r) => r.parts.join('.') + (r.temporal ? '@T' : '')).sort();
const list = (s: string) => (s ? s.split(',').sort() : []);

/** [file, index, feature, reads, writes, functions] */
const LABELS: [string, number, string, string, string, string][] = [
  [
    'cookbook__aggregations-and-analytics_01_group_by_window_01_group_by_window_tvf.sql',
    1,
    'TUMBLE TVF in TABLE()',
    'server_logs',
    '',
    '',
  ],
  [
    'cookbook__aggregations-and-analytics_01_group_by_window.sql',
    1,
    'legacy group window',
    'server_logs',
    '',
    '',
  ],
  ['cookbook__aggregations-and-analytics_10_hopping_time_windows.sql', 1, 'HOP TVF', 'bids', '', ''],
  ['cookbook__aggregations-and-analytics_12_lag.sql', 1, 'CTE', 'fake_stocks', '', ''],
  ['cookbook__aggregations-and-analytics_05_top_n.sql', 2, 'subquery in FROM', 'spells_cast', '', ''],
  ['cookbook__foundations_08_statement_sets.sql', 3, 'temporary view', 'server_logs', '', ''],
  [
    'cookbook__foundations_08_statement_sets.sql',
    5,
    'INSERT in BEGIN STATEMENT SET',
    'browsers',
    'realtime_aggregations',
    '',
  ],
  [
    'cookbook__foundations_08_statement_sets.sql',
    6,
    'INSERT in BEGIN STATEMENT SET',
    'browsers',
    'offline_datawarehouse',
    '',
  ],
  ['cookbook__joins_01_regular_joins.sql', 2, 'INNER JOIN', 'NOC,RealNames', '', ''],
  ['cookbook__joins_04_lookup_joins.sql', 2, 'lookup join', 'subscriptions,users@T', '', ''],
  [
    'cookbook__joins_05_star_schema.sql',
    4,
    'LEFT JOIN temporal',
    'train_activities,booking_channels@T',
    '',
    '',
  ],
  ['cookbook__joins_05_star_schema.sql', 5, 'CREATE TABLE LIKE', 'train_activities', '', ''],
  [
    'cookbook__joins_05_star_schema.sql',
    6,
    'INSERT SELECT *',
    'train_activities_faker',
    'train_activities',
    '',
  ],
  ['cookbook__joins_06_lateral_join.sql', 2, 'LATERAL subquery, comma join', 'CurrentPopulation', '', ''],
  [
    'cookbook__other-builtin-functions_05_expanding_arrays.sql',
    1,
    'CROSS JOIN UNNEST',
    'HarryPotter',
    '',
    '',
  ],
  [
    'cookbook__other-builtin-functions_05_expanding_arrays.sql',
    3,
    'temporal join on a view',
    'SpellsPerCharacter,Spells_Language@T',
    '',
    '',
  ],
  ['cookbook__other-builtin-functions_04_override_table_options.sql', 3, 'OPTIONS hint', 'airports', '', ''],
  [
    'cookbook__other-builtin-functions_03_current_watermark.sql',
    6,
    'backticked INSERT target',
    'mobile_data',
    'unique_users_per_window',
    '',
  ],
  ['flink-client-q__set.sql', 2, 'CREATE TABLE AS (VALUES)', '', 'foo', ''],
  ['flink-client-q__set.sql', 26, 'UDF call, VALUES alias with columns', '', '', 'func1'],
  ['flink-client-q__table.sql', 0, 'UDF in computed column', '', '', 'invalid_function'],
  ['flink-client-q__table.sql', 89, 'EXPLAIN INSERT with PARTITION', 'daily_orders', '', ''],
  ['flink-client-q__catalog_database.sql', 120, 'qualified view source', 'catalog1.db1.person', '', ''],
  [
    'flink-docs__catalogs.sql',
    3,
    'fully qualified table',
    'not_the_current_catalog.not_the_current_db.my_table',
    '',
    '',
  ],
  [
    'flink-docs__concepts_sql-table-concepts_determinism.sql',
    6,
    'subquery + temporal join',
    'cdc,dim_with_pk@T',
    'sink_with_pk',
    '',
  ],
  [
    'flink-docs__concepts_sql-table-concepts_temporal_table_function.sql',
    2,
    'LATERAL TABLE(fn)',
    'orders',
    '',
    'rates',
  ],
  [
    'flink-docs__concepts_sql-table-concepts_overview.sql',
    4,
    'COMPILE PLAN FOR INSERT',
    'Orders,LineOrders',
    '',
    '',
  ],
  [
    'flink-docs__dev_table_functions_ptfs.sql',
    0,
    'PTF with TABLE t PARTITION BY',
    'source_table',
    '',
    'my_ptf',
  ],
  ['flink-docs__dev_table_functions_ptfs.sql', 4, 'view over a PTF', 'Events', '', 'CheckoutProcessor'],
  [
    'flink-docs__dev_table_functions_ptfs.sql',
    5,
    'EXECUTE STATEMENT SET',
    'Checkouts',
    'EmailNotifications,CheckoutEvents',
    '',
  ],
  ['flink-docs__sql_reference_queries_changelog.sql', 0, 'built-in PTF', 'cdc_stream', '', ''],
  [
    'flink-docs__sql_reference_queries_hints.sql',
    1,
    'hints after table names',
    'kafka_table1,kafka_table2',
    '',
    '',
  ],
  [
    'flink-docs__sql_reference_queries_hints.sql',
    2,
    'hint on INSERT target',
    'kafka_table2',
    'kafka_table1',
    '',
  ],
  ['flink-docs__sql_reference_queries_hints.sql', 6, 'JOIN chain with query hint', 't1,t2,t3', '', ''],
  ['flink-docs__sql_reference_queries_hints.sql', 21, 'FOR SYSTEM_TIME AS OF', 'Orders,Customers@T', '', ''],
  [
    'flink-docs__sql_reference_queries_hints.sql',
    34,
    'LEFT OUTER JOIN chain',
    'orders,lineitem,customers',
    '',
    '',
  ],
  ['flink-docs__sql_reference_queries_hints.sql', 37, 'aliased subquery', 'orders', '', ''],
  ['flink-docs__sql_reference_queries_match_recognize.sql', 0, 'MATCH_RECOGNIZE', 'MyTable', '', ''],
  [
    'flink-docs__sql_reference_queries_match_recognize.sql',
    1,
    'MATCH_RECOGNIZE with DEFINE',
    'Ticker',
    '',
    '',
  ],
  ['flink-docs__sql_reference_queries_time-travel.sql', 2, 'time travel', 'paimon_tb@T', '', ''],
  [
    'flink-docs__sql_reference_queries_vector-search.sql',
    2,
    'LATERAL TABLE, named args',
    'input_table,vector_table',
    '',
    '',
  ],
  [
    'flink-docs__sql_reference_queries_vector-search.sql',
    3,
    'FROM TABLE(fn(TABLE t))',
    'vector_table',
    '',
    '',
  ],
  [
    'flink-docs__sql_reference_queries_window-join.sql',
    5,
    'window join of two TVFs',
    'LeftTable,RightTable',
    '',
    '',
  ],
  ['flink-docs__sql_reference_queries_window-tvf.sql', 2, 'TUMBLE old form', 'Bid', '', ''],
  ['flink-docs__sql_reference_queries_window-tvf.sql', 3, 'TUMBLE named args', 'Bid', '', ''],
  ['flink-docs__sql_reference_queries_window-tvf.sql', 9, 'CUMULATE named args', 'Bid', '', ''],
  [
    'flink-docs__sql_reference_queries_window-tvf.sql',
    14,
    'SESSION named args + PARTITION BY',
    'Bid',
    '',
    '',
  ],
  ['flink-docs__sql_reference_queries_window-tvf.sql', 20, 'named `OFFSET` arg', 'Bid', '', ''],
  ['flink-docs__sql_reference_queries_with.sql', 0, 'WITH', 'Orders', '', ''],
  ['flink-docs__sql_reference_utility_explain.sql', 2, 'UNION ALL in subquery', 'MyTable1,MyTable2', '', ''],
  ['flink-docs__sql_reference_dml_delete.sql', 3, 'DELETE', '', 'Orders', ''],
  ['flink-e2e__create_table_as_e2e.sql', 5, 'CREATE TABLE AS with UDF', '', 'JsonTable', 'count_agg'],
  [
    'flink-e2e__flink-batch-sql-test_sql-job-query.sql',
    0,
    'nested subqueries, comma join',
    'table2,table1',
    'sinkTable',
    '',
  ],
  [
    'flink-e2e__flink-tpcds-test_query1.sql',
    0,
    'CTE + correlated subquery',
    'store_returns,date_dim,store,customer',
    '',
    '',
  ],
  [
    'flink-e2e__flink-tpcds-test_query14a.sql',
    0,
    'CTEs, INTERSECT, IN subquery',
    'item,store_sales,date_dim,catalog_sales,web_sales',
    '',
    '',
  ],
  [
    'flink-e2e__flink-tpcds-test_query88.sql',
    0,
    'cross join of subqueries',
    'store_sales,household_demographics,time_dim,store',
    '',
    '',
  ],
  [
    'k8s-operator-examples__flink-sql-runner-example_sql-scripts_statement-set.sql',
    3,
    'EXECUTE STATEMENT SET',
    'orders',
    'print_table,blackhole_table',
    '',
  ],
  ['nexmark__queries_q12.sql', 2, 'TVF over a view with PROCTIME', 'B', 'nexmark_q12', ''],
  ['nexmark__queries_q14.sql', 2, 'UDF in CASE', 'bid', 'nexmark_q14', 'count_char'],
  ['nexmark__queries_q20.sql', 1, 'join', 'bid,auction', 'nexmark_q20', ''],
  ['nexmark__queries-cep_q2.sql', 1, 'INSERT from MATCH_RECOGNIZE', 'bid', 'discard_sink', ''],
  [
    'streamshub-examples__recommendation-app__index.sql',
    4,
    'JOIN with AS alias + LEFT JOIN',
    'clicked_products,ProductInventoryTable,SalesRecordTable',
    '',
    '',
  ],
  [
    'streamshub-examples__user-defined-functions__index.sql',
    7,
    'INSERT with UDF',
    'InternationalSalesRecordTable',
    'IsoInternationalSalesRecordTable',
    'currency_convert',
  ],
];

describe('hand-labelled corpus references', () => {
  it('has enough rows to mean something', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(LABELS)('%s #%i (%s)', (file, index, _feature, reads, writes, functions) => {
    const s = statement(file, index);
    expect(s, `${file} has no statement ${index}`).toBeDefined();
    expect(names(s.reads)).toEqual(list(reads));
    expect(names(s.writes)).toEqual(list(writes));
    expect(names(s.functions)).toEqual(list(functions));
  });

  it('keeps the INSERTs of an EXECUTE STATEMENT SET as inner statements', () => {
    const s = statement('k8s-operator-examples__flink-sql-runner-example_sql-scripts_statement-set.sql', 3);
    expect(s.kind).toBe('statement_set');
    expect(s.inner?.map((i) => [i.kind, names(i.writes)])).toEqual([
      ['insert', ['print_table']],
      ['insert', ['blackhole_table']],
    ]);
  });
});
