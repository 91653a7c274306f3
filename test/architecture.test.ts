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

  it('no folder imports in a circle: each reads top-down (src/ and action/)', () => {
    const all = [...files, ...sourceFiles(join(root, 'action'))];
    const edges = new Map<string, string[]>();
    for (const file of all) {
      const targets: string[] = [];
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const base = join(file, '..', spec);
        const hit = [`${base}.ts`, join(base, 'index.ts')].find((c) => all.includes(c));
        if (hit) targets.push(hit);
      }
      edges.set(file, targets);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'open');
      path.push(f);
      for (const t of edges.get(f) ?? []) {
        if (state.get(t) === 'open')
          cycles.push(
            path
              .slice(path.indexOf(t))
              .concat(t)
              .map((x) => relative(root, x))
              .join(' → '),
          );
        else if (!state.has(t)) visit(t);
      }
      path.pop();
      state.set(f, 'done');
    };
    for (const f of all) if (!state.has(f)) visit(f);
    // The query grammar is recursive (an expression holds subqueries, a FROM holds queries): its
    // recursive-descent parser, split by clause into src/sql/query-*.ts, recurses across files.
    const grammar = (c: string) => c.split(' → ').every((f) => /^src\/sql\/query-[a-z-]+\.ts$/.test(f));
    expect(cycles.filter((c) => !grammar(c))).toEqual([]);
  });

  it('plan/ stays pure: it imports nothing that talks to a cluster or a store (types and pure helpers only)', () => {
    const violations: string[] = [];
    for (const file of files.filter((f) => stageOf(f) === 'plan')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(import|export)(\s+type)?\s[^;]*?from\s+'([^']+)'/gm)) {
        const spec = m[3]!;
        if (!spec.startsWith('.')) continue;
        const target = relative(join(root, 'src'), join(file, '..', spec)).split(/[\\/]/)[0]!;
        const typeOnly = m[2] !== undefined;
        if (target === 'flink' || target === 'engine') violations.push(`${relative(root, file)} → ${spec}`);
        if (target === 'observe' && !typeOnly)
          violations.push(`${relative(root, file)} → ${spec} (types only)`);
        if (target === 'state' && !(typeOnly || spec.endsWith('/records')))
          violations.push(`${relative(root, file)} → ${spec} (the model's types and pure records only)`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('plan/ reaches nothing that talks to a cluster, not even through what it imports', () => {
    // What the network and other processes are reached through.
    const talks = /^(node:)?(http|https|http2|net|tls|dgram|child_process|worker_threads)$|^undici$/;
    const valueImports = (file: string): string[] => {
      const text = readFileSync(file, 'utf8');
      const re =
        /(?:^|\n)\s*(?:import|export)(\s+type)?\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
      return [...text.matchAll(re)].filter((m) => m[1] === undefined).map((m) => (m[2] ?? m[3] ?? m[4])!);
    };
    const reached = new Map<string, string>();
    const violations: string[] = [];
    const visit = (file: string, via: string): void => {
      if (reached.has(file)) return;
      reached.set(file, via);
      const from = relative(root, file);
      const stage = stageOf(file);
      if (['flink', 'observe', 'engine', 'apply', 'cli', 'sim'].includes(stage))
        violations.push(`${from} (via ${via})`);
      if (stage === 'state' && !from.endsWith('records.ts')) violations.push(`${from} (via ${via})`);
      for (const spec of valueImports(file)) {
        if (talks.test(spec)) violations.push(`${from} imports ${spec} (via ${via})`);
        if (!spec.startsWith('.')) continue;
        const base = join(file, '..', spec);
        const hit = [`${base}.ts`, join(base, 'index.ts')].find((c) => files.includes(c));
        if (hit) visit(hit, from);
      }
    };
    for (const f of files.filter((x) => stageOf(x) === 'plan')) visit(f, relative(root, f));
    expect(reached.size).toBeGreaterThan(files.filter((x) => stageOf(x) === 'plan').length);
    expect(violations).toEqual([]);
  });

  it('action/ uses the engine as the CLI does, beside it: never the CLI’s modules or the simulator', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(join(root, 'action')))
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(root, join(file, '..', spec)).split(/[\\/]/);
        if (target[0] === 'src' && (target[1] === 'cli' || target[1] === 'sim'))
          violations.push(`${relative(root, file)} → ${spec}`);
      }
    expect(violations).toEqual([]);
  });

  it('action/ is layered: only main.ts is the entry, and nothing in src/ imports action/', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(join(root, 'action'))) {
      for (const spec of imports(file))
        if (spec.endsWith('/main') || spec === './main') violations.push(`${relative(root, file)} → ${spec}`);
    }
    for (const file of files)
      for (const spec of imports(file))
        if (spec.includes('/action/') || spec.startsWith('../../action'))
          violations.push(`${relative(root, file)} → ${spec}`);
    expect(violations).toEqual([]);
  });
});
