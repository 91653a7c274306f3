#!/usr/bin/env node
// npm run flink:up -- --flink-version 1.20 [--scheduler adaptive|default] [--slots 4]
//   [--task-managers 1] [--with postgres,kafka] [--jars COORD|PATH,…] [--name default]
// Starts a real Flink session cluster and SQL Gateway on loopback and prints, on stdout only,
// export FLINKOPS_JOBMANAGER_URL=… and export FLINKOPS_SQL_GATEWAY_URL=… (so `eval "$(npm run -s flink:up)"`
// works); everything else goes to stderr.
import { parseArgs } from 'node:util';
import { start } from './cluster.mjs';
import { DEFAULT_VERSION, UserError } from './distribution.mjs';
import { exportLines } from './process.mjs';

const USAGE =
  'usage: npm run flink:up -- [--flink-version 1.18|1.19|1.20|2.2|2.3] [--scheduler adaptive|default] [--slots N] ' +
  '[--task-managers N] [--with postgres,kafka] [--jars COORD|PATH,…] [--name NAME]';

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'flink-version': { type: 'string', default: process.env.FLINK_VERSION || DEFAULT_VERSION },
        scheduler: { type: 'string', default: 'adaptive' },
        slots: { type: 'string', default: '4' },
        'task-managers': { type: 'string', default: '1' },
        with: { type: 'string', default: '' },
        jars: { type: 'string', default: '' },
        name: { type: 'string', default: 'default' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UserError(`${e.message}\n${USAGE}`);
  }
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  if (!['adaptive', 'default'].includes(values.scheduler))
    throw new UserError(`--scheduler: adaptive or default\n${USAGE}`);
  const t0 = Date.now();
  const rec = await start({
    version: values['flink-version'],
    name: values.name,
    scheduler: values.scheduler,
    slots: positive(values.slots, '--slots'),
    taskManagers: positive(values['task-managers'], '--task-managers'),
    services: list(values.with),
    jars: list(values.jars),
    log: (m) => process.stderr.write(`flink:up: ${m}\n`),
  });
  process.stderr.write(
    `flink:up: Flink ${rec.release} (${rec.scheduler} scheduler) ready in ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
      `logs in ${rec.dir}/log; savepoints in ${rec.savepointDir}; stop with: npm run flink:down${rec.name === 'default' ? '' : ` -- --name ${rec.name}`}\n`,
  );
  process.stdout.write(
    exportLines({
      FLINKOPS_JOBMANAGER_URL: rec.jobmanagerUrl,
      FLINKOPS_SQL_GATEWAY_URL: rec.gatewayUrl,
      ...rec.env,
    }),
  );
}

function list(s) {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

function positive(s, flag) {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} takes a whole number ≥ 1, not '${s}'`);
  return n;
}

main().catch((e) => {
  process.stderr.write(`flink:up: ${e instanceof UserError ? e.message : (e?.stack ?? e)}\n`);
  process.exit(1);
});
