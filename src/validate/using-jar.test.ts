import { describe, expect, it } from 'vitest';
import { LineIndex } from '../core/text';
import { analyzeScript } from '../sql/analyze';
import { usingJarWithoutAddJar } from './using-jar';

const SCRIPT = `CREATE TEMPORARY FUNCTION tag AS 'e2e.jar.Tag' USING JAR 'file:///srv/udfs.jar';
INSERT INTO out_t SELECT tag(v) FROM nums;
`;
const check = (sql: string, version: string) =>
  usingJarWithoutAddJar(
    analyzeScript(sql, 'jobs/tagging.sql', { flinkVersion: version }).statements,
    version,
    'jobs/tagging.sql',
    new LineIndex(sql),
  );

describe("FO459: a script's USING JAR without ADD JAR", () => {
  it("is said on 1.20 (real 1.20.3 refused the submission), at the jar's quoted path, with the ADD JAR to write", () => {
    const [d] = check(SCRIPT, '1.20');
    expect([d?.code, d?.severity, d?.range?.start, d?.range?.end]).toEqual([
      'FO459',
      'warning',
      { line: 1, column: 58 },
      { line: 1, column: 80 },
    ]);
    expect(d?.detail).toContain("ADD JAR 'file:///srv/udfs.jar';");
  });

  it('is said at each resource of a USING list that the script does not add, on its own line', () => {
    const sql = `ADD JAR '/srv/a.jar';\nCREATE TEMPORARY FUNCTION tag AS 'e2e.jar.Tag'\n  USING JAR '/srv/a.jar',\n    JAR '/srv/b.jar',\n    JAR '/srv/c.jar';\nINSERT INTO out_t SELECT tag(v) FROM nums;\n`;
    const found = check(sql, '1.20');
    expect(found.map((d) => [d.range?.start, d.range?.end])).toEqual([
      [
        { line: 4, column: 9 },
        { line: 4, column: 21 },
      ],
      [
        { line: 5, column: 9 },
        { line: 5, column: 21 },
      ],
    ]);
    expect(found[0]?.detail).toContain("ADD JAR '/srv/b.jar'; before this statement");
    expect(found[1]?.detail).toContain("ADD JAR '/srv/c.jar'; before this statement");
  });

  it('is not said once the script adds the jar, nor on 2.2 (real 2.2.0 ran the script as it is)', () => {
    expect(check(`ADD JAR 'file:///srv/udfs.jar';\n${SCRIPT}`, '1.20')).toEqual([]);
    expect(check(SCRIPT, '2.2')).toEqual([]);
  });
});
