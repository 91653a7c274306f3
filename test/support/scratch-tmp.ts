/**
 * One scratch directory per test run. Tests make their repositories, state stores and logs with
 * `mkdtempSync(join(tmpdir(), …))`, in this process's workers and in the CLIs and Actions they
 * spawn; pointing TMPDIR here before the workers start puts all of it in one place, removed when
 * the run ends, so a run leaves nothing behind in the system's temporary directory.
 * FLINKOPS_KEEP_TEST_TMP=1 keeps it (its path is printed) to look at what a failing test wrote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function scratchTmp(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-tests-'));
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = dir;
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (process.env.FLINKOPS_KEEP_TEST_TMP === '1') {
      process.stderr.write(`test files kept in ${dir}\n`);
      return;
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
