#!/usr/bin/env node
// Plan benchmark: a 1,000-job repository against the simulator running those 1,000 jobs
// (labelled as deployed), with 5 ms added to every response. Target: plan completes within
// 1.5 × ⌈calls ÷ concurrency⌉ × 5 ms (calls counted from the client's own HTTP hook).
//
//   node bench/plan-bench.mjs [--jobs 1000] [--latency 5] [--concurrency 16] [--runs 3] [--phases] [--smoke]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, bundleSource, median, smoke } from './lib/bundle.mjs';
import { generate } from './lib/gen-repo.mjs';

const JOBS = arg('jobs', smoke ? 40 : 1000);
const LATENCY = arg('latency', 5);
const CONCURRENCY = arg('concurrency', 16);
const RUNS = arg('runs', smoke ? 1 : 3);

const work = mkdtempSync(join(tmpdir(), 'flinkops-plan-bench-'));
try {
  const repo = join(work, 'repo');
  generate(repo, { jobs: JOBS });
  const m = await bundleSource(work, {
    'src/compile/index.ts': ['compileProject'],
    'src/engine/plan-run.ts': ['runPlan'],
    'src/sim/index.ts': ['startSimulator'],
    'src/flink/index.ts': ['createFlinkClient'],
    'src/state/index.ts': ['MemoryStateStore'],
  });
  const desired = m.compileProject(repo, { env: 'prod', envVars: {} }).value;
  if (!desired) throw new Error('bench repository did not compile');
  // The cluster is another process, as in production: the simulator's work does not share
  // the planner's event loop.
  const seeds = desired.jobs.map((j) => ({
    name: j.pipelineName,
    parallelism: j.parallelism,
    labels: {
      'flinkops.spec-hash': j.restartHash,
      'flinkops.project': desired.project,
      'flinkops.env': desired.env,
      'flinkops.job': j.name,
      'flinkops.commit': 'bench',
    },
  }));
  writeFileSync(join(work, 'seeds.json'), JSON.stringify(seeds));
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(join(work, 'flinkops-bench.mjs'))});
       const seeds = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(join(work, 'seeds.json'))}, 'utf8'));
       const sim = await m.startSimulator({ flinkVersion: '1.20', seed: { jobs: seeds } });
       sim.control.faults.latencyMs = ${LATENCY};
       console.log(JSON.stringify({ jobmanagerUrl: sim.jobmanagerUrl, gatewayUrl: sim.gatewayUrl }));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const sim = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(JSON.parse(buf.split('\n')[0]));
    });
    child.on('exit', (code) => reject(new Error(`simulator exited ${code}`)));
  });
  const times = [];
  let calls = 0;
  let plan;
  for (let r = 0; r < RUNS; r++) {
    calls = 0;
    const t0 = performance.now();
    const marks = [];
    const run = await m.runPlan({
      onProgress: (msg) => marks.push([msg, performance.now() - t0]),
      dir: repo,
      env: 'prod',
      envVars: {},
      secrets: () => 'x',
      offline: false,
      allowDelete: false,
      now: '2026-01-01T00:00:00Z',
      concurrency: CONCURRENCY,
      endpoints: { jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl },
      store: (project, env) => new m.MemoryStateStore({ project, env }),
      client: (e) =>
        m.createFlinkClient({
          ...e,
          onHttp: (ev) => {
            if (ev.retryInMs === undefined) calls++;
          },
        }),
    });
    times.push(performance.now() - t0);
    if (process.argv.includes('--phases'))
      console.log(
        `  phases: ${marks.map(([msg, t]) => `${msg.split(' ')[0]}@${t.toFixed(0)}ms`).join(', ')}, done@${times.at(-1).toFixed(0)}ms`,
      );
    await run.client?.close();
    plan = run.plan;
    if (!plan) throw new Error(JSON.stringify(run.diags.slice(0, 3)));
  }
  child.kill();
  const changes = plan.changes.filter((c) => c.action !== 'none').length;
  const bound = Math.ceil(calls / CONCURRENCY) * LATENCY;
  const med = median(times);
  console.log(
    `plan-bench: ${JOBS} running jobs, ${LATENCY} ms latency, concurrency ${CONCURRENCY}, ${RUNS} runs`,
  );
  console.log(
    `  ${calls} HTTP calls; ⌈calls ÷ concurrency⌉ × latency = ${bound} ms; changes planned: ${changes}`,
  );
  console.log(`  median ${med.toFixed(0)} ms (${(med / bound).toFixed(2)}× the bound; target ≤ 1.5×)`);
  const ok = med <= 1.5 * bound && changes === 0;
  console.log(`  target: ${ok ? 'met' : 'NOT met'}`);
  process.exitCode = ok || smoke ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
