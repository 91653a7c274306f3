#!/usr/bin/env node
// Plan benchmark, as users run it: a whole `node dist/cli.js plan` process on a 1,000-job
// repository, against the simulator (another process) running those 1,000 jobs as deployed, with
// 5 ms added to every response. The simulator counts the HTTP requests the plan makes. Target:
// the plan's median wall time ≤ 1.5 × ⌈calls ÷ concurrency⌉ × latency.
//
//   node bench/plan-bench.mjs [--jobs 1000] [--latency 5] [--concurrency 16] [--runs 5] [--baseline DIST] [--smoke]
//   (needs `npm run build` first)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { arg, baseline, bundleSource, median, root, smoke } from './lib/bundle.mjs';
import { generate } from './lib/gen-repo.mjs';
import { fmtMs, timeOnce } from './lib/proc.mjs';

const JOBS = arg('jobs', smoke ? 40 : 1000);
const LATENCY = arg('latency', 5);
const CONCURRENCY = arg('concurrency', 16);
const RUNS = arg('runs', smoke ? 1 : 5);
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'flinkops-plan-bench-'));
let child;
try {
  const repo = join(work, 'repo');
  generate(repo, { jobs: JOBS });
  const bundle = await bundleSource(work, {
    'src/compile/index.ts': ['compileProject'],
    'src/sim/index.ts': ['startSimulator'],
  });
  const desired = bundle.compileProject(repo, { env: 'prod', envVars: {} }).value;
  if (!desired) throw new Error('bench repository did not compile');
  const seeds = desired.jobs.map((j) => ({
    name: j.pipelineName,
    parallelism: j.settings.parallelism,
    labels: {
      'flinkops.spec-hash': j.restartHash,
      'flinkops.project': desired.project,
      'flinkops.env': desired.env,
      'flinkops.job': j.name,
      'flinkops.commit': 'bench',
    },
  }));
  writeFileSync(join(work, 'seeds.json'), JSON.stringify(seeds));
  // The simulator counts the requests it serves; a line on its stdin asks for the count.
  child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import http from 'node:http';
       import { readFileSync } from 'node:fs';
       import { createInterface } from 'node:readline';
       let requests = 0;
       const emit = http.Server.prototype.emit;
       http.Server.prototype.emit = function (ev, ...a) { if (ev === 'request') requests++; return emit.call(this, ev, ...a); };
       const m = await import(${JSON.stringify(join(work, 'flinkops-bench.mjs'))});
       const seeds = JSON.parse(readFileSync(${JSON.stringify(join(work, 'seeds.json'))}, 'utf8'));
       const sim = await m.startSimulator({ flinkVersion: '1.20', taskManagers: 100, seed: { jobs: seeds } });
       sim.control.faults.latencyMs = ${LATENCY};
       console.log(JSON.stringify({ jobmanagerUrl: sim.jobmanagerUrl, gatewayUrl: sim.gatewayUrl }));
       createInterface({ input: process.stdin }).on('line', () => { console.log(requests); requests = 0; });`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const next = () => new Promise((resolve) => lines.once('line', resolve));
  const sim = JSON.parse(await next());
  const countRequests = async () => {
    child.stdin.write('\n');
    return Number(await next());
  };
  const argvOf = (cliPath) => [
    ...[process.execPath, cliPath, 'plan', '--dir', repo, '--env', 'prod', '--json'],
    ...['--state-file', join(work, 'state.json'), '--concurrency', String(CONCURRENCY)],
    ...['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl],
  ];
  const plan = async (cliPath, rss) => {
    const run = await timeOnce(argvOf(cliPath), {
      rss,
      keepStdout: true,
      env: { ...process.env, FLINKOPS_SECRET_FLINK_TOKEN: 'bench' },
    });
    if (run.code !== 0)
      throw new Error(`plan exited ${run.code}: ${run.stderr.slice(0, 2000)}${run.stdout.slice(0, 2000)}`);
    return { run, calls: await countRequests() };
  };
  /**
   * One plan run of `cliPath`: wall time, the calls the simulator served, the changes planned; and
   * CPU time from a second, untimed run with the reporter preloaded (lib/proc.mjs).
   */
  const once = async (cliPath) => {
    const { run, calls } = await plan(cliPath, false);
    const changes = JSON.parse(run.stdout).changes.filter((c) => c.action !== 'none').length;
    const { cpuMs } = (await plan(cliPath, true)).run;
    return { ms: run.ms, cpuMs, calls, changes };
  };
  await countRequests();
  const runs = { current: [], baseline: [] };
  for (let r = 0; r < RUNS; r++) {
    runs.current.push(await once(cli));
    if (baseline) runs.baseline.push(await once(join(baseline, 'cli.js')));
  }
  console.log(
    `plan-bench: ${JOBS} running jobs, ${LATENCY} ms latency, concurrency ${CONCURRENCY}, whole process, median of ${RUNS} runs`,
  );
  const report = (rs, label) => {
    const calls = rs.at(-1).calls;
    const bound = Math.ceil(calls / CONCURRENCY) * LATENCY;
    const med = median(rs.map((x) => x.ms));
    console.log(
      `  ${label}${calls} HTTP calls; bound ⌈calls ÷ concurrency⌉ × latency = ${fmtMs(bound)}; changes planned: ${rs.at(-1).changes}`,
    );
    console.log(
      `  ${label}median ${fmtMs(med)} = ${(med / bound).toFixed(2)}× the bound (target ≤ 1.5×); CPU (user + system) ${fmtMs(median(rs.map((x) => x.cpuMs)))}`,
    );
    return med <= 1.5 * bound && rs.at(-1).changes === 0;
  };
  const ok = report(runs.current, '');
  console.log(`  target: ${ok ? 'met' : 'NOT met'}`);
  if (baseline) report(runs.baseline, 'baseline: ');
  process.exitCode = ok || smoke ? 0 : 1;
} finally {
  child?.kill();
  rmSync(work, { recursive: true, force: true });
}
