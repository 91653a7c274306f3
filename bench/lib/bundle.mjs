// Bundles chosen exports of src/ into one ESM file benchmarks can import (there is no TS loader at run time).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { schemaValidatorsEsbuild } from '../../scripts/schema-validators.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `exports`: lines such as `export { compileProject } from 'src/compile/index.ts'` with repo-relative paths. */
export async function bundleSource(outDir, exportsByFile) {
  const entry = join(outDir, 'entry.ts');
  writeFileSync(
    entry,
    Object.entries(exportsByFile)
      .map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(join(root, file))};`)
      .join('\n'),
  );
  const outfile = join(outDir, 'flinkops-bench.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    plugins: [schemaValidatorsEsbuild],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function arg(name, dflt) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
}

export function argString(name) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export const smoke = process.argv.includes('--smoke');

/**
 * `--baseline DIR`: the dist/ directory of another build (e.g. `git archive <commit> dist | tar -x
 * -C /tmp/base`), measured in the same run, round-robin with this one, for before/after figures.
 */
export const baseline = argString('baseline');
