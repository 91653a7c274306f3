/**
 * A job's Python UDF code lives in the files `python.files` names, which Flink copies at submission:
 * an edit of the `.py` file alone changes no byte of the compiled script, yet the running job keeps
 * the old code. The spec hash counts the sha256 of the Python files flinkops can read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { pythonFileEntries } from '../src/core/python-options';
import { specCauses } from '../src/plan/causes';
import { deployed } from './plan-fixtures';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-python-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'jobs'));
  mkdirSync(join(dir, 'udfs'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const CONFIG = `project: p
flinkVersion: "2.2"
environments:
  local:
    jobmanagerUrl: http://127.0.0.1:8081
    sqlGatewayUrl: http://127.0.0.1:8083
`;
const TABLES = {
  'tables/words.sql': "CREATE TABLE words (line STRING) WITH ('connector' = 'datagen');",
  'tables/out_t.sql': "CREATE TABLE out_t (loud STRING) WITH ('connector' = 'print');",
};

function job(set: string): string {
  return `${set}
CREATE TEMPORARY FUNCTION shout AS 'my_udfs.shout' LANGUAGE PYTHON;
INSERT INTO out_t SELECT shout(line) FROM words;
`;
}

function compiled(dir: string) {
  const r = compileProject(dir, { env: 'local' });
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!.jobs[0]!;
}

describe("a Python UDF's code", () => {
  it('changed in the file python.files names upgrades the job: same script, another spec hash', () => {
    const dir = repo({ 'flinkops.yaml': CONFIG, ...TABLES, 'py/my_udfs.py': 'def shout(s):\n  return s\n' });
    writeFileSync(join(dir, 'jobs/shout.sql'), job(`SET 'python.files' = '${join(dir, 'py/my_udfs.py')}';`), {
      flag: 'w',
    });
    const before = compiled(dir);
    writeFileSync(join(dir, 'py/my_udfs.py'), 'def shout(s):\n  return s.upper()\n');
    const after = compiled(dir);
    expect(after.script).toBe(before.script);
    expect(after.restartHash).not.toBe(before.restartHash);
    expect(specCauses(deployed(before), after)).toEqual([
      { kind: 'udf', path: join(dir, 'py/my_udfs.py'), to: 'Python file changed' },
    ]);
  });

  it('counts a file: URI, a directory and python.requirements set in config:, not a path it cannot read', () => {
    const dir = repo({
      ...TABLES,
      'py/pkg/a.py': 'A = 1\n',
      'py/requirements.txt': 'six\n',
    });
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      `${CONFIG}defaults:\n  config:\n    python.requirements: ${join(dir, 'py/requirements.txt')}#/tmp/cache\n`,
    );
    writeFileSync(
      join(dir, 'jobs/shout.sql'),
      job(`SET 'python.files' = 'file://${join(dir, 'py/pkg')},hdfs:///udfs/b.py';`),
      { flag: 'w' },
    );
    const first = compiled(dir);
    expect(Object.keys(first.pythonFiles ?? {}).sort()).toEqual(
      [`file://${join(dir, 'py/pkg')}`, join(dir, 'py/requirements.txt')].sort(),
    );
    writeFileSync(join(dir, 'py/pkg/a.py'), 'A = 2\n');
    const second = compiled(dir);
    expect(second.restartHash).not.toBe(first.restartHash);
    writeFileSync(join(dir, 'py/requirements.txt'), 'six==1.17.0\n');
    expect(compiled(dir).restartHash).not.toBe(second.restartHash);
  });

  it('leaves the hash of a job without Python files as it was', () => {
    const dir = repo({ 'flinkops.yaml': CONFIG, ...TABLES });
    writeFileSync(join(dir, 'jobs/plain.sql'), 'INSERT INTO out_t SELECT line FROM words;\n', { flag: 'w' });
    const j = compiled(dir);
    expect(j.pythonFiles).toBeUndefined();
  });
});

describe('pythonFileEntries', () => {
  it('splits each option the way Flink reads it', () => {
    expect(pythonFileEntries('python.files', '/a.py, /b.zip')).toEqual(['/a.py', '/b.zip']);
    expect(pythonFileEntries('python.archives', '/venv.zip#venv,/data.zip')).toEqual([
      '/venv.zip',
      '/data.zip',
    ]);
    expect(pythonFileEntries('python.requirements', '/r.txt#/cache')).toEqual(['/r.txt']);
    expect(pythonFileEntries('python.executable', '/usr/bin/python3')).toEqual([]);
  });
});

describe('a relative path in python.files (FO277)', () => {
  it('is said at the SET of a job and at the config: key, with the file as written', async () => {
    const { loadAndValidate } = await import('../src/validate');
    const dir = repo({
      'flinkops.yaml': `${CONFIG}defaults:\n  config:\n    python.archives: venv.zip#venv\n`,
      ...TABLES,
      'jobs/shout.sql': job("SET 'python.files' = 'py/my_udfs.py,/abs/b.py,hdfs:///c.py';"),
    });
    const fo277 = loadAndValidate(dir).diags.filter((d) => d.code === 'FO277');
    expect(fo277.map((d) => [d.severity, d.range?.file, d.summary])).toEqual([
      [
        'warning',
        'flinkops.yaml',
        'python.archives names "venv.zip", a relative path the SQL Gateway resolves in its own working directory',
      ],
      [
        'warning',
        'jobs/shout.sql',
        'python.files names "py/my_udfs.py", a relative path the SQL Gateway resolves in its own working directory',
      ],
    ]);
    expect(fo277[1]!.detail).toContain('file://${env.UDF_DIR}/my_udfs.py');
  });
});

describe('a udfs/ artifact of Python files (files:)', () => {
  const UDF = (files: string) =>
    `files: [${files}]\nfunctions:\n  - { name: shout, class: my_udfs.shout, language: python }\n`;
  const CALLER = 'INSERT INTO out_t SELECT shout(line) FROM words;\n';

  it('SETs python.files before the CREATE FUNCTION, and an edit of the file upgrades the job', () => {
    const dir = repo({
      'flinkops.yaml': CONFIG,
      ...TABLES,
      'jobs/shout.sql': CALLER,
      'py/my_udfs.py': 'v1\n',
    });
    writeFileSync(join(dir, 'udfs/my_udfs.yaml'), UDF(`file://${join(dir, 'py/my_udfs.py')}`), { flag: 'w' });
    const before = compiled(dir);
    const set = before.script.indexOf(`SET 'python.files' = 'file://${join(dir, 'py/my_udfs.py')}';`);
    const create = before.script.indexOf(
      "CREATE TEMPORARY FUNCTION `shout` AS 'my_udfs.shout' LANGUAGE PYTHON;",
    );
    expect(set).toBeGreaterThan(0);
    expect(create).toBeGreaterThan(set);
    expect(before.script).not.toContain('JAR');
    writeFileSync(join(dir, 'py/my_udfs.py'), 'v2\n');
    expect(compiled(dir).restartHash).not.toBe(before.restartHash);
  });

  it('needs a jar or files, and a jar for a Java function (FO202, FO216); a relative entry is FO277', async () => {
    const { loadAndValidate } = await import('../src/validate');
    const dir = repo({
      'flinkops.yaml': CONFIG,
      ...TABLES,
      'udfs/none.yaml': 'functions:\n  - { name: f1, class: a.F1 }\n',
      'udfs/mixed.yaml': 'files: [py/m.py]\nfunctions:\n  - { name: f2, class: a.F2, language: java }\n',
    });
    const codes = loadAndValidate(dir)
      .diags.filter((d) => d.range?.file.startsWith('udfs/'))
      .map((d) => `${d.code} ${d.range?.file}`);
    expect(codes.sort()).toEqual(['FO202 udfs/none.yaml', 'FO216 udfs/mixed.yaml', 'FO277 udfs/mixed.yaml']);
  });
});
