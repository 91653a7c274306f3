/**
 * Found on real Flink 2.3.0: a job that runs `ALTER TABLE t ADD DISTRIBUTION ...` (or `ALTER TABLE
 * t SET (...)`, `DROP TABLE t`) on a repository table passed validate and plan, and its submission
 * failed: the compiled script creates t as a TEMPORARY table, which Flink does not alter or drop
 * that way ("Table `default_catalog`.`default_database`.`t` doesn't exist or is a temporary table").
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';

function validateJob(job: string) {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-alter-'));
  const files: Record<string, string> = {
    'flinkops.yaml':
      'project: p\nflinkVersion: "2.3"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:8081\n',
    'tables/events.sql': "CREATE TABLE events (id BIGINT, s STRING) WITH ('connector' = 'datagen');",
    'tables/dst.sql': "CREATE TABLE dst (id BIGINT, s STRING) WITH ('connector' = 'blackhole');",
    'jobs/j.sql': job,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return loadAndValidate(dir, { envVars: {} }).diags.filter((d) => d.code === 'FO229');
}

const INSERT = 'INSERT INTO dst SELECT id, s FROM events;\n';

describe('FO229: ALTER TABLE / DROP TABLE of a repository table in a job', () => {
  it.each([
    ['ALTER TABLE events ADD DISTRIBUTION BY HASH(id) INTO 3 BUCKETS;\n', 'jobs/j.sql:1:13', 'ALTER TABLE'],
    ["ALTER TABLE IF EXISTS `events` SET ('rows-per-second' = '3');\n", 'jobs/j.sql:1:23', 'ALTER TABLE'],
    ['DROP TABLE IF EXISTS dst;\n', 'jobs/j.sql:1:22', 'DROP TABLE'],
    // The name as the parse reads it: after a comment, and a quoted one with no space after it.
    ['DROP TABLE /* replaced */ dst;\n', 'jobs/j.sql:1:27', 'DROP TABLE'],
    [
      'ALTER TABLE -- partitioned\n  events ADD DISTRIBUTION BY HASH(id) INTO 3 BUCKETS;\n',
      'jobs/j.sql:2:3',
      'ALTER TABLE',
    ],
    ["ALTER TABLE `events`SET ('rows-per-second' = '3');\n", 'jobs/j.sql:1:13', 'ALTER TABLE'],
  ])('%s is an error at the table name', (stmt, at, verb) => {
    const [d, ...more] = validateJob(stmt + INSERT);
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'error' });
    expect(formatLocation(d!.range)).toBe(at);
    expect(d!.summary).toContain(`runs ${verb} on "`);
  });

  it.each([
    'DROP TEMPORARY TABLE IF EXISTS dst;\n',
    "CREATE TEMPORARY TABLE own (id BIGINT) WITH ('connector' = 'datagen');\nALTER TABLE own SET ('x' = 'y');\n",
    'USE CATALOG other;\nALTER TABLE events RENAME TO e2;\n',
  ])('leaves alone %j', (stmt) => {
    expect(validateJob(stmt + INSERT)).toEqual([]);
  });
});
