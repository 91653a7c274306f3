/**
 * Each CLI command's own code in one module (scripts/merge-commands.mjs): a command loads a few
 * modules instead of dozens, and still every module of the project runs once in a process.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeCommands } from '../scripts/merge-commands.mjs';
import { distGraph, loadedFrom } from './support/dist-graph';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'flinkops-merge-commands-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A chunk that records its evaluation, imports `deps` and exports `name`. */
const chunk = (name: string, deps: string[] = [], extra = '') =>
  [
    ...deps.map((d) => `import { ${d} } from "./${d}.mjs";`),
    `// src/${name}.ts`,
    `globalThis.evaluated = [...(globalThis.evaluated ?? []), ${JSON.stringify(name)}];`,
    `var ${name} = (function ${name}() { return [${JSON.stringify(name)}, ${deps.map((d) => `...${d}()`).join(', ')}]; });`,
    extra,
    `export { ${name} };`,
    '',
  ].join('\n');

const GRAPH: Record<string, string> = {
  'cli.js':
    'const { start } = await import("./chunks/start.mjs"); console.log(JSON.stringify(await start(process.argv[2])), JSON.stringify(globalThis.evaluated));\n',
  'chunks/start.mjs': [
    'import { io } from "./io.mjs";',
    'export async function start(name) {',
    '  const load = { plan: () => import("./plan.mjs"), apply: () => import("./apply.mjs") }[name];',
    '  return [...io(), ...(await (await load()).run())];',
    '}',
    '',
  ].join('\n'),
  'chunks/io.mjs': chunk('io'),
  // plan and apply share `engine`, which imports `io` (loaded by start) and `validators` (large).
  'chunks/plan.mjs': chunk(
    'plan',
    ['engine', 'planner'],
    'export const run = async () => [...plan(), ...(await import("./http.mjs")).http()];',
  ),
  'chunks/apply.mjs': chunk('apply', ['engine', 'wire'], 'export const run = async () => apply();'),
  'chunks/engine.mjs': chunk('engine', ['io', 'validators']),
  'chunks/planner.mjs': chunk('planner'),
  'chunks/validators.mjs': chunk(
    'validators',
    ['rules'],
    `var padding = ${JSON.stringify('x'.repeat(4096))};`,
  ),
  'chunks/rules.mjs': chunk('rules'),
  // plan loads http on demand; http imports wire, which apply imports too.
  'chunks/http.mjs': chunk('http', ['wire']),
  'chunks/wire.mjs': chunk('wire'),
  'chunks/unused.mjs': chunk('unused'),
};

describe('mergeCommands', () => {
  it('merges what only a command needs, keeps what is shared, and runs every module once', async () => {
    const files = new Map(Object.entries(GRAPH));
    const { files: out, merged } = await mergeCommands(files, {
      start: 'chunks/start.mjs',
      roots: ['cli.js'],
      sharedOver: 2048,
    });
    // engine and planner go into plan, engine and wire into apply. io (start's), validators (large)
    // with rules (what it imports), and, for plan, wire (what its lazily loaded http imports) stay.
    expect(merged).toEqual([
      { command: 'chunks/plan.mjs', modules: 6, inlined: 2 },
      { command: 'chunks/apply.mjs', modules: 6, inlined: 2 },
    ]);
    expect([...out.keys()].sort()).toEqual(
      [
        'cli.js',
        'chunks/apply.mjs',
        'chunks/http.mjs',
        'chunks/io.mjs',
        'chunks/plan.mjs',
        'chunks/rules.mjs',
        'chunks/start.mjs',
        'chunks/validators.mjs',
        'chunks/wire.mjs',
      ].sort(),
    );
    expect(out.get('chunks/plan.mjs')).toMatch(/^\/\/ src\/planner\.ts$/m);
    expect(out.get('chunks/plan.mjs')).toMatch(/^var planner = \(function \w+\(\)/m);
    const dir = join(work, 'dist');
    for (const [path, text] of out) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const evaluated = async (command: string) => {
      const { stdout } = await run(process.execPath, [join(dir, 'cli.js'), command]);
      const [result, modules] = stdout
        .trim()
        .split(' ')
        .map((s) => JSON.parse(s) as string[]);
      return { result, modules: [...modules!].sort() };
    };
    expect(await evaluated('plan')).toEqual({
      result: ['io', 'plan', 'engine', 'io', 'validators', 'rules', 'planner', 'http', 'wire'],
      modules: ['engine', 'http', 'io', 'plan', 'planner', 'rules', 'validators', 'wire'],
    });
    expect(await evaluated('apply')).toEqual({
      result: ['io', 'apply', 'engine', 'io', 'validators', 'rules', 'wire'],
      modules: ['apply', 'engine', 'io', 'rules', 'validators', 'wire'],
    });
  });
});

describe('the built CLI', () => {
  const DIST = join(ROOT, 'dist');

  it('loads each module of the project once in a process, whatever the command', () => {
    const modules = distGraph(DIST);
    const start = modules.get('cli.js')!.dynamic.find((p) => /^chunks\/start-/.test(p))!;
    const commands = modules.get(start)!.dynamic;
    expect(commands.length).toBeGreaterThanOrEqual(14);
    for (const command of commands) {
      // Everything the command can load: its modules, and what its dynamic imports load (not the
      // other commands, which start loads only to run them).
      const loaded = loadedFrom(
        modules,
        ['cli.js', start, command],
        (f, d) => !(f === start && commands.includes(d)),
      );
      const where = new Map<string, string>();
      for (const f of loaded)
        for (const source of modules.get(f)!.sources) {
          const first = where.get(source) ?? f;
          expect(first, `${source} is in ${first} and ${f} (${command})`).toBe(f);
          where.set(source, f);
        }
    }
  });

  it('plan loads a handful of modules, not one per shared chunk', () => {
    const modules = distGraph(DIST);
    const start = modules.get('cli.js')!.dynamic.find((p) => /^chunks\/start-/.test(p))!;
    const plan = modules.get(start)!.dynamic.find((p) => /^chunks\/plan-/.test(p))!;
    // 45 before the commands were merged (start's 6, plan's 39).
    expect(loadedFrom(modules, [start, plan]).size).toBeLessThan(25);
  });
});

describe('the built Action', () => {
  it('writes its first line before it loads the repository loader, the SQL front end or the engine', () => {
    // What action.js imports statically is loaded before its first line (`flinkops: push → plan`);
    // the rest comes by dynamic import once the run knows what it does.
    const modules = distGraph(join(ROOT, 'dist'));
    const sources = [...loadedFrom(modules, ['action.js'])].flatMap((f) => modules.get(f)!.sources);
    expect(sources).toContain('action/run.ts');
    expect(sources.filter((s) => /^src\/(load|sql|validate|compile|engine)\//.test(s))).toEqual([]);
  });
});
