#!/usr/bin/env node
// Apply benchmark: N creates at parallelism P, and M savepoint upgrades (1 s savepoints, 1 s job
// starts) at parallelism Q, against the simulator, with the CLI's file state store. Time is
// real time with idle waits skipped (lib/skip-clock.mjs): the cluster's 1 s operations cost no
// wall time, while the apply's own work (CPU, state-store writes and fsyncs) counts as it does in
// production. Each run is compared with its concurrency bound: ⌈N/P⌉ × 1 s of starts (creates),
// ⌈M/Q⌉ × (1 s savepoint + 1 s start) (upgrades); target ≤ 1.3×. The state work of a step must
// not grow with the number of jobs the store holds: the N creates run again in a store already
// holding S jobs (retired by earlier applies, so the plan is the same), and their CPU time is
// compared with the first run's; and one step's state work alone (a store session's edit of one
// job and its write, CPU time) is timed in stores holding 100 and S jobs (target ≤ 2×).
//
//   node bench/apply-bench.mjs [--creates 500] [--create-parallelism 32] [--jobs 100] [--parallelism 10] [--store-jobs 5000] [--store-only] [--smoke]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleApply, desiredState } from './lib/apply-kit.mjs';
import { arg, median, smoke } from './lib/bundle.mjs';
import { SkipClock } from './lib/skip-clock.mjs';

const CREATES = arg('creates', smoke ? 20 : 500);
const CREATE_PAR = arg('create-parallelism', smoke ? 8 : 32);
const JOBS = arg('jobs', smoke ? 8 : 100);
const PAR = arg('parallelism', smoke ? 4 : 10);
const STORE_JOBS = arg('store-jobs', smoke ? 500 : 5000);
const SAVEPOINT_MS = 1000;
const START_MS = 1000;

/** Runs apply of `d` (observe, diff, execute) as the CLI does, with a file store under `dir`. */
async function applyOnce(m, env, d, parallelism) {
  const state = await env.store.read();
  const live = await m.observe(env.client, { project: 'bench', env: 'prod', clock: env.clock });
  const plan = m.diff(d, live.value, state, { allowDelete: false });
  return m.execute({
    plan,
    desired: d,
    client: env.client,
    store: env.store,
    clock: env.clock,
    secrets: {},
    commit: 'bench',
    owner: { who: 'bench', command: 'apply' },
    parallelism,
    // Production poll pauses; no grace period, so only the operations themselves are timed.
    timing: { graceMs: 0 },
  });
}

async function withCluster(m, dir, fn) {
  const clock = new SkipClock(Date.UTC(2025, 0, 1));
  const sim = await m.startSimulator({
    flinkVersion: '1.18',
    clock,
    // Room for every job the benchmark starts (the simulator counts task slots, 64 a TaskManager).
    taskManagers: 100,
    timing: { savepointMs: SAVEPOINT_MS, startMs: START_MS },
  });
  const client = clock.track(
    m.createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl, clock }),
    ['runStatement', 'close'],
  );
  const store = clock.track(new m.FileStateStore({ dir, project: 'bench', env: 'prod', clock }));
  try {
    return await fn({ clock, sim, client, store });
  } finally {
    await client.close();
    await sim.close();
  }
}

/** Cluster time of an apply of `d` (timed from `after`'s state), with the outcome counts. */
async function timed(m, env, d, parallelism, action) {
  const t0 = env.clock.now();
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await applyOnce(m, env, d, parallelism);
  const c = process.cpuUsage(c0);
  const ms = env.clock.now() - t0;
  const wallMs = performance.now() - w0;
  const applied = r.changes.filter((c) => c.outcome === 'applied' && c.action === action).length;
  // The process's CPU time: the apply's, and the in-process simulator's (the same in every run).
  return { ms, wallMs, cpuMs: (c.user + c.system) / 1000, applied, diags: r.diags };
}

/** The creates, in a store already holding `stored` retired jobs. */
async function creates(m, dir, stored = 0) {
  return withCluster(m, dir, async (env) => {
    if (stored > 0) await env.store.write(m.retiredStore(stored), 0, { message: 'seed' });
    return timed(m, env, desiredState(m, CREATES, 1), CREATE_PAR, 'create');
  });
}

async function upgrades(m, dir) {
  return withCluster(m, dir, async (env) => {
    const first = await applyOnce(m, env, desiredState(m, JOBS, 1), 32);
    if (first.changes.some((c) => c.outcome !== 'applied')) throw new Error(JSON.stringify(first.diags));
    const before = env.sim.control.snapshot().savepoints.length;
    const r = await timed(m, env, desiredState(m, JOBS, 2), PAR, 'upgrade');
    const savepoints = env.sim.control.snapshot().savepoints.filter((s) => s.kind === 'savepoint').length;
    return { ...r, savepoints: savepoints - before };
  });
}

/**
 * One step's state work as apply does it (holding the lock): a store session's edit of one job's
 * record, and its write, in a file store already holding `jobs` jobs (median of 21).
 */
async function storeStep(m, dir, jobs) {
  const store = new m.FileStateStore({ dir, project: 'bench', env: 'prod' });
  const d = desiredState(m, jobs, 1);
  const empty = m.emptyState('bench', 'prod');
  const doc = {
    ...empty,
    jobs: Object.fromEntries(d.jobs.map((j) => [j.name, m.seedRecord(empty, j).jobs[j.name]])),
  };
  await store.write(doc, 0, { message: 'seed' });
  const lock = await store.lock({ who: 'bench', command: 'apply' }, 60_000);
  // As apply does: the session edits the document read under the lock.
  const read = await store.read();
  const session = new m.StoreSession(
    store,
    read,
    lock,
    m.systemClock,
    60_000,
    () => {},
    () => ['s3cr3t'],
  );
  const times = [];
  const cpu = [];
  for (let i = 0; i < 21; i++) {
    const job = d.jobs[i % d.jobs.length].name;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await session.update(job, `write ${i}`, (doc) => m.touchRecord(doc, job, i));
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  await session.release();
  return { ms: median(times), cpuMs: median(cpu) };
}

const work = mkdtempSync(join(tmpdir(), 'flinkops-apply-bench-'));
try {
  const m = await bundleApply(work);
  const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`;
  // --store-only: just the state-store write (seconds instead of minutes).
  const storeOnly = process.argv.includes('--store-only');
  let ok = true;
  console.log(
    `apply-bench: file state store, ${SAVEPOINT_MS} ms savepoints, ${START_MS} ms job start, grace 0`,
  );
  if (!storeOnly) {
    const c = await creates(m, join(work, 'creates'));
    const cBound = Math.ceil(CREATES / CREATE_PAR) * START_MS;
    const cOk = c.applied === CREATES && c.ms <= 1.3 * cBound;
    console.log(
      `  ${CREATES} creates at parallelism ${CREATE_PAR}: ${fmt(c.ms)} (wall ${fmt(c.wallMs)}), bound ${fmt(cBound)}: ${(c.ms / cBound).toFixed(2)}× (target ≤ 1.3×) ${cOk ? 'met' : 'NOT met'}; created ${c.applied}/${CREATES}`,
    );
    const u = await upgrades(m, join(work, 'upgrades'));
    const waves = Math.ceil(JOBS / PAR);
    const uBound = waves * (SAVEPOINT_MS + START_MS);
    const uOk = u.applied === JOBS && u.savepoints === JOBS && u.ms <= 1.3 * uBound;
    console.log(
      `  ${JOBS} savepoint upgrades at parallelism ${PAR}: ${fmt(u.ms)} (wall ${fmt(u.wallMs)}), bound ${fmt(uBound)}: ${(u.ms / uBound).toFixed(2)}× (target ≤ 1.3×) ${uOk ? 'met' : 'NOT met'}; upgraded ${u.applied}/${JOBS} with ${u.savepoints} savepoints`,
    );
    const l = await creates(m, join(work, 'creates-in-large-store'), STORE_JOBS);
    const lOk = l.applied === CREATES && l.ms <= 1.3 * cBound;
    console.log(
      `  the same in a store holding ${STORE_JOBS} more jobs: ${fmt(l.ms)} (wall ${fmt(l.wallMs)}): ${(l.ms / cBound).toFixed(2)}× (target ≤ 1.3×) ${lOk ? 'met' : 'NOT met'}; created ${l.applied}/${CREATES}; CPU ${c.cpuMs.toFixed(0)} → ${l.cpuMs.toFixed(0)} ms (${(l.cpuMs / c.cpuMs).toFixed(2)}×)`,
    );
    ok = cOk && uOk && lOk;
  }
  const small = await storeStep(m, join(work, 'small'), 100);
  const large = await storeStep(m, join(work, 'large'), STORE_JOBS);
  // The work of a step is its CPU time: its wall time also holds the fsync and, on a loaded
  // machine, the wait for a core, which have nothing to do with the size of the store.
  const sOk = large.cpuMs <= 2 * small.cpuMs;
  console.log(
    `  one step's state work (edit and write): CPU ${small.cpuMs.toFixed(2)} ms with 100 jobs, ${large.cpuMs.toFixed(2)} ms with ${STORE_JOBS} jobs: ${(large.cpuMs / small.cpuMs).toFixed(2)}× (target ≤ 2×) ${sOk ? 'met' : 'NOT met'}; wall ${small.ms.toFixed(2)} → ${large.ms.toFixed(2)} ms`,
  );
  ok &&= sOk;
  process.exitCode = ok || smoke ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
