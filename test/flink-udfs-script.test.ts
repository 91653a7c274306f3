/**
 * `npm run flink:udfs -- --src DIR` builds a repository's own UDF jar: npm runs the script in the
 * flinkops folder, so a relative DIR is read from where npm was run (INIT_CWD), the user's folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './ops-cli';

function udfs(args: string[], env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, [join(ROOT, 'scripts/flink/udfs.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, stdout: x.stdout, stderr: x.stderr };
  }
}

it('reads a relative --src from the folder npm was run in, not the flinkops folder', () => {
  const user = mkdtempSync(join(tmpdir(), 'flinkops-udfs-'));
  try {
    mkdirSync(join(user, 'udfs/src'), { recursive: true });
    // No .java files: the script stops before it needs a Flink distribution, naming the folder it read.
    const r = udfs(['--src', 'udfs/src'], { INIT_CWD: user });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--src ${join(user, 'udfs/src')}: no .java files in it`);
  } finally {
    rmSync(user, { recursive: true, force: true });
  }
});

it('--help prints the usage and exits 0', () => {
  const r = udfs(['--help'], {});
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^usage: npm run flink:udfs -- \[--src DIR\]/);
  // The README sends the reader here for the releases --flink-version takes.
  expect(r.stdout).toContain('--flink-version 1.18|1.19|1.20|2.2|2.3');
});
