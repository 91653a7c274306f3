/**
 * What `npm pack` ships, as a user who installs the tarball gets it: the bundle, the JSON Schemas
 * the YAML files name, the docs the diagnostics point at and the Action's metadata, and none of
 * the repository's tests, benchmarks, sources or example project. The Node it needs is declared
 * where npm reads it (`engines`), the same as the CLI's own check (src/cli/bin.ts). The bundle
 * holds its libraries, so the package depends on nothing an install would have to download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
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

describe('the bundle', () => {
  it('imports only Node built-ins, so the package needs no dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies).toBeUndefined();
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'cli.js'))) return; // not built: nothing to read
    const files = ['cli.js', 'action.js', ...readdirSync(join(dist, 'chunks')).map((f) => `chunks/${f}`)];
    const bare = new Set<string>();
    for (const f of files.filter((f) => /\.(m?js|cjs)$/.test(f) && existsSync(join(dist, f)))) {
      const text = readFileSync(join(dist, f), 'utf8');
      for (const m of text.matchAll(
        /(?:^(?:import|export)\b[^;]*?\bfrom\s*|\bimport\(\s*|\brequire\(\s*)["']([@a-z][\w@/.:-]*)["']/gm,
      ))
        if (!isBuiltin(m[1]!)) bare.add(`${f}: ${m[1]}`);
    }
    expect([...bare]).toEqual([]);
  });
});
