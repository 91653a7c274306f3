import { describe, expect, it } from 'vitest';
import { analyzeScript } from './analyze';
import { normalizeSql } from './normalize';
import { quoteIdentifier, quoteQualified, quoteString } from './quote';

const NASTY = [
  "it's",
  'a`b',
  'x */ DROP TABLE t; /*',
  "line\nbreak'; DROP TABLE t; --",
  "''",
  '``',
  '--',
  '/*+ OPTIONS() */',
  'é 🙂',
];

describe('quoting', () => {
  it('doubles the quote character', () => {
    expect(quoteIdentifier('a`b')).toBe('`a``b`');
    expect(quoteString("it's")).toBe("'it''s'");
    expect(quoteQualified(['c', 'd.e', 't'])).toBe('`c`.`d.e`.`t`');
  });

  it.each(NASTY)('a value %j cannot break out of its literal', (value) => {
    const sql = `CREATE TABLE ${quoteIdentifier(value)} (${quoteIdentifier(value)} STRING COMMENT ${quoteString(value)}) WITH (${quoteString(value)} = ${quoteString(value)});`;
    const a = analyzeScript(sql, 'f.sql');
    expect(a.diags).toEqual([]);
    expect(a.statements).toHaveLength(1);
    const t = a.statements[0]!.table!;
    expect(t.name.name).toBe(value);
    expect(t.columns).toHaveLength(1);
    expect(t.columns[0]).toMatchObject({ name: value, comment: value });
    expect(t.options).toEqual({ [value]: value });
  });

  it.each(NASTY)('SET round-trips %j', (value) => {
    const a = analyzeScript(`SET ${quoteString(value)} = ${quoteString(value)};`, 'f.sql');
    expect(a.statements).toHaveLength(1);
    expect(a.statements[0]!.set).toEqual({ key: value, value });
  });
});

describe('normalizeSql', () => {
  const base = "SELECT a, COUNT(*) AS c FROM `My Table` /*+ OPTIONS('k'='v') */ WHERE b = 'x  Y' GROUP BY a";
  const variants = [
    "select a,count(*) as c from `My Table` /*+ OPTIONS('k'='v') */ where b='x  Y' group by a",
    "SELECT a ,\n  COUNT( * ) AS c -- comment\nFROM `My Table`/*+   OPTIONS( 'k' = 'v' ) */\nWHERE b = 'x  Y' /* block */ GROUP BY a",
    "Select   a,  Count(*)  As  c\tFrom `My Table` /*+ OPTIONS('k'='v') */ Where b = 'x  Y' Group By a",
  ];

  it.each(variants)('ignores cosmetic edits: %j', (v) => {
    expect(normalizeSql(v)).toBe(normalizeSql(base));
  });

  // README "What a change does": keyword case never causes an upgrade, also for Flink's
  // non-reserved keywords and built-in function names.
  it.each([
    [
      "SELECT a FROM TABLE(TUMBLE(TABLE s, DESCRIPTOR(ts), INTERVAL '1' MINUTE))",
      "select a from table(tumble(table s, descriptor(ts), interval '1' minute))",
    ],
    [
      "SELECT PROCTIME(), HOP_START(ts, INTERVAL '1' HOUR, INTERVAL '1' DAY) FROM s",
      "select proctime(), hop_start(ts, interval '1' hour, interval '1' day) from s",
    ],
    [
      'SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC NULLS LAST) FROM s',
      'select row_number() over (partition by a order by b desc nulls last) from s',
    ],
    [
      'SELECT SUM(x) OVER (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM s',
      'select sum(x) over (order by ts rows between unbounded preceding and current row) from s',
    ],
    [
      "SELECT SUM(x) OVER (ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW) FROM s",
      "select sum(x) over (order by ts range between interval '1' hour preceding and current row) from s",
    ],
    ['SELECT a FROM s ORDER BY a ASC, b DESC', 'select a from s order by a asc, b desc'],
    ['CREATE TEMPORARY VIEW v AS SELECT a FROM s', 'create temporary view v as select a from s'],
    [
      "CREATE TEMPORARY FUNCTION f AS 'c' LANGUAGE JAVA USING JAR 'x.jar'",
      "create temporary function f as 'c' language java using jar 'x.jar'",
    ],
    ["INSERT OVERWRITE t SELECT MAP['a', 1] FROM s", "insert overwrite t select map['a', 1] from s"],
    [
      'CREATE TABLE t (ts TIMESTAMP(3) WITH LOCAL TIME ZONE, WATERMARK FOR ts AS ts)',
      'create table t (ts timestamp(3) with local time zone, watermark for ts as ts)',
    ],
    ["SELECT JSON_VALUE(a, '$.x' RETURNING INT) FROM s", "select json_value(a, '$.x' returning int) from s"],
    [
      'SELECT x FROM s MATCH_RECOGNIZE (ORDER BY t MEASURES A.x AS x AFTER MATCH SKIP PAST LAST ROW PATTERN (A) DEFINE A AS A.x > 1)',
      'select x from s match_recognize (order by t measures A.x as x after match skip past last row pattern (A) define A as A.x > 1)',
    ],
  ])('ignores the case of non-reserved keywords and built-in functions: %j', (upper, lower) => {
    expect(normalizeSql(lower)).toBe(normalizeSql(upper));
    expect(normalizeSql(normalizeSql(lower))).toBe(normalizeSql(lower));
  });

  it('keeps names spelled like non-reserved keywords', () => {
    expect(normalizeSql('SELECT view, desc FROM t ORDER BY desc')).toBe(
      'SELECT view, desc FROM t ORDER BY desc',
    );
    expect(normalizeSql('SELECT a FROM t ORDER BY desc')).not.toBe(
      normalizeSql('SELECT a FROM t ORDER BY DESC'),
    );
    expect(normalizeSql('SELECT zone FROM t')).not.toBe(normalizeSql('SELECT ZONE FROM t'));
  });

  it('keeps identifiers, literals and hints exactly', () => {
    const n = normalizeSql(base);
    expect(n).toContain('`My Table`');
    expect(n).toContain("'x  Y'");
    expect(n).toContain('/*+ OPTIONS');
    expect(normalizeSql('select myCol from MyTable')).toBe('SELECT myCol FROM MyTable');
    expect(normalizeSql("SELECT 'a' FROM t")).not.toBe(normalizeSql("SELECT 'A' FROM t"));
    expect(normalizeSql('SELECT a FROM t')).not.toBe(normalizeSql('SELECT A FROM t'));
    expect(normalizeSql("SELECT 1 /*+ A('x') */")).not.toBe(normalizeSql("SELECT 1 /*+ A('y') */"));
  });

  // Restart hashes are taken of this form: a name Flink reads with a leading $ keeps the form it
  // had when flinkops read that $ as a token of its own, so deployed jobs keep their hashes.
  it('spaces a leading $ of a name as it always has', () => {
    expect(normalizeSql('SELECT $a, a$b, $1 FROM t')).toBe('SELECT $ a, a$b, $ 1 FROM t');
  });

  it('renders a readable canonical form', () => {
    expect(
      normalizeSql(
        "create table t (a decimal(10,2) not null, b row<x int>, primary key (a) not enforced) with ('k'='v')",
      ),
    ).toBe(
      "CREATE TABLE t(a DECIMAL(10, 2) NOT NULL, b ROW<x INT>, PRIMARY KEY (a) NOT ENFORCED) WITH ('k' = 'v')",
    );
  });

  it.each([
    base,
    ...variants,
    "SELECT a.b, t.* FROM x.y WHERE c - -1 > 2 AND d <> 'q''r' || `e``f`",
    'SELECT 1.5e3, .5, x.`1`',
    "SELECT U&'\\0041', X'00'",
    'a -- x\n',
  ])('is idempotent on %j', (sql) => {
    const once = normalizeSql(sql);
    expect(normalizeSql(once)).toBe(once);
  });
});
