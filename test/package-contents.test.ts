/**
 * What `npm pack` ships, as a user who installs the tarball gets it: the bundle, the JSON Schemas
 * the YAML files name, the docs the diagnostics point at and the Action's metadata, and none of
 * the repository's tests, benchmarks, sources or example project. The Node it needs is declared
 * where npm reads it (`engines`), the same as the CLI's own check (src/cli/bin.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'silent' },
  });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path);
}

describe('npm pack', () => {
  const files = packedFiles();

  it('ships the schemas, the docs, the Action metadata and the bundle', () => {
    for (const f of ['package.json', 'README.md', 'action.yml', 'docs/diagnostics.md'])
      expect(files).toContain(f);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('dist');
    expect(
      files.filter((f) => f.startsWith('schemas/') && f.endsWith('.schema.json')).length,
    ).toBeGreaterThan(5);
  });

  it('leaves out tests, benchmarks, sources and the example project', () => {
    const junk = files.filter((f) =>
      /^(test|bench|src|scripts|action|example-repo|\.ci|node_modules)\/|^(tsconfig|vitest|biome)/.test(f),
    );
    expect(junk).toEqual([]);
  });

  it('declares the Node version the CLI checks for', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      engines?: { node?: string };
    };
    expect(pkg.engines?.node).toBe('>=22.19');
    expect(readFileSync(join(ROOT, 'src/cli/bin.ts'), 'utf8')).toContain('22.19');
  });
});
