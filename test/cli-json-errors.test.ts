/**
 * `--json` promises JSON on stdout: a command that stops before its report (the cluster cannot
 * be reached) prints its diagnostics as JSON there too, as plan and apply do.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const example = join(import.meta.dirname, '..', 'example-repo');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flinkops-json-errors-'));
  cpSync(example, dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unreachable = ['--jobmanager-url', 'http://127.0.0.1:1', '--sql-gateway-url', 'http://127.0.0.1:1'];

describe('--json when the cluster cannot be reached', () => {
  it.each([
    ['status', []],
    ['savepoint', ['enrich_rides']],
    ['savepoints', ['run']],
  ])('%s prints its diagnostics as JSON on stdout and exits 1', async (command, rest) => {
    const r = await cli([command, ...rest, '--dir', dir, '--env', 'staging', '--json', ...unreachable]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string }[] };
    expect(out.diagnostics.map((d) => d.code)).toContain('FO650');
    expect(r.stderr).not.toContain('error FO650');
  });
});
