/**
 * Files outside the repository: a symbolic link out of it is refused with a located error and
 * never followed — no line of its target reaches an excerpt (the Action would annotate a fork's
 * pull request with it), and a linked job is not counted. A UDF jar must be a URI the cluster
 * resolves: no bare path, nothing that climbs out with `..`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkJarUri } from '../src/validate/validate-project';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
const SECRET_LINE = 'root:x:0:0:root:/root:/bin/bash';
let base: string;
let repo: string;
let outside: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'flinkops-escape-'));
  repo = join(base, 'repo');
  outside = join(base, 'outside');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'passwd'), `${SECRET_LINE}\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n`);
  writeFileSync(
    join(outside, 'evil.sql'),
    'INSERT INTO order_totals SELECT customer_id, amount FROM orders;\n',
  );
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('symbolic links out of the repository', () => {
  it('a table linked to the password file: a located error, and not one line of the file', async () => {
    symlinkSync(join(outside, 'passwd'), join(repo, 'tables', 'passwd.sql'));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'tables/passwd.sql:1:1: error FO114: tables/passwd.sql is a symbolic link to a file outside the repository',
    );
    expect(r.stdout + r.stderr).not.toContain('root:x');
    expect(r.stdout + r.stderr).not.toContain(outside);
  });

  it('a job linked from outside is not counted as a job', async () => {
    symlinkSync(join(outside, 'evil.sql'), join(repo, 'jobs', 'evil.sql'));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('jobs/evil.sql:1:1: error FO114');
    expect(r.stdout + r.stderr).not.toMatch(/2 jobs/);
    const json = await cli(['validate', '--dir', repo, '--json']);
    const codes = JSON.parse(json.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(['FO114']);
  });

  it('a folder linked out of the repository is not read', async () => {
    rmSync(join(repo, 'tables'), { recursive: true });
    mkdirSync(join(outside, 'tables'));
    writeFileSync(join(outside, 'tables', 'orders.sql'), `-- ${SECRET_LINE}\nCREATE TABLE orders (x INT);\n`);
    symlinkSync(join(outside, 'tables'), join(repo, 'tables'));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain('error FO114: tables is a symbolic link to a folder outside the repository');
    expect(r.stdout + r.stderr).not.toContain('root:x');
  });

  it('flinkops.yaml linked from outside is refused', async () => {
    rmSync(join(repo, 'flinkops.yaml'));
    symlinkSync(join(outside, 'passwd'), join(repo, 'flinkops.yaml'));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain('flinkops.yaml:1:1: error FO114');
    expect(r.stdout + r.stderr).not.toContain('root:x');
  });

  it('a link that stays inside the repository is still followed', async () => {
    mkdirSync(join(repo, 'shared'));
    cpSync(join(repo, 'tables', 'customers.yaml'), join(repo, 'shared', 'customers.yaml'));
    rmSync(join(repo, 'tables', 'customers.yaml'));
    symlinkSync(join('..', 'shared', 'customers.yaml'), join(repo, 'tables', 'customers.yaml'));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('UDF jar URIs', () => {
  it('a relative path climbing out of the repository is a located error', async () => {
    mkdirSync(join(repo, 'udfs'));
    writeFileSync(
      join(repo, 'udfs', 'evil.yaml'),
      'jar: ../../../../outside/evil.jar\nfunctions:\n  - name: evil\n    class: com.example.Evil\n',
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'udfs/evil.yaml:1:6: error FO214: jar path "../../../../outside/evil.jar" is relative and leaves the repository',
    );
  });

  it.each([
    ['s3://bucket/udfs-1.0.jar', undefined],
    ['https://repo.example.com/udfs.jar', undefined],
    ['file:///opt/flink/usrlib/udfs.jar', undefined],
    ['${env.UDF_JAR}', undefined],
    ['udfs.jar', 'has no URI scheme'],
    ['/opt/flink/udfs.jar', 'has no URI scheme'],
    ['file:../udfs.jar', 'is a relative file path'],
  ])('%s', (jar, problem) => {
    const p = checkJarUri(jar);
    if (problem === undefined) expect(p).toBeUndefined();
    else expect(p?.summary).toContain(problem);
  });
});
