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
