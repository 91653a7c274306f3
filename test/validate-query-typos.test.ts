/**
 * The example, as a new user meets it: one typo in a job's query (FORM for
 * FROM, a missing BY or INTO, WHER, ONN, a doubled comma) must stop validate and
 * compile with an error at the job file's line and column that names the token and
 * what was expected; it must never quietly change what the job reads or writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, projectCopy } from './ops-cli';

const EXAMPLE = join(__dirname, '..', 'example-repo');
const JOB = 'jobs/enrich_rides.sql';
const original = readFileSync(join(EXAMPLE, JOB), 'utf8');

function withTypo(from: string, to: string): string {
  expect(original).toContain(from);
  return projectCopy(EXAMPLE, { [JOB]: original.replace(from, to) });
}

describe('one typo in a job query', () => {
  it('FROM → FORM: validate fails at the job line, naming the token and the misspelling', async () => {
    const dir = withTypo('FROM ride_events AS r', 'FORM ride_events AS r');
    const r = await cli(['validate'], dir);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain('jobs/enrich_rides.sql:14:6');
    expect(out).toContain('Unexpected keyword or name `ride_events`');
    expect(out).toMatch(/`FORM` looks like a misspelling of FROM/);
    expect(out).toMatch(/Expected one of .*FROM/);
  });

  it('FROM → FORM: compile fails too, and writes no script without the table', async () => {
    const dir = withTypo('FROM ride_events AS r', 'FORM ride_events AS r');
    const r = await cli(['compile', '--env', 'staging'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('jobs/enrich_rides.sql:14:6');
  });

  it.each([
    ['INSERT INTO enriched_rides', 'INSERT enriched_rides', '2:8', /Expected INTO or OVERWRITE/],
    ['  ON r.driver_id', '  ONN r.driver_id', '16:3', /`ONN` looks like a misspelling of ON/],
    ['  r.status,', '  r.status,,', '5:12', /Unexpected `,` in INSERT/],
    ['AS OF r.proc_time', 'AS r.proc_time', '15:33', /Expected OF after keyword or name `AS`/],
  ])('%s → %s is an error at %s', async (from, to, at, message) => {
    const dir = withTypo(from, to);
    const r = await cli(['validate'], dir);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain(`jobs/enrich_rides.sql:${at}`);
    expect(out).toMatch(message);
  });

  it('the unmodified example validates', async () => {
    const r = await cli(['validate'], projectCopy(EXAMPLE));
    expect(r.code).toBe(0);
  });
});
