/**
 * A job's own script may load its UDF jar itself (`CREATE FUNCTION … USING JAR '…'`, `ADD JAR '…'`),
 * as a SQL client script does. The SQL Gateway reads the jar at submission, so a new build under the
 * same path changes no byte of the compiled script: on real Flink 2.2.0 plan said "No changes" and
 * the running job kept writing the old build's results. The spec hash counts the jars flinkops can read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject, restartHash } from '../src/compile';
import { statementJars } from '../src/compile/script-jars';
import { keepDeployedHashes } from '../src/engine/kept-hashes';
import { describeCauses, rebuiltFunctions, specCauses } from '../src/plan/causes';
import { deployed } from './plan-fixtures';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const CONFIG = `project: p
flinkVersion: "2.2"
environments:
  local:
    jobmanagerUrl: http://127.0.0.1:8081
    sqlGatewayUrl: http://127.0.0.1:8083
    variables:
      UDF_DIR: __DIR__/lib
`;

function repo(job: (dir: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-script-jars-'));
  dirs.push(dir);
  for (const d of ['jobs', 'tables', 'lib']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'flinkops.yaml'), CONFIG.replace('__DIR__', dir));
  writeFileSync(join(dir, 'tables/nums.sql'), "CREATE TABLE nums (v INT) WITH ('connector' = 'datagen');");
  writeFileSync(join(dir, 'tables/out_t.sql'), "CREATE TABLE out_t (t STRING) WITH ('connector' = 'print');");
  writeFileSync(join(dir, 'lib/udfs.jar'), 'build 1');
  writeFileSync(join(dir, 'jobs/tagging.sql'), job(dir));
  return dir;
}

function compiled(dir: string) {
  const r = compileProject(dir, { env: 'local' });
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!.jobs[0]!;
}

describe("a jar the job's own script loads", () => {
  it('rebuilt under the same file: URI upgrades the job, and the plan names the jar', () => {
    const dir = repo(
      (d) =>
        `CREATE TEMPORARY FUNCTION tag AS 'e2e.Tag' USING JAR '${pathToFileURL(join(d, 'lib/udfs.jar')).href}';\nINSERT INTO out_t SELECT tag(v) FROM nums;\n`,
    );
    const before = compiled(dir);
    writeFileSync(join(dir, 'lib/udfs.jar'), 'build 2');
    const after = compiled(dir);
    expect(after.script).toBe(before.script);
    expect(after.restartHash).not.toBe(before.restartHash);
    expect(specCauses(deployed(before), after)).toEqual([
      { kind: 'udf', path: pathToFileURL(join(dir, 'lib/udfs.jar')).href, to: 'jar changed' },
    ]);
  });

  it('with a Python file the job ships too: the plan names both, either of which may be why', () => {
    const dir = repo(
      (d) =>
        `SET 'python.files' = '${join(d, 'lib/my_udfs.py')}';\nCREATE TEMPORARY FUNCTION tag AS 'e2e.Tag' USING JAR '${pathToFileURL(join(d, 'lib/udfs.jar')).href}';\nCREATE TEMPORARY FUNCTION shout AS 'my_udfs.shout' LANGUAGE PYTHON;\nINSERT INTO out_t SELECT shout(tag(v)) FROM nums;\n`,
    );
    writeFileSync(join(dir, 'lib/my_udfs.py'), 'def shout(s):\n  return s\n');
    const before = compiled(dir);
    writeFileSync(join(dir, 'lib/udfs.jar'), 'build 2');
    writeFileSync(join(dir, 'lib/my_udfs.py'), 'def shout(s):\n  return s.upper()\n');
    const after = compiled(dir);
    expect(after.script).toBe(before.script);
    const causes = specCauses(deployed(before), after);
    const jar = pathToFileURL(join(dir, 'lib/udfs.jar')).href;
    expect(causes).toEqual([
      { kind: 'udf', path: join(dir, 'lib/my_udfs.py'), to: 'a Python file or a jar of the script changed' },
      { kind: 'udf', path: jar, to: 'a jar of the script or a Python file changed' },
    ]);
    expect(describeCauses(causes)).toBe(`UDFs ${join(dir, 'lib/my_udfs.py')}, ${jar} changed`);
    // The jar's function and the Python one may be another build: the state verdict judges the
    // operators calling them.
    expect(rebuiltFunctions(causes, after)).toEqual(['tag', 'shout']);
  });

  it('counts every resource of a USING list, not only the first', () => {
    const dir = repo(
      (d) =>
        `CREATE TEMPORARY FUNCTION tag AS 'e2e.Tag' USING JAR 's3://bucket/deps.jar', ARTIFACT '${join(d, 'lib/deps.jar')}', JAR '${pathToFileURL(join(d, 'lib/udfs.jar')).href}';\nINSERT INTO out_t SELECT tag(v) FROM nums;\n`,
    );
    writeFileSync(join(dir, 'lib/deps.jar'), 'deps 1');
    const before = compiled(dir);
    const jar = pathToFileURL(join(dir, 'lib/udfs.jar')).href;
    expect(Object.keys(before.scriptJars ?? {}).sort()).toEqual([join(dir, 'lib/deps.jar'), jar].sort());
    expect(before.scriptJarFunctions).toEqual({ tag: [join(dir, 'lib/deps.jar'), jar] });
    writeFileSync(join(dir, 'lib/udfs.jar'), 'build 2');
    expect(compiled(dir).restartHash).not.toBe(before.restartHash);
  });

  it('counts ADD JAR with an absolute path from ${env.X}, and a jar it cannot read leaves the hash alone', () => {
    const dir = repo(
      () =>
        "ADD JAR '${env.UDF_DIR}/udfs.jar';\nCREATE TEMPORARY FUNCTION tag AS 'e2e.Tag' USING JAR 's3://bucket/udfs.jar';\nINSERT INTO out_t SELECT tag(v) FROM nums;\n",
    );
    const before = compiled(dir);
    expect(Object.keys(before.scriptJars ?? {})).toEqual([join(dir, 'lib/udfs.jar')]);
    writeFileSync(join(dir, 'lib/udfs.jar'), 'build 2');
    expect(compiled(dir).restartHash).not.toBe(before.restartHash);
  });

  it('leaves the hash of a job loading no jar as it was', () => {
    const dir = repo(() => 'INSERT INTO out_t SELECT CAST(v AS STRING) FROM nums;\n');
    expect(compiled(dir).scriptJars).toBeUndefined();
  });
});

describe('a job deployed before the jars its script loads counted in the spec hash', () => {
  const doc = (specHash: string) =>
    ({ jobs: { tagging: { current: { specHash } } } }) as unknown as Parameters<typeof keepDeployedHashes>[1];

  it('keeps the hash it runs under (no upgrade of every such job), says so, and a later rebuild still counts', () => {
    const dir = repo(
      (d) =>
        `CREATE TEMPORARY FUNCTION tag AS 'e2e.Tag' USING JAR '${pathToFileURL(join(d, 'lib/udfs.jar')).href}';\nINSERT INTO out_t SELECT tag(v) FROM nums;\n`,
    );
    const r = compileProject(dir, { env: 'local' }).value!;
    const job = r.jobs[0]!;
    // What the flinkops before this one recorded: the script and settings alone.
    const old = restartHash(job.script, job.settings);
    expect(old).not.toBe(job.restartHash);
    const diags = keepDeployedHashes(r, doc(old));
    expect(job.restartHash).toBe(old);
    expect(diags.map((d) => [d.code, d.severity, d.summary])).toEqual([
      [
        'FO460',
        'info',
        `Job tagging keeps spec hash ${old.slice(0, 12)}: deployed before the jars its script loads counted`,
      ],
    ]);
    expect(diags[0]!.detail).toContain('apply --replace tagging');

    // Deployed by this flinkops with build 1: build 2 changes the hash, and nothing keeps the old one.
    const deployedHash = compiled(dir).restartHash;
    writeFileSync(join(dir, 'lib/udfs.jar'), 'build 2');
    const rebuilt = compileProject(dir, { env: 'local' }).value!;
    expect(keepDeployedHashes(rebuilt, doc(deployedHash))).toEqual([]);
    expect(rebuilt.jobs[0]!.restartHash).not.toBe(deployedHash);
  });
});

describe('statementJars', () => {
  it('reads every location of USING JAR / ARTIFACT and of ADD JAR, quotes undone', () => {
    expect(
      statementJars(
        'create_function',
        "CREATE FUNCTION f AS 'a.F' USING JAR 'file:///a.jar', ARTIFACT '/b''s.jar' WITH ('k' = 'v')",
      ),
    ).toEqual(['file:///a.jar', "/b's.jar"]);
    expect(statementJars('add_jar', "ADD JAR '/x.jar'")).toEqual(['/x.jar']);
    expect(statementJars('create_function', "CREATE FUNCTION f AS 'a.F'")).toEqual([]);
  });
});
