/**
 * Java scalar UDFs built in the test (javac against the cluster's own jars, packed with jar),
 * referenced from udfs/, and called by a job writing CSV files: the files hold their results.
 * One is named date_add, as Hive's: Flink has no such built-in, so the script must create it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml } from './fixtures';
import { apply, cancelJobs, flinkops, javaUdfJar, makeRepo, runningJob, scratch, waitFor } from './support';

const UDF_SOURCE = `package e2e.udf;

import org.apache.flink.table.functions.ScalarFunction;

public class Twice extends ScalarFunction {
  public Integer eval(Integer x) {
    return x == null ? null : x * 2;
  }
}
`;

const DATE_ADD_SOURCE = `package e2e.udf;

import org.apache.flink.table.functions.ScalarFunction;

public class DateAdd extends ScalarFunction {
  public Integer eval(Integer day, Integer days) {
    return day == null || days == null ? null : day + days;
  }
}
`;

const work = scratch('udf');
const out = join(work, 'out');
const byTable = join(work, 'by-table');

const repo = makeRepo('udf', {
  'tables/numbers.yaml': `kind: source
connector: datagen
columns:
  - { name: v, type: INT }
with:
  rows-per-second: "5"
  fields.v.min: "0"
  fields.v.max: "1000"
`,
  'tables/doubled.yaml': `kind: sink
connector: filesystem
columns:
  - { name: v, type: INT }
  - { name: twice_v, type: INT }
with:
  path: ${pathToFileURL(out).href}
  format: csv
  sink.rolling-policy.rollover-interval: 1 s
  sink.rolling-policy.check-interval: 1 s
`,
  'jobs/double_it.sql': 'INSERT INTO doubled\nSELECT v, date_add(v, v) AS twice_v\nFROM numbers;\n',
  'jobs/double_it.yaml': jobYaml(['parallelism: 1']),
});
afterAll(async () => {
  // The job writes its CSV files into `work` until it is cancelled.
  await cancelJobs(repo);
  repo.cleanup();
  rmSync(work, { recursive: true, force: true });
}, 90_000);

/** Finished CSV part files (in-progress ones are hidden, dot-prefixed). */
function finishedRows(dir = out): string[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => !f.startsWith('.'));
  } catch {
    return [];
  }
  return files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== ''),
  );
}

describe('a Java UDF from udfs/', () => {
  it('builds the jar against the cluster distribution', () => {
    const udf = javaUdfJar(
      repo.cluster,
      work,
      { 'e2e/udf/Twice.java': UDF_SOURCE, 'e2e/udf/DateAdd.java': DATE_ADD_SOURCE },
      { twice: 'e2e.udf.Twice', date_add: 'e2e.udf.DateAdd' },
    );
    repo.write({ 'udfs/e2e_udfs.yaml': udf });
    expect(udf).toMatch(/^sha256: [0-9a-f]{64}$/m);
  });

  it('runs the job calling the date_add UDF, and the sink files hold its results', async () => {
    const valid = await flinkops(repo, ['validate', '--env', 'local']);
    expect(valid.code, valid.out).toBe(0);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    await runningJob(repo, 'double_it');
    const rows = await waitFor('CSV rows written by the job', async () => {
      const got = finishedRows();
      return got.length >= 3 ? got : undefined;
    });
    for (const row of rows) {
      const [v, twice] = row.split(',').map(Number);
      expect(twice, row).toBe(v! * 2);
    }
    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
  });

  it('runs a job reading a DDL table whose computed column calls the UDF: the script creates it before the table', async () => {
    repo.write({
      'tables/numbers_twice.sql': [
        'CREATE TABLE numbers_twice (',
        '  v INT,',
        '  tv AS twice(v)',
        ") WITH ('connector' = 'datagen', 'rows-per-second' = '5', 'fields.v.min' = '0', 'fields.v.max' = '1000');",
        '',
      ].join('\n'),
      'tables/doubled_by_table.yaml': `kind: sink
connector: filesystem
columns:
  - { name: v, type: INT }
  - { name: twice_v, type: INT }
with:
  path: ${pathToFileURL(byTable).href}
  format: csv
  sink.rolling-policy.rollover-interval: 1 s
  sink.rolling-policy.check-interval: 1 s
`,
      'jobs/table_twice.sql': 'INSERT INTO doubled_by_table\nSELECT v, tv FROM numbers_twice;\n',
      'jobs/table_twice.yaml': jobYaml(['parallelism: 1']),
    });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    await runningJob(repo, 'table_twice');
    const rows = await waitFor('CSV rows of the table-computed column', async () => {
      const got = finishedRows(byTable);
      return got.length >= 3 ? got : undefined;
    });
    for (const row of rows) {
      const [v, twice] = row.split(',').map(Number);
      expect(twice, row).toBe(v! * 2);
    }
  });
});
