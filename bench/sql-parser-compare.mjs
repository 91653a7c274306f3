#!/usr/bin/env node
/**
 * Evidence for writing our own Flink SQL front end instead of using node-sql-parser.
 * Over every statement of test/fixtures/corpus (valid scripts only), measures:
 *   - the share node-sql-parser 5.4 (`database: 'flinksql'`) parses without throwing,
 *   - the share our front end analyses without an error diagnostic,
 *   - the median and p95 time per statement of each.
 * Run by hand: `node bench/sql-parser-compare.mjs`. It bundles src/sql/index.ts with
 * esbuild into a temporary file (there is no TypeScript loader in this repo) and imports it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'test', 'fixtures', 'corpus');
const require = createRequire(import.meta.url);
const { Parser } = require('node-sql-parser');

const out = mkdtempSync(join(tmpdir(), 'flinkops-sql-bench-'));
const bundle = join(out, 'sql.mjs');
await build({
  entryPoints: [join(root, 'src', 'sql', 'index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'error',
});
const sql = await import(pathToFileURL(bundle).href);
rmSync(out, { recursive: true, force: true });

const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
const statements = [];
for (const f of manifest.files) {
  if (f.expect !== 'valid') continue;
  const text = readFileSync(join(corpus, f.file), 'utf8');
  // Both tools get the same statements: ours split them, node-sql-parser gets each text.
  for (const s of sql.splitStatements(text, f.file).statements)
    statements.push({ file: f.file, text: s.text });
}

const parser = new Parser();
const REPEAT = 5;

function measure(fn) {
  const times = [];
  let ok = 0;
  for (const s of statements) {
    let best = Number.POSITIVE_INFINITY;
    let passed = false;
    for (let r = 0; r < REPEAT; r++) {
      const t0 = performance.now();
      passed = fn(s.text);
      best = Math.min(best, performance.now() - t0);
    }
    if (passed) ok++;
    times.push(best);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { ok, share: ok / statements.length, median: q(0.5), p95: q(0.95) };
}

const theirs = measure((text) => {
  try {
    parser.astify(text, { database: 'flinksql' });
    return true;
  } catch {
    return false;
  }
});
const ours = measure((text) =>
  sql.analyzeScript(text, 'bench.sql').diags.every((d) => d.severity !== 'error'),
);

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
console.log(`statements: ${statements.length} (valid corpus scripts: ${manifest.scripts})`);
console.log('tool              accepted          median/stmt   p95/stmt');
console.log(
  `node-sql-parser   ${String(theirs.ok).padStart(4)} (${pct(theirs.share).padStart(6)})   ${us(theirs.median).padStart(11)}   ${us(theirs.p95).padStart(10)}`,
);
console.log(
  `flinkops sql      ${String(ours.ok).padStart(4)} (${pct(ours.share).padStart(6)})   ${us(ours.median).padStart(11)}   ${us(ours.p95).padStart(10)}`,
);
