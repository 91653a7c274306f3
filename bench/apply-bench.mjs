#!/usr/bin/env node
// Apply benchmark: N savepoint upgrades (1 s savepoints, 1 s job start) against the
// simulator, at parallelism 10 and at parallelism 1. Time is virtual: a clock that
// jumps to the next wake-up once every task is waiting (so parallel waits overlap,
// as on a real cluster). Reports cluster (virtual) time against the bound
// N/P × 1 s savepoints + N/P × 1 s starts, the wall time, per-job medians and the ratio.
//
//   node bench/apply-bench.mjs [--jobs 100] [--parallelism 10] [--smoke]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { arg, median, root, smoke } from './lib/bundle.mjs';

const JOBS = arg('jobs', smoke ? 8 : 100);
const PAR = arg('parallelism', smoke ? 4 : 10);
const SAVEPOINT_MS = 1000;
const START_MS = 1000;

/** Virtual time that advances only when nothing is in flight: to the earliest sleeper. */
class AutoClock {
  constructor(t0) {
    this.t = t0;
    this.sleepers = [];
    this.inflight = 0;
    this.activity = 0;
    this.timer = undefined;
  }
  now() {
    return this.t;
  }
  sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      this.sleepers.push({ at: this.t + Math.max(0, ms), resolve });
      this.touch();
    });
  }
  touch() {
    this.activity++;
    if (this.timer) return;
    const seen = this.activity;
    // Quiet for 2 ms of real time with no call in flight: everyone waits on the clock.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.activity !== seen || this.inflight > 0) return this.touch();
      if (this.sleepers.length === 0) return;
      this.sleepers.sort((a, b) => a.at - b.at);
      this.t = Math.max(this.t, this.sleepers[0].at);
      const due = this.sleepers.filter((s) => s.at <= this.t);
      this.sleepers = this.sleepers.filter((s) => s.at > this.t);
      for (const s of due) s.resolve();
      this.touch();
    }, 2);
  }
}

function tracked(client, clock) {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || prop === 'runStatement' || prop === 'close') return v;
      return async (...a) => {
        clock.inflight++;
        clock.touch();
        try {
          return await v.apply(target, a);
        } finally {
          clock.inflight--;
          clock.touch();
        }
      };
    },
  });
}

function script(name, version) {
  return [
    `-- flinkops compiled script: job ${name}`,
    ...(version > 1 ? [`SET 'table.exec.state.ttl' = '${version} h';`] : []),
    `CREATE TEMPORARY TABLE \`src_${name}\` (id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen');`,
    `CREATE TEMPORARY TABLE \`out_${name}\` (id BIGINT, amount DOUBLE) WITH ('connector' = 'blackhole');`,
    `INSERT INTO \`out_${name}\` SELECT id, amount FROM \`src_${name}\`;`,
    '',
  ].join('\n');
}

function desired(m, version) {
  const settings = {
    parallelism: 2,
    upgradeMode: 'savepoint',
    state: 'running',
    allowNonRestoredState: false,
    deletionPolicy: 'retain',
    config: {},
  };
  const jobs = Array.from({ length: JOBS }, (_, i) => {
    const name = `job_${String(i).padStart(3, '0')}`;
    const text = script(name, version);
    return {
      name,
      pipelineName: m.pipelineName('bench', 'prod', name),
      sqlFile: `jobs/${name}.sql`,
      script: text,
      statements: [],
      settings,
      parallelism: 2,
      restartHash: m.restartHash(text, settings),
      metadataHash: 'm',
      tables: [],
      views: [],
      udfs: [],
      functions: [],
      secrets: [],
      sinks: [`out_${name}`],
      sources: [`src_${name}`],
    };
  });
  return {
    project: 'bench',
    env: 'prod',
    flinkVersion: '1.18',
    environment: { name: 'prod', jobmanagerUrl: 'x', sqlGatewayUrl: 'x' },
    jobs,
    tables: [],
    udfs: [],
    graph: { nodes: [], edges: [] },
  };
}

async function run(m, parallelism) {
  const clock = new AutoClock(Date.UTC(2025, 0, 1));
  const sim = await m.startSimulator({
    flinkVersion: '1.18',
    clock,
    timing: { savepointMs: SAVEPOINT_MS, startMs: START_MS },
  });
  const client = tracked(
    m.createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl, clock }),
    clock,
  );
  const store = new m.MemoryStateStore({ project: 'bench', env: 'prod', clock });
  // Production poll pauses (DEFAULT_TIMING); no grace period, so only the operations themselves are timed.
  const timing = { graceMs: 0 };
  const apply = async (d, hooks) => {
    const state = await store.read();
    const live = await m.observe(client, { project: 'bench', env: 'prod', clock });
    const plan = m.diff(d, live.value, state, { allowDelete: false });
    return m.execute({
      plan,
      desired: d,
      client,
      store,
      clock,
      secrets: {},
      commit: 'bench',
      owner: { who: 'bench', command: 'apply' },
      parallelism,
      timing,
      ...(hooks ? { hooks } : {}),
    });
  };
  try {
    const created = await apply(desired(m, 1));
    if (created.changes.some((c) => c.outcome !== 'applied')) throw new Error(JSON.stringify(created.diags));
    const started = new Map();
    const perJob = [];
    const hooks = {
      onEvent: (e) => {
        if (e.type === 'step-started' && e.index === 0) started.set(e.job, clock.now());
        if (e.type === 'job-done') perJob.push(clock.now() - started.get(e.job));
      },
    };
    const v0 = clock.now();
    const w0 = performance.now();
    const r = await apply(desired(m, 2), hooks);
    const virtualMs = clock.now() - v0;
    const wallMs = performance.now() - w0;
    const applied = r.changes.filter((c) => c.outcome === 'applied' && c.action === 'upgrade').length;
    const savepoints = sim.control.snapshot().savepoints.filter((s) => s.kind === 'savepoint').length;
    return { virtualMs, wallMs, applied, savepoints, medianJobMs: median(perJob) };
  } finally {
    await client.close();
    await sim.close();
  }
}

/** Bundles src/ into a temp .mjs; undici stays the installed package (it does not survive bundling on Node 20). */
async function bundle(outDir, exportsByFile) {
  const entry = join(outDir, 'entry.ts');
  writeFileSync(
    entry,
    Object.entries(exportsByFile)
      .map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(join(root, file))};`)
      .join('\n'),
  );
  const outfile = join(outDir, 'apply-bench-bundle.mjs');
  const undici = pathToFileURL(join(root, 'node_modules', 'undici', 'index.js')).href;
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    plugins: [
      {
        name: 'undici-external',
        setup(b) {
          b.onResolve({ filter: /^undici$/ }, () => ({ path: undici, external: true }));
        },
      },
    ],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}

const work = mkdtempSync(join(tmpdir(), 'flinkops-apply-bench-'));
try {
  const m = await bundle(work, {
    'src/apply/index.ts': ['execute'],
    'src/sim/index.ts': ['startSimulator'],
    'src/flink/index.ts': ['createFlinkClient'],
    'src/observe/index.ts': ['observe'],
    'src/plan/index.ts': ['diff'],
    'src/state/index.ts': ['MemoryStateStore'],
    'src/compile/desired.ts': ['restartHash'],
    'src/core/names.ts': ['pipelineName'],
  });
  const par = await run(m, PAR);
  const one = await run(m, 1);
  const waves = Math.ceil(JOBS / PAR);
  const bound = waves * SAVEPOINT_MS;
  const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `apply-bench: ${JOBS} savepoint upgrades, ${SAVEPOINT_MS} ms savepoints, ${START_MS} ms job start, grace 0`,
  );
  for (const [label, r] of [
    [`parallelism ${PAR}`, par],
    ['parallelism 1', one],
  ]) {
    console.log(
      `  ${label.padEnd(15)} cluster time ${fmt(r.virtualMs)}, wall ${fmt(r.wallMs)}, median per job ${fmt(r.medianJobMs)}, upgrades ${r.applied}/${JOBS}, savepoints ${r.savepoints}`,
    );
  }
  console.log(
    `  bound at parallelism ${PAR}: ${fmt(bound)} of savepoints (+ ${fmt(waves * START_MS)} of starts + polling); measured ${fmt(par.virtualMs)} = ${(par.virtualMs / (bound + waves * START_MS)).toFixed(2)}× savepoints+starts`,
  );
  console.log(
    `  speed-up parallelism 1 → ${PAR}: ${(one.virtualMs / par.virtualMs).toFixed(1)}× (ideal ${Math.min(PAR, JOBS)}×)`,
  );
  const ok =
    par.applied === JOBS && one.applied === JOBS && par.savepoints === JOBS && one.savepoints === JOBS;
  console.log(`  every upgrade applied with exactly one savepoint each: ${ok ? 'yes' : 'NO'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
