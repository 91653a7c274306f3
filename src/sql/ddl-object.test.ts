import { describe, expect, it } from 'vitest';
import { analyzeScript } from './analyze';

const object = (sql: string) => {
  const [s] = analyzeScript(sql, 'f.sql').statements;
  const o = s?.object;
  return (
    o && { ...o, name: o.name.parts, at: sql.slice(o.name.start, o.name.end), renamedTo: o.renamedTo?.parts }
  );
};

describe('the object a CREATE, DROP or ALTER acts on, as the parse reads it once', () => {
  it.each([
    [
      "CREATE OR REPLACE TABLE t WITH ('connector' = 'blackhole') AS SELECT 1 AS x",
      { verb: 'create', kind: 'table', orReplace: true, name: ['t'], at: 't' },
    ],
    ['REPLACE TABLE t AS SELECT 1 AS x', { verb: 'create', kind: 'table', orReplace: true }],
    [
      'CREATE TEMPORARY VIEW IF NOT EXISTS `a.b` AS SELECT 1',
      { verb: 'create', kind: 'view', temporary: true, ifNotExists: true, name: ['a.b'], at: '`a.b`' },
    ],
    [
      "CREATE TEMPORARY SYSTEM FUNCTION f AS 'a.F'",
      { verb: 'create', kind: 'function', temporary: true, system: true },
    ],
    // Flink's parser reads TEMPORARY before CATALOG and DATABASE and passes it on to neither.
    ['CREATE TEMPORARY DATABASE d', { verb: 'create', kind: 'database', temporary: false }],
    [
      'DROP TEMPORARY TABLE IF EXISTS /* gone */ cat.`db`.t',
      {
        verb: 'drop',
        kind: 'table',
        temporary: true,
        ifExists: true,
        name: ['cat', 'db', 't'],
        at: 'cat.`db`.t',
      },
    ],
    ['DROP CATALOG c', { verb: 'drop', kind: 'catalog', name: ['c'] }],
    [
      'ALTER TABLE IF EXISTS `t` RENAME TO u',
      { verb: 'alter', kind: 'table', ifExists: true, at: '`t`', renamedTo: ['u'] },
    ],
    ['ALTER TABLE t RENAME c TO d', { verb: 'alter', kind: 'table', renamedTo: undefined }],
    ['ALTER VIEW v AS SELECT 1', { verb: 'alter', kind: 'view', name: ['v'] }],
  ])('%s', (sql, expected) => {
    expect(object(sql)).toMatchObject(expected);
  });

  it.each([
    'ALTER MATERIALIZED TABLE m SUSPEND',
    'DROP MODEL m',
    'CREATE MATERIALIZED TABLE m AS SELECT 1',
    'DROP TABLE',
    'INSERT INTO t SELECT 1',
  ])('none for %s', (sql) => {
    expect(object(sql)).toBeUndefined();
  });
});
