// Simulator throughput: GET /jobs/:id/config over 1,000 seeded jobs, ~32 in flight,
// ~3 s per run, median of 3 runs. Target: >= 2,000 req/s on loopback.
// Usage: node bench/sim-bench.mjs [--seconds 3] [--concurrency 32] [--runs 3]
// Needs the project Node (undici 8 wants Node >= 22.19): `npx node bench/sim-bench.mjs`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Pool } from 'undici';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const SMOKE = process.argv.includes('--smoke');
const SECONDS = arg('seconds', SMOKE ? 0.3 : 3);
const CONCURRENCY = arg('concurrency', 32);
const RUNS = arg('runs', SMOKE ? 1 : 3);
const JOBS = 1000;
const TARGET = 2000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'flinkops-sim-bench-'));
const out = join(dir, 'sim.mjs');
await build({
  entryPoints: [join(root, 'src/sim/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'warning',
  // The simulator reads YAML-style map options with the yaml package, which require()s Node modules.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
const { startSimulator } = await import(pathToFileURL(out).href);

const sim = await startSimulator({ flinkVersion: '1.20' });
const ids = [];
for (let i = 0; i < JOBS; i++) {
  ids.push(
    sim.control.seedJob({
      name: `bench.prod.job_${i}`,
      labels: { 'flinkops.job': `job_${i}`, 'flinkops.spec-hash': `h${i}`, 'flinkops.commit': 'abc123' },
    }),
  );
}

const pool = new Pool(sim.jobmanagerUrl, { connections: CONCURRENCY, pipelining: 1 });

async function run() {
  let done = 0;
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const worker = async (w) => {
    let i = w;
    while (performance.now() < deadline) {
      const jid = ids[i % ids.length];
      i += CONCURRENCY;
      const res = await pool.request({ path: `/jobs/${jid}/config`, method: 'GET' });
      const body = await res.body.json();
      if (res.statusCode !== 200 || body.jid !== jid) errors++;
      done++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  const secs = (performance.now() - t0) / 1000;
  return { rps: done / secs, errors };
}

const results = [];
await run(); // warm-up (JIT, connections)
for (let r = 0; r < RUNS; r++) {
  const res = await run();
  results.push(res.rps);
  console.log(`run ${r + 1}: ${res.rps.toFixed(0)} req/s${res.errors ? ` (${res.errors} errors)` : ''}`);
}
results.sort((a, b) => a - b);
const median = results[Math.floor(results.length / 2)];
console.log(
  `sim GET /jobs/:id/config, ${JOBS} jobs, concurrency ${CONCURRENCY}: median ${median.toFixed(0)} req/s (target >= ${TARGET}) ${median >= TARGET ? 'OK' : 'BELOW TARGET'}`,
);
await pool.close();
await sim.close();
rmSync(dir, { recursive: true, force: true });
process.exitCode = median >= TARGET || SMOKE ? 0 : 1;
