#!/usr/bin/env node
// Compile benchmark: generates a 1,000-job / 3,000-table repository into a temp dir,
// then loads, validates and compiles it N times, reporting the median wall time and
// peak RSS. Target: < 1 s median, < 300 MB RSS on 2 cores.
//
//   node bench/compile-bench.mjs [--jobs 1000] [--runs 7] [--keep] [--smoke]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, bundleSource, smoke } from './lib/bundle.mjs';
import { generate } from './lib/gen-repo.mjs';

const args = process.argv.slice(2);

// Runs are measured apart: with --expose-gc the previous run's result is collected before the
// next starts, so peak RSS is what one validate + compile needs, not V8's lazy heap growth.
if (typeof globalThis.gc !== 'function') {
  const { spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
const JOBS = arg('jobs', smoke ? 50 : 1000);
const RUNS = arg('runs', smoke ? 2 : 7);
const UDFS = 10;

const work = mkdtempSync(join(tmpdir(), 'flinkops-bench-'));
try {
  const repo = join(work, 'repo');
  generate(repo, { jobs: JOBS, udfs: UDFS });
  const { compileProject } = await bundleSource(work, { 'src/compile/index.ts': ['compileProject'] });
  const times = [];
  let jobs = 0;
  let diags = 0;
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc();
    const t0 = performance.now();
    const r = compileProject(repo, { env: 'prod', envVars: {} });
    times.push(performance.now() - t0);
    jobs = r.value?.jobs.length ?? 0;
    diags = r.diags.length;
    if (!r.value) {
      console.error(r.diags.slice(0, 5));
      throw new Error('bench repository did not compile');
    }
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `compile-bench: ${JOBS} jobs, ${JOBS * 3} tables, ${UDFS} udfs; ${RUNS} runs; jobs compiled ${jobs}, diagnostics ${diags}`,
  );
  console.log(
    `  median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms, first (cold JIT) ${first.toFixed(0)} ms)`,
  );
  console.log(
    `  peak RSS ${maxRssMb.toFixed(0)} MB (current ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB)`,
  );
  const ok = median < 1000 && maxRssMb < 300;
  console.log(`  target < 1000 ms median, < 300 MB RSS: ${ok ? 'met' : 'NOT met'}`);
  process.exitCode = ok || smoke ? 0 : 1;
} finally {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
  else console.log(`  kept ${work}`);
}
