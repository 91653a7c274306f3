// Bundles the CLI and the GitHub Action into dist/ (committed; CI checks it matches a fresh build).
// One build with code splitting: dist/cli.js and dist/action.js are small entries, and what a
// command needs is loaded when it needs it from dist/chunks/ (the HTTP client only by commands
// that call a cluster), so a command pays at start only for the code it runs. Each CLI command's
// module then takes in the chunks only commands load (scripts/merge-commands.mjs), so a command
// loads a few modules rather than dozens.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { eagerFunctions } from './eager-functions.mjs';
import { mergeCommands } from './merge-commands.mjs';
import { schemaValidatorsEsbuild } from './schema-validators.mjs';

const banner = [
  "import { createRequire as __flinkopsCreateRequire } from 'node:module';",
  'const require = __flinkopsCreateRequire(import.meta.url);',
].join('\n');

// The worker that compiles a large repository while plan observes the cluster sits in chunks/,
// beside the code that starts it (src/engine/compile-off-thread.ts), and loads the same chunks.
const entryPoints = { cli: 'src/cli/bin.ts', 'chunks/compile-worker': 'src/engine/compile-worker.ts' };

/** @actions/* import their own undici copies; the Action takes ours, loaded on first use. */
const oneUndici = {
  name: 'flinkops-one-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      /[\\/]node_modules[\\/]@actions[\\/]/.test(args.importer)
        ? { path: resolve('action/undici-lazy.ts') }
        : undefined,
    );
  },
};
/** The `yaml` library is dist/yaml.cjs, read on first use (src/core/yaml-load-dist.ts), not a chunk. */
const yamlOnFirstUse = {
  name: 'flinkops-yaml-on-first-use',
  setup(b) {
    b.onResolve({ filter: /^\.\/yaml-load$/ }, (args) =>
      /[\\/]src[\\/]core[\\/]yaml-lib\.ts$/.test(args.importer)
        ? { path: resolve('src/core/yaml-load-dist.ts') }
        : undefined,
    );
    // Anything else importing 'yaml' would bundle a second copy: it goes through core/yaml-lib.
    b.onResolve({ filter: /^yaml$/ }, (args) => ({
      errors: [{ text: `${relative(process.cwd(), args.importer)} imports 'yaml': use src/core/yaml-lib` }],
    }));
  },
};
/** Property names an `export const` cannot bind. */
const RESERVED = new Set(['default', 'delete', 'new', 'class', 'function', 'import', 'export', 'in', 'of']);

/**
 * Node's own modules through `process.getBuiltinModule` rather than an ESM import: an import
 * builds the module's namespace, which reads every export, the lazy ones too (fs.ReadStream loads
 * fs's streams and fs/promises, util.TextDecoder the encoding and worker modules): ~4 ms of every
 * start for the modules the CLI imports. Each export is its own pure binding, so the bundle keeps
 * (and a start reads) only the names the code imports; reading them all also ran the getters
 * Node leaves lazy (util.diff, util.parseArgs, ... loaded worker_threads and the diff modules
 * into every command: ~9 ms). The entry (bin.ts) keeps its import of node:module: it runs
 * before the Node version check.
 */
const builtinsOnDemand = {
  name: 'flinkops-builtins-on-demand',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' && !/[\\/]src[\\/]cli[\\/]bin\.ts$/.test(args.importer)
        ? { path: args.path, namespace: 'flinkops-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'flinkops-builtin' }, (args) => {
      const names = Object.getOwnPropertyNames(process.getBuiltinModule(args.path))
        .filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && !RESERVED.has(k))
        .sort();
      return {
        contents: [
          `const m = process.getBuiltinModule(${JSON.stringify(args.path)});`,
          'const __flinkopsGet = (k) => m[k];',
          'export default m;',
          ...names.map((k) => `export const ${k} = /* @__PURE__ */ __flinkopsGet(${JSON.stringify(k)});`),
          '',
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};
/**
 * croner reads a named zone's clock through Intl.DateTimeFormat, whose first use in a process
 * loads ICU's locale data (12-20 ms of a plan). Its one conversion asks src/core/zone-clock.ts
 * first, which answers as ICU would for the zones and years it holds, and leaves the rest to ICU.
 */
const CRONER_CLOCK = 'function y(s,e){if(e===void 0)return T(';
const cronerZoneClock = {
  name: 'flinkops-croner-zone-clock',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]croner[\\/]dist[\\/]croner\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.split(CRONER_CLOCK).length !== 2)
        return {
          errors: [{ text: `croner's zone clock is no longer \`${CRONER_CLOCK}…\`: update this plugin` }],
        };
      const clock = JSON.stringify(resolve('src/core/zone-clock.ts'));
      const asked =
        'function y(s,e){const w$=e===void 0?void 0:wallClock$(e,s);if(w$)return T(w$.y,w$.m,w$.d,w$.h,w$.i,w$.s,e);' +
        'if(e===void 0)return T(';
      return {
        contents: `import { wallClock as wallClock$ } from ${clock};\n${text.replace(CRONER_CLOCK, asked)}`,
        loader: 'js',
      };
    });
  },
};
if (existsSync('action/main.ts')) entryPoints.action = 'action/main.ts';

const result = await build({
  entryPoints,
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Other characters escaped: a module of one-byte text is decoded and scanned faster than one V8
  // must hold as UTF-16 for a single arrow in a string (validate of example-repo: -5 ms).
  charset: 'ascii',
  write: false,
  banner: { js: banner },
  plugins: [schemaValidatorsEsbuild, oneUndici, yamlOnFirstUse, builtinsOnDemand, cronerZoneClock],
});

/**
 * A CommonJS bundle of one package (dist/<name>.cjs), outside the module graph of the entries:
 * required on first use, so a start does not load (and parse) it.
 */
const standalone = (entry, outfile) =>
  build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'ascii',
    write: false,
  });
// undici, for the Action's proxied calls only (action/undici-lazy.ts requires it): 1.4 MB.
const undici = await standalone('node_modules/undici/index.js', 'dist/undici.cjs');
// yaml, for what the fast parser does not take (src/core/yaml-load-dist.ts requires it).
const yamlCjs = await standalone('node_modules/yaml/dist/index.js', 'dist/yaml.cjs');

// Chunks of an earlier build would linger (and fail CI's "dist/ is a fresh build" check).
rmSync('dist/chunks', { recursive: true, force: true });
/** A module's text without the `require` banner when nothing in it calls require (most chunks). */
function withoutUnusedBanner(text) {
  const head = `${banner}\n`;
  return text.startsWith(head) && !/\brequire\b/.test(text.slice(head.length))
    ? text.slice(head.length)
    : text;
}
/**
 * Chunks are `.mjs`: Node reads an ES module's format from the extension, where a `.js` file sends
 * it looking for the package scope's `type` on each load (plan of example-repo, 34 modules: ~8 ms).
 * The entries keep their names (package.json's bin, action.yml's main).
 */
const chunkFiles = new Set(
  result.outputFiles.map((f) => relative('dist', f.path)).filter((p) => /^chunks\/[^/]+\.js$/.test(p)),
);
const toMjs = (path) => path.replace(/\.js$/, '.mjs');
/** A module's text with its imports of chunks renamed to `.mjs`. */
function withMjsImports(text, from) {
  return text.replace(/(["'])(\.{1,2}\/[\w./-]+\.js)\1/g, (whole, q, spec) => {
    const target = relative('dist', resolve(dirname(from), spec));
    return chunkFiles.has(target) ? `${q}${toMjs(spec)}${q}` : whole;
  });
}
/** The project's own modules, whose functions are compiled with their chunk (scripts/eager-functions.mjs). */
const own = (path) => /^(src|action)\//.test(path);
const bundled = new Set(result.outputFiles);
/** The ES modules of the main build, by path in dist/, as they will be written. */
const modules = new Map();
for (const f of [...result.outputFiles, ...undici.outputFiles, ...yamlCjs.outputFiles]) {
  const js = f.path.endsWith('.js');
  const out = relative('dist', chunkFiles.has(relative('dist', f.path)) ? toMjs(f.path) : f.path);
  if (!js) writeFileSync(join('dist', out), f.contents);
  else if (!bundled.has(f)) writeFileSync(join('dist', out), f.text);
  else modules.set(out, withMjsImports(withoutUnusedBanner(f.text), f.path));
}
const start = [...modules.keys()].find((p) => /^chunks\/start-\w+\.mjs$/.test(p));
if (!start) throw new Error('the build wrote no chunks/start-*.mjs: update scripts/merge-commands.mjs');
const { files } = await mergeCommands(modules, {
  start,
  roots: Object.keys(entryPoints).map((name) => (name.startsWith('chunks/') ? `${name}.mjs` : `${name}.js`)),
});
for (const [path, merged] of files) {
  const text = eagerFunctions(merged, own).code;
  const out = join('dist', path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, path === 'cli.js' ? `#!/usr/bin/env node\n${text}` : text);
  if (path === 'cli.js') chmodSync(out, 0o755);
}
