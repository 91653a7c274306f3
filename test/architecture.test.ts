import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Stage order: a module may import only from itself and the stages before it. */
const STAGES = [
  'core',
  'sql',
  'load',
  'validate',
  'compile',
  'flink',
  'observe',
  'state',
  'plan',
  'apply',
  'render',
  'engine',
  'cli',
] as const;
/** The simulator stands beside the pipeline: it may use core and sql, and only the CLI may import it. */
const SIM_MAY_IMPORT = new Set(['core', 'sql', 'sim']);

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push((m[1] ?? m[2])!);
  return found;
}

function stageOf(file: string): string {
  return relative(join(root, 'src'), file).split(/[\\/]/)[0]!;
}

const files = sourceFiles(join(root, 'src'));

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports flow one way: load → validate → compile → observe → plan → apply → render', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = stageOf(file);
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(join(root, 'src'), join(file, '..', spec)).split(/[\\/]/)[0]!;
        if (target === from || target.startsWith('..')) continue;
        if (from === 'sim') {
          if (!SIM_MAY_IMPORT.has(target)) violations.push(`${relative(root, file)} → ${spec}`);
          continue;
        }
        if (target === 'sim') {
          if (from !== 'cli')
            violations.push(`${relative(root, file)} → ${spec} (only the CLI starts the simulator)`);
          continue;
        }
        const fi = STAGES.indexOf(from as (typeof STAGES)[number]);
        const ti = STAGES.indexOf(target as (typeof STAGES)[number]);
        if (fi < 0 || ti < 0 || ti > fi) violations.push(`${relative(root, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('only src/flink imports undici and only action/ imports @actions/*', () => {
    const violations: string[] = [];
    for (const file of files) {
      for (const spec of imports(file)) {
        if (spec === 'undici' && stageOf(file) !== 'flink')
          violations.push(`${relative(root, file)} imports undici`);
        if (spec.startsWith('@actions/')) violations.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the engine never prints: no console outside the CLI and the simulator command', () => {
    const violations = files
      .filter((f) => !['cli', 'sim'].includes(stageOf(f)))
      .filter((f) => /\bconsole\.(log|error|warn|info|debug)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(violations).toEqual([]);
  });
});
