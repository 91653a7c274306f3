import { describe, expect, it } from 'vitest';
import { sha256 } from '../core/hash';
import { compilePlanStatement, executePlanStatement, planFileUri, planFromRows } from './compiled-plan';

describe('compiled plan statements', () => {
  it('compiles an INSERT or a statement set without replacing an existing file', () => {
    expect(compilePlanStatement("s3://b/p/it's.json", 'INSERT INTO t SELECT 1')).toBe(
      "COMPILE PLAN 's3://b/p/it''s.json' IF NOT EXISTS FOR INSERT INTO t SELECT 1",
    );
    expect(
      compilePlanStatement('file:///p.json', 'EXECUTE STATEMENT SET\nBEGIN\n  INSERT INTO t SELECT 1;\nEND;'),
    ).toBe(
      "COMPILE PLAN 'file:///p.json' IF NOT EXISTS FOR STATEMENT SET\nBEGIN\n  INSERT INTO t SELECT 1;\nEND",
    );
    expect(executePlanStatement('file:///p.json')).toBe("EXECUTE PLAN 'file:///p.json'");
  });

  it('names one file per project, environment, job and script', () => {
    expect(planFileUri('s3://b/plans/', 'rides', 'prod', 'stats', 'abc')).toBe(
      's3://b/plans/rides/prod/stats/abc.json',
    );
  });
});

describe('planFromRows', () => {
  const text = '{\n  "flinkVersion" : "1.20",\n  "nodes" : [ ]\n}';
  const rows = (t: string, size: number) => t.split('\n').map((l) => [l, size]);

  it('joins the lines back into the exact bytes of the file', () => {
    const size = Buffer.byteLength(text);
    expect(planFromRows(rows(text, size))).toEqual({ json: text, sha256: sha256(text) });
  });

  it('keeps a trailing newline the size reveals', () => {
    const size = Buffer.byteLength(text) + 1;
    expect(planFromRows(rows(text, size))).toEqual({ json: `${text}\n`, sha256: sha256(`${text}\n`) });
  });

  it('says so when every line read back is the same (real Flink 1.18.1: the last line, `}`)', () => {
    const lines = text.split('\n').map(() => ['}', Buffer.byteLength(text)]);
    expect(planFromRows(lines)).toMatch(
      /every line read back is `}`, as Flink 1\.18's raw format reads a file \(planMode: compiled needs Flink 1\.19 or later\)$/,
    );
  });

  it('refuses a read that does not add up to the file size, and an empty file', () => {
    expect(planFromRows(rows(text, 9999))).toMatch(/the file has 9999/);
    expect(planFromRows([])).toMatch(/empty or missing/);
  });
});
