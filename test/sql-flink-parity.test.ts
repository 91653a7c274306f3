/**
 * Statements where the SQL front end and Flink's own parser disagreed, taken from the Flink
 * documentation (1.20 and 2.x) and shapes of real Flink SQL around them. Each verdict was
 * checked with the SQL oracle (test/sql-oracle, flink-sql-parser 1.20.0 and 2.2.0; 2.0.0 and
 * 2.1.0 for the version rules): what Flink accepts, flinkops accepts; what Flink rejects,
 * flinkops rejects at the token where Flink's parser stops.
 */
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql/index';

const errorsOf = (sql: string, flinkVersion: string) =>
  analyzeScript(sql, 'q.sql', { flinkVersion }).diags.filter((d) => d.severity === 'error');

/** [what, statement, the Flink versions that accept it]. */
type Accepted = [what: string, sql: string, versions?: string[]];
/** [what, statement, column (line 1) where Flink's parser stops, versions that reject it]. */
type Rejected = [what: string, sql: string, column: number, versions?: string[]];

const BOTH = ['1.20', '2.2'];

function accepts(cases: Accepted[]) {
  it.each(cases)('accepts %s', (_what, sql, versions = BOTH) => {
    for (const v of versions) expect(errorsOf(sql, v), `Flink ${v}`).toEqual([]);
  });
}

function rejects(cases: Rejected[]) {
  it.each(cases)('rejects %s', (_what, sql, column, versions = BOTH) => {
    for (const v of versions) {
      const [e, ...more] = errorsOf(sql, v);
      expect(more, `Flink ${v}`).toEqual([]);
      expect(e, `Flink ${v}`).toMatchObject({
        code: 'FO312',
        range: { file: 'q.sql', start: { line: 1, column } },
      });
      expect(e!.detail.length).toBeGreaterThan(0);
    }
  });
}

describe('data types', () => {
  accepts([
    ['an empty ROW', "CREATE TABLE t (c ROW<>, d ROW()) WITH ('connector' = 'x')"],
    ['a NOT NULL element before ARRAY', "CREATE TABLE t (c INT NOT NULL ARRAY) WITH ('connector' = 'x')"],
    ['a character set', "CREATE TABLE t (c VARCHAR(3) CHARACTER SET `UTF16`) WITH ('connector' = 'x')"],
    [
      'the SQL spellings of types',
      "CREATE TABLE t (a BINARY VARYING(3), b CHAR VARYING(3), c DOUBLE PRECISION, d TIME(3) WITH LOCAL TIME ZONE, e TIMESTAMP WITHOUT TIME ZONE NOT NULL, f INT ARRAY, h DEC(3, 1), i NUMERIC, j RAW('c', 'AAA')) WITH ('connector' = 'x')",
    ],
    [
      'an INTERVAL as a CAST target',
      'SELECT CAST(x AS INTERVAL DAY(2) TO SECOND(3)), CAST(y AS ROW<>) FROM t',
    ],
    ['a STRUCTURED type', "CREATE TABLE t (c STRUCTURED<'com.P', a INT>) WITH ('connector' = 'x')", ['2.2']],
    [
      // Before 2.1 the parser takes it for a user-defined type name, which the planner refuses (FO332).
      'a VARIANT column (Flink 2.1+, a reserved word there)',
      "CREATE TABLE t (c VARIANT, d ARRAY<VARIANT>, e ROW<v VARIANT NOT NULL>) WITH ('connector' = 'x')",
      ['2.2'],
    ],
    [
      'JSON_VALUE ... RETURNING with NULL ON EMPTY',
      `SELECT JSON_VALUE('{"a.b": [0.998,0.996]}','$.["a.b"][0]' RETURNING DOUBLE NULL ON EMPTY ERROR ON ERROR)`,
    ],
    [
      'JSON_QUERY ... RETURNING STRING WITHOUT WRAPPER',
      "SELECT JSON_QUERY(j, '$.a' RETURNING STRING WITHOUT WRAPPER) FROM t",
    ],
    [
      'JSON_QUERY ... RETURNING ARRAY<STRING> NULL ON EMPTY',
      "SELECT JSON_QUERY(j, '$.a' RETURNING ARRAY<STRING> NULL ON EMPTY) FROM t",
    ],
  ]);

  rejects([
    ['a length on INT', "CREATE TABLE t (c INT(3)) WITH ('connector' = 'x')", 22],
    ['a length on STRING', "CREATE TABLE t (c STRING(3)) WITH ('connector' = 'x')", 25],
    ['WITH TIME ZONE', "CREATE TABLE t (c TIMESTAMP(3) WITH TIME ZONE) WITH ('connector' = 'x')", 37],
    [
      'a time zone on TIMESTAMP_LTZ',
      "CREATE TABLE t (c TIMESTAMP_LTZ(3) WITH LOCAL TIME ZONE) WITH ('connector' = 'x')",
      36,
    ],
    ['an INTERVAL column', "CREATE TABLE t (c INTERVAL DAY TO SECOND(3)) WITH ('connector' = 'x')", 19],
    ['a MAP with one type', "CREATE TABLE t (c MAP<STRING>) WITH ('connector' = 'x')", 29],
    ['an ARRAY with two types', "CREATE TABLE t (c ARRAY<INT, INT>) WITH ('connector' = 'x')", 28],
    ['a ROW ending with a comma', "CREATE TABLE t (c ROW<a INT,>) WITH ('connector' = 'x')", 29],
    ['RAW without its snapshot', "CREATE TABLE t (c RAW('a.b.C')) WITH ('connector' = 'x')", 30],
    ['DECIMAL with three parameters', "CREATE TABLE t (c DECIMAL(10, 2, 3)) WITH ('connector' = 'x')", 32],
    [
      'DOUBLE PRECISION with a precision',
      "CREATE TABLE t (c DOUBLE PRECISION(3)) WITH ('connector' = 'x')",
      35,
    ],
    ['NULL as a type', "CREATE TABLE t (c NULL) WITH ('connector' = 'x')", 19],
    ['GEOMETRY', "CREATE TABLE t (c GEOMETRY) WITH ('connector' = 'x')", 19],
    ['parameters on a user-defined type', "CREATE TABLE t (c my_type(3)) WITH ('connector' = 'x')", 26],
    ['NOT NULL on a CAST target', 'SELECT CAST(x AS STRING NOT NULL) FROM t', 25],
    ['NULL on a CAST target', 'SELECT CAST(x AS STRING NULL) FROM t', 25],
    ['an INTERVAL field in a CAST target', 'SELECT CAST(x AS ROW<a INTERVAL DAY>) FROM t', 24],
    ['NOT NULL on a RETURNING type', "SELECT JSON_VALUE(j, '$.a' RETURNING DOUBLE NOT NULL) FROM t", 45],
    [
      'a STRUCTURED type before Flink 2.1',
      "CREATE TABLE t (c STRUCTURED<'com.P', a INT>) WITH ('connector' = 'x')",
      29,
      ['1.20'],
    ],
  ]);

  it('reports one error for a bad type and goes on with the next column', () => {
    const errors = errorsOf(
      "CREATE TABLE t (c DECIMAL(a), d ROW<a INT, b INTERVAL DAY>, e INT) WITH ('connector' = 'x')",
      '2.2',
    );
    expect(errors.map((e) => e.range?.start.column)).toEqual([27, 46]);
  });
});

describe('function arguments and aggregates', () => {
  accepts([
    ['ARRAY_AGG with ORDER BY', 'SELECT ARRAY_AGG(DISTINCT a ORDER BY b DESC NULLS LAST) FROM t'],
    [
      'ARRAY_AGG with IGNORE NULLS and a separator',
      "SELECT ARRAY_AGG(a IGNORE NULLS ORDER BY b SEPARATOR ',') FROM t",
    ],
    ['WITHIN DISTINCT', 'SELECT SUM(a) WITHIN DISTINCT (b, c) FILTER (WHERE a > 0) FROM t'],
    // 2.1 and 2.2's planner refuses the ORDER BY their parser reads (FO236, src/sql/query.test.ts).
    [
      'a query table argument with PARTITION BY',
      'SELECT * FROM TABLE(f((SELECT * FROM t) PARTITION BY k ORDER BY ts))',
      ['1.20'],
    ],
    ['a query table argument with ORDER BY', 'SELECT * FROM TABLE(f((SELECT * FROM t) ORDER BY ts))'],
    [
      'a set operation as a table argument',
      'SELECT * FROM TABLE(f((SELECT * FROM t UNION ALL SELECT * FROM u) PARTITION BY k))',
    ],
    [
      'a query argument of SESSION',
      "SELECT * FROM TABLE(SESSION((SELECT * FROM t) PARTITION BY k, DESCRIPTOR(ts), INTERVAL '1' MINUTE))",
    ],
    [
      'a named query argument of a PTF',
      'SELECT * FROM f(input => (SELECT * FROM t) PARTITION BY k)',
      ['2.2'],
    ],
    [
      'a scalar subquery first in an IN list',
      'SELECT * FROM t WHERE a IN ((SELECT 1), 2) AND b = ANY ((SELECT 1) + 1, 2)',
    ],
    ['a scalar subquery first in a row', 'SELECT ((SELECT 1), 2) FROM t'],
    ['a parenthesised query in IN', 'SELECT * FROM t WHERE a IN ((SELECT 1) UNION (SELECT 2))'],
  ]);

  rejects([
    ['ORDER BY in a call that is not ARRAY_AGG', 'SELECT f(x, a ORDER BY b) FROM u', 15],
    ['ARRAY_AGG without arguments', 'SELECT ARRAY_AGG() FROM t', 18],
    ['STRING_AGG', "SELECT STRING_AGG(a, ',') FROM t", 8],
    ['GROUP_CONCAT', 'SELECT GROUP_CONCAT(a) FROM t', 8],
    ['TABLE before a query argument', 'SELECT * FROM TABLE(f(TABLE (SELECT * FROM t)))', 29],
    [
      'an expression in a table argument PARTITION BY',
      'SELECT * FROM TABLE(f(TABLE t PARTITION BY (k + 1)))',
      47,
    ],
    [
      'a qualified name in a table argument PARTITION BY',
      'SELECT * FROM TABLE(f(TABLE t PARTITION BY a.b))',
      45,
    ],
    ['an empty table argument PARTITION BY', 'SELECT * FROM TABLE(f(TABLE t PARTITION BY ()))', 45],
    ['MINUS', 'SELECT a FROM t1 EXCEPT ALL SELECT a FROM t2 MINUS SELECT a FROM t3', 46],
  ]);

  it('says what to write instead of STRING_AGG and MINUS', () => {
    expect(errorsOf("SELECT STRING_AGG(a, ',') FROM t", '2.2')[0]!.detail).toContain('LISTAGG');
    expect(errorsOf('SELECT a FROM t MINUS SELECT a FROM u', '2.2')[0]!.detail).toContain('EXCEPT');
  });

  it('reads the tables of query arguments', () => {
    const [s] = analyzeScript(
      'SELECT * FROM TABLE(f((SELECT * FROM src) PARTITION BY k))',
      'q.sql',
    ).statements;
    expect(s!.reads.map((r) => r.name)).toEqual(['src']);
  });
});

describe('CALL', () => {
  accepts([
    ['positional arguments', "CALL sys.compact('db.t')"],
    ['named arguments, a quoted reserved name', "CALL sys.compact(`table` => 'db.t', order_by => 'a,b')"],
    ['no arguments', 'CALL `cat`.sys.list_rebalance()'],
    ['DEFAULT, expressions and subqueries', 'CALL sys.p(x => DEFAULT, ARRAY[1], (SELECT 1))'],
  ]);

  rejects([
    [
      'a doc placeholder for the catalog (fluss procedures.md)',
      "CALL [catalog_name.]sys.rebalance(priorityGoals => 'x')",
      6,
    ],
    ['something after the call', 'CALL sys.p(1) extra', 15],
    ['an expression instead of a procedure', 'CALL 1', 6],
    ['DISTINCT in the arguments', 'CALL sys.p(DISTINCT 1)', 12],
    ['OVER after the call', 'CALL sys.p(1) OVER w', 15],
    ['a trailing comma', 'CALL sys.p(1,)', 14],
    ['a reserved word naming an argument', "CALL sys.compact(table => 'db.t')", 24],
    ['a reserved word naming a function argument', 'SELECT f(select => 1) FROM t', 17],
  ]);

  it('says a CALL without parentheses ends too early', () => {
    expect(errorsOf('CALL sys.p', '2.2')).toMatchObject([{ code: 'FO313', summary: 'CALL ends too early' }]);
  });

  it('says to quote a reserved argument name', () => {
    const [e] = errorsOf("CALL sys.compact(table => 'db.t')", '2.2');
    expect(e!.summary).toContain('`table` is a reserved word');
    expect(e!.detail).toContain('`table` =>');
  });
});

describe('ALTER of other objects than tables', () => {
  accepts([
    ['ALTER DATABASE ... SET', "ALTER DATABASE cat.db SET ('k' = 'v')"],
    ['ALTER CATALOG ... RESET', "ALTER CATALOG c RESET ('k')"],
    ['ALTER CATALOG ... COMMENT', "ALTER CATALOG c COMMENT 'x'"],
    ['ALTER VIEW ... RENAME TO', 'ALTER VIEW v RENAME TO w'],
    ['ALTER TEMPORARY SYSTEM FUNCTION', "ALTER TEMPORARY SYSTEM FUNCTION IF EXISTS f AS 'a.B' LANGUAGE JAVA"],
    ["Calcite's ALTER SYSTEM SET", "ALTER SYSTEM SET a.b = 'x'"],
    ["Calcite's ALTER SESSION RESET", 'ALTER SESSION RESET ALL'],
    [
      "Calcite's ALTER SYSTEM SET with a signed number or a typed literal",
      "ALTER SYSTEM SET a = -1; ALTER SYSTEM SET b = DATE '2020-01-01'",
    ],
  ]);

  rejects([
    ['ALTER SEQUENCE (flink-cdc tutorial)', 'ALTER SEQUENCE public.s RESTART WITH 1001', 7],
    ['ALTER INDEX', 'ALTER INDEX i RENAME TO j', 7],
    ['Oracle ALTER DATABASE ADD SUPPLEMENTAL LOG DATA', 'ALTER DATABASE ADD SUPPLEMENTAL LOG DATA', 20],
    ['Oracle ALTER DATABASE OPEN', 'ALTER DATABASE open', 16],
    ['ALTER DATABASE ... RENAME', 'ALTER DATABASE db RENAME TO x', 19],
    ['ALTER DATABASE ... RESET', "ALTER DATABASE db RESET ('k')", 19],
    ['ALTER CATALOG ... RENAME', 'ALTER CATALOG c RENAME TO d', 17],
    ['ALTER VIEW ... SET', "ALTER VIEW v SET ('k' = 'v')", 14],
    ['ALTER FUNCTION ... RENAME', 'ALTER FUNCTION f RENAME TO g', 18],
    [
      'an Oracle size in ALTER SYSTEM SET (flink-cdc oracle-cdc.md)',
      'alter system set db_recovery_file_dest_size = 10G',
      49,
    ],
    ['an Oracle SCOPE in ALTER SYSTEM SET', "alter system set d = '/opt/r' scope=spfile", 31],
  ]);

  it('says which objects ALTER takes', () => {
    const [e] = errorsOf('ALTER SEQUENCE s RESTART WITH 1', '2.2');
    expect(e!.summary).toBe('Flink SQL has no ALTER SEQUENCE');
    expect(e!.detail).toContain('TABLE, VIEW, FUNCTION, CATALOG, DATABASE');
    expect(errorsOf('ALTER DATABASE archivelog', '2.2')).toMatchObject([
      { code: 'FO313', summary: 'ALTER DATABASE ends too early' },
    ]);
  });
});

describe('ALTER TABLE ... ADD | MODIFY one column', () => {
  accepts([
    ['a column placed FIRST', "ALTER TABLE t ADD c INT NOT NULL COMMENT 'x' FIRST"],
    ['a metadata column AFTER another', "ALTER TABLE t ADD `c` STRING METADATA FROM 'x' VIRTUAL AFTER b"],
    ['a column with its primary key', 'ALTER TABLE t ADD c INT PRIMARY KEY NOT ENFORCED'],
    ['a computed column placed FIRST', 'ALTER TABLE t ADD c AS a + 1 FIRST'],
    ['a nested type', 'ALTER TABLE t MODIFY c ROW<a INT, b ARRAY<STRING>> AFTER `b`'],
    ['a partition', "ALTER TABLE t ADD IF NOT EXISTS PARTITION (p = '1')"],
  ]);

  rejects([
    [
      'Oracle ADD SUPPLEMENTAL LOG DATA (flink-cdc oracle-cdc.md)',
      'ALTER TABLE inventory.customers ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS',
      54,
    ],
    ['a word after the column', 'ALTER TABLE t ADD c INT extra', 25],
    ['two columns without parentheses', 'ALTER TABLE t ADD c INT, d INT', 24],
  ]);

  it('says a column without its type ends too early', () => {
    expect(errorsOf('ALTER TABLE t ADD c', '2.2')).toMatchObject([
      { code: 'FO313', summary: 'ALTER TABLE ends too early' },
    ]);
  });
});

describe('period predicates', () => {
  accepts([
    [
      'OVERLAPS between two periods',
      "SELECT (TIME '2:55:00', INTERVAL '1' HOUR) OVERLAPS (TIME '3:30:00', INTERVAL '2' HOUR) FROM t",
    ],
    ['OVERLAPS in a condition', 'SELECT * FROM t WHERE NOT (a, b) OVERLAPS (c, d) AND e > 1'],
    ['OVERLAPS between PERIOD constructors', 'SELECT PERIOD (a, b) OVERLAPS PERIOD (c, d) = TRUE FROM t'],
  ]);
});

describe("Flink's own reserved words", () => {
  rejects([
    ['TIMESTAMP_LTZ as a column', 'SELECT TIMESTAMP_LTZ FROM t', 8],
    ['a TIMESTAMP_LTZ literal', "SELECT TIMESTAMP_LTZ '2020-01-01 12:00:00' FROM t", 8],
    ['HASH as an alias', 'SELECT a AS hash FROM t', 13],
    ['REFRESH as a column', 'SELECT refresh FROM t', 8],
    ['SUSPEND as a table', 'SELECT a FROM suspend', 15],
    ['MODEL as a column', 'SELECT model FROM t', 8, ['1.20', '2.0']],
    ['STRUCTURED as a column', 'SELECT structured FROM t', 8, ['2.1', '2.2']],
  ]);
  accepts([
    ['MODEL as a name once Flink 2.1 freed it', 'SELECT model FROM t', ['2.1', '2.2']],
    ['STRUCTURED as a name before Flink 2.1', 'SELECT structured FROM t', ['1.20', '2.0']],
    ['quoted reserved words', 'SELECT `hash`, `TIMESTAMP_LTZ`, `model` FROM `refresh`'],
    ['TIMESTAMP_LTZ as a type', 'SELECT CAST(a AS TIMESTAMP_LTZ(3)) FROM t'],
  ]);

  it('reserves TIMESTAMP_LTZ from 1.16 (its grammar has it), the 1.20 keywords from 1.20 only', () => {
    // Parser.tdd of Flink 1.16 reserves TIMESTAMP_LTZ, MODIFY and SCALA; 1.17 to 1.19 were not
    // checked, so a word Flink 1.20 added stays a name for them rather than risk a false error.
    expect(errorsOf('SELECT a AS timestamp_ltz FROM t', '1.16')[0]).toMatchObject({ code: 'FO312' });
    expect(errorsOf('SELECT refresh, hash FROM t', '1.19')).toEqual([]);
  });

  it('says a reserved word must be quoted, and from which release', () => {
    const [e] = errorsOf("CREATE TABLE t (refresh INT) WITH ('connector' = 'x')", '1.20');
    expect(e).toMatchObject({ code: 'FO312', range: { start: { line: 1, column: 17 } } });
    expect(e!.detail).toContain('`refresh`');
    expect(errorsOf('SELECT a AS hash FROM t', '2.2')[0]!.detail).toContain(
      'reserved word in Flink SQL since Flink 1.20',
    );
  });
});

describe('CREATE TABLE and other DDL', () => {
  accepts([
    [
      'the clauses in Flink order',
      "CREATE TABLE t (a INT) COMMENT 'c' DISTRIBUTED BY HASH(a) INTO 2 BUCKETS PARTITIONED BY (a) WITH ('connector' = 'x') LIKE src (EXCLUDING ALL INCLUDING GENERATED)",
    ],
    [
      'column attributes in Flink order',
      "CREATE TABLE t (a INT NOT NULL PRIMARY KEY NOT ENFORCED COMMENT 'c', m STRING NOT NULL METADATA FROM 'k' VIRTUAL COMMENT 'x') WITH ('connector' = 'x')",
    ],
    ['an option value of adjacent strings', "CREATE TABLE t (a INT) WITH ('a' = 'b' 'c')"],
    [
      'a materialized table with its clauses in order',
      "CREATE MATERIALIZED TABLE m COMMENT 'c' DISTRIBUTED BY HASH(a) INTO 2 BUCKETS PARTITIONED BY (a) WITH ('k' = 'x') FRESHNESS = INTERVAL '1' MINUTE REFRESH_MODE = CONTINUOUS AS SELECT 1 AS a",
      ['2.2'],
    ],
    ['a hint with a name as key', "SELECT * FROM t /*+ OPTIONS(k = 'v') */"],
    ['hint literals', 'SELECT /*+ BROADCAST(1, 2) */ * FROM t'],
    ['a quoted value after an unquoted SET key', "SET table.exec.state.ttl = '1 h'"],
    ['SHOW CREATE of a qualified table', 'SHOW CREATE TABLE c.d.`t`'],
    [
      'SHOW CREATE of a view, a model and a catalog',
      'SHOW CREATE VIEW db.v; SHOW CREATE MODEL m; SHOW CREATE CATALOG c',
    ],
    ['SHOW CREATE MATERIALIZED TABLE', 'SHOW CREATE MATERIALIZED TABLE m', ['2.2']],
    ['ANALYZE TABLE for all columns', 'ANALYZE TABLE t COMPUTE STATISTICS FOR ALL COLUMNS'],
    [
      'ANALYZE TABLE of a partition for some columns',
      "ANALYZE TABLE c.d.t PARTITION (dt = '2020-01-01', h) COMPUTE STATISTICS FOR COLUMNS a, `b`",
    ],
  ]);

  rejects([
    [
      'PARTITIONED BY before DISTRIBUTED BY',
      'CREATE TABLE t (a INT) PARTITIONED BY (a) DISTRIBUTED BY HASH(a) INTO 2 BUCKETS',
      43,
    ],
    ['WITH before PARTITIONED BY', "CREATE TABLE t (a INT) WITH ('connector' = 'x') PARTITIONED BY (a)", 49],
    ['LIKE before WITH', "CREATE TABLE t (a INT) LIKE src (EXCLUDING ALL) WITH ('connector' = 'x')", 49],
    [
      'COMMENT after WITH in CTAS',
      "CREATE TABLE t WITH ('connector' = 'x') COMMENT 'c' AS SELECT 1 AS a",
      41,
    ],
    ['LIKE and AS together', "CREATE TABLE t (a INT) WITH ('a' = 'b') LIKE s AS SELECT 1", 48],
    ['commas between LIKE options', 'CREATE TABLE t (a INT) LIKE src (INCLUDING ALL, EXCLUDING OPTIONS)', 47],
    ['an unknown LIKE option', 'CREATE TABLE t (a INT) LIKE src (INCLUDING EVERYTHING)', 44],
    ['empty LIKE options', 'CREATE TABLE t (a INT) LIKE src ()', 34],
    ['an empty PARTITIONED BY', 'CREATE TABLE t (a INT) PARTITIONED BY ()', 40],
    ['an empty DISTRIBUTED BY HASH', 'CREATE TABLE t (a INT) DISTRIBUTED BY HASH() INTO 2 BUCKETS', 44],
    ['a number as an option value', "CREATE TABLE t (a INT) WITH ('sink.parallelism' = 2)", 51],
    ['a name as a catalog option value', "CREATE CATALOG c WITH ('type' = generic_in_memory)", 33],
    ['a number in ALTER TABLE SET', "ALTER TABLE t SET ('k' = 1)", 26],
    [
      'a number in ALTER MATERIALIZED TABLE RESUME WITH',
      "ALTER MATERIALIZED TABLE m RESUME WITH ('k' = 1)",
      47,
    ],
    ['COMMENT before NOT NULL', "CREATE TABLE t (a INT COMMENT 'x' NOT NULL) WITH ('a' = 'b')", 35],
    [
      'NOT NULL after a PRIMARY KEY',
      "CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED NOT NULL) WITH ('a' = 'b')",
      48,
    ],
    ['NOT NULL after METADATA', "CREATE TABLE t (a INT METADATA NOT NULL) WITH ('a' = 'b')", 32],
    [
      'two WATERMARKs',
      "CREATE TABLE t (a INT, WATERMARK FOR a AS a, WATERMARK FOR a AS a) WITH ('a' = 'b')",
      46,
    ],
    [
      'a typo in a watermark',
      "CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECON) WITH ('k' = 'v')",
      72,
    ],
    [
      'a bad type in a computed column',
      "CREATE TABLE t (a INT, b AS CAST(a AS STRING(3))) WITH ('k' = 'v')",
      45,
    ],
    ['a query as a computed column', "CREATE TABLE t (a INT, b AS SELECT 1) WITH ('k' = 'v')", 29],
    ['two words in a computed column', "CREATE TABLE t (a INT, b AS a c) WITH ('k' = 'v')", 31],
    [
      'DISTRIBUTED BY in a materialized table before Flink 2.2',
      "CREATE MATERIALIZED TABLE m DISTRIBUTED BY HASH(a) INTO 2 BUCKETS FRESHNESS = INTERVAL '1' MINUTE AS SELECT 1 AS a",
      29,
      ['1.20'],
    ],
    ['a partition without its value', 'INSERT INTO s1 PARTITION (p) SELECT * FROM t1', 28],
    ['an empty INSERT column list', 'INSERT INTO t () SELECT 1', 16],
    ['an empty column list', "CREATE TABLE t () WITH ('connector' = 'x')", 17],
    ['an empty column list in CTAS', 'CREATE TABLE t () AS SELECT 1 AS a', 17],
    ['a number as a hint option value', "SELECT /*+ STATE_TTL('t' = 1) */ * FROM t", 28],
    ['a qualified name in a hint', 'SELECT /*+ BROADCAST(db.t1) */ * FROM t', 24],
    ['names and literals mixed in a hint', "SELECT /*+ BROADCAST(t1, 'x') */ * FROM t", 26],
    ['SHOW MATERIALIZED TABLES before Flink 2.2', 'SHOW MATERIALIZED TABLES', 6, ['1.20']],
    ['a string as the SHOW CREATE TABLE name', "SHOW CREATE TABLE 't'", 19],
    ['text after SHOW CREATE VIEW', 'SHOW CREATE VIEW v x', 20],
    ['a second statement without `;` after SHOW CREATE TABLE', 'SHOW CREATE TABLE t DESCRIBE t', 21],
    ['text after SHOW CREATE MATERIALIZED TABLE', 'SHOW CREATE MATERIALIZED TABLE m n', 34, ['2.2']],
    ['ANALYZE TABLE without STATISTICS', 'ANALYZE TABLE t COMPUTE STATS', 25],
    ['ANALYZE TABLE ... FOR without COLUMNS', 'ANALYZE TABLE t COMPUTE STATISTICS FOR a', 40],
    ['text after ANALYZE TABLE', 'ANALYZE TABLE t COMPUTE STATISTICS x', 36],
  ]);

  it('says UNIQUE constraints are not supported, rather than calling UNIQUE a column name', () => {
    const [e] = errorsOf("CREATE TABLE t (a INT, UNIQUE (a) NOT ENFORCED) WITH ('a' = 'b')", '2.2');
    expect(e!.summary).toBe('Flink does not support UNIQUE constraints');
    expect(e!.detail).toContain('PRIMARY KEY');
  });

  // Flink's parser takes these; the check it runs on the parsed statement refuses them
  // (SqlValidateException), before any planning: seen on real Flink 2.2's SQL Gateway.
  it('says Flink supports only PRIMARY KEY ... NOT ENFORCED, at the key', () => {
    for (const [text, column] of [
      ["CREATE TABLE users (\n user_id INT PRIMARY KEY,\n name STRING\n) WITH ('connector' = 'jdbc')", 14],
      ["CREATE TABLE t (a INT, CONSTRAINT pk PRIMARY KEY (a)) WITH ('a' = 'b')", 38],
      ["CREATE TABLE t (a INT, PRIMARY KEY (a) ENFORCED) WITH ('a' = 'b')", 24],
    ] as const) {
      for (const v of ['1.20', '2.2']) {
        const [e] = errorsOf(text, v);
        expect(e, text).toMatchObject({
          code: 'FO321',
          summary: 'Flink supports only PRIMARY KEY ... NOT ENFORCED',
        });
        expect(e!.range!.start.column).toBe(column);
        expect(e!.detail).toContain('NOT ENFORCED');
      }
    }
    expect(errorsOf("CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED) WITH ('a' = 'b')", '2.2')).toEqual([]);
    expect(
      errorsOf("CREATE TEMPORARY TABLE t (a INT, PRIMARY KEY (a) NOT ENFORCED) WITH ('a' = 'b')", '1.20'),
    ).toEqual([]);
  });

  it('says an ALTER TABLE adding a PRIMARY KEY without NOT ENFORCED is refused, at the key', () => {
    for (const [text, column] of [
      ['ALTER TABLE t ADD PRIMARY KEY (a)', 19],
      ['ALTER TABLE t ADD (b INT, PRIMARY KEY (b))', 27],
      ['ALTER TABLE t ADD b INT PRIMARY KEY', 25],
      ['ALTER TABLE t MODIFY PRIMARY KEY (a)', 22],
    ] as const) {
      const [e] = errorsOf(text, '2.2');
      expect(e, text).toMatchObject({ code: 'FO321', range: { start: { line: 1, column } } });
    }
    for (const ok of [
      'ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY (a) NOT ENFORCED',
      'ALTER TABLE t ADD (b INT, PRIMARY KEY (b) NOT ENFORCED)',
      'ALTER TABLE t ADD b INT PRIMARY KEY NOT ENFORCED',
    ])
      expect(errorsOf(ok, '1.20'), ok).toEqual([]);
  });

  it('says a materialized table keyed without NOT ENFORCED is refused, at the key', () => {
    // Flink 2.2.0 and 2.3.0: "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint".
    const mt = (key: string) =>
      `CREATE MATERIALIZED TABLE m (${key}) FRESHNESS = INTERVAL '1' MINUTE AS SELECT id, v FROM src`;
    for (const v of ['2.2', '2.3']) {
      const [e] = errorsOf(mt('PRIMARY KEY (id)'), v);
      expect(e, v).toMatchObject({ code: 'FO321', range: { start: { line: 1, column: 30 } } });
      expect(e!.detail).toContain('PRIMARY KEY (id) NOT ENFORCED');
      expect(errorsOf(mt('PRIMARY KEY (id) NOT ENFORCED'), v)).toEqual([]);
    }
  });

  it('says CREATE TEMPORARY TABLE ... AS SELECT is refused, at TEMPORARY', () => {
    for (const v of ['1.20', '2.2']) {
      const [e] = errorsOf("CREATE TEMPORARY TABLE s WITH ('connector' = 'blackhole') AS SELECT 1 AS a", v);
      expect(e).toMatchObject({ code: 'FO321', range: { start: { line: 1, column: 8 } } });
      expect(e!.summary).toBe('CREATE TABLE ... AS SELECT cannot create a temporary table');
      const [r] = errorsOf("CREATE OR REPLACE TEMPORARY TABLE s WITH ('a' = 'b') AS SELECT 1 AS a", v);
      expect(r).toMatchObject({ code: 'FO321', range: { start: { line: 1, column: 19 } } });
    }
    expect(errorsOf("CREATE TABLE s WITH ('connector' = 'blackhole') AS SELECT 1 AS a", '2.2')).toEqual([]);
  });

  it('says a CREATE TABLE ... AS SELECT with a schema or PARTITIONED BY is refused before Flink 2.0', () => {
    const ctas = "CREATE TABLE s (a INT) WITH ('a' = 'b') AS SELECT 1 AS a";
    const [e] = errorsOf(ctas, '1.20');
    expect(e).toMatchObject({ code: 'FO321', range: { start: { line: 1, column: 16 } } });
    expect(e!.summary).toContain('before Flink 2.0');
    const [p] = errorsOf("REPLACE TABLE s PARTITIONED BY (a) WITH ('a' = 'b') AS SELECT 1 AS a", '1.19');
    expect(p).toMatchObject({ code: 'FO321', range: { start: { line: 1, column: 17 } } });
    expect(p!.summary).toBe('REPLACE TABLE ... AS SELECT takes no PARTITIONED BY before Flink 2.0');
    // Flink 2.0 takes a schema in CTAS (FLIP-463).
    expect(errorsOf(ctas, '2.2')).toEqual([]);
    expect(errorsOf("CREATE TABLE s PARTITIONED BY (a) WITH ('a' = 'b') AS SELECT 1 AS a", '2.2')).toEqual(
      [],
    );
  });

  it('rejects an unquoted SET value after a quoted key and shows the quoted form', () => {
    const [e] = analyzeScript("SET 'table.exec.state.ttl' = 1h", 'q.sql').diags;
    expect(e).toMatchObject({ code: 'FO314', range: { start: { line: 1, column: 30 } } });
    expect(e!.detail).toContain("SET 'table.exec.state.ttl' = '1h'");
  });

  it('says FOR COLUMNS needs the column names (Hive takes it bare, Flink does not)', () => {
    const [e] = errorsOf('ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS', '2.2');
    expect(e).toMatchObject({ code: 'FO313', range: { start: { line: 1, column: 47 } } });
    expect(e!.detail).toContain('FOR ALL COLUMNS');
  });

  it('keeps an open COMPILE PLAN ... FOR STATEMENT SET BEGIN until END', () => {
    const a = analyzeScript(
      "COMPILE PLAN 'file:///p.json' FOR STATEMENT SET BEGIN INSERT INTO s SELECT * FROM t; END;",
      'q.sql',
    );
    expect(a.diags.filter((d) => d.code === 'FO330')).toEqual([]);
  });
});

describe('DATE, TIME and TIMESTAMP as functions', () => {
  // Seen in jbcodeforce/flink-studies (docs/concepts/flink-sql.md): `DATE($rowtime)`.
  accepts([['DATE before a literal in every version', "SELECT * FROM t WHERE d = DATE '2020-01-01'"]]);

  rejects([
    // Flink 2.2's parser takes them, its planner defines none (real 2.2.0, EXPLAIN: "No match found
    // for function signature DATE(<CHARACTER>)", TIME and TIMESTAMP alike).
    [
      'DATE(x) from Flink 2.0 on, which defines no DATE function',
      'SELECT DATE(ts), TIME(ts) FROM t',
      8,
      ['2.0', '2.2'],
    ],
    ['TIMESTAMP(x) on Flink 2.2', 'SELECT TIMESTAMP(ts) FROM t', 8, ['2.2']],
    ['DATE(x) before Flink 2.0', 'SELECT DATE(ts) AS d FROM t', 8, ['1.20']],
    ['TIMESTAMP(x) before Flink 2.0', 'SELECT * FROM t WHERE TIMESTAMP(ts) > 0', 23, ['1.20']],
    ['DATE() without an argument', 'SELECT DATE() FROM t', 13, ['2.2']],
  ]);

  it.each([
    // Each checked with flink-sql-parser 1.16.2, 1.17.1, 1.18.0, 1.19.0 and 1.20.0 (the release before refuses it).
    ['ALTER TABLE t RENAME a TO b', '1.17', 'ALTER TABLE ... RENAME a column', 22],
    ['ALTER TABLE t DROP WATERMARK', '1.17', 'ALTER TABLE ... DROP', 15],
    ['EXPLAIN ESTIMATED_COST, PLAN_ADVICE SELECT * FROM t', '1.17', 'EXPLAIN PLAN_ADVICE', 25],
    ['SHOW JOBS', '1.17', 'SHOW JOBS', 6],
    ["ALTER TABLE t ADD PARTITION (p = '1')", '1.18', 'ALTER TABLE ... ADD PARTITION', 15],
    ['TRUNCATE TABLE t', '1.18', 'TRUNCATE TABLE', 1],
    ["SHOW FUNCTIONS LIKE 'a%'", '1.18', 'SHOW FUNCTIONS LIKE', 16],
    ['SHOW DATABASES FROM c', '1.19', 'SHOW DATABASES FROM / LIKE', 16],
    [
      "CREATE CATALOG IF NOT EXISTS c WITH ('type' = 'generic_in_memory')",
      '1.20',
      'CREATE CATALOG IF NOT EXISTS',
      19,
    ],
    [
      "CREATE CATALOG c COMMENT 'x' WITH ('type' = 'generic_in_memory')",
      '1.20',
      'CREATE CATALOG ... COMMENT',
      18,
    ],
    ["ALTER CATALOG c SET ('a' = 'b')", '1.20', 'ALTER MODEL / MATERIALIZED TABLE / CATALOG', 7],
    [
      "CREATE MODEL m INPUT (a STRING) OUTPUT (b STRING) WITH ('provider' = 'openai')",
      '1.20',
      'CREATE MODEL / MATERIALIZED TABLE',
      8,
    ],
    ["DESC JOB 'abc'", '1.20', 'DESCRIBE MODEL / JOB', 6],
    [
      "CREATE TABLE t (a INT) DISTRIBUTED BY HASH(a) INTO 4 BUCKETS WITH ('connector' = 'x')",
      '1.20',
      'DISTRIBUTED BY / INTO in CREATE TABLE',
      24,
    ],
  ] as const)(
    'says %s needs Flink %s, at the word the release before stops at',
    (sql, since, what, column) => {
      const before = { '1.17': '1.16', '1.18': '1.17', '1.19': '1.18', '1.20': '1.19' }[since];
      const [e, ...more] = errorsOf(sql, before);
      expect(more).toEqual([]);
      expect(e).toMatchObject({ code: 'FO312', summary: `${what} needs Flink ${since} or later` });
      expect(e!.range!.start.column).toBe(column);
      expect(errorsOf(sql, since)).toEqual([]);
    },
  );

  it('says the SESSION window TVF needs Flink 1.19, and takes the legacy GROUP BY SESSION before', () => {
    // EXPLAIN on 1.16.3 / 1.17.2: parse error at PARTITION, or "Cannot apply '$SCALAR_QUERY'";
    // 1.18.1: "No match found for function signature SESSION"; 1.19.1 plans it.
    const tvf =
      "INSERT INTO s SELECT k, SUM(v) FROM TABLE(SESSION(TABLE src PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' SECOND)) GROUP BY k, window_start, window_end";
    for (const v of ['1.16', '1.18']) {
      const [e, ...more] = errorsOf(tvf, v);
      expect(more).toEqual([]);
      expect(e).toMatchObject({
        code: 'FO312',
        summary: 'The SESSION window table function needs Flink 1.19 or later',
        range: { start: { line: 1, column: 43 } },
      });
      expect(e!.detail).toContain('GROUP BY SESSION(ts');
    }
    expect(errorsOf(tvf, '1.19')).toEqual([]);
    expect(
      errorsOf("SELECT k, SUM(v) FROM src GROUP BY k, SESSION(ts, INTERVAL '5' SECOND)", '1.16'),
    ).toEqual([]);
  });

  it('takes named arguments of TUMBLE / HOP / CUMULATE before 1.19, and of other calls from 1.19', () => {
    // The window TVF page's own example; real 1.18.1 plans it (EXPLAIN), while UPPER(x => 'a')
    // fails its validation there, as named arguments of other functions came with 1.19.
    const hop =
      "INSERT INTO s SELECT window_start, COUNT(*) FROM TABLE(HOP(DATA => TABLE src, TIMECOL => DESCRIPTOR(ts), SLIDE => INTERVAL '5' MINUTES, SIZE => INTERVAL '10' MINUTES)) GROUP BY window_start, window_end";
    const tumble =
      "SELECT * FROM TABLE(tumble(DATA => TABLE src, TIMECOL => DESCRIPTOR(ts), SIZE => INTERVAL '10' MINUTES))";
    const cumulate =
      "SELECT * FROM TABLE(CUMULATE(DATA => TABLE src, TIMECOL => DESCRIPTOR(ts), STEP => INTERVAL '2' MINUTES, SIZE => INTERVAL '10' MINUTES))";
    for (const v of ['1.16', '1.18', '1.19', '2.2'])
      for (const sql of [hop, tumble, cumulate]) expect(errorsOf(sql, v), `${v}: ${sql}`).toEqual([]);
    const [e] = errorsOf("SELECT my_fn(x => 'a') FROM src", '1.18');
    expect(e!.summary).toBe('Named arguments (`name => value`) need Flink 1.19 or later');
    expect(errorsOf("SELECT my_fn(x => 'a') FROM src", '1.19')).toEqual([]);
  });

  it('says TRANSLATE(s, from, to) needs Flink 2.0', () => {
    // Real 1.18.1, EXPLAIN of the call: "No match found for function signature
    // TRANSLATE3(<CHARACTER>, <CHARACTER>, <CHARACTER>)"; 2.0 lists TRANSLATE3 among its functions.
    for (const call of ["TRANSLATE(s, 'abc', 'xyz')", "translate(s, 'abc', 'xyz')"]) {
      const [e, ...more] = errorsOf(`SELECT ${call} FROM t`, '1.18');
      expect(more).toEqual([]);
      expect(e).toMatchObject({
        code: 'FO312',
        summary: 'TRANSLATE(s, from, to) needs Flink 2.0 or later',
        range: { start: { line: 1, column: 8 } },
      });
      expect(errorsOf(`SELECT ${call} FROM t`, '2.0')).toEqual([]);
    }
  });

  it.each([
    'CHARACTER',
    'VARCHAR',
    'STRING',
    'BOOLEAN',
    'BINARY',
    'VARBINARY',
    'BYTES',
    'DECIMAL',
    'DEC',
    'NUMERIC',
    'TINYINT',
    'SMALLINT',
    'INT',
    'INTEGER',
    'BIGINT',
    'FLOAT',
    'REAL',
    'DOUBLE',
    'TIMESTAMP_LTZ',
    'RAW',
  ])('says %s(x) is a data type, not a function (real 1.18.1: "Incorrect syntax near the keyword")', (w) => {
    const [e, ...more] = errorsOf(`SELECT ${w}(n) FROM src`, '1.18');
    expect(more).toEqual([]);
    expect(e).toMatchObject({
      code: 'FO312',
      summary: `${w}(...) is a data type, not a function`,
      range: { start: { line: 1, column: 8 } },
    });
    expect(e!.detail).toContain(`CAST(x AS ${w})`);
  });

  it('says CHAR(x), VARIANT(x) and STRUCTURED(x) are no Flink functions, and takes the types in CAST and DDL', () => {
    // Real 1.18.1: "No match found for function signature CHAR(<NUMERIC>)" (VARIANT, STRUCTURED alike).
    for (const w of ['CHAR', 'VARIANT', 'STRUCTURED']) {
      const [e, ...more] = errorsOf(`SELECT ${w}(n) FROM src`, '1.18');
      expect(more).toEqual([]);
      expect(e).toMatchObject({ code: 'FO312', summary: `${w}(...) is not a Flink function` });
    }
    expect(errorsOf('SELECT CHAR(65) FROM src', '1.18')[0]!.detail).toContain('CHR(n)');
    expect(
      errorsOf(
        'SELECT CAST(n AS CHAR(3)), CAST(s AS VARCHAR(3)), TRY_CAST(s AS DECIMAL(3, 1)), CAST(s AS TIMESTAMP_LTZ(3)), CAST(s AS BINARY(2)) FROM src',
        '1.18',
      ),
    ).toEqual([]);
    expect(
      errorsOf(
        "CREATE TABLE t (a CHAR(3), b VARCHAR(3), c DECIMAL(5, 2), d AS CAST(a AS BINARY(3))) WITH ('connector' = 'datagen')",
        '1.18',
      ),
    ).toEqual([]);
  });

  it('says the STATE_TTL hint needs Flink 1.19, and a hint 1.x does not know is refused', () => {
    // Real 1.18.1, EXPLAIN: "Hint: STATE_TTL should be registered in the HintStrategyTable", and
    // the same for BROADCASTT; /*+ broadcast(b) */ and /*+ options(...) */ are its hints in any case.
    const ttl = "SELECT /*+ STATE_TTL('a' = '1d', 'b' = '12h') */ a.s FROM src a JOIN src b ON a.s = b.s";
    const [e, ...more] = errorsOf(ttl, '1.18');
    expect(more).toEqual([]);
    expect(e).toMatchObject({
      code: 'FO312',
      summary: 'The STATE_TTL hint needs Flink 1.19 or later',
      range: { start: { line: 1, column: 12 } },
    });
    expect(e!.detail).toContain("'table.exec.state.ttl'");
    expect(errorsOf(ttl, '1.19')).toEqual([]);
    const typo = 'SELECT /*+ BROADCASTT(b) */ a.s FROM src a JOIN src b ON a.s = b.s';
    expect(errorsOf(typo, '1.18').map((d) => d.summary)).toEqual(['Flink 1.18 has no hint BROADCASTT']);
    for (const ok of [
      'SELECT /*+ broadcast(b) */ a.s FROM src a JOIN src b ON a.s = b.s',
      'SELECT /*+ NEST_LOOP(b), SHUFFLE_MERGE(b), SHUFFLE_HASH(b) */ a.s FROM src a JOIN src b ON a.s = b.s',
      "SELECT /*+ LOOKUP('table' = 'b', 'async' = 'true') */ a.s FROM src a",
      "SELECT a.s FROM src /*+ options('rows-per-second' = '3') */ a",
    ])
      expect(errorsOf(ok, '1.18'), ok).toEqual([]);
  });

  it('says DATE(x) is no Flink function and shows CAST(x AS DATE)', () => {
    const [e] = errorsOf('SELECT DATE(ts) FROM t', '1.20');
    expect(e!.summary).toBe('DATE(...) is not a Flink function');
    expect(e!.detail).not.toContain('raise flinkVersion');
    expect(errorsOf('SELECT DATE(ts) FROM t', '2.2')[0]!.detail).toContain(
      'No match found for function signature DATE',
    );
    expect(e!.detail).toContain('CAST(x AS DATE)');
  });
});

describe('statement sets', () => {
  // Checked on real Flink 1.20.3 and 2.2.0 through the SQL Gateway: "Incorrect syntax near the keyword 'END'".
  rejects([
    [
      'a last INSERT without its ; before END',
      'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT s FROM src; INSERT INTO b SELECT s FROM src END',
      94,
    ],
  ]);
  accepts([
    [
      'every INSERT ended with ;',
      'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT s FROM src; INSERT INTO b SELECT s FROM src; END',
    ],
    ['one INSERT, lower case', 'execute statement set begin insert into a select s from src; end'],
  ]);
});
