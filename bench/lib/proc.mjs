// Whole-process timing: what a user or a CI job waits for, from spawn to exit (or to the first
// line of output), with the child's peak RSS. Cases are run round-robin so that noise from other
// work on the machine falls on all of them alike, and ratios are taken within one run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bundle.mjs';

const rssReporter = join(dirname(fileURLToPath(import.meta.url)), 'rss-report.mjs');

/**
 * Runs `argv` (argv[0] is the executable) once. Resolves { ms, firstLineMs, rssMb, cpuMs, code, stdout }.
 * `rss`: preload a reporter that writes the child's peak RSS and CPU time on exit. The preload adds ~10 ms of
 * module loading, so `measure` never times such a run. `firstLineMs`: spawn to the first byte of stdout.
 */
export function timeOnce(argv, { env = process.env, cwd, rss = false, keepStdout = false } = {}) {
  const dir = rss ? mkdtempSync(join(tmpdir(), 'flinkops-rss-')) : undefined;
  const file = dir ? join(dir, 'rss') : undefined;
  const [exe, ...rest] = argv;
  const args = rss && exe === process.execPath ? ['--import', rssReporter, ...rest] : rest;
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let firstLineMs;
    let out = '';
    let err = '';
    const child = spawn(exe, args, {
      cwd,
      env: file ? { ...env, FLINKOPS_BENCH_RSS_FILE: file } : env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => {
      firstLineMs ??= Number(process.hrtime.bigint() - t0) / 1e6;
      if (keepStdout) out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let rssMb;
      let cpuMs;
      if (file) {
        try {
          const [kib, cpu] = readFileSync(file, 'utf8').split(' ');
          rssMb = Number(kib) / 1024;
          cpuMs = Number(cpu);
        } catch {}
        rmSync(dir, { recursive: true, force: true });
      }
      resolve({ ms, firstLineMs, rssMb, cpuMs, code, stdout: out, stderr: err });
    });
  });
}

/**
 * Runs every case `runs` times, round-robin. `cases`: { name: { argv, ok?(result), ...opts } }.
 * Returns { name: { ms, firstLineMs, rssMb, cpuMs } } of medians (peak RSS: the maximum). Times come
 * from plain runs only: a case with `rss` runs a second time per round with the reporter preloaded,
 * untimed, for its peak RSS and CPU time (a preload on both sides of a ratio would flatter it: ~10 ms
 * added to a 40 ms bare Node and to an 85 ms command). A case whose run fails (non-zero exit unless
 * `codes` allows it) throws with its stderr.
 */
export async function measure(cases, runs) {
  const seen = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const check = (name, c, r) => {
    const codes = c.codes ?? [0];
    if (!codes.includes(r.code))
      throw new Error(`${name}: ${c.argv.join(' ')} exited ${r.code}\n${r.stderr.slice(0, 2000)}`);
    return r;
  };
  for (let i = 0; i < runs; i++) {
    for (const [name, c] of Object.entries(cases)) {
      const r = check(name, c, await timeOnce(c.argv, { ...c, rss: false }));
      if (c.rss) {
        const { rssMb, cpuMs } = check(name, c, await timeOnce(c.argv, c));
        Object.assign(r, { rssMb, cpuMs });
      }
      seen[name].push(r);
    }
  }
  return Object.fromEntries(
    Object.entries(seen).map(([k, rs]) => [
      k,
      {
        ms: median(rs.map((r) => r.ms)),
        firstLineMs: median(rs.map((r) => r.firstLineMs ?? Number.NaN)),
        rssMb: Math.max(...rs.map((r) => r.rssMb ?? 0)),
        cpuMs: median(rs.map((r) => r.cpuMs ?? Number.NaN)),
        runs: rs.length,
      },
    ]),
  );
}

export const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/** One result line and whether the target holds; `limit` is the allowed ratio. */
export function verdict(label, ms, floorMs, limit) {
  const ok = ms <= floorMs * limit;
  console.log(
    `  ${label}: ${fmtMs(ms)} = ${ratio(ms, floorMs)} (target ≤ ${limit}×) ${ok ? 'met' : 'NOT met'}`,
  );
  return ok;
}
