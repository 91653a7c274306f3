#!/usr/bin/env node
// Compile benchmark, as users run it: whole `node dist/cli.js validate` and `compile` processes on
// a generated 1,000-job / 3,000-table repository in each documented table style (DDL files, block
// YAML, flow YAML), against the floor of Node starting and reading every file of that repository,
// measured round-robin in the same run. Targets: ≤ 3× the floor and < 200 MB peak RSS at 1,000
// jobs; ≤ 5× the floor at 10,000 jobs.
//
//   node bench/compile-bench.mjs [--jobs 1000] [--big 10000] [--runs 5] [--big-runs 3] [--styles ddl,block,flow]
//                                [--baseline DIST] [--smoke]
//   (--big 0 skips the 10,000-job repositories; needs `npm run build` first)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, argString, baseline, root, smoke } from './lib/bundle.mjs';
import { generate } from './lib/gen-repo.mjs';
import { fmtMs, measure, ratio } from './lib/proc.mjs';

const JOBS = arg('jobs', smoke ? 30 : 1000);
const BIG = arg('big', smoke ? 0 : 10_000);
const RUNS = arg('runs', smoke ? 1 : 5);
const BIG_RUNS = arg('big-runs', 3);

const STYLES = (argString('styles') ?? 'ddl,block,flow').split(',');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'flinkops-compile-bench-'));
let ok = true;
try {
  for (const [jobs, runs, limit, rssLimit] of [
    [JOBS, RUNS, 3, 200],
    ...(BIG > 0 ? [[BIG, BIG_RUNS, 5, undefined]] : []),
  ]) {
    console.log(`compile-bench: ${jobs} jobs, ${jobs * 3} tables, 10 UDFs; medians of ${runs} runs`);
    for (const style of STYLES) {
      const repo = join(work, `${style}-${jobs}`);
      generate(repo, { jobs, style });
      const node = process.execPath;
      const r = await measure(
        {
          floor: { argv: [node, join(root, 'bench', 'lib', 'read-all.mjs'), repo], rss: true },
          validate: { argv: [node, cli, 'validate', '--dir', repo], rss: true },
          compile: { argv: [node, cli, 'compile', '--dir', repo, '--env', 'prod'], rss: true },
          // The same again with --out, as a user compiles into a folder again and again (each run
          // after the first finds the scripts the one before wrote).
          'compile --out': {
            argv: [node, cli, 'compile', '--dir', repo, '--env', 'prod', '--out', join(work, `out-${style}`)],
          },
          ...(baseline
            ? {
                'validate@baseline': {
                  argv: [node, join(baseline, 'cli.js'), 'validate', '--dir', repo],
                  rss: true,
                },
                'compile@baseline': {
                  argv: [node, join(baseline, 'cli.js'), 'compile', '--dir', repo, '--env', 'prod'],
                  rss: true,
                },
                'compile --out@baseline': {
                  argv: [
                    ...[node, join(baseline, 'cli.js'), 'compile', '--dir', repo, '--env', 'prod'],
                    ...['--out', join(work, `out-${style}-baseline`)],
                  ],
                },
              }
            : {}),
        },
        runs,
      );
      rmSync(repo, { recursive: true, force: true });
      for (const o of [`out-${style}`, `out-${style}-baseline`])
        rmSync(join(work, o), { recursive: true, force: true });
      const line = (k) =>
        `${k} ${fmtMs(r[k].ms)} = ${ratio(r[k].ms, r.floor.ms)} (CPU ${fmtMs(r[k].cpuMs)} = ${ratio(r[k].cpuMs, r.floor.cpuMs)}), ${r[k].rssMb.toFixed(0)} MB`;
      const met =
        r.compile.ms <= limit * r.floor.ms &&
        r.validate.ms <= limit * r.floor.ms &&
        (rssLimit === undefined || Math.max(r.compile.rssMb, r.validate.rssMb) < rssLimit);
      ok &&= met;
      const again = (k) => `${k} again ${fmtMs(r[k].ms)} = ${ratio(r[k].ms, r.floor.ms)}`;
      console.log(
        `  ${style.padEnd(5)} floor ${fmtMs(r.floor.ms)} (CPU ${fmtMs(r.floor.cpuMs)}); ${line('validate')}; ${line('compile')} — target ≤ ${limit}×${rssLimit ? `, < ${rssLimit} MB` : ''}: ${met ? 'met' : 'NOT met'}; ${again('compile --out')}`,
      );
      if (baseline)
        console.log(
          `        baseline: ${line('validate@baseline')}; ${line('compile@baseline')}; ${again('compile --out@baseline')}`,
        );
    }
  }
  process.exitCode = ok || smoke ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
