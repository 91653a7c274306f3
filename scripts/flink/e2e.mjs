#!/usr/bin/env node
// npm run test:e2e [-- vitest args]: the e2e suite on real Flink, once per version in
// FLINKOPS_E2E_VERSIONS (default "1.20,2.2"; "2.3" also works), each against clusters of its own
// (test/e2e/global-setup.ts starts and stops them). Builds the CLI first: scenarios run dist/cli.js.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const versions = (process.env.FLINKOPS_E2E_VERSIONS ?? '1.20,2.2')
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean);
const args = process.argv.slice(2);

const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

let failed = 0;
for (const version of versions) {
  const t0 = Date.now();
  process.stderr.write(`\n== e2e on Flink ${version}\n`);
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...args],
    { cwd: root, stdio: 'inherit', env: { ...process.env, FLINK_VERSION: version } },
  );
  process.stderr.write(
    `== e2e on Flink ${version}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
  );
  if (r.status !== 0) failed++;
  if (r.signal) process.exit(128 + (r.signal === 'SIGINT' ? 2 : 15));
}
process.exit(failed === 0 ? 0 : 1);
