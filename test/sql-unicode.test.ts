/**
 * Characters outside ASCII where SQL is read as names and whitespace. Flink's parser (Calcite's
 * LETTER and DIGIT) takes some Unicode letters in an unquoted name and no whitespace but spaces,
 * tabs and line breaks; anything else is a lexical error. Strings may name their character set
 * (N'…', _UTF8'…'). Each verdict is Flink 1.20.3's own, from
 * EXPLAIN (or the statement itself) through a real SQL Gateway.
 */
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql/index';

const errorsOf = (sql: string) =>
  analyzeScript(sql, 'jobs/j.sql', { flinkVersion: '1.20' }).diags.filter((d) => d.severity === 'error');

describe('names and spaces outside ASCII, as Flink reads them', () => {
  it.each([
    ['a Latin-1 letter', 'SELECT 1 AS café;'],
    ['CJK ideographs', 'SELECT 1 AS 数据;'],
    ['Cyrillic', 'SELECT 1 AS данные;'],
    ['Greek and Coptic', 'SELECT 1 AS xͰ;'],
    ['an Arabic-Indic digit after a letter', 'SELECT 1 AS a٣;'],
    ['a name starting with $', 'SELECT 1 AS $a;'],
    ['$ inside a name', 'SELECT 1 AS a$b;'],
    ['Hangul in backquotes', 'SELECT 1 AS `한글`;'],
    ['a no-break space inside a string', "SELECT 'a\u00a0b' AS s;"],
    ['a national string', "SELECT N'abc', n'a''b', CAST(N'1' AS INT);"],
    ['strings with a character set', "SELECT _UTF8'abc', _utf8'abc', _ISO-8859-1'abc';"],
  ])('accepts %s', (_what, sql) => {
    expect(errorsOf(sql)).toEqual([]);
  });

  it.each([
    ['a no-break space between words', 'SELECT 1\u00a0AS x;', 'No-break space U+00A0'],
    ['a no-break space in a name', 'SELECT 1 AS a\u00a0b;', 'No-break space U+00A0'],
    ['an ideographic space', 'SELECT 1\u3000AS x;', 'Space character U+3000'],
    ['a zero-width no-break space', 'SELECT 1\ufeffAS x;', 'Invisible character U+FEFF'],
    ['a multiplication sign', 'SELECT 1 AS a×b;', 'Character × (U+00D7)'],
    ['an em dash', 'SELECT 1 AS a—b;', 'Character — (U+2014)'],
    ['Hangul', 'SELECT 1 AS 한글;', 'Character 한 (U+D55C)'],
    ['an emoji', 'SELECT 1 AS a😀;', 'Character 😀 (U+1F600)'],
    ['a micro sign', 'SELECT 1 AS aµ;', 'Character µ (U+00B5)'],
    ['a full-width letter', 'SELECT 1 AS ｘ;', 'Character ｘ (U+FF58)'],
  ])('refuses %s, naming the character', (_what, sql, summary) => {
    const errors = errorsOf(sql);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.summary).toContain(summary);
    // The caret is at the character Flink stops at.
    const at = [...sql].findIndex((ch) =>
      summary.includes(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`),
    );
    expect(errors[0]!.range?.start.column).toBe(
      sql.slice(0, [...sql].slice(0, at).join('').length).length + 1,
    );
  });

  // Flink's lexer stops at them before it parses: statements flinkops reads only in part too.
  it.each([
    ['CREATE FUNCTION', "CREATE\u00a0FUNCTION f AS 'com.acme.F';", 'No-break space U+00A0 in CREATE'],
    ['DROP TABLE', 'DROP TABLE t\u200b;', 'Invisible character U+200B in DROP TABLE'],
    ['ALTER TABLE', "ALTER TABLE t SET ('k'\u00a0= 'v');", 'No-break space U+00A0 in ALTER'],
  ])('refuses them in %s', (_what, sql, summary) => {
    expect(errorsOf(sql).map((d) => d.summary)).toContain(summary);
  });

  it('joins adjacent string literals across lines only, as Flink does', () => {
    expect(errorsOf("SELECT 'a'\n'b', 'c' -- more\n  'd';")).toEqual([]);
    const [e] = errorsOf("SELECT 'a'  'b';");
    expect(e?.summary).toBe('String literal continued on the same line');
    expect(e?.range?.start).toEqual({ line: 1, column: 13 });
  });

  // Flink 1.20.3's parser: "Binary literal string must contain only characters '0' - '9', 'A' - 'F'"
  // and "Unicode escape sequence … is not exactly four hex digits"; X'abc' (odd) fails later, in validation.
  it.each([
    ["SELECT X'zz';", "Binary literal X'…' must contain only the hex digits 0-9 and A-F"],
    ["SELECT X'a b0';", "Binary literal X'…' must contain only the hex digits 0-9 and A-F"],
    ["SELECT U&'\\zz';", 'Unicode escape sequence `\\zz` is not exactly four hex digits'],
    ["SELECT U&'a\\12';", 'Unicode escape sequence `\\12` is not exactly four hex digits'],
  ])('refuses %s as its parser does', (sql, summary) => {
    const [e] = errorsOf(sql);
    expect(e).toMatchObject({ code: 'FO312', summary, range: { start: { line: 1, column: 8 } } });
  });

  it.each(["SELECT X'CAFE', x'00ff', X'';", "SELECT U&'\\0041\\\\b', U&'\\+01F600';"])('takes %s', (sql) => {
    expect(errorsOf(sql)).toEqual([]);
  });
});
