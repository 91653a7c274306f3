/**
 * What Flink checks when it runs CREATE TABLE (resolving the schema in its catalog), checked
 * offline: columns named twice, WATERMARK FOR / PRIMARY KEY / PARTITIONED BY naming a column the
 * table does not have, a primary key on a computed or metadata column, a rowtime column that is not
 * TIMESTAMP(p) / TIMESTAMP_LTZ(p) with p ≤ 3. Each verdict is Flink 1.20.3's own, from running the
 * statement through a real SQL Gateway (configure-session); the words quoted are Flink's.
 */
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql/index';

const errorsOf = (sql: string) =>
  analyzeScript(sql, 'tables/t.sql', { flinkVersion: '1.20' }).diags.filter((d) => d.severity === 'error');

const W = "WITH ('connector' = 'datagen')";

describe('CREATE TABLE columns, as Flink resolves them', () => {
  it.each([
    ['a primary key on its column', `CREATE TABLE t (id BIGINT PRIMARY KEY NOT ENFORCED, v STRING) ${W};`],
    [
      'a named key and a partition column',
      `CREATE TABLE t (id BIGINT, v STRING, CONSTRAINT pk PRIMARY KEY (id, v) NOT ENFORCED) PARTITIONED BY (v) ${W};`,
    ],
    ['names differing in case only', `CREATE TABLE t (id BIGINT, ID STRING) ${W};`],
    [
      'a watermark on a computed column',
      `CREATE TABLE t (ts TIMESTAMP(3), w AS ts, WATERMARK FOR w AS w) ${W};`,
    ],
    [
      'TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL as rowtime',
      `CREATE TABLE t (ts TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, WATERMARK FOR ts AS ts) ${W};`,
    ],
    [
      'TIMESTAMP(3) WITH LOCAL TIME ZONE as rowtime',
      `CREATE TABLE t (ts TIMESTAMP(3) WITH LOCAL TIME ZONE, WATERMARK FOR ts AS ts) ${W};`,
    ],
    [
      'a metadata TIMESTAMP_LTZ(3) as rowtime',
      `CREATE TABLE t (ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', WATERMARK FOR ts AS ts) ${W};`,
    ],
    ['a partition column listed twice', `CREATE TABLE t (id BIGINT) PARTITIONED BY (id, id) ${W};`],
    ['columns that come from LIKE', `CREATE TABLE t2 (x INT, WATERMARK FOR ts AS ts) ${W} LIKE t;`],
    [
      'expressions reading columns, nested fields, time units and niladic functions',
      `CREATE TABLE t (id BIGINT, r ROW<a STRING>, payload STRING, ts TIMESTAMP(3), ${[
        'a AS UPPER(r.a)',
        "b AS CAST(JSON_VALUE(payload, '$.b') AS INT)",
        'c AS TIMESTAMPADD(WEEK, 1, ts)',
        'd AS EXTRACT(MILLISECOND FROM ts)',
        "e AS CASE WHEN id > 1 THEN 'x' ELSE 'y' END",
        'f AS CURRENT_TIMESTAMP',
        'g AS PROCTIME()',
      ].join(', ')}, WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) ${W};`,
    ],
    [
      'a watermark from the source',
      `CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR ts AS SOURCE_WATERMARK()) ${W};`,
    ],
  ])('accepts %s', (_what, sql) => {
    expect(errorsOf(sql)).toEqual([]);
  });

  // [what, statement, code, column of the diagnostic, Flink's words]
  it.each([
    [
      'a column declared twice',
      `CREATE TABLE t (id BIGINT, id STRING) ${W};`,
      'FO252',
      28,
      "A regular Column named 'id' already exists in the table.",
    ],
    [
      'a computed column named as a physical one',
      `CREATE TABLE t (id BIGINT, id AS 1) ${W};`,
      'FO252',
      28,
      "A column named 'id' already exists in the table.",
    ],
    [
      'a watermark on an unknown column',
      `CREATE TABLE t (id BIGINT, ts TIMESTAMP(3), WATERMARK FOR tss AS ts) ${W};`,
      'FO251',
      59,
      "The rowtime attribute field 'tss' is not defined in the table schema",
    ],
    [
      'a watermark on a column of another case',
      `CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR TS AS ts) ${W};`,
      'FO251',
      48,
      "The rowtime attribute field 'TS' is not defined in the table schema",
    ],
    [
      'a watermark on a nested field',
      `CREATE TABLE t (r ROW<a TIMESTAMP(3)>, WATERMARK FOR r.a AS r.a) ${W};`,
      'FO251',
      54,
      "Invalid column name 'r.a' for rowtime attribute in watermark declaration.",
    ],
    [
      'a BIGINT rowtime column',
      `CREATE TABLE t (ts BIGINT, WATERMARK FOR ts AS ts) ${W};`,
      'FO267',
      42,
      'The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), ... but the time field type is BIGINT',
    ],
    [
      'a TIMESTAMP rowtime column without precision',
      `CREATE TABLE t (ts TIMESTAMP, WATERMARK FOR ts AS ts) ${W};`,
      'FO267',
      45,
      '... but the time field type is TIMESTAMP(6)',
    ],
    [
      'a TIMESTAMP_LTZ rowtime column without precision',
      `CREATE TABLE t (ts TIMESTAMP_LTZ, WATERMARK FOR ts AS ts) ${W};`,
      'FO267',
      49,
      '... but the time field type is TIMESTAMP_LTZ(6)',
    ],
    [
      'a TIMESTAMP(6) rowtime column',
      `CREATE TABLE t (ts TIMESTAMP(6), WATERMARK FOR ts AS ts) ${W};`,
      'FO267',
      48,
      '... but the time field type is TIMESTAMP(6)',
    ],
    [
      'a computed column reading an unknown column',
      `CREATE TABLE t (id BIGINT, w AS UPPER(vv)) ${W};`,
      'FO251',
      39,
      "Unknown identifier 'vv'",
    ],
    [
      'a watermark expression reading an unknown column',
      `CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR ts AS tsx - INTERVAL '1' SECOND) ${W};`,
      'FO251',
      54,
      "Unknown identifier 'tsx'",
    ],
    [
      'a primary key on an unknown column',
      `CREATE TABLE t (id BIGINT, PRIMARY KEY (zz) NOT ENFORCED) ${W};`,
      'FO251',
      41,
      "Primary key column 'zz' is not defined in the schema",
    ],
    [
      'a primary key on a computed column',
      `CREATE TABLE t (id BIGINT, w AS id + 1, PRIMARY KEY (w) NOT ENFORCED) ${W};`,
      'FO251',
      54,
      "Could not create a PRIMARY KEY with column 'w'",
    ],
    [
      'a primary key on a metadata column',
      `CREATE TABLE t (id BIGINT, m INT METADATA, PRIMARY KEY (m) NOT ENFORCED) ${W};`,
      'FO251',
      57,
      "Could not create a PRIMARY KEY with column 'm'",
    ],
    [
      'a primary key naming a column twice',
      `CREATE TABLE t (id BIGINT, PRIMARY KEY (id, id) NOT ENFORCED) ${W};`,
      'FO252',
      41,
      'A primary key must not contain duplicate columns.',
    ],
    [
      'a partition on an unknown column',
      `CREATE TABLE t (id BIGINT) PARTITIONED BY (zz) ${W};`,
      'FO251',
      44,
      "Partition column 'zz' not defined in the table schema.",
    ],
  ])('rejects %s', (_what, sql, code, column, _flinkSays) => {
    const [e, ...more] = errorsOf(sql);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ code, range: { file: 'tables/t.sql', start: { line: 1, column } } });
    expect(e!.detail).toMatch(/\S/);
  });

  it('suggests the column meant', () => {
    const [e] = errorsOf(
      `CREATE TABLE t (event_time TIMESTAMP(3), WATERMARK FOR event_tme AS event_time) ${W};`,
    );
    expect(e!.summary).toBe('WATERMARK FOR names `event_tme`, which is not a column of the table');
    expect(e!.detail).toContain('Did you mean `event_time`?');
  });
});
