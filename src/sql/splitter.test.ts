import { describe, expect, it } from 'vitest';
import { splitStatements } from './splitter';

const texts = (sql: string) => splitStatements(sql, 'f.sql').statements.map((s) => s.text);

describe('splitStatements', () => {
  it('splits on top-level semicolons, keeping a last statement without one', () => {
    expect(texts('SET a = b;\nSELECT 1;\nSELECT 2')).toEqual(['SET a = b', 'SELECT 1', 'SELECT 2']);
  });

  it("ignores ';' inside strings, comments, hints and backticks", () => {
    expect(texts("SELECT ';', `a;b` /* ; */ -- ;\nFROM t /*+ OPTIONS('x'=';') */;SELECT 2;")).toEqual([
      "SELECT ';', `a;b` /* ; */ -- ;\nFROM t /*+ OPTIONS('x'=';') */",
      'SELECT 2',
    ]);
  });

  it("ignores ';' inside a // comment", () => {
    expect(texts('SELECT a, // b;\n  c FROM t;\nSELECT 2;')).toEqual([
      'SELECT a, // b;\n  c FROM t',
      'SELECT 2',
    ]);
  });

  it('does not count empty statements or comment-only stretches', () => {
    expect(texts(';; -- nothing\n/* here */ ;\nSELECT 1;\n-- trailing comment')).toEqual(['SELECT 1']);
  });

  it('keeps EXECUTE STATEMENT SET BEGIN ... END; as one statement', () => {
    const sql = `EXECUTE STATEMENT SET
BEGIN
  INSERT INTO a SELECT CASE WHEN x THEN 1 ELSE 2 END FROM s;
  INSERT INTO b SELECT * FROM s;
END;
SELECT 1;`;
    const parts = texts(sql);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^EXECUTE STATEMENT SET\nBEGIN[\s\S]*END$/);
    expect(parts[1]).toBe('SELECT 1');
  });

  it('keeps an explained statement set (EXPLAIN [details] STATEMENT SET BEGIN ... END;) as one statement', async () => {
    const sql = `EXPLAIN STATEMENT SET BEGIN
  INSERT INTO a SELECT * FROM s;
  INSERT INTO b SELECT * FROM s;
END;
EXPLAIN CHANGELOG_MODE, JSON_EXECUTION_PLAN STATEMENT SET BEGIN INSERT INTO c SELECT * FROM s; END;
SELECT 1;`;
    const parts = texts(sql);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/^EXPLAIN STATEMENT SET BEGIN[\s\S]*END$/);
    // Explaining writes nothing: no INSERT of it is a write of the script.
    const { analyzeScript } = await import('./index');
    const a = analyzeScript(sql, 'f.sql');
    expect(a.statements.map((st) => st.kind)).toEqual(['explain', 'explain', 'select']);
    expect(a.statements.flatMap((st) => st.writes.map((w) => w.name))).toEqual([]);
    expect(a.statements.flatMap((st) => st.diags)).toEqual([]);
  });

  it('splits the BEGIN STATEMENT SET; ... END; form into statements of their own', () => {
    expect(texts('BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\nINSERT INTO b SELECT 2;\nEND;')).toEqual([
      'BEGIN STATEMENT SET',
      'INSERT INTO a SELECT 1',
      'INSERT INTO b SELECT 2',
      'END',
    ]);
  });

  it('gives exact offsets and 1-based ranges', () => {
    const sql = '  -- c\n  SELECT 1 ;\nSELECT\n  2;';
    const [a, b] = splitStatements(sql, 'f.sql').statements;
    expect(sql.slice(a!.start, a!.end)).toBe('SELECT 1');
    expect(a!.range).toEqual({ file: 'f.sql', start: { line: 2, column: 3 }, end: { line: 2, column: 11 } });
    expect(b!.range).toEqual({ file: 'f.sql', start: { line: 3, column: 1 }, end: { line: 4, column: 4 } });
  });

  it('accepts a final EXECUTE STATEMENT SET ... END without `;`', () => {
    const r = splitStatements('EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT 1;\nEND', 'f.sql');
    expect(r.statements).toHaveLength(1);
    expect(r.diags).toEqual([]);
  });

  it('reports an EXECUTE STATEMENT SET that never ends', () => {
    const r = splitStatements('EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT 1;\n', 'f.sql');
    expect(r.statements).toHaveLength(1);
    expect(r.diags.map((d) => d.code)).toEqual(['FO318']);
  });

  it('swallows the rest of the script into an unterminated string, with a diagnostic', () => {
    const r = splitStatements("SELECT 'abc;\nSELECT 2;", 'f.sql');
    expect(r.statements).toHaveLength(1);
    expect(r.diags[0]).toMatchObject({ code: 'FO301', range: { start: { line: 1, column: 8 } } });
  });
});
