#!/usr/bin/env node
// Startup benchmark: what a command on a small repository (example-repo) costs as a whole
// process, against a bare Node start on the same Node, measured round-robin in one run.
// Targets: `validate` and `plan` (offline, and against a simulator in another process) ≤ 2×
// `node -e 0`; the Action's first output line ≤ 2× a bare Node's first output line.
//
//   node bench/startup-bench.mjs [--runs 11] [--baseline DIST] [--smoke]   (needs `npm run build` first)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, baseline, root, smoke } from './lib/bundle.mjs';
import { fmtMs, measure, verdict } from './lib/proc.mjs';
import { startSimProcess } from './lib/sim-process.mjs';

const RUNS = arg('runs', smoke ? 1 : 11);
const cli = join(root, 'dist', 'cli.js');
const action = join(root, 'dist', 'action.js');
if (!existsSync(cli) || !existsSync(action)) {
  console.error('dist/ is missing: run npm run build');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'flinkops-startup-bench-'));
const sim = await startSimProcess();
try {
  for (const f of ['output', 'summary']) writeFileSync(join(tmp, f), '');
  writeFileSync(join(tmp, 'event.json'), '{}');
  const actionEnv = {
    PATH: process.env.PATH ?? '',
    INPUT_COMMAND: 'validate',
    'INPUT_WORKING-DIRECTORY': 'example-repo',
    GITHUB_WORKSPACE: root,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: join(tmp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/rides-platform',
    GITHUB_OUTPUT: join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: join(tmp, 'summary'),
    RUNNER_TEMP: tmp,
  };
  const node = process.execPath;
  const repo = join(root, 'example-repo');
  // example-repo's schedule is in Europe/Amsterdam, which croner reads through ICU (12-20 ms of
  // locale data at its first use); the same repository with the schedule in UTC shows that cost.
  const utcRepo = join(tmp, 'example-repo-utc');
  cpSync(repo, utcRepo, { recursive: true });
  const project = join(utcRepo, 'flinkops.yaml');
  writeFileSync(project, readFileSync(project, 'utf8').replace(/timezone: \S+/g, 'timezone: UTC'));
  const state = ['--state-file', join(tmp, 'state.json')];
  const cases = (dist, tag) => ({
    [`validate${tag}`]: { argv: [node, join(dist, 'cli.js'), 'validate', '--dir', repo], rss: true },
    [`plan --offline${tag}`]: {
      argv: [node, join(dist, 'cli.js'), 'plan', '--dir', repo, '--env', 'staging', '--offline', ...state],
      rss: true,
    },
    [`plan --offline, schedule in UTC${tag}`]: {
      argv: [node, join(dist, 'cli.js'), 'plan', '--dir', utcRepo, '--env', 'staging', '--offline', ...state],
      rss: true,
    },
    [`plan${tag}`]: {
      argv: [
        ...[node, join(dist, 'cli.js'), 'plan', '--dir', repo, '--env', 'staging', ...state],
        ...['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.sqlGatewayUrl],
      ],
      rss: true,
    },
    [`Action, first output line${tag}`]: { argv: [node, join(dist, 'action.js')], env: actionEnv, rss: true },
  });
  const r = await measure(
    {
      bare: { argv: [node, '-e', '0'], rss: true },
      'bare, first line': { argv: [node, '-e', 'console.log(0)'] },
      ...cases(join(root, 'dist'), ''),
      ...(baseline ? cases(baseline, '@baseline') : {}),
    },
    RUNS,
  );

  console.log(`startup-bench: example-repo, ${process.version}, medians of ${RUNS} runs`);
  console.log(
    `  bare node: ${fmtMs(r.bare.ms)} to exit (node -e 0), ${fmtMs(r['bare, first line'].firstLineMs)} to its first line (node -e 'console.log(0)'); CPU ${fmtMs(r.bare.cpuMs)}`,
  );
  let ok = true;
  const action = 'Action, first output line';
  for (const k of ['validate', 'plan --offline', 'plan']) ok = verdict(k, r[k].ms, r.bare.ms, 2) && ok;
  ok = verdict(action, r[action].firstLineMs, r['bare, first line'].firstLineMs, 2) && ok;
  console.log(`  (Action to exit: ${fmtMs(r[action].ms)})`);
  const utc = 'plan --offline, schedule in UTC';
  console.log(`  (${utc}: ${fmtMs(r[utc].ms)} = ${(r[utc].ms / r.bare.ms).toFixed(2)}×)`);
  const cpu = (tag) =>
    ['validate', 'plan --offline', 'plan', action]
      .map((k) => `${k.split(',')[0]} ${fmtMs(r[`${k}${tag}`].cpuMs)}`)
      .join(', ');
  console.log(`  CPU (user + system): ${cpu('')}`);
  // On a loaded machine wall times mostly measure waiting for a core; CPU time against a bare
  // Node's CPU time is the steadier view of the same ratios.
  const cpuRatio = (tag) =>
    ['validate', 'plan --offline', 'plan']
      .map((k) => `${k} ${(r[`${k}${tag}`].cpuMs / r.bare.cpuMs).toFixed(2)}×`)
      .join(', ');
  console.log(`  CPU against a bare Node's: ${cpuRatio('')}`);
  if (baseline) {
    console.log(`  baseline (${baseline}):`);
    for (const k of ['validate', 'plan --offline', 'plan'])
      console.log(
        `    ${k}: ${fmtMs(r[`${k}@baseline`].ms)} = ${(r[`${k}@baseline`].ms / r.bare.ms).toFixed(2)}×`,
      );
    console.log(
      `    ${utc}: ${fmtMs(r[`${utc}@baseline`].ms)} = ${(r[`${utc}@baseline`].ms / r.bare.ms).toFixed(2)}×`,
    );
    const b = r[`${action}@baseline`];
    console.log(
      `    ${action}: ${fmtMs(b.firstLineMs)} = ${(b.firstLineMs / r['bare, first line'].firstLineMs).toFixed(2)}×`,
    );
    console.log(`    CPU (user + system): ${cpu('@baseline')}`);
    console.log(`    CPU against a bare Node's: ${cpuRatio('@baseline')}`);
  }
  process.exitCode = ok || smoke ? 0 : 1;
} finally {
  await sim.stop();
  rmSync(tmp, { recursive: true, force: true });
}
