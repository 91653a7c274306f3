/** The module graph of the built bundle (dist/), read from its import statements, for tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface DistModule {
  /** Static imports and re-exports, by path in dist/. */
  imports: string[];
  /** `import("…")` targets, by path in dist/. */
  dynamic: string[];
  /** The project's and its libraries' modules bundled in it (`// src/sql/lexer.ts`). */
  sources: string[];
}

/** Every ES module of `dist` (cli.js, action.js and chunks/*.mjs), by path in dist/. */
export function distGraph(dist: string): Map<string, DistModule> {
  const modules = new Map<string, DistModule>();
  const rel = (from: string, spec: string) => normalize(join(dirname(from), spec));
  const add = (path: string) => {
    const text = readFileSync(join(dist, path), 'utf8');
    modules.set(path, {
      imports: [...text.matchAll(/^(?:import|export)\b[^;]*?"(\.{1,2}\/[\w./-]+\.mjs)";/gms)].map((m) =>
        rel(path, m[1]!),
      ),
      dynamic: [...text.matchAll(/\bimport\("(\.{1,2}\/[\w./-]+\.mjs)"\)/g)].map((m) => rel(path, m[1]!)),
      sources: [...text.matchAll(/^\/\/ ((?:src|action|node_modules)\/\S+)$/gm)].map((m) => m[1]!),
    });
  };
  add('cli.js');
  if (existsSync(join(dist, 'action.js'))) add('action.js');
  for (const f of readdirSync(join(dist, 'chunks'))) if (f.endsWith('.mjs')) add(`chunks/${f}`);
  return modules;
}

/** The modules loaded from `from`, following static imports and the dynamic ones `dynamic` lets through. */
export function loadedFrom(
  modules: Map<string, DistModule>,
  from: string[],
  dynamic: (from: string, to: string) => boolean = () => false,
): Set<string> {
  const loaded = new Set<string>();
  const todo = [...from];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (loaded.has(f)) continue;
    loaded.add(f);
    const m = modules.get(f);
    if (!m) throw new Error(`${f} is imported but not in dist/`);
    todo.push(...m.imports, ...m.dynamic.filter((d) => dynamic(f, d)));
  }
  return loaded;
}
