#!/usr/bin/env node
// npm run flink:down [-- --name NAME]: stops the processes flink:up started for that run (by PID).
import { parseArgs } from 'node:util';
import { stop } from './cluster.mjs';

const { values } = parseArgs({ options: { name: { type: 'string', default: 'default' } } });
stop(values.name)
  .then((stopped) => {
    process.stderr.write(
      stopped.length === 0
        ? `flink:down: nothing of '${values.name}' was running\n`
        : `flink:down: stopped ${stopped.map((p) => `${p.role} (pid ${p.pid})`).join(', ')}\n`,
    );
  })
  .catch((e) => {
    process.stderr.write(`flink:down: ${e.message}\n`);
    process.exit(1);
  });
