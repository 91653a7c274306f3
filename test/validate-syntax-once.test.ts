/**
 * A syntax error that swallows a job's INSERT (a comment never closed, a `;` missing before the
 * INSERT) is reported once, where it is: not again as "the job is empty" or "writes nothing",
 * which would send the user looking for a missing INSERT that is right there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, projectCopy } from './ops-cli';

const EXAMPLE = join(__dirname, '..', 'example-repo');
const JOB = 'jobs/city_ride_stats.sql';
const original = readFileSync(join(EXAMPLE, JOB), 'utf8');

async function validate(text: string) {
  const r = await cli(['validate'], projectCopy(EXAMPLE, { [JOB]: text }));
  expect(r.code).toBe(1);
  const out = r.stdout + r.stderr;
  return { out, codes: [...out.matchAll(/error (FO\d+)/g)].map((m) => m[1]) };
}

describe('a syntax error that swallows the INSERT is reported once', () => {
  it('a block comment never closed: only the unterminated comment, not "is empty"', async () => {
    const { out, codes } = await validate(`/* per-city ride counts\n${original.replace(/^--.*\n/, '')}`);
    expect(codes).toEqual(['FO302']);
    expect(out).toContain(`${JOB}:1:1: error FO302: Unterminated block comment`);
    expect(out).not.toContain('is empty');
  });

  it('a view whose `;` is missing before the INSERT: only the syntax error, not "writes nothing"', async () => {
    const view = 'CREATE TEMPORARY VIEW rides AS\nSELECT * FROM ride_events WHERE city_id > 0\n\n';
    const { out, codes } = await validate(view + original.replace(/^--.*\n/, ''));
    expect(codes).toEqual(['FO312']);
    expect(out).toContain(`${JOB}:4:1: error FO312: Unexpected keyword or name \`INSERT\` in CREATE VIEW`);
    expect(out).not.toContain('writes nothing');
  });
});
