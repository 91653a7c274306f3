#!/usr/bin/env node
// node scripts/flink/prefetch.mjs: installs the Flink distributions the e2e suite runs
// (FLINKOPS_E2E_VERSIONS, default "1.20,2.2") into the cache (~/.cache/flinkops), and starts
// nothing. .ci/run runs it in the background while the unit tests run, so that on a machine
// without the cache the e2e step does not wait for pip and Maven Central first; what it has not
// installed (it failed, or was stopped) the e2e setup installs as before.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, ensureDistribution, UserError } from './distribution.mjs';

const versions = (process.env.FLINKOPS_E2E_VERSIONS ?? '1.20,2.2')
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean);
const log = (m) => process.stderr.write(`prefetch: ${m}\n`);

// Stopped midway (the run ended first): the install folders it had begun go with it.
const started = Date.now();
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    const flink = join(cacheDir(), 'flink');
    for (const f of (() => {
      try {
        return readdirSync(flink);
      } catch {
        return [];
      }
    })()) {
      const path = join(flink, f);
      if (f.startsWith('.install-') && statSync(path).mtimeMs >= started - 1000)
        rmSync(path, { recursive: true, force: true });
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

try {
  for (const version of versions) {
    const t0 = Date.now();
    const { home, release } = await ensureDistribution(version, log);
    log(`Flink ${release} ready in ${home} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
} catch (e) {
  log(e instanceof UserError ? e.message : String(e?.stack ?? e));
  process.exitCode = 1;
}
