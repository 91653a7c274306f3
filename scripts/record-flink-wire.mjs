#!/usr/bin/env node
// npm run record:wire -- --flink-version 1.19|1.20|2.2|2.3 [--name NAME]
//   or, against a cluster you started: FLINKOPS_JOBMANAGER_URL=… FLINKOPS_SQL_GATEWAY_URL=… npm run record:wire
// Drives the flinkops client through every request it makes against a REAL Flink (started here with
// the adaptive scheduler and stopped afterwards, unless the URLs are given) and rewrites
// test/golden/flink-wire/<version>/*.json: method, route, status and the shape of each answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { start, stop } from './flink/cluster.mjs';

const { values } = parseArgs({
  options: {
    'flink-version': { type: 'string', default: '1.20' },
    name: { type: 'string', default: 'record-wire' },
  },
});
const log = (m) => process.stderr.write(`record:wire: ${m}\n`);
const root = process.cwd();

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'flinkops-record-'));
  const out = join(tmp, 'record.mjs');
  await build({
    entryPoints: ['test/wire/record.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    // undici is CommonJS: give the ESM bundle a require, as scripts/build.mjs does.
    banner: {
      js: "import { createRequire as __recordCreateRequire } from 'node:module'; const require = __recordCreateRequire(import.meta.url);",
    },
  });
  let urls = {
    jobmanagerUrl: process.env.FLINKOPS_JOBMANAGER_URL,
    gatewayUrl: process.env.FLINKOPS_SQL_GATEWAY_URL,
  };
  const own = !urls.jobmanagerUrl || !urls.gatewayUrl;
  try {
    if (own) {
      const rec = await start({
        version: values['flink-version'],
        name: values.name,
        scheduler: 'adaptive',
        slots: 4,
        taskManagers: 1,
        services: [],
        log,
      });
      urls = { jobmanagerUrl: rec.jobmanagerUrl, gatewayUrl: rec.gatewayUrl };
    }
    const { recordWire } = await import(pathToFileURL(out).href);
    const r = await recordWire({ root, ...urls, log });
    log(`Flink ${r.version}: ${r.files.length} calls recorded`);
  } finally {
    if (own) await stop(values.name, { remove: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  log(e.stack ?? String(e));
  process.exit(1);
});
