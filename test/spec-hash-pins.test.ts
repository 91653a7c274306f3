/**
 * The spec hashes of fixed repositories, pinned. A running job carries its spec hash as a label
 * (`flinkops.spec-hash`) and the state store records it: when a new flinkops hashes an unchanged
 * job differently, its first plan after the upgrade restarts every job through a savepoint.
 *
 * So a change to what goes into the hash — the compiled script (a line generated for every job,
 * the rendering of a table, a type, a quote), the normal form it is hashed in, or the settings
 * counted — fails here. Builds since the UDF jars were added to the session (`ADD JAR`, 2 Dec
 * 2026) all give these values; the builds before it gave other ones for jobs with JVM UDFs (their
 * scripts lacked the `ADD JAR` line).
 *
 * If the failure is the intent (a job's script really changes on the cluster), say so in the
 * release notes: every such job is upgraded by the first apply of the new flinkops. Otherwise keep
 * the old hash: normalise the new text away, as whitespace, comments and keyword case are.
 * test/fixtures/repos/spec_hash_pins is a frozen copy for this test only; example-repo's pins
 * change when example-repo itself does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProject, restartHash } from '../src/compile';
import { settings } from './plan-fixtures';

function hashes(dir: string, env: string): Record<string, string> {
  // No process environment: every ${env.X} takes its `variables` default.
  const r = compileProject(dir, { env, envVars: {} });
  expect(r.diags).toEqual([]);
  return Object.fromEntries(r.value!.jobs.map((j) => [j.name, j.restartHash]));
}

describe('spec hashes of an unchanged repository stay what earlier builds labelled jobs with', () => {
  const PINS = join(import.meta.dirname, 'fixtures/repos/spec_hash_pins');
  const EXAMPLE = join(import.meta.dirname, '../example-repo');

  it('a repository of table YAML and DDL, a view, a statement set, UDFs, SET lines and job settings', () => {
    expect(hashes(PINS, 'dev')).toEqual({
      audit: '2def023487c559f3',
      nightly: '8f924377257dd0fb',
      totals: '0cb1ffb409bfb7c8',
    });
    expect(hashes(PINS, 'prod')).toEqual({
      audit: '7b11e8bc59a478f1',
      nightly: '017c830e7d0cc17e',
      totals: 'ef861cac64455dd5',
    });
  });

  it("example-repo's jobs in each environment", () => {
    expect(hashes(EXAMPLE, 'staging')).toEqual({
      archive_and_alerts: '2b9d59eae001f99e',
      city_ride_stats: '0de636356ebf1373',
      enrich_rides: '9dd4c395de355a46',
      latest_ride_status: 'b876d1c64a5209c3',
    });
    expect(hashes(EXAMPLE, 'prod')).toEqual({
      archive_and_alerts: 'bc9cb472fe9146ce',
      city_ride_stats: 'cdc77234d94e9eb1',
      enrich_rides: 'bb2766113499b123',
      latest_ride_status: '8b00caf403e14799',
    });
    expect(hashes(EXAMPLE, 'local')).toEqual({
      archive_and_alerts: '0a1ed5dda0bab669',
      city_ride_stats: 'c657762fa0695c8b',
      enrich_rides: '6658e1b48e9602bc',
      latest_ride_status: 'b654feebf06b86e7',
    });
  });

  it('a fixed script and settings, in any whitespace, comments and keyword case', () => {
    const s = settings({ parallelism: 2, maxParallelism: 64, config: { 'table.exec.state.ttl': '1 h' } });
    const pinned = '6b5c397395799ac1';
    const written = [
      "SET 'table.exec.state.ttl' = '1 h';\nINSERT INTO `out` SELECT id, COUNT(*) FROM `orders` GROUP BY id;\n",
      "-- counts\nset 'table.exec.state.ttl' = '1 h';\n\ninsert into `out`\n  select id, count(*)\n  from `orders` /* all */\n  group by id;\n",
    ];
    for (const script of written) expect(restartHash(script, s)).toBe(pinned);
    // A UDF jar's checksum counts; the parallelism does not (a rescale is no upgrade).
    expect(restartHash(written[0]!, s, { udfs: 'ab'.repeat(32) })).toBe('9e9f9e628ac02de3');
    expect(restartHash(written[0]!, { ...s, parallelism: 8 })).toBe(pinned);
  });
});
