// Startup time of the Action bundle: from spawning `node dist/action.js` (command: validate on
// example-repo, a fake runner environment) to its first line of output. Cold (a fresh process
// each time), median of 5. Target < 0.5 s. `--smoke`: one run, checks it works and exits 0.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'action.js');
const smoke = process.argv.includes('--smoke');
const TARGET_MS = 500;

if (!existsSync(bundle)) {
  console.error('dist/action.js is missing: run npm run build');
  process.exit(1);
}

function once() {
  const tmp = mkdtempSync(join(tmpdir(), 'flinkops-bench-'));
  for (const f of ['output', 'summary']) writeFileSync(join(tmp, f), '');
  writeFileSync(join(tmp, 'event.json'), '{}');
  const env = {
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
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let first;
    const child = spawn(process.execPath, [bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.once('data', () => {
      first = Number(process.hrtime.bigint() - start) / 1e6;
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => {
      if (code !== 0 || first === undefined) reject(new Error(`action exited ${code}: ${err}`));
      else resolve(first);
    });
  });
}

const n = smoke ? 1 : 5;
const times = [];
for (let i = 0; i < n; i++) times.push(await once());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  JSON.stringify({
    bench: 'action-startup',
    runs: n,
    medianMs: Math.round(median),
    targetMs: TARGET_MS,
    node: process.version,
  }),
);
if (!smoke && median > TARGET_MS) {
  console.error(`action startup ${Math.round(median)} ms is over the ${TARGET_MS} ms target`);
  process.exitCode = 1;
}
