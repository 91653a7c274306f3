#!/usr/bin/env node
// Runs every benchmark in turn (`npm run bench`), or each with tiny sizes (`npm run bench -- --smoke`,
// which CI runs to keep them working; smoke runs report figures but never fail on a target).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const smoke = process.argv.includes('--smoke');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const benches = [
  'sql-parser-compare.mjs',
  'compile-bench.mjs',
  'sim-bench.mjs',
  'plan-bench.mjs',
  'apply-bench.mjs',
  'startup-bench.mjs',
  'real-plan-bench.mjs',
].filter((b) => existsSync(join(here, b)) && (only.length === 0 || only.some((o) => b.startsWith(o))));

let failed = 0;
for (const b of benches) {
  console.log(`\n== ${b}${smoke ? ' (smoke)' : ''}`);
  const r = spawnSync(process.execPath, [join(here, b), ...(smoke ? ['--smoke'] : [])], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${b} exited ${r.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
