// Bundles the CLI and the GitHub Action into dist/ (committed; CI checks it matches a fresh build).
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const banner = [
  "import { createRequire as __flinkopsCreateRequire } from 'node:module';",
  'const require = __flinkopsCreateRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

const entries = [{ in: 'src/cli/bin.ts', out: 'dist/cli.js', shebang: true }];
if (existsSync('action/main.ts'))
  entries.push({ in: 'action/main.ts', out: 'dist/action.js', shebang: false });

for (const e of entries) {
  await build({
    ...common,
    entryPoints: [e.in],
    outfile: e.out,
    banner: { js: (e.shebang ? '#!/usr/bin/env node\n' : '') + banner },
  });
}
