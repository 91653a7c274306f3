// Each CLI command's own code in one module.
//
// esbuild's code splitting gives every set of entries that share code a chunk of its own. With
// fourteen commands, the Action and the compile worker as entries, `plan` loaded 39 modules and
// `apply` 41, and Node pays for each module it resolves, reads, links and evaluates (~0.3 ms on
// this machine even from the compile cache): plan --offline of example-repo took 98 ms where the
// same code in fewer modules takes 87.
//
// So after the build, a command's module takes in the chunks only commands load. What stays a
// module of its own, loaded as before:
// - what the start module loads (it runs before any command);
// - what a dynamic import loads (the HTTP client, nodemailer, the simulator, ...), and anything
//   those import;
// - a chunk over SHARED_OVER (the schema validators with the rules and loaders: ~740 kB) and
//   anything it imports, so that each command does not carry its own copy.
// Everything a kept module imports is kept too, so every module is still evaluated once in a
// process. A chunk no module imports any more is dropped.
import { dirname, join, normalize } from 'node:path/posix';
import { build } from 'esbuild';
import { MODULE_COMMENT } from './eager-functions.mjs';

/**
 * A chunk this large stays shared between the commands (with everything it imports): the schema
 * validators' (~740 kB). The plan and apply engine the cluster commands share (~460 kB) is
 * merged into each: kept shared, it took the modules it imports with it, and plan --offline of
 * example-repo loaded 29 to 33 modules instead of 19 to 23.
 */
export const SHARED_OVER = 600 * 1024;

/** Static imports and re-exports of a module as esbuild writes them: `import … from "./x.mjs";`. */
const STATIC = /^(?:import|export)\b[^;]*?"(\.{1,2}\/[\w./-]+\.mjs)";/gms;
/** `import("./x.mjs")`. */
const DYNAMIC = /\bimport\("(\.{1,2}\/[\w./-]+\.mjs)"\)/g;

/** Every module comment of a chunk (esbuild writes no other comments). */
const MODULE_COMMENTS = new RegExp(MODULE_COMMENT.source, 'gm');

const targets = (text, pattern, from) =>
  [...text.matchAll(pattern)].map((m) => normalize(join(dirname(from), m[1])));

/** Each module's static and dynamic imports, by path in dist/. */
function graphOf(files) {
  const graph = new Map();
  for (const [path, text] of files)
    graph.set(path, { imports: targets(text, STATIC, path), dynamic: targets(text, DYNAMIC, path) });
  return graph;
}

/** The modules reached from `from` along `edges` (the modules a module leads to). */
function reach(graph, from, edges) {
  const seen = new Set();
  const todo = [...from];
  while (todo.length > 0) {
    const f = todo.pop();
    if (seen.has(f) || !graph.has(f)) continue;
    seen.add(f);
    todo.push(...edges(graph.get(f)));
  }
  return seen;
}

/**
 * `files` (path in dist/ → text of every ES module the build wrote) with each command's module
 * (a dynamic import of `start`, imported by nothing else) merged with the chunks only it needs.
 * `roots` are the entries (cli.js, action.js, the worker): what they cannot reach is dropped.
 */
export async function mergeCommands(files, { start, roots, sharedOver = SHARED_OVER }) {
  const out = new Map(files);
  let graph = graphOf(out);
  const closure = (from) => reach(graph, from, (m) => m.imports);
  const importers = new Map();
  for (const [path, g] of graph)
    for (const t of [...g.imports, ...g.dynamic]) importers.set(t, [...(importers.get(t) ?? []), path]);
  const fromStart = closure([start]);
  const commands = graph.get(start).dynamic.filter((c) => (importers.get(c) ?? []).every((i) => i === start));
  const merged = [];
  for (const command of commands) {
    const own = closure([command]);
    // What the command's modules load on demand, and what those load on demand in turn.
    const loadable = reach(graph, [command], (m) => [...m.imports, ...m.dynamic]);
    const lazy = [...loadable].flatMap((f) => graph.get(f).dynamic);
    const large = [...own].filter((f) => f !== command && Buffer.byteLength(out.get(f)) > sharedOver);
    // The merged module keeps the specifiers of what it imports: only its neighbours move into it.
    const elsewhere = [...own].filter((f) => dirname(f) !== dirname(command));
    const kept = closure([...fromStart, ...lazy, ...large, ...elsewhere]);
    const inline = new Set([...own].filter((f) => f !== command && !kept.has(f)));
    if (inline.size === 0) continue;
    const result = await build({
      entryPoints: [command],
      bundle: true,
      write: false,
      outdir: 'dist',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      charset: 'ascii',
      legalComments: 'inline',
      logLevel: 'warning',
      plugins: [
        {
          name: 'flinkops-merge-commands',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (args.kind === 'entry-point') return { path: args.path, namespace: 'dist' };
              const path = normalize(join(dirname(args.importer), args.path));
              return args.kind === 'import-statement' && inline.has(path)
                ? { path, namespace: 'dist' }
                : { path: args.path, external: true };
            });
            b.onLoad({ filter: /.*/, namespace: 'dist' }, (args) => ({
              // Kept through the merge as legal comments: `// src/sql/lexer.ts` marks a module's code.
              contents: out.get(args.path).replace(MODULE_COMMENTS, '//! $1'),
              loader: 'js',
              resolveDir: dirname(args.path),
            }));
          },
        },
      ],
    });
    const text = result.outputFiles[0].text
      .replace(/^\/\/ dist:\S+\n/gm, '')
      .replace(/^\/\/! (\S+)$/gm, '// $1');
    out.set(command, text);
    merged.push({ command, modules: own.size, inlined: inline.size });
  }
  // What no entry reaches any more (statically or through a dynamic import) is dropped.
  graph = graphOf(out);
  const reached = reach(graph, roots, (m) => [...m.imports, ...m.dynamic]);
  for (const path of out.keys()) if (!reached.has(path)) out.delete(path);
  return { files: out, merged };
}
