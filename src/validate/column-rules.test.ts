import { describe, expect, it } from 'vitest';
import { LineIndex } from '../core/text';
import { analyzeScript } from '../sql';
import { checkColumnNames } from './column-rules';
import type { ProjectJob } from './model';

const TABLES = `
CREATE TABLE rides (ride_id BIGINT, fare DOUBLE, distance_km DOUBLE, city STRING, tags ARRAY<STRING>,
  loc ROW<lat DOUBLE, lon DOUBLE>, ts TIMESTAMP(3), part INT METADATA FROM 'partition' VIRTUAL,
  fare_km AS fare / distance_km, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');
CREATE TABLE cities (city STRING, country STRING) WITH ('connector' = 'datagen');
CREATE TABLE out_t (a STRING, b DOUBLE) WITH ('connector' = 'blackhole');
`;

/** FO204 summaries (with line:column) for `sql` run after the tables above, as one job's script. */
function check(sql: string, syntaxErrors = false): string[] {
  const text = TABLES + sql;
  const a = analyzeScript(text, 'jobs/j.sql', { columnScopes: true });
  expect(a.diags.some((d) => d.severity === 'error')).toBe(syntaxErrors);
  const localTables = a.statements
    .filter((s) => (s.kind === 'create_table' || s.kind === 'create_table_as') && s.table)
    .map((s) => ({ name: s.table!.name.name, statement: s }));
  const job = {
    name: 'j',
    sqlFile: 'jobs/j.sql',
    settings: {},
    reads: [],
    writes: [],
    functions: [],
    localTables,
  };
  return checkColumnNames(a.statements, 'jobs/j.sql', new LineIndex(text), new Map(), job as ProjectJob).map(
    (d) => `${(d.range?.start.line ?? 0) - 7}:${d.range?.start.column} ${d.summary}`,
  );
}

describe('FO204: a column no table in scope has', () => {
  it('fires on a misspelt column, at it, naming the table and the column one edit away', () => {
    const text = `${TABLES}INSERT INTO out_t SELECT city, distance_kmx FROM rides;`;
    const a = analyzeScript(text, 'jobs/j.sql', { columnScopes: true });
    const job = {
      localTables: a.statements
        .filter((s) => s.table)
        .map((s) => ({ name: s.table!.name.name, statement: s })),
    };
    const [d, ...rest] = checkColumnNames(
      a.statements,
      'jobs/j.sql',
      new LineIndex(text),
      new Map(),
      job as ProjectJob,
    );
    expect(rest).toEqual([]);
    expect(d!.code).toBe('FO204');
    expect(d!.summary).toBe("Column 'distance_kmx' not found in any table");
    expect(d!.range).toMatchObject({ file: 'jobs/j.sql', start: { line: 7, column: 32 } });
    expect(d!.detail).toContain('rides (ride_id, fare, distance_km, city, tags, loc, ts, part, fare_km)');
    expect(d!.detail).toContain('Did you mean distance_km?');
    // Case is named only where it is the difference.
    expect(d!.detail).not.toContain('case-sensitive');
  });

  it('fires on a case difference and says the name it means', () => {
    expect(check('INSERT INTO out_t SELECT City, fare FROM rides;')).toEqual([
      "0:26 Column 'City' not found in any table",
    ]);
  });

  it('judges qualified names by their table alias, and an alias the FROM lacks', () => {
    expect(check('INSERT INTO out_t SELECT r.city, r.faer FROM rides AS r;')).toEqual([
      "0:36 Column 'faer' not found in table 'r'",
    ]);
    expect(check('INSERT INTO out_t SELECT r.city, x.fare FROM rides r;')).toEqual([
      "0:34 Table 'x' not found",
    ]);
  });

  it('takes metadata, computed and nested fields, niladic functions and PROCTIME()', () => {
    expect(
      check(
        'INSERT INTO out_t SELECT CAST(part AS STRING), fare_km + loc.lat + r.loc.lon FROM rides r WHERE ts < CURRENT_TIMESTAMP AND PROCTIME() IS NOT NULL AND ts > LOCALTIMESTAMP;',
      ),
    ).toEqual([]);
    // The same names, one a field the column does not have in its table's place: judged.
    expect(check('INSERT INTO out_t SELECT CAST(parts AS STRING), fare_km FROM rides r;')).toEqual([
      "0:31 Column 'parts' not found in any table",
    ]);
  });

  it('takes an unquoted PI (any case) as the function Calcite makes of it; a quoted `PI` is a column', () => {
    // Real Flink 2.2: `SELECT PI FROM t` and `SELECT pi FROM t` run; `SELECT \`PI\` FROM t` fails with
    // "Column 'PI' not found in any table".
    expect(check('INSERT INTO out_t SELECT city, fare * PI + pi FROM rides WHERE fare > Pi;')).toEqual([]);
    expect(check('INSERT INTO out_t SELECT city, `PI` FROM rides;')).toEqual([
      "0:32 Column 'PI' not found in any table",
    ]);
  });

  it('adds window_start, window_end, window_time of a window TVF, and judges its input columns', () => {
    const q = (c: string) =>
      `INSERT INTO out_t SELECT CAST(window_start AS STRING), SUM(${c}) FROM TABLE(TUMBLE(TABLE rides, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;`;
    expect(check(q('fare'))).toEqual([]);
    expect(
      check(
        "INSERT INTO out_t WITH w AS (SELECT city, fare, ts FROM rides) SELECT city, SUM(fare) FROM TABLE(HOP(DATA => TABLE w, TIMECOL => DESCRIPTOR(ts), SLIDE => INTERVAL '1' MINUTE, SIZE => INTERVAL '2' MINUTE)) GROUP BY city, window_start, window_end, window_time;",
      ),
    ).toEqual([]);
    expect(
      check(
        "INSERT INTO out_t WITH w AS (SELECT city, ts FROM rides) SELECT city, SUM(fare) FROM TABLE(HOP(DATA => TABLE w, TIMECOL => DESCRIPTOR(ts), SLIDE => INTERVAL '1' MINUTE, SIZE => INTERVAL '2' MINUTE)) GROUP BY city, window_start;",
      ),
    ).toEqual(["0:75 Column 'fare' not found in any table"]);
    expect(check(q('fares'))).toEqual(["0:60 Column 'fares' not found in any table"]);
  });

  it('resolves subqueries and WITH queries by their select lists, and AS x(a, b)', () => {
    expect(check('INSERT INTO out_t SELECT c, f FROM (SELECT city AS c, fare AS f FROM rides) s;')).toEqual(
      [],
    );
    expect(
      check('INSERT INTO out_t SELECT c, fare FROM (SELECT city AS c, fare AS f FROM rides) s;'),
    ).toEqual(["0:29 Column 'fare' not found in any table"]);
    expect(
      check('INSERT INTO out_t WITH w AS (SELECT city, fare * 2 AS f2 FROM rides) SELECT city, f2 FROM w;'),
    ).toEqual([]);
    expect(check('INSERT INTO out_t WITH w AS (SELECT city FROM rides) SELECT city, fare FROM w;')).toEqual([
      "0:67 Column 'fare' not found in any table",
    ]);
    expect(
      check('INSERT INTO out_t SELECT x, y FROM rides AS r (x, y, a3, a4, a5, a6, a7, a8, a9);'),
    ).toEqual([]);
    expect(
      check('INSERT INTO out_t SELECT x, fare FROM rides AS r (x, y, a3, a4, a5, a6, a7, a8, a9);'),
    ).toEqual(["0:29 Column 'fare' not found in any table"]);
  });

  it('gives a subquery in FROM no column of the query around it, unless LATERAL', () => {
    expect(check('SELECT s.c FROM rides r, (SELECT r.city AS c FROM cities) s;')).toEqual([
      "0:34 Table 'r' not found",
    ]);
    expect(check('SELECT s.c FROM rides r, LATERAL (SELECT r.city AS c FROM cities) s;')).toEqual([]);
  });

  it('resolves views the script creates', () => {
    const v = 'CREATE TEMPORARY VIEW v AS SELECT city, fare FROM rides;\n';
    expect(check(`${v}INSERT INTO out_t SELECT city, fare FROM v;`)).toEqual([]);
    expect(check(`${v}INSERT INTO out_t SELECT city, ts FROM v;`)).toEqual([
      "1:32 Column 'ts' not found in any table",
    ]);
  });

  it('takes joins (USING, NATURAL, temporal) and correlated subqueries', () => {
    expect(
      check(
        'INSERT INTO out_t SELECT country, fare FROM rides JOIN cities USING (city) WHERE EXISTS (SELECT 1 FROM cities c2 WHERE c2.city = rides.city);',
      ),
    ).toEqual([]);
    expect(check('INSERT INTO out_t SELECT country, fare FROM rides NATURAL JOIN cities;')).toEqual([]);
    expect(
      check('INSERT INTO out_t SELECT contry, fare FROM rides r JOIN cities c ON r.city = c.city;'),
    ).toEqual(["0:26 Column 'contry' not found in any table"]);
  });

  it('allows a select-list alias in ORDER BY only, as Flink does', () => {
    expect(check('SELECT city AS c, fare FROM rides ORDER BY c;')).toEqual([]);
    expect(check('SELECT city AS c, fare FROM rides WHERE c IS NULL;')).toEqual([
      "0:41 Column 'c' not found in any table",
    ]);
    expect(check('SELECT city AS c, COUNT(*) FROM rides GROUP BY c;')).toEqual([
      "0:48 Column 'c' not found in any table",
    ]);
  });

  it('does not judge scopes it cannot know: UNNEST, LATERAL TABLE, MATCH_RECOGNIZE, unknown tables, USE', () => {
    expect(
      check('INSERT INTO out_t SELECT tag, fare FROM rides CROSS JOIN UNNEST(tags) AS t (tag);'),
    ).toEqual([]);
    expect(check('INSERT INTO out_t SELECT anything, fare FROM rides CROSS JOIN UNNEST(tags);')).toEqual([]);
    expect(check('INSERT INTO out_t SELECT w, fare FROM rides, LATERAL TABLE(split(city));')).toEqual([]);
    expect(check('INSERT INTO out_t SELECT nothing, fare FROM somewhere_else;')).toEqual([]);
    expect(
      check(
        'SELECT * FROM rides MATCH_RECOGNIZE (PARTITION BY city ORDER BY ts MEASURES A.fare AS f ONE ROW PER MATCH PATTERN (A B) DEFINE A AS A.fare > 1, B AS B.zzz > 2) AS m;',
      ),
    ).toEqual([]);
    expect(check('USE cat.db;\nINSERT INTO out_t SELECT nothing, fare FROM rides;')).toEqual([]);
    // Beside an item of unknown columns, a name qualified by a known table is still judged.
    expect(check('INSERT INTO out_t SELECT anything, r.faer FROM rides r CROSS JOIN UNNEST(tags);')).toEqual([
      "0:38 Column 'faer' not found in table 'r'",
    ]);
  });

  // Seen in public scripts (fluss, flink-cdc and decodable docs): a page creating `source` once per
  // example, a MySQL CREATE TABLE beside the Flink one, ALTER TABLE ... ADD before the INSERT.
  it('does not judge a table the script creates twice: which definition a query sees is not known', () => {
    const twice =
      "CREATE TEMPORARY TABLE src (order_id BIGINT) WITH ('connector' = 'datagen');\n" +
      "CREATE TEMPORARY TABLE src (shop_id BIGINT, total DOUBLE) WITH ('connector' = 'datagen');\n";
    expect(check(`${twice}INSERT INTO out_t SELECT CAST(shop_id AS STRING), total FROM src;`)).toEqual([]);
    const views =
      'CREATE TEMPORARY VIEW v AS SELECT city FROM cities;\nCREATE TEMPORARY VIEW v AS SELECT fare FROM rides;\n';
    expect(check(`${views}INSERT INTO out_t SELECT 'x', fare FROM v;`)).toEqual([]);
  });

  it('does not judge a table whose CREATE TABLE has a syntax error: columns past the error are lost', () => {
    const mysql =
      'CREATE TABLE orders (order_id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, order_date DATETIME NOT NULL) AUTO_INCREMENT = 10001;\n';
    expect(
      check(`${mysql}INSERT INTO out_t SELECT CAST(o.order_date AS STRING), 1.0 FROM orders o;`, true),
    ).toEqual([]);
  });

  it('does not judge a table the script alters (ALTER TABLE ... ADD / RENAME), and still judges the others', () => {
    const alter = 'ALTER TABLE cities ADD region STRING;\n';
    expect(check(`${alter}INSERT INTO out_t SELECT region, 1.0 FROM cities;`)).toEqual([]);
    expect(check(`${alter}INSERT INTO out_t SELECT region, fare FROM rides;`)).toEqual([
      "1:26 Column 'region' not found in any table",
    ]);
    expect(check('ALTER TABLE IF EXISTS `cities` RENAME country TO land;\nSELECT land FROM cities;')).toEqual(
      [],
    );
  });

  it('still judges a table whose name an ALTER of a function or database shares: that ALTER leaves the table alone', () => {
    for (const alter of [
      "ALTER FUNCTION cities AS 'com.acme.Cities';\n",
      "ALTER DATABASE cities SET ('k' = 'v');\n",
    ])
      expect(check(`${alter}INSERT INTO out_t SELECT region, 1.0 FROM cities;`)).toEqual([
        "1:26 Column 'region' not found in any table",
      ]);
  });
});
