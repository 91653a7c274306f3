import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../sql/analyze';
import { usingJarWithoutAddJar } from './using-jar';

const SCRIPT = `CREATE TEMPORARY FUNCTION tag AS 'e2e.jar.Tag' USING JAR 'file:///srv/udfs.jar';
INSERT INTO out_t SELECT tag(v) FROM nums;
`;
const check = (sql: string, version: string) =>
  usingJarWithoutAddJar(
    analyzeScript(sql, 'jobs/tagging.sql', { flinkVersion: version }).statements,
    version,
  );

describe("FO459: a script's USING JAR without ADD JAR", () => {
  it('is said on 1.20 (real 1.20.3 refused the submission), at the CREATE FUNCTION, with the ADD JAR to write', () => {
    const [d] = check(SCRIPT, '1.20');
    expect([d?.code, d?.severity, d?.range?.start.line]).toEqual(['FO459', 'warning', 1]);
    expect(d?.detail).toContain("ADD JAR 'file:///srv/udfs.jar';");
  });

  it('is not said once the script adds the jar, nor on 2.2 (real 2.2.0 ran the script as it is)', () => {
    expect(check(`ADD JAR 'file:///srv/udfs.jar';\n${SCRIPT}`, '1.20')).toEqual([]);
    expect(check(SCRIPT, '2.2')).toEqual([]);
  });
});
