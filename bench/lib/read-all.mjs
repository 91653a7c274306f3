// The floor of a compile: Node starts and reads every file of the repository (argv[2]) as text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let bytes = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else bytes += readFileSync(p, 'utf8').length;
  }
};
walk(process.argv[2]);
process.stdout.write(`${bytes}\n`);
