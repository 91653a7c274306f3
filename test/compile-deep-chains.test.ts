import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-chain-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'tables'));
  mkdirSync(join(dir, 'jobs'));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  return dir;
}

const PROJECT =
  'project: shop\nflinkVersion: "2.2"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n';
const SOURCE = "CREATE TABLE src (id STRING) WITH ('connector' = 'datagen');\n";
const SINK = "CREATE TABLE sink (id STRING) WITH ('connector' = 'blackhole');\n";
// Deeper than the walks over what a view reads could go when they recursed (about 3,000).
const DEPTH = 6_000;

describe('a chain of thousands of repository views, each reading the one before', () => {
  it('validates and compiles, each view after the one it reads, instead of an internal error', () => {
    const files: Record<string, string> = {
      'flinkops.yaml': PROJECT,
      'tables/src.sql': SOURCE,
      'tables/sink.sql': SINK,
    };
    for (let i = 0; i < DEPTH; i++)
      files[`tables/v${i}.sql`] = `CREATE VIEW v${i} AS SELECT id FROM ${i === 0 ? 'src' : `v${i - 1}`};\n`;
    files['jobs/copy.sql'] = `INSERT INTO sink SELECT id FROM v${DEPTH - 1};\n`;
    const r = compileProject(repo(files), { env: 'dev' });
    expect(r.diags.map((d) => `${d.code} ${d.summary}`)).toEqual([]);
    const script = r.value!.jobs.find((j) => j.name === 'copy')!.script;
    const at = (name: string) => script.indexOf(`CREATE TEMPORARY VIEW ${name} AS`);
    expect(at('v0')).toBeGreaterThan(script.indexOf('CREATE TEMPORARY TABLE src ('));
    expect(at('v1')).toBeGreaterThan(at('v0'));
    expect(at(`v${DEPTH - 1}`)).toBeGreaterThan(at(`v${DEPTH - 2}`));
  });

  it('still finds a cycle at the end of the chain (FO257)', () => {
    const files: Record<string, string> = {
      'flinkops.yaml': PROJECT,
      'tables/src.sql': SOURCE,
      'tables/sink.sql': SINK,
    };
    for (let i = 0; i < DEPTH; i++)
      files[`tables/v${i}.sql`] =
        `CREATE VIEW v${i} AS SELECT id FROM ${i === 0 ? `v${DEPTH - 1}` : `v${i - 1}`};\n`;
    files['jobs/copy.sql'] = `INSERT INTO sink SELECT id FROM v${DEPTH - 1};\n`;
    const r = compileProject(repo(files), { env: 'dev' });
    const cycles = r.diags.filter((d) => d.code === 'FO257');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.summary).toMatch(
      /^Views read each other in a cycle: v0 → v5999 → v5998 → .* → v1 → v0$/,
    );
  });
});

describe('a chain of thousands of repository tables, each created LIKE the one before', () => {
  it('compiles each table after the one it copies', () => {
    const files: Record<string, string> = {
      'flinkops.yaml': PROJECT,
      'tables/sink.sql': SINK,
      'tables/t0.sql': SOURCE.replace('src', 't0'),
    };
    for (let i = 1; i < DEPTH; i++)
      files[`tables/t${i}.sql`] = `CREATE TABLE t${i} WITH ('connector' = 'datagen') LIKE t${i - 1};\n`;
    files['jobs/copy.sql'] = `INSERT INTO sink SELECT id FROM t${DEPTH - 1};\n`;
    const r = compileProject(repo(files), { env: 'dev' });
    expect(r.diags.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.summary}`)).toEqual([]);
    const script = r.value!.jobs.find((j) => j.name === 'copy')!.script;
    const at = (name: string) => script.indexOf(`CREATE TEMPORARY TABLE ${name} `);
    expect(at('t0')).toBeGreaterThanOrEqual(0);
    expect(at('t1')).toBeGreaterThan(at('t0'));
    expect(at(`t${DEPTH - 1}`)).toBeGreaterThan(at(`t${DEPTH - 2}`));
  });
});
