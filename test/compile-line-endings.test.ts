/**
 * One commit, checked out with LF (Linux, macOS) or CRLF (Windows with git's autocrlf, an editor
 * set to CRLF), and old Mac CR: the same script is submitted and the job's hash is one, so a plan
 * from another machine's checkout shows no upgrade. A string literal that spans lines is where the
 * line ending would otherwise reach Flink as part of a value.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const FILES: Record<string, string> = {
  'flinkops.yaml': [
    'project: p',
    'flinkVersion: "1.20"',
    'environments:',
    '  dev:',
    '    jobmanagerUrl: http://localhost:8081',
    '    sqlGatewayUrl: http://localhost:8083',
    '',
  ].join('\n'),
  'tables/src.sql': "CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen');\n",
  'tables/dst.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: v, type: STRING }\n',
  'jobs/j.sql': "-- a note\nINSERT INTO dst\nSELECT 'first line\nsecond line' || v\nFROM src;\n",
};

function checkout(eol: string, bom = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-eol-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), bom + content.replaceAll('\n', eol));
  }
  return dir;
}

function job(dir: string) {
  const r = compileProject(dir, { env: 'dev', envVars: {} });
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
  const j = r.value!.jobs[0]!;
  return { script: j.script, restartHash: j.restartHash, at: j.statementRanges?.[0]?.start };
}

describe('line endings of a checkout', () => {
  it('CRLF, CR and a byte-order mark compile to the LF script, with the same hash and statement lines', () => {
    const lf = job(checkout('\n'));
    expect(lf.script).toContain("SELECT 'first line\nsecond line' || v");
    expect(lf.at).toEqual({ line: 2, column: 1 });
    for (const other of [job(checkout('\r\n')), job(checkout('\r')), job(checkout('\r\n', '\uFEFF'))]) {
      expect(other.script.includes('\r')).toBe(false);
      expect(other).toEqual(lf);
    }
  });
});
