#!/usr/bin/env node
// npm run flink:down [-- --name NAME] [--remove]: stops the processes flink:up started for that
// run (by PID). The run folder (logs, checkpoints, savepoints) stays for the next flink:up of that
// name, unless --remove.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runDir, stop } from './cluster.mjs';

const USAGE = 'usage: npm run flink:down -- [--name NAME] [--remove]';

let values;
try {
  ({ values } = parseArgs({
    options: {
      name: { type: 'string', default: 'default' },
      remove: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  process.stderr.write(`flink:down: ${e.message}\n${USAGE}\n`);
  process.exit(1);
}
if (values.help) {
  process.stderr.write(
    `${USAGE}\n  --name NAME  the run to stop (default: default)\n` +
      '  --remove     also delete its run folder (logs, checkpoints, savepoints); kept otherwise,\n' +
      '               so a later flink:up of the same name restores from its savepoints\n',
  );
  process.exit(0);
}
stop(values.name, { remove: values.remove })
  .then((stopped) => {
    const dir = runDir(values.name);
    const folder = !existsSync(dir)
      ? values.remove
        ? '; its folder is removed'
        : ''
      : values.remove
        ? `; its folder ${dir} could not be removed yet (a process still holds it)`
        : `; its folder stays: ${dir} (--remove deletes it)`;
    process.stderr.write(
      stopped.length === 0
        ? `flink:down: nothing of '${values.name}' was running${folder}\n`
        : `flink:down: stopped ${stopped.map((p) => `${p.role} (pid ${p.pid})`).join(', ')}${folder}\n`,
    );
    if (values.remove && existsSync(dir)) process.exitCode = 1;
  })
  .catch((e) => {
    process.stderr.write(`flink:down: ${e.message}\n`);
    process.exit(1);
  });
