/**
 * A named pipe where a repository file is expected: opening it blocks until something writes to
 * it, so validate would hang (deaf to Ctrl-C, whose handler never runs while the read blocks). It
 * is reported unread, and a pipe in jobs/ or tables/ is not skipped silently.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let base: string;
let repo: string;
let writer: ChildProcess | undefined;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'flinkops-fifo-'));
  repo = join(base, 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => {
  if (writer?.pid !== undefined && writer.exitCode === null) process.kill(writer.pid);
  writer = undefined;
  rmSync(base, { recursive: true, force: true });
});

/**
 * Replaces `file` with a named pipe. After 3 s a writer opens it again and again, so a read that
 * blocked ends (with an empty file) and the test fails instead of hanging the run.
 */
function pipeAt(file: string): void {
  rmSync(join(repo, file), { force: true });
  execFileSync('mkfifo', [join(repo, file)]);
  writer = spawn('sh', ['-c', `sleep 3; while :; do : > '${join(repo, file)}'; sleep 0.1; done`], {
    stdio: 'ignore',
  });
}

describe.skipIf(process.platform === 'win32')('named pipes in the repository', () => {
  it('flinkops.yaml as a named pipe: FO101 at once, nothing read from it', async () => {
    pipeAt('flinkops.yaml');
    const started = Date.now();
    const r = await cli(['validate', '--dir', repo]);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'flinkops.yaml:1:1: error FO101: Cannot read flinkops.yaml: it is not a regular file (a named pipe, a socket or a device)',
    );
  });

  it('a job file that is a named pipe is reported, not skipped', async () => {
    pipeAt('jobs/piped.sql');
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'jobs/piped.sql:1:1: error FO101: Cannot read jobs/piped.sql: it is not a regular file',
    );
  });
});
