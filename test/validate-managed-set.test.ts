/** A job script's SET of an option flinkops sets on submission is said to have no effect (FO269). */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';

const dir = mkdtempSync(join(tmpdir(), 'flinkops-managed-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('warns at each SET of the job name or a restore key, and leaves other SETs alone', () => {
  cpSync(join(import.meta.dirname, '..', 'example-repo'), dir, { recursive: true });
  const sql = join(dir, 'jobs', 'enrich_rides.sql');
  writeFileSync(
    sql,
    `SET 'pipeline.name' = 'my job';\nSET 'execution.savepoint.path' = 'file:/sp/1';\nSET 'table.exec.mini-batch.enabled' = 'true';\n${readFileSync(sql, 'utf8')}`,
  );
  const r = loadAndValidate(dir, { envVars: {} });
  const found = r.diags.filter((d) => d.code === 'FO269');
  expect(found.map((d) => `${d.severity} ${formatLocation(d.range)} ${d.summary}`)).toEqual([
    "warning jobs/enrich_rides.sql:1:1 SET 'pipeline.name' has no effect: flinkops sets it on submission",
    "warning jobs/enrich_rides.sql:2:1 SET 'execution.savepoint.path' has no effect: flinkops sets it on submission",
  ]);
  expect(found[1]!.detail).toContain('restoreFrom: <path> in jobs/enrich_rides.yaml');
  // A script moved from the SQL client: the job it started runs as 'my job', not adopted by that name.
  expect(found[0]!.detail).toContain(
    "A job running as 'my job' (this script, started by hand) is not adopted under that name: to keep its state, stop it with a savepoint (POST /jobs/<job id>/stop) and set restoreFrom: <the savepoint's path> in jobs/enrich_rides.yaml",
  );
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
});

it('says nothing of adoption when the SET name is already a managed name of the job', () => {
  const sql = join(dir, 'jobs', 'latest_ride_status.sql');
  writeFileSync(sql, `SET 'pipeline.name' = 'rides.prod.latest_ride_status';\n${readFileSync(sql, 'utf8')}`);
  const found = loadAndValidate(dir, { envVars: {} }).diags.filter(
    (d) => d.code === 'FO269' && d.range?.file === 'jobs/latest_ride_status.sql',
  );
  expect(found).toHaveLength(1);
  expect(found[0]!.detail).not.toContain('not adopted');
});

it('warns at a SET of parallelism.default: the job runs at its parallelism: setting', () => {
  const sql = join(dir, 'jobs', 'city_ride_stats.sql');
  writeFileSync(sql, `SET 'parallelism.default' = '3';\n${readFileSync(sql, 'utf8')}`);
  const found = loadAndValidate(dir, { envVars: {} }).diags.filter((d) => d.code === 'FO269');
  const at = found.filter((d) => d.range?.file === 'jobs/city_ride_stats.sql');
  expect(at.map((d) => `${d.severity} ${formatLocation(d.range)} ${d.summary}`)).toEqual([
    "warning jobs/city_ride_stats.sql:1:1 SET 'parallelism.default' has no effect: flinkops sets it on submission",
  ]);
  expect(at[0]!.detail).toContain('set parallelism: 3 in jobs/city_ride_stats.yaml');
});

it('warns at a relative jar path of ADD JAR and of each resource of USING JAR, at its quoted literal: the SQL Gateway reads it in its own directory (FO669)', () => {
  const sql = join(dir, 'jobs', 'latest_ride_status.sql');
  writeFileSync(
    sql,
    [
      "ADD JAR 'udfs/my-udfs.jar';",
      "ADD JAR 'file:///opt/flink/usrlib/ok.jar';",
      "ADD JAR '/opt/flink/usrlib/ok.jar';",
      "CREATE TEMPORARY FUNCTION f1 AS 'com.example.F1' USING JAR 'lib/f1.jar';",
      "CREATE TEMPORARY FUNCTION f2 AS 'com.example.F2' USING JAR 's3://bucket/f2.jar';",
      // Each resource of a USING list is loaded: the second and third are relative too.
      "CREATE TEMPORARY FUNCTION f3 AS 'com.example.F3' USING JAR '/opt/f3.jar', JAR 'lib/f3-deps.jar', ARTIFACT 'lib/f3-more.jar';",
      readFileSync(sql, 'utf8'),
    ].join('\n'),
  );
  const found = loadAndValidate(dir, { envVars: {} }).diags.filter((d) => d.code === 'FO669');
  expect(found.map((d) => `${d.severity} ${formatLocation(d.range)} ${d.summary}`)).toEqual([
    'warning jobs/latest_ride_status.sql:1:9 "udfs/my-udfs.jar" is a relative jar path, which the SQL Gateway resolves in its own working directory',
    'warning jobs/latest_ride_status.sql:4:60 "lib/f1.jar" is a relative jar path, which the SQL Gateway resolves in its own working directory',
    'warning jobs/latest_ride_status.sql:6:79 "lib/f3-deps.jar" is a relative jar path, which the SQL Gateway resolves in its own working directory',
    'warning jobs/latest_ride_status.sql:6:107 "lib/f3-more.jar" is a relative jar path, which the SQL Gateway resolves in its own working directory',
  ]);
  // Each warning spans its quoted path alone, so an editor underlines the one to fix.
  expect(found.map((d) => [d.range?.start.line, d.range?.end.line, d.range?.end.column])).toEqual([
    [1, 1, 27],
    [4, 4, 72],
    [6, 6, 96],
    [6, 6, 124],
  ]);
  expect(found[0]!.detail).toContain('jar resource [udfs/my-udfs.jar] not found');
});
