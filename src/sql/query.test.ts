import { describe, expect, it } from 'vitest';
import { analyzeScript } from './analyze';

const errorsOf = (sql: string, flinkVersion?: string) =>
  analyzeScript(sql, 'q.sql', { flinkVersion }).diags.filter((d) => d.severity === 'error');
const one = (sql: string, flinkVersion?: string) =>
  analyzeScript(sql, 'q.sql', { flinkVersion }).statements[0]!;
const names = (refs: { parts: string[]; temporal?: boolean }[]) =>
  refs.map((r) => r.parts.join('.') + (r.temporal ? '@T' : '')).sort();

describe('query grammar: accepted', () => {
  it.each([
    [
      'set operations, ORDER BY, LIMIT',
      'SELECT a FROM t UNION ALL (SELECT b FROM u) EXCEPT SELECT c FROM v ORDER BY 1 DESC NULLS LAST LIMIT 10',
    ],
    ['WITH and VALUES', 'WITH x (a, b) AS (VALUES (1, 2), (3, 4)) SELECT * FROM x'],
    [
      'every join',
      'SELECT * FROM a INNER JOIN b ON a.k = b.k LEFT OUTER JOIN c USING (k) FULL JOIN d ON TRUE CROSS JOIN e NATURAL JOIN f',
    ],
    [
      'interval join',
      "SELECT * FROM o, s WHERE o.id = s.id AND o.ts BETWEEN s.ts - INTERVAL '4' HOUR AND s.ts",
    ],
    ['temporal join', 'SELECT * FROM o JOIN r FOR SYSTEM_TIME AS OF o.ts AS x ON o.c = x.c'],
    [
      'LATERAL TABLE and UNNEST',
      'SELECT * FROM t, LATERAL TABLE(split(t.s)) AS s(w) CROSS JOIN UNNEST(t.arr) WITH ORDINALITY AS u(v, n)',
    ],
    [
      'window TVF',
      "SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end",
    ],
    [
      'OVER windows',
      "SELECT SUM(x) OVER (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW), ROW_NUMBER() OVER w FROM t WINDOW w AS (ORDER BY ts ROWS 2 PRECEDING)",
    ],
    [
      'MATCH_RECOGNIZE',
      "SELECT * FROM t MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES FIRST(A.ts) AS s, LAST(B.p) AS e ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+ C*? {- D -}) WITHIN INTERVAL '1' HOUR DEFINE B AS B.p < PREV(B.p), C AS TRUE) AS m",
    ],
    [
      'grouping',
      'SELECT a, b, SUM(c) FROM t GROUP BY GROUPING SETS ((a, b), (a), ()), ROLLUP (a, b), CUBE (b) HAVING SUM(c) > 1',
    ],
    [
      'hints',
      "SELECT /*+ BROADCAST(d), STATE_TTL('o' = '1d') */ * FROM o /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */ JOIN d ON o.k = d.k",
    ],
    [
      'expressions',
      "SELECT CASE WHEN a IS NOT DISTINCT FROM b THEN CAST(c AS DECIMAL(10, 2)) ELSE TRY_CAST(d AS INT) END, e LIKE 'x%' ESCAPE '!', f NOT SIMILAR TO 'y', ARRAY[1, 2][1], MAP['k', 1]['k'], ROW(1, 'a'), g.h.i, x IN (SELECT y FROM u), EXISTS (SELECT 1 FROM v), EXTRACT(DAY FROM ts), TRIM(LEADING 'x' FROM s), POSITION('a' IN s), SUBSTRING(s FROM 1 FOR 2), FLOOR(ts TO HOUR), COUNT(DISTINCT a) FILTER (WHERE b > 0), TIMESTAMPDIFF(SECOND, a, b), JSON_VALUE(j, '$.a' RETURNING INT DEFAULT 0 ON EMPTY), JSON_OBJECT(KEY 'a' VALUE 1, 'b' VALUE NULL ABSENT ON NULL), DATE '2020-01-01', -x * (y + 1) || 'z' FROM t",
    ],
  ])('%s', (_what, sql) => {
    expect(errorsOf(sql)).toEqual([]);
  });

  // Flink's own parser (1.20 and 2.2) accepts each of these: held-back statements from Flink's and
  // Flink CDC's documentation, checked with the SQL oracle, that flinkops rejected.
  it.each([
    ['JSON_ARRAY with a NULL first', 'SELECT JSON_ARRAY(NULL), JSON_ARRAY(NULL, 1 NULL ON NULL)'],
    ['JSON_ARRAY of NULL, then its ON NULL clause', 'SELECT JSON_ARRAY(NULL ABSENT ON NULL)'],
    ['empty JSON constructors', 'SELECT JSON_ARRAY(), JSON_OBJECT(), JSON_OBJECT(NULL ON NULL)'],
    ['a // line comment', 'SELECT 1 // the first\nFROM t'],
    [
      'a // comment in a column list',
      "CREATE TABLE t (\n  _id STRING, // must be declared\n  x INT\n) WITH ('connector' = 'datagen')",
    ],
    ['DEFAULT in a VALUES row', 'INSERT INTO t VALUES (DEFAULT, 1), ROW(2, DEFAULT)'],
    ['DEFAULT for an optional argument', 'SELECT f(1, DEFAULT), g(a => DEFAULT) FROM t'],
  ])('%s', (_what, sql) => {
    expect(errorsOf(sql)).toEqual([]);
  });

  it('takes DEFAULT only as a whole item of a VALUES row', () => {
    expect(errorsOf('INSERT INTO t VALUES (DEFAULT + 1)')[0]).toMatchObject({
      code: 'FO312',
      range: { start: { line: 1, column: 31 } },
    });
  });
});

describe('query grammar: one typo is a located error', () => {
  it.each([
    ['SELECT a FORM t', 1, 15, 'FROM'],
    ['SELECT a FROM t GROUP a', 1, 23, 'BY'],
    ['SELECT a FROM t WHER a > 1', 1, 22, 'WHERE'],
    ['SELECT a,, b FROM t', 1, 10, 'an expression'],
    ['SELECT a b c FROM t', 1, 12, 'FROM'],
    ['SELECT * FROM a JOIN b ONN a.k = b.k', 1, 28, '`ONN` looks like a misspelling of ON'],
    ['SELECT a FROM t GROUP BY a WHERE a > 1', 1, 28, 'HAVING'],
    // The word before is the misspelt keyword, not the table name after it that looks like ORDER.
    ['SELECT a FORM orders', 1, 15, '`FORM` looks like a misspelling of FROM'],
    [
      'CREATE VIEW v AS SELECT a FROM t\nINSERT INTO s SELECT a FROM v',
      2,
      1,
      'Is a `;` missing before INSERT?',
    ],
    [
      'SELECT a, "status" FROM t',
      1,
      11,
      "write a name in backticks (`status`), a string in single quotes ('status')",
    ],
  ])('%s', (sql, line, column, expected) => {
    const [e, ...more] = errorsOf(sql);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ code: 'FO312', range: { file: 'q.sql', start: { line, column } } });
    expect(e!.detail).toContain(expected);
    expect(e!.detail).not.toContain('misspelling of ORDER');
  });

  it.each([
    ['a doubled comma in JSON_OBJECT', "SELECT JSON_OBJECT(KEY 'a' VALUE x,, KEY 'b' VALUE y) FROM t", 1, 36],
    ['a missing comma in JSON_OBJECT', "SELECT JSON_OBJECT(KEY 'a' VALUE x KEY 'b' VALUE y) FROM t", 1, 36],
    ['a table in parentheses', 'SELECT * FROM (t)', 1, 16],
    ['a doubled comma in the INSERT column list', 'INSERT INTO s (a,, b) SELECT 1, 2', 1, 18],
    ['a reserved word in a PARTITION spec', "INSERT INTO s PARTITION (date = '2020') SELECT 1", 1, 26],
  ])('%s', (_what, sql, line, column) => {
    const [e] = errorsOf(sql);
    expect(e).toMatchObject({ code: 'FO312', range: { start: { line, column } } });
  });

  it.each([
    ['after the column list', "INSERT INTO s (a) /*+ OPTIONS('k' = 'v') */ SELECT 1", 19],
    ['after the PARTITION spec', "INSERT INTO s PARTITION (p = '1') /*+ OPTIONS('k' = 'v') */ SELECT 1", 35],
  ])('places a table hint only right after the INSERT target: one %s is an error', (_what, sql, column) => {
    const [e, ...more] = errorsOf(sql);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ code: 'FO312', range: { start: { line: 1, column } } });
    expect(e!.detail).toContain("right after the table's name");
    expect(errorsOf("INSERT INTO s /*+ OPTIONS('k' = 'v') */ PARTITION (p = '1') (a) SELECT 1")).toEqual([]);
  });

  it('takes the PARTITION spec of INSERT before its column list, not after', () => {
    expect(errorsOf("INSERT INTO s (a) PARTITION (p = '1') SELECT 1")[0]).toMatchObject({
      range: { start: { line: 1, column: 19 } },
    });
  });

  it('names a misspelled keyword read as a name', () => {
    expect(errorsOf('SELECT a FORM t')[0]!.detail).toContain('`FORM` looks like a misspelling of FROM');
  });

  it('locates a problem inside a hint at its character', () => {
    const [e] = errorsOf('SELECT /*+ BROADCAST(t1) SHUFFLE_HASH(t1) */ * FROM t1');
    expect(e).toMatchObject({ range: { start: { line: 1, column: 26 } } });
    expect(e!.detail).toContain('`,` between hints');
  });

  it('says how to write "not equal"', () => {
    expect(errorsOf('SELECT a FROM t WHERE a != 1')[0]!.detail).toContain('<>');
  });

  it.each([
    [
      'SELECT \u2018abc\u2019 AS s FROM t',
      8,
      'Typographic quote \u2018 (U+2018) in the query',
      "write 'text'",
    ],
    [
      'SELECT a FROM t WHERE b = \u201cx\u201d',
      27,
      'Typographic quote \u201c (U+201C) in the query',
      "write 'text'",
    ],
    ['SELECT a\u0000 FROM t', 9, 'Invisible character U+0000 in the query', 'Remove it'],
    ['SELECT r.st\u200batus FROM t', 12, 'Invisible character U+200B in the query', 'Remove it'],
  ])('names a character that is not SQL: %j', (sql, column, summary, detail) => {
    const [e, ...more] = errorsOf(sql);
    expect(more).toEqual([]);
    expect(e).toMatchObject({
      code: 'FO312',
      summary,
      range: { start: { line: 1, column }, end: { line: 1, column: column + 1 } },
    });
    expect(e!.detail).toContain(detail);
    // In a literal, a comment or a quoted name they are text.
    expect(errorsOf("SELECT '\u2018a\u2019' AS `\u201cb\u201d` FROM t -- \u2018c\u2019")).toEqual([]);
  });

  it('says a statement nested too deeply to follow is that, not an internal error to report', () => {
    const sql = `SELECT ${'COALESCE('.repeat(5000)}a${', 1)'.repeat(5000)} FROM t`;
    const [e, ...more] = errorsOf(sql);
    expect(more).toEqual([]);
    expect(e).toMatchObject({
      code: 'FO319',
      summary: 'Statement nests brackets or function calls too deeply to analyse',
      range: { start: { line: 1, column: 1 } },
    });
    expect(e!.detail).toContain('Write it flatter');
    expect(errorsOf(`SELECT ${'COALESCE('.repeat(100)}a${', 1)'.repeat(100)} FROM t`)).toEqual([]);
  });

  it.each([
    ['INSERT INTO s SELECT a FROM t WHERE a = ${env.LIMIT}', 'FO312', 41, ' in INSERT'],
    ['INSERT INTO ${env.SINK} SELECT a FROM t', 'FO312', 13, ' in INSERT'],
    ['SELECT a, ${secret.KEY} FROM t', 'FO312', 11, ' in the query'],
    ['${env.SCRIPT}', 'FO311', 1, ''],
  ])('says a reference outside a literal must be quoted: %s', (sql, code, column, where) => {
    const [e, ...more] = errorsOf(sql);
    expect(more).toEqual([]);
    const ref = /\$\{[^}]+\}/.exec(sql)![0];
    expect(e).toMatchObject({
      code,
      summary: `${ref} outside a '...' string literal${where}`,
      range: { start: { line: 1, column }, end: { line: 1, column: column + ref.length } },
    });
    expect(e!.detail).toContain(`write '${ref}' where text fits`);
  });
});

describe('reads and functions come from the parse', () => {
  it('reads tables, not CTE names, aliases or columns; calls user functions only', () => {
    const s = one(
      'INSERT INTO sink WITH c AS (SELECT * FROM src) SELECT my_fn(c.x), UPPER(c.y) FROM c JOIN dim FOR SYSTEM_TIME AS OF c.ts AS d ON c.k = d.k, LATERAL TABLE(cat.db.split(c.s)) WHERE c.k IN (SELECT k FROM allowed)',
    );
    expect(names(s.reads)).toEqual(['allowed', 'dim@T', 'src']);
    expect(names(s.writes)).toEqual(['sink']);
    expect(names(s.functions)).toEqual(['cat.db.split', 'my_fn']);
  });

  it('reads the table of a window TVF', () => {
    const s = one(
      "SELECT * FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))",
    );
    expect(names(s.reads)).toEqual(['bids']);
    expect(s.functions).toEqual([]);
  });

  it('a misspelled INSERT INTO writes nothing', () => {
    expect(one('INSERT sink SELECT * FROM src').writes).toEqual([]);
  });
});

describe('version-aware grammar', () => {
  it("ON CONFLICT, as Flink's INSERT page writes it, says on Flink 2.2 that it is 2.3 syntax, at ON", () => {
    const sql =
      'INSERT INTO product_orders\nSELECT p.name, o.order_id\nFROM orders o JOIN products p ON o.product_name = p.name\nON CONFLICT DO NOTHING;';
    expect(errorsOf(sql, '2.3')).toEqual([]);
    const [e] = errorsOf(sql, '2.2');
    // Flink 2.2's parser: "Incorrect syntax near the keyword 'ON' at line 4, column 1".
    expect([e?.code, e?.range?.start.line, e?.range?.start.column]).toEqual(['FO312', 4, 1]);
    expect(e?.summary).toContain('INSERT ... ON CONFLICT needs Flink 2.3 or later');
    expect(e?.detail).toContain('flinkVersion');
  });

  it("a window TVF without TABLE(...), as Flink's window pages write it, says on 1.20 how 1.x writes it", () => {
    const sql =
      "SELECT window_start, window_end, SUM(price) AS total_price\n  FROM TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)\n  GROUP BY window_start, window_end;";
    expect(errorsOf(sql, '2.0')).toEqual([]);
    const errors = errorsOf(sql, '1.20');
    // Flink 1.20's parser: "Incorrect syntax near the keyword 'TABLE' at line 2, column 15".
    expect(errors.map((e) => [e.code, e.range?.start.line, e.range?.start.column])).toEqual([
      ['FO312', 2, 8],
    ]);
    expect(errors[0]!.summary).toContain('without TABLE(...) needs Flink 2.0');
    expect(errors[0]!.detail).toContain('FROM TABLE(TUMBLE(...))');
    expect(one(sql, '1.20').reads).toEqual([]);
    // A function of a later release: TABLE(...) alone would not do.
    const [late] = errorsOf('SELECT * FROM TO_CHANGELOG(input => TABLE t)', '1.20');
    expect(late?.detail).toContain('TO_CHANGELOG is a Flink built-in only from Flink 2.');
  });

  it('a process table function call (uid =>, on_time =>) says before 2.1 that PTFs came in 2.1', () => {
    const sql = "SELECT k, seen\nFROM counter(input => TABLE events PARTITION BY k, uid => 'cnt1')";
    expect(errorsOf(sql, '2.1')).toEqual([]);
    expect(errorsOf(sql, '2.2')).toEqual([]);
    for (const version of ['2.0', '1.20']) {
      const errors = errorsOf(sql, version);
      expect(errors.map((e) => [e.code, e.range?.start.line, e.range?.start.column])).toEqual([
        ['FO237', 2, 52],
      ]);
      expect(errors[0]!.summary).toBe('A process table function needs Flink 2.1 or later');
    }
    // Inside TABLE(...), as 1.x writes a table function: still no PTF before 2.1.
    const wrapped = errorsOf(
      'SELECT * FROM TABLE(counter(input => TABLE events PARTITION BY k, on_time => DESCRIPTOR(ts)))',
      '1.20',
    );
    expect(wrapped.map((e) => e.summary)).toEqual(['A process table function needs Flink 2.1 or later']);
  });

  it("a table argument's ORDER BY says on 2.1 and 2.2 that their planner refuses it (real 2.2.0)", () => {
    const sql =
      "SELECT * FROM counter(input => TABLE ev PARTITION BY k ORDER BY ts, on_time => DESCRIPTOR(ts), uid => 'a1')";
    expect(errorsOf(sql, '2.3')).toEqual([]);
    const [e] = errorsOf(sql, '2.2');
    expect([e?.code, e?.summary]).toEqual(['FO236', 'ORDER BY in a table argument needs Flink 2.3 or later']);
    expect(e?.detail).toContain('ORDER BY clause is currently not supported');
    expect(
      errorsOf('SELECT * FROM counter(input => TABLE ev PARTITION BY k, on_time => DESCRIPTOR(ts))', '2.2'),
    ).toEqual([]);
  });

  it.each([
    ['QUALIFY', '2.0', 'SELECT a FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY a) = 1'],
    [
      'a table function without TABLE(...)',
      '2.0',
      "SELECT * FROM TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)",
    ],
    ['a MODEL argument', '2.1', 'SELECT * FROM ML_PREDICT(TABLE t, MODEL m, DESCRIPTOR(f))'],
    ['ON CONFLICT', '2.3', 'INSERT INTO s SELECT * FROM t ON CONFLICT DO NOTHING'],
    ['SHOW CATALOGS LIKE', '2.0', "SHOW CATALOGS LIKE 'a%'"],
    [
      'a TIMESTAMP WITH LOCAL TIME ZONE literal',
      '2.0',
      "SELECT TIMESTAMP WITH LOCAL TIME ZONE '2020-01-01 00:00:00' AS ts FROM t",
    ],
  ])('%s needs Flink %s', (_what, since, sql) => {
    const before = since === '2.0' ? '1.20' : since === '2.1' ? '2.0' : '2.2';
    expect(errorsOf(sql, since)).toEqual([]);
    expect(errorsOf(sql, before)).toHaveLength(1);
  });

  it.each([
    ['CREATE MATERIALIZED TABLE without FRESHNESS', '2.2', 'CREATE MATERIALIZED TABLE m AS SELECT * FROM s'],
    [
      'CREATE MATERIALIZED TABLE with a partitioning, without FRESHNESS',
      '2.2',
      'CREATE MATERIALIZED TABLE m PARTITIONED BY (ds) AS SELECT ds FROM s',
    ],
    [
      'CREATE OR ALTER MATERIALIZED TABLE',
      '2.3',
      "CREATE OR ALTER MATERIALIZED TABLE m FRESHNESS = INTERVAL '1' MINUTE AS SELECT * FROM s",
    ],
    [
      'ALTER MATERIALIZED TABLE ... ADD DISTRIBUTION',
      '2.2',
      'ALTER MATERIALIZED TABLE m ADD DISTRIBUTION BY (uid)',
    ],
    ['ALTER MATERIALIZED TABLE ... ADD a column', '2.3', 'ALTER MATERIALIZED TABLE m ADD c STRING'],
  ])('%s needs Flink %s', (_what, since, sql) => {
    const before = since === '2.3' ? '2.2' : '2.1';
    expect(errorsOf(sql, since)).toEqual([]);
    expect(errorsOf(sql, before)[0]!.summary).toContain(`Flink ${since}`);
  });

  it('a column named by a reserved word must be quoted (DATETIME only since Flink 2.0)', () => {
    expect(errorsOf("CREATE TABLE t (dateTime TIMESTAMP(3)) WITH ('connector' = 'x')", '1.20')).toEqual([]);
    expect(
      errorsOf("CREATE TABLE t (dateTime TIMESTAMP(3)) WITH ('connector' = 'x')", '2.0')[0]!.summary,
    ).toContain('reserved word');
    expect(errorsOf("CREATE TABLE t (`dateTime` TIMESTAMP(3)) WITH ('connector' = 'x')", '2.0')).toEqual([]);
  });

  it.each(['BITMAP', 'CONNECTIONS'])('%s is a name before Flink 2.3 and a reserved word since', (w) => {
    const ddl = (name: string) => `CREATE TABLE t (${name} INT) WITH ('connector' = 'x')`;
    expect(errorsOf(ddl(w.toLowerCase()), '2.2')).toEqual([]);
    expect(errorsOf(`SELECT ${w.toLowerCase()} FROM t`, '2.2')).toEqual([]);
    expect(errorsOf(ddl(w.toLowerCase()), '2.3')[0]!.summary).toContain('reserved word');
    expect(errorsOf(`SELECT ${w.toLowerCase()} FROM t`, '2.3')[0]!.detail).toContain('reserved word');
    expect(errorsOf(ddl(`\`${w.toLowerCase()}\``), '2.3')).toEqual([]);
    expect(errorsOf(`SELECT \`${w.toLowerCase()}\` FROM t`, '2.3')).toEqual([]);
  });

  it('the 2.3 start-mode and ON CONFLICT words stay names in Flink 2.3', () => {
    for (const w of ['artifact', 'start_mode', 'from_now', 'conflict', 'deduplicate', 'nothing', 'do']) {
      expect(errorsOf(`CREATE TABLE t (${w} INT) WITH ('connector' = 'x')`, '2.3')).toEqual([]);
      expect(errorsOf(`SELECT ${w} FROM t`, '2.3')).toEqual([]);
    }
  });

  it('DATETIME is a name before Flink 2.0 and a reserved word since', () => {
    expect(errorsOf('SELECT dateTime FROM t', '1.20')).toEqual([]);
    const [e] = errorsOf('SELECT dateTime FROM t', '2.0');
    expect(e!.detail).toContain('reserved word');
    expect(errorsOf('SELECT `dateTime` FROM t', '2.0')).toEqual([]);
  });
});

describe('INTERVAL literals: the leading field fits its precision (FO320)', () => {
  it.each([
    [
      "INTERVAL '120' SECOND",
      'Interval field value 120 exceeds precision of SECOND(2) field',
      "INTERVAL '120' SECOND(3).",
    ],
    ["INTERVAL '500' MINUTES", 'exceeds precision of MINUTE(2) field', "INTERVAL '500' MINUTE(3)."],
    [
      "INTERVAL '1000' SECOND(3)",
      'Interval field value 1000 exceeds precision of SECOND(3) field',
      'SECOND(4).',
    ],
    ["INTERVAL '120.5' SECOND", 'value 120 exceeds', "INTERVAL '120.5' SECOND(3)."],
    ["INTERVAL '-365' DAY", 'value 365 exceeds precision of DAY(2)', 'DAY(3).'],
    ["INTERVAL '100 10:00:00' DAY TO SECOND", 'value 100 exceeds precision of DAY(2)', 'DAY(3) TO SECOND.'],
  ])('refuses %s, at the literal', (interval, summary, fix) => {
    const [e, ...more] = errorsOf(`SELECT * FROM t WHERE ts > CURRENT_TIMESTAMP - ${interval}`);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ code: 'FO320', range: { start: { line: 1, column: 57 } } });
    expect(e!.summary).toContain(summary);
    expect(e!.detail).toContain(fix);
  });

  it.each([
    "INTERVAL '99' SECOND",
    "INTERVAL '120' SECOND(3)",
    "INTERVAL '007' MINUTE",
    "INTERVAL '0.500' SECOND",
    "INTERVAL '100 10:00:00' DAY(3) TO SECOND",
    "INTERVAL '10:30' HOUR TO MINUTE",
    "INTERVAL '${env.WINDOW}' SECOND",
  ])('accepts %s', (interval) => {
    expect(errorsOf(`SELECT * FROM t WHERE ts > CURRENT_TIMESTAMP - ${interval}`)).toEqual([]);
  });

  it('checks a watermark delay in a raw DDL too', () => {
    const [e] = errorsOf(
      "CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '120' SECOND) WITH ('connector' = 'datagen')",
    );
    expect(e).toMatchObject({ code: 'FO320' });
  });
});
