import { describe, expect, it } from 'vitest';
import { analyzeScript } from './analyze';
import type { ObjectRef } from './types';

const one = (sql: string) => analyzeScript(sql, 'f.sql').statements[0]!;
const n = (refs: ObjectRef[]) => refs.map((r) => r.parts.join('.') + (r.temporal ? '@T' : ''));

describe('reference extraction', () => {
  it.each([
    ['FROM list with aliases with and without AS', 'SELECT * FROM a x, b AS y, c.d', ['a', 'b', 'c.d']],
    [
      'joins of every flavour',
      'SELECT * FROM a LEFT JOIN b ON 1=1 RIGHT OUTER JOIN c ON 1=1 FULL JOIN d ON 1=1 CROSS JOIN e INNER JOIN f USING (k) NATURAL JOIN g',
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    ],
    ['parenthesised join', 'SELECT * FROM (a JOIN b ON a.k = b.k)', ['a', 'b']],
    [
      'subqueries in IN, EXISTS and scalar position',
      'SELECT (SELECT max(x) FROM s1) FROM a WHERE k IN (SELECT k FROM s2) AND EXISTS (SELECT 1 FROM s3 WHERE s3.k = a.k)',
      ['s1', 'a', 's2', 's3'],
    ],
    [
      'set operations',
      'SELECT k FROM a UNION ALL SELECT k FROM b INTERSECT SELECT k FROM c EXCEPT SELECT k FROM d',
      ['a', 'b', 'c', 'd'],
    ],
    [
      'CTEs are not tables',
      'WITH x AS (SELECT * FROM a), y (c) AS (SELECT * FROM x) SELECT * FROM y JOIN b ON 1=1',
      ['a', 'b'],
    ],
    ['temporal join', 'SELECT * FROM o JOIN r FOR SYSTEM_TIME AS OF o.ts AS rr ON o.k = rr.k', ['o', 'r@T']],
    [
      'window TVF, old form',
      "SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' MINUTE))",
      ['bids'],
    ],
    [
      'window TVF, named args',
      "SELECT * FROM TABLE(HOP(DATA => TABLE `cat`.`db`.bids, TIMECOL => DESCRIPTOR(ts), SLIDE => INTERVAL '1' MINUTE, SIZE => INTERVAL '5' MINUTE))",
      ['cat.db.bids'],
    ],
    ['UNNEST is not a table', 'SELECT * FROM t CROSS JOIN UNNEST(t.arr) AS u (v)', ['t']],
    [
      'EXTRACT(... FROM col) is not a FROM clause',
      "SELECT EXTRACT(YEAR FROM ts), TRIM(BOTH ' ' FROM s) FROM t",
      ['t'],
    ],
    [
      'MATCH_RECOGNIZE input',
      'SELECT * FROM t MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.x AS x PATTERN (A B+) DEFINE A AS A.x > 1) AS m',
      ['t'],
    ],
    ['hints after a table', "SELECT * FROM t /*+ OPTIONS('a'='b') */ AS x", ['t']],
    ['VALUES with column aliases', 'SELECT * FROM (VALUES (1, 2)) AS v(a, b)', []],
  ])('%s', (_what, sql, reads) => {
    const s = one(sql);
    expect(s.diags).toEqual([]);
    expect(n(s.reads)).toEqual(reads);
  });

  it('finds user functions, not built-ins or keywords', () => {
    const s = one(
      'SELECT my_fn(a), cat.db.other(b), UPPER(c), CAST(d AS DECIMAL(10, 2)), COUNT(DISTINCT e), `weird fn`(f) FROM t, LATERAL TABLE(split_udtf(g)) AS s(w) WHERE h IN (1)',
    );
    expect(n(s.functions)).toEqual(['my_fn', 'cat.db.other', 'weird fn', 'split_udtf']);
  });

  it('finds INSERT targets with partition spec, column list and hints', () => {
    const s = one(
      "INSERT OVERWRITE cat.db.sink /*+ OPTIONS('x'='y') */ PARTITION (dt = '2024') (a, b) SELECT a, b FROM src",
    );
    expect(n(s.writes)).toEqual(['cat.db.sink']);
    expect(n(s.reads)).toEqual(['src']);
  });

  it('collects every INSERT of a statement set as inner statements', () => {
    const s = one(
      'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT * FROM x; INSERT INTO b SELECT * FROM y; END;',
    );
    expect(s.kind).toBe('statement_set');
    expect(n(s.writes)).toEqual(['a', 'b']);
    expect(n(s.reads)).toEqual(['x', 'y']);
    expect(s.inner?.map((i) => i.text)).toEqual([
      'INSERT INTO a SELECT * FROM x',
      'INSERT INTO b SELECT * FROM y',
    ]);
  });

  it('rejects non-INSERT statements and empty statement sets', () => {
    expect(one('EXECUTE STATEMENT SET BEGIN SELECT 1; END;').diags.map((d) => d.code)).toEqual(['FO317']);
    expect(one('EXECUTE STATEMENT SET BEGIN END;').diags.map((d) => d.code)).toEqual(['FO316']);
  });

  it('gives references exact offsets', () => {
    const sql = 'SELECT * FROM `db`.t1 JOIN t2 ON 1=1';
    const s = one(sql);
    expect(s.reads.map((r) => sql.slice(r.start, r.end))).toEqual(['`db`.t1', 't2']);
  });
});

describe('classification', () => {
  it.each([
    ['SET', 'set'],
    ["SET 'a' = 'b'", 'set'],
    ['RESET', 'reset'],
    ["CREATE TEMPORARY SYSTEM FUNCTION f AS 'x'", 'create_function'],
    ["CREATE MATERIALIZED TABLE m FRESHNESS = INTERVAL '1' MINUTE AS SELECT 1", 'create_materialized_table'],
    ["CREATE MODEL m INPUT (a STRING) OUTPUT (b STRING) WITH ('provider' = 'x')", 'create_model'],
    ['ALTER TABLE t RENAME TO u', 'alter'],
    ['DROP TEMPORARY VIEW IF EXISTS v', 'drop'],
    ['INSERT INTO t VALUES (1)', 'insert'],
    ['BEGIN STATEMENT SET', 'begin_statement_set'],
    ['END', 'end'],
    ['(SELECT 1)', 'select'],
    ['VALUES (1)', 'select'],
    ['WITH a AS (SELECT 1) SELECT * FROM a', 'select'],
    ['EXPLAIN CHANGELOG_MODE, JSON_EXECUTION_PLAN SELECT 1', 'explain'],
    ["EXECUTE PLAN 'p.json'", 'execute'],
    ['SHOW JOBS', 'show_jobs'],
    ['SHOW JARS', 'show'],
    ['DESC t', 'describe'],
    ["DESCRIBE JOB 'abc'", 'describe_job'],
    ["STOP JOB 'abc' WITH SAVEPOINT", 'stop_job'],
    ['USE CATALOG c', 'use'],
    ['LOAD MODULE hive', 'load_module'],
    ['UNLOAD MODULE hive', 'unload_module'],
    ["ADD JAR 'x.jar'", 'add_jar'],
    ["REMOVE JAR 'x.jar'", 'remove_jar'],
    ['CALL sys.p(1)', 'call'],
    ['DELETE FROM t WHERE a = 1', 'delete'],
    ['UPDATE t SET a = 1', 'update'],
    ['TRUNCATE TABLE t', 'truncate'],
    ['ANALYZE TABLE t COMPUTE STATISTICS', 'analyze'],
    ["COMPILE PLAN 'p.json' FOR INSERT INTO t SELECT 1", 'compile_plan'],
  ])('%s → %s', (sql, kind) => {
    const s = one(sql);
    expect(s.kind).toBe(kind);
    expect(s.diags.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('flags statements Flink does not know, and unbalanced brackets', () => {
    expect(one('FROBNICATE t').diags.map((d) => d.code)).toEqual(['FO311']);
    // A misspelt first word is named with the word meant; a word near none gets no guess.
    expect(one('INSERTT INTO t SELECT 1').diags[0]!.detail).toMatch(
      /^Did you mean INSERT\? Flink statements start/,
    );
    expect(one('slect 1').diags[0]!.detail).toMatch(/^Did you mean SELECT\?/);
    expect(one('FROBNICATE t').diags[0]!.detail).toMatch(/^Flink statements start/);
    expect(one('AB t').diags[0]!.detail).toMatch(/^Flink statements start/);
    expect(one('SELECT (1').diags.map((d) => d.code)).toEqual(['FO310']);
    expect(one('SELECT 1)').diags.map((d) => d.code)).toEqual(['FO310']);
    expect(one('SELECT a[1)').diags.map((d) => d.code)).toEqual(['FO310']);
    expect(one('SHOW DATABASES IN c.d').diags.map((d) => d.code)).toEqual(['FO315']);
    expect(one('END x').diags.map((d) => d.code)).toEqual(['FO312']);
    expect(one('INSERT INTO t').diags.map((d) => d.code)).toEqual(['FO313']);
    expect(one('INSERT INTO (SELECT 1)').diags.map((d) => d.code)).toEqual(['FO312']);
  });

  it('never throws on garbage', () => {
    for (const sql of [
      '',
      ';',
      ')',
      'CREATE',
      'CREATE TABLE',
      'INSERT INTO',
      'SET =',
      "EXECUTE STATEMENT SET BEGIN 'x",
      'WITH',
      'SELECT * FROM',
      'CREATE TABLE t (a ROW<',
      'EXPLAIN',
      'COMPILE PLAN FOR',
    ]) {
      expect(() => analyzeScript(sql, 'f.sql')).not.toThrow();
    }
  });
});

describe('many distinct references', () => {
  it('a statement calling 20,000 distinct functions is analysed in linear time', () => {
    const calls = Array.from({ length: 20_000 }, (_, i) => `f${i}(x)`).join(', ');
    const started = Date.now();
    const a = analyzeScript(`INSERT INTO t SELECT ${calls} FROM b;`, 'jobs/j.sql');
    // Quadratic de-duplication took ~14 s here; linear takes well under one.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(a.statements[0]!.functions).toHaveLength(20_000);
  });

  it('still lists a function called twice once', () => {
    const a = analyzeScript('INSERT INTO t SELECT f(x), f(y), g(x) FROM b;', 'jobs/j.sql');
    expect(a.statements[0]!.functions.map((f) => f.name)).toEqual(['f', 'g']);
  });

  it('lists each of many functions once, however far apart the calls', () => {
    const calls = Array.from({ length: 30 }, (_, i) => `f${i}(x)`);
    const sql = `INSERT INTO t SELECT ${[...calls, 'f3(y)', 'f25(y)', 'F3(z)', 'db.f3(z)'].join(', ')} FROM b;`;
    const names = analyzeScript(sql, 'jobs/j.sql').statements[0]!.functions.map((f) => f.parts.join('.'));
    expect(names).toEqual([...Array.from({ length: 30 }, (_, i) => `f${i}`), 'F3', 'db.f3']);
  });

  it('a table read both plainly and as a lookup is listed both ways, each once', () => {
    const sql =
      'INSERT INTO t SELECT * FROM a JOIN d FOR SYSTEM_TIME AS OF a.pt ON a.k = d.k JOIN d AS d2 ON a.k = d2.k ' +
      'JOIN d FOR SYSTEM_TIME AS OF a.pt AS d3 ON a.k = d3.k;';
    const reads = analyzeScript(sql, 'jobs/j.sql').statements[0]!.reads;
    expect(reads.map((r) => `${r.name}${r.temporal ? ' (lookup)' : ''}`)).toEqual(['a', 'd (lookup)', 'd']);
  });
});

describe('OPTIONS hints on a reference', () => {
  it('records what the hint sets, for that read or write only; reads with other options are other sources', () => {
    const st = one(
      "INSERT INTO s /*+ OPTIONS('sink.parallelism' = '2') */ SELECT * FROM a /*+ OPTIONS('properties.group.id' = 'g-'\n'job', 'scan.startup.mode' = 'earliest-offset'), OTHER(x) */ JOIN a AS b ON a.k = b.k",
    );
    expect(st.writes.map((r) => [r.name, r.options])).toEqual([['s', { 'sink.parallelism': '2' }]]);
    expect(st.reads.map((r) => [r.name, r.options])).toEqual([
      ['a', { 'properties.group.id': 'g-job', 'scan.startup.mode': 'earliest-offset' }],
      ['a', undefined],
    ]);
  });
});
