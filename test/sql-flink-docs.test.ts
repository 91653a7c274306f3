/**
 * The SQL examples of Flink's own documentation (release 1.20: the SQL statement and query
 * pages, concepts, connectors and formats, SQL client, time zones, tuning, and the system
 * functions with each optional part of their syntax), as flinkops' SQL front end reads them.
 * Every statement in test/fixtures/flink-docs was accepted by a real Flink 1.20.3 through its
 * SQL Gateway (a query by EXPLAIN, over tables with the columns it uses): none may get an error.
 * The statements below are the documentation's own mistakes, which Flink's parser (1.20 and 2.2)
 * refuses at the column given: flinkops flags each there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql/index';

const dir = join(__dirname, 'fixtures', 'flink-docs');

describe('the SQL of the Flink documentation', () => {
  it.each([
    ['queries.sql', 160],
    ['statements.sql', 131],
    ['functions.sql', 56],
  ])('accepts every statement of %s', (file, statements) => {
    const a = analyzeScript(readFileSync(join(dir, file), 'utf8'), file, { flinkVersion: '1.20' });
    expect(a.statements).toHaveLength(statements);
    const errors = a.diags.filter((d) => d.severity === 'error');
    expect(
      errors.map((d) => `${d.code} ${d.summary} @${d.range?.start.line}:${d.range?.start.column}`),
    ).toEqual([]);
  });

  it.each([
    ['a reserved word as a column (tuning)', 'SELECT day, COUNT(DISTINCT user_id) FROM T GROUP BY day', 8],
    [
      'a reserved word in a PARTITION spec (insert)',
      "INSERT INTO country_page_view PARTITION (date='2019-8-30') SELECT user, cnt, country FROM page_view_source",
      42,
    ],
    [
      'CREATE TABLE for ALTER TABLE (alter)',
      'CREATE TABLE MyTable ADD DISTRIBUTION BY (uid) INTO 4 BUCKETS',
      22,
    ],
    [
      'two hints without a comma (hints)',
      'SELECT /*+ BROADCAST(t1) SHUFFLE_HASH(t1) */ * FROM t1 JOIN t2 ON t1.id = t2.id',
      26,
    ],
    [
      'AS OF without FOR SYSTEM_TIME (hints)',
      "SELECT /*+ LOOKUP('table'='D', 'max-attempts'='3', 'max-attempts'='4') */ * FROM t1 T JOIN t2 AS OF T.proctime AS D ON T.id = D.id",
      98,
    ],
    [
      'EXISTS after an operand (set operations)',
      'SELECT user, amount FROM Orders WHERE product EXISTS (SELECT product FROM NewProducts)',
      47,
    ],
    [
      'a TIMESTAMP_LTZ literal (system functions)',
      "SELECT TIMESTAMP_LTZ '2020-01-01 12:00:00' AS x FROM f",
      8,
    ],
  ])('flags %s where Flink stops', (_what, sql, column) => {
    for (const flinkVersion of ['1.20', '2.2']) {
      const errors = analyzeScript(sql, 'q.sql', { flinkVersion }).diags.filter(
        (d) => d.severity === 'error',
      );
      expect(errors.length, `Flink ${flinkVersion}`).toBeGreaterThan(0);
      expect(errors[0]!.code).toMatch(/^FO3\d\d$/);
      expect(errors[0]!.range).toMatchObject({ start: { line: 1, column } });
      expect(errors[0]!.detail.length).toBeGreaterThan(10);
    }
  });
});
