/**
 * `sql-client -f` scripts often end with EXIT; (or hold QUIT, HELP, CLEAR): the SQL client's own
 * commands, which the SQL Gateway does not run. A job keeps working with them: a warning, and the
 * compiled script leaves them out.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flinkops-client-cmd-'));
  cpSync(join(ROOT, 'example-repo'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the SQL client's commands in a job", () => {
  it('EXIT; at the end of a job is a warning, and the compiled script is the one without it', async () => {
    const before = await cli(['compile', '--dir', dir, '--env', 'staging', '--json']);
    appendFileSync(join(dir, 'jobs/enrich_rides.sql'), '\nEXIT;\n');
    appendFileSync(join(dir, 'jobs/city_ride_stats.sql'), '\nquit;\n');
    const validated = await cli(['validate', '--dir', dir]);
    expect(validated.code).toBe(0);
    expect(validated.stderr).toMatch(
      /jobs\/enrich_rides\.sql:\d+:1: warning FO333: `EXIT` is a command of Flink's SQL client/,
    );
    expect(validated.stderr).toMatch(/jobs\/city_ride_stats\.sql:\d+:1: warning FO333: `quit`/);
    const after = await cli(['compile', '--dir', dir, '--env', 'staging', '--json']);
    expect(after.code).toBe(0);
    // The same scripts and the same restart hashes: nothing to upgrade for an EXIT added.
    const { diagnostics, ...compiled } = JSON.parse(after.stdout);
    expect(diagnostics.map((d: { code: string }) => d.code)).toEqual(['FO333', 'FO333']);
    expect(compiled).toEqual({ ...JSON.parse(before.stdout), diagnostics: undefined });
  });

  it('is a command only as a word alone; with more words it is no statement at all', () => {
    const kinds = (sql: string) => analyzeScript(sql, 'jobs/j.sql').statements.map((s) => s.kind);
    expect(kinds('EXIT;\nHelp;\nCLEAR')).toEqual(['client_command', 'client_command', 'client_command']);
    const wrong = analyzeScript('EXIT now;', 'jobs/j.sql').statements[0]!;
    expect(wrong.kind).toBe('unknown');
    expect(wrong.diags.map((d) => d.code)).toEqual(['FO311']);
  });
});
