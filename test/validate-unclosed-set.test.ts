/**
 * A job's `BEGIN STATEMENT SET;` never closed with `END;`: the SQL client submits the set's INSERTs
 * only at `END;`, so the job submits nothing. validate (and so plan) says so as an error at the
 * BEGIN, instead of a warning that lets plan pass and apply fail with FO707 ("run validate").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, projectCopy } from './ops-cli';

const EXAMPLE = join(__dirname, '..', 'example-repo');
const JOB = 'jobs/archive_and_alerts.sql';
const original = readFileSync(join(EXAMPLE, JOB), 'utf8');
const unclosed = original
  .replace('EXECUTE STATEMENT SET\nBEGIN', 'BEGIN STATEMENT SET;')
  .replace(/END;\s*$/, '');

describe('a job whose BEGIN STATEMENT SET; is never closed', () => {
  it('fails validate at the BEGIN, once', async () => {
    const r = await cli(['validate'], projectCopy(EXAMPLE, { [JOB]: unclosed }));
    const out = r.stdout + r.stderr;
    expect(r.code).toBe(1);
    expect(out).toContain(
      `${JOB}:2:1: error FO318: Job archive_and_alerts opens a statement set that is never closed with END;`,
    );
    expect([...out.matchAll(/(error|warning) FO\d+/g)].map((m) => m[0])).toEqual(['error FO318']);
  });

  it('stays a warning in a script flinkops inspect reads', async () => {
    const dir = projectCopy(EXAMPLE, { 'script.sql': unclosed });
    const r = await cli(['inspect', 'script.sql'], dir);
    expect(r.stdout + r.stderr).toContain('warning FO318');
  });

  it('a closed one is still valid', async () => {
    const closed = original.replace('EXECUTE STATEMENT SET\nBEGIN', 'BEGIN STATEMENT SET;');
    const r = await cli(['validate'], projectCopy(EXAMPLE, { [JOB]: closed }));
    expect(r.code).toBe(0);
  });
});
