/**
 * How the bundle (dist/, as `npm run build` writes it) starts and writes, as a user's shell or CI
 * meets it: every chunk loads with the project's functions compiled with their module
 * (scripts/eager-functions.mjs), Node's compile cache then holds those functions' code, and the
 * output written straight to file descriptors arrives whole through a slow pipe and stops quietly
 * at a reader that closed it.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/lib/gen-repo.mjs';
import { eagerFunctions } from '../scripts/eager-functions.mjs';
import { OutputError, writeAll } from '../src/cli/io';
import { distGraph } from './support/dist-graph';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const node = process.execPath;
const run = promisify(execFile);
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'flinkops-bundle-start-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A chunk as esbuild writes one: a module of ours between two of a library's. */
const CHUNK = [
  '// node_modules/lib/index.js',
  'function libHelper(x) { return x + 1; }',
  '',
  '// src/core/numbers.ts',
  'var TABLE = build(3);',
  'function build(n) { return Array.from({ length: n }, (_, i) => square(i)); }',
  'function square(x) { return x * x; }',
  'function cube(x) { return x * square(x); }',
  'var half = (x) => x / 2;',
  'const named = function twice(x) { return 2 * x; };',
  'async function later(x) { return cube(x); }',
  'export { TABLE, cube, half, later, libHelper, named, square };',
  '',
].join('\n');

describe('the project functions are compiled with their chunk', () => {
  it('parenthesises our functions, leaves the library and what the top level calls early', () => {
    const { code, functions } = eagerFunctions(CHUNK, (p) => p.startsWith('src/'));
    expect(code).toContain('function libHelper(x)'); // a library's
    expect(code).not.toContain('var libHelper');
    // `TABLE = build(3)` runs before build and square are declared: they stay hoisted declarations.
    expect(code).toMatch(/^function build\(n\)/m);
    expect(code).toMatch(/^function square\(x\)/m);
    expect(code).toContain('var cube = (function cube(x) { return x * square(x); });');
    expect(code).toContain('var later = (async function later(x) { return cube(x); });');
    expect(code).toContain('var half = ((x) => x / 2);');
    expect(code).toContain('const named = (function twice(x) { return 2 * x; });');
    expect(functions).toBe(4);
  });

  it('the chunk computes the same, and Node caches the code of the functions written eagerly', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `x = (x * ${i + 3}) % 1000003;`).join(' ');
    const chunk = `${CHUNK}\n// src/core/work.ts\nfunction work(x) { ${body} return x; }\nexport { work };\n`;
    const use =
      "import * as m from './chunk.mjs'; console.log(JSON.stringify([m.TABLE, m.cube(3), m.half(9), m.named(4), await m.later(2), m.libHelper(1), m.work(7)]));";
    const versions: Record<string, { out: string; cache: number }> = {};
    for (const [name, text] of [
      ['as bundled', chunk],
      ['eager', eagerFunctions(chunk, (p) => p.startsWith('src/')).code],
    ] as const) {
      const dir = join(work, name.replace(' ', '-'));
      const cache = join(dir, 'cache');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'chunk.mjs'), text);
      writeFileSync(join(dir, 'main.mjs'), use);
      const once = async () =>
        (await run(node, [join(dir, 'main.mjs')], { env: { NODE_COMPILE_CACHE: cache } })).stdout;
      const out = await once();
      expect(await once()).toBe(out);
      versions[name] = { out, cache: cacheBytes(cache) };
    }
    expect(versions.eager!.out).toBe(versions['as bundled']!.out);
    expect(JSON.parse(versions.eager!.out)).toEqual([[0, 1, 4], 27, 4.5, 8, 8, 2, expect.any(Number)]);
    // The lazily compiled `work` is not in the cache of the chunk as bundled; written eagerly, it is.
    expect(versions.eager!.cache).toBeGreaterThan(versions['as bundled']!.cache + 2_000);
  }, 30_000);

  it('no chunk imports itself through others, so a parenthesised function is defined before any other chunk runs', () => {
    const imports = new Map([...distGraph(join(ROOT, 'dist'))].map(([path, m]) => [path, m.imports]));
    const done = new Set<string>();
    const cycle = (f: string, path: string[]): string[] | undefined => {
      if (path.includes(f)) return [...path, f];
      if (done.has(f)) return undefined;
      for (const g of imports.get(f) ?? []) {
        const found = cycle(g, [...path, f]);
        if (found) return found;
      }
      done.add(f);
      return undefined;
    };
    for (const f of imports.keys()) expect(cycle(f, [])).toBeUndefined();
    expect([...imports.values()].flat().length).toBeGreaterThan(50);
  });

  it('every chunk of the bundle loads', async () => {
    const chunks = readdirSync(join(ROOT, 'dist/chunks')).filter(
      (f) => f.endsWith('.mjs') && f !== 'compile-worker.mjs',
    );
    expect(chunks.length).toBeGreaterThan(20);
    const load = `for (const f of ${JSON.stringify(chunks)}) await import('./dist/chunks/' + f); console.log('loaded');`;
    const { stdout } = await run(node, ['--input-type=module', '-e', load], { cwd: ROOT });
    expect(stdout.trim()).toBe('loaded');
  }, 60_000);
});

describe("the CLI keeps its compiled code in Node's compile cache", () => {
  it('in TMPDIR/node-compile-cache, as Node would by default, or where NODE_COMPILE_CACHE says', async () => {
    const tmp = join(work, 'tmpdir');
    mkdirSync(tmp, { recursive: true });
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^NODE_(DISABLE_)?COMPILE_CACHE$/.test(k)),
    );
    const validate = [CLI, 'validate', '--dir', join(ROOT, 'example-repo')];
    await run(node, validate, { env: { ...env, TMPDIR: `${tmp}/` } });
    const cached = readdirSync(join(tmp, 'node-compile-cache'), { recursive: true });
    expect(cached.length).toBeGreaterThan(5);
    const chosen = join(work, 'chosen-cache');
    await run(node, validate, { env: { ...env, TMPDIR: `${tmp}/`, NODE_COMPILE_CACHE: chosen } });
    expect(readdirSync(chosen, { recursive: true }).length).toBeGreaterThan(5);
  }, 30_000);
});

describe('what a plan of a small repository loads of Node', () => {
  it('plan --offline reads the state store without node:fs/promises, node:os or node:crypto', async () => {
    // Each costs 1–6 ms of a start; writes, locks and large hashes load them when they need them.
    const report = join(work, 'builtins.mjs');
    writeFileSync(
      report,
      "process.on('exit', () => process.stderr.write(`\\n${JSON.stringify(process.moduleLoadList)}\\n`));\n",
    );
    const repo = join(ROOT, 'example-repo');
    const state = join(work, 'offline-state.json');
    const plan = [CLI, 'plan', '--dir', repo, '--env', 'staging', '--offline', '--state-file', state];
    // An instant inside every schedule window of example-repo: four jobs to create.
    plan.push('--now', '2026-01-05T09:00:00Z');
    const { stdout, stderr } = await run(node, ['--import', report, ...plan]);
    expect(stdout).toMatch(/Plan: 4 to create/);
    const loaded: string[] = JSON.parse(stderr.trim().split('\n').at(-1)!);
    expect(loaded).toContain('NativeModule fs');
    for (const m of ['NativeModule fs/promises', 'NativeModule os', 'NativeModule crypto'])
      expect(loaded).not.toContain(m);
  }, 30_000);

  it.runIf(process.platform === 'linux')(
    'validate with its output to /dev/null does not load node:tty to learn it is no terminal',
    () => {
      const report = join(work, 'builtins-null.mjs');
      const out = join(work, 'builtins-null.json');
      writeFileSync(
        report,
        `process.on('exit', () => process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)));\n`,
      );
      const argv = ['--import', report, CLI, 'validate', '--dir', join(ROOT, 'example-repo')];
      const r = spawnSync(node, argv, { stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'] });
      expect(r.status, String(r.stderr)).toBe(0);
      const loaded: string[] = JSON.parse(readFileSync(out, 'utf8'));
      expect(loaded).toContain('NativeModule fs');
      expect(loaded).not.toContain('NativeModule tty');
    },
    30_000,
  );
});

describe('the CLI writes straight to its file descriptors', () => {
  let repo: string;
  beforeAll(() => {
    repo = join(work, 'repo');
    generate(repo, { jobs: 150 });
  });

  it('a slow reader of a pipe gets the whole output, as a file does', async () => {
    const file = join(work, 'compiled.sql');
    await new Promise<void>((resolve, reject) => {
      const p = spawn(node, [CLI, 'compile', '--dir', repo, '--env', 'prod'], {
        stdio: ['ignore', openSync(file, 'w'), 'inherit'],
      });
      p.on('error', reject);
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    const expected = readFileSync(file, 'utf8');
    expect(Buffer.byteLength(expected)).toBeGreaterThan(256 * 1024); // several pipe buffers

    const p = spawn(node, [CLI, 'compile', '--dir', repo, '--env', 'prod'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    p.stdout.pause();
    await new Promise((r) => setTimeout(r, 500)); // the pipe fills; the CLI waits for its reader
    const chunks: Buffer[] = [];
    let stderr = '';
    p.stdout.on('data', (c: Buffer) => chunks.push(c));
    p.stdout.resume();
    p.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    const code = await new Promise((r) => p.on('close', r));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  }, 60_000);

  it('a descriptor another process left non-blocking: refused writes (EAGAIN) are retried, none lost', () => {
    const text = `${'é'.repeat(5000)}\n`;
    const written: Buffer[] = [];
    let calls = 0;
    writeAll(1, text, (_fd, bytes, at) => {
      calls++;
      if (calls % 3 === 0)
        throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
      const n = Math.min(4096, bytes.length - at); // a pipe takes part of a large write
      written.push(bytes.subarray(at, at + n));
      return n;
    });
    expect(Buffer.concat(written).toString('utf8')).toBe(text);
    expect(calls).toBeGreaterThan(3);
  });

  it("an output that cannot be written (a full disk) is the user's to fix, not an internal error", async () => {
    expect(() =>
      writeAll(1, 'x', () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }),
    ).toThrow(new OutputError(1, Object.assign(new Error(''), { code: 'ENOSPC' })));
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(node, [CLI, 'validate', '--dir', join(ROOT, 'example-repo')], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('flinkops validate: cannot write to standard output: the disk is full\n');
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closes the pipe early (| head) ends the run quietly', async () => {
    const p = spawn(node, [CLI, 'compile', '--dir', repo, '--env', 'prod'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    p.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    const first = await new Promise<string>((r) => p.stdout.once('data', (c: Buffer) => r(String(c))));
    p.stdout.destroy();
    const code = await new Promise((r) => p.on('close', r));
    expect(first).toMatch(/^-- ===== prod\/job_0/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});

/** Bytes in Node's compile cache directory (one entry per module: the chunk's and main's). */
function cacheBytes(cache: string): number {
  let total = 0;
  for (const d of readdirSync(cache))
    for (const f of readdirSync(join(cache, d))) total += statSync(join(cache, d, f)).size;
  return total;
}
