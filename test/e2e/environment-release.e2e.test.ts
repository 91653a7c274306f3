/**
 * An environment on its own Flink release (`environments.<env>.flinkVersion`) while the project
 * declares another, as during an upgrade rolled out one environment at a time: the environment
 * `local` runs the clusters' release, the project (and environment `later`, never reached) the
 * other one. Plan and apply of `local` judge and compile by its own release: no FO649, SQL only
 * its release has (STARTSWITH, from 2.0) is taken where it runs 2.x, and Flink restores the
 * upgraded job from the savepoint flinkops took (`latest.restored.external_path`). A UDF named
 * url_decode (Flink's URL_DECODE came in 2.0) is the job's on 1.20 and Flink's own on 2.x: the
 * script compiled for the environment's release creates it or not, and the rows show whose ran.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './fixtures';
import {
  apply,
  cancelJobs,
  flinkAtLeast,
  flinkLine,
  flinkops,
  javaUdfJar,
  makeRepo,
  rest,
  restoredFrom,
  runningJob,
  scratch,
  waitFor,
} from './support';

const own = flinkLine();
const other = flinkAtLeast('2.0') ? '1.20' : '2.2';
/** A 2.x built-in where the environment runs 2.x (validate refuses it for a 1.x release). */
const where = flinkAtLeast('2.0') ? "WHERE STARTSWITH(CAST(id AS STRING), '1')" : 'WHERE id > 0';
const job = (extra: string) => `INSERT INTO sink_rows\nSELECT id, v\nFROM events\n${where}${extra};\n`;

describe('an environment on its own Flink release', () => {
  const repo = makeRepo(
    'envrelease',
    {
      'tables/events.yaml': SLOW_EVENTS,
      'tables/sink_rows.yaml': ROWS_BLACKHOLE,
      'jobs/rows.sql': job(''),
      'jobs/rows.yaml': jobYaml(['parallelism: 1']),
    },
    { env: [`flinkVersion: "${own}"`] },
  );
  // The project's release is the other one; `later` is an environment on it (never planned here).
  repo.write({
    'flinkops.yaml': `${readYaml(repo).replace(/^flinkVersion: "[^"]+"/m, `flinkVersion: "${other}"`)}  later:\n    jobmanagerUrl: http://127.0.0.1:9\n    sqlGatewayUrl: http://127.0.0.1:9\n`,
  });
  afterAll(async () => {
    await cancelJobs(repo);
    repo.cleanup();
  });

  it("plans by the environment's own release: no FO649 against its cluster", async () => {
    const cfg = await rest<{ 'flink-version': string }>(repo.cluster, '/config');
    expect(cfg['flink-version'].startsWith(`${own}.`)).toBe(true);
    const plan = await flinkops(repo, ['plan', '--env', 'local']);
    expect(plan.code, plan.out).toBe(0);
    expect(plan.out).toContain('+ rows will be created');
    expect(plan.out).not.toContain('FO649');
    // Without its own flinkVersion the environment is judged by the project's release: 1.20 has
    // no STARTSWITH (validate refuses the job); a 1.20 cluster under a 2.2 project gets FO649.
    const yaml = readYaml(repo);
    repo.write({ 'flinkops.yaml': yaml.replace(`    flinkVersion: "${own}"\n`, '') });
    try {
      const wrong = await flinkops(repo, ['plan', '--env', 'local']);
      if (flinkAtLeast('2.0')) {
        expect(wrong.code).toBe(1);
        expect(wrong.out).toContain(
          'error FO225: Job rows calls "STARTSWITH", a Flink built-in only from Flink 2.0',
        );
      } else expect(wrong.out).toContain(`FO649: flinkops.yaml declares flinkVersion ${other}`);
    } finally {
      repo.write({ 'flinkops.yaml': yaml });
    }
  });

  it('applies, and an upgrade restores from the savepoint it took', async () => {
    const created = await apply(repo);
    expect(created.code, created.out).toBe(0);
    const first = await runningJob(repo, 'rows');
    repo.write({ 'jobs/rows.sql': job(' AND v IS NOT NULL') });
    const upgraded = await apply(repo);
    expect(upgraded.code, upgraded.out).toBe(0);
    const second = await runningJob(repo, 'rows');
    expect(second.jid).not.toBe(first.jid);
    const record = repo.state().jobs.rows!;
    const taken = record.savepoints.find((s) => s.jobId === first.jid && s.kind === 'upgrade');
    expect(taken, JSON.stringify(record.savepoints)).toBeDefined();
    expect(await restoredFrom(repo.cluster, second.jid)).toBe(taken!.path);
    // The store records the release the job runs on: the environment's own.
    expect((record.current as { flinkVersion?: string } | undefined)?.flinkVersion).toBe(own);
  });
});

const URL_DECODE_SOURCE = `package e2e.udf;

import org.apache.flink.table.functions.ScalarFunction;

public class Tagged extends ScalarFunction {
  public String eval(String s) {
    return s == null ? null : "udf:" + s;
  }
}
`;

describe("a UDF named like a later release's built-in, compiled by the environment's own release", () => {
  const work = scratch('envrelease-udf');
  const out = join(work, 'out');
  const repo = makeRepo(
    'envreleaseudf',
    {
      'tables/numbers.yaml': `kind: source\nconnector: datagen\ncolumns:\n  - { name: v, type: INT }\nwith:\n  rows-per-second: "5"\n  fields.v.min: "0"\n  fields.v.max: "9"\n`,
      'tables/decoded.yaml': `kind: sink\nconnector: filesystem\ncolumns:\n  - { name: v, type: INT }\n  - { name: d, type: STRING }\nwith:\n  path: ${pathToFileURL(out).href}\n  format: csv\n  sink.rolling-policy.rollover-interval: 1 s\n  sink.rolling-policy.check-interval: 1 s\n`,
      'jobs/decode.sql':
        "INSERT INTO decoded\nSELECT v, url_decode(CONCAT('a%20', CAST(v AS STRING))) AS d\nFROM numbers;\n",
      'jobs/decode.yaml': jobYaml(['parallelism: 1']),
    },
    { env: [`flinkVersion: "${own}"`] },
  );
  repo.write({
    'flinkops.yaml': readYaml(repo).replace(/^flinkVersion: "[^"]+"/m, `flinkVersion: "${other}"`),
    'udfs/team.yaml': javaUdfJar(
      repo.cluster,
      work,
      { 'e2e/udf/Tagged.java': URL_DECODE_SOURCE },
      {
        url_decode: 'e2e.udf.Tagged',
      },
    ),
  });
  afterAll(async () => {
    await cancelJobs(repo);
    repo.cleanup();
    rmSync(work, { recursive: true, force: true });
  }, 90_000);

  it('creates the UDF only where the release has no URL_DECODE, and the sink holds whose function ran', async () => {
    const compiled = await flinkops(repo, ['compile', '--env', 'local']);
    expect(compiled.code, compiled.out).toBe(0);
    if (flinkAtLeast('2.0')) expect(compiled.stdout).not.toMatch(/FUNCTION `?url_decode`?/);
    else expect(compiled.stdout).toMatch(/CREATE TEMPORARY (SYSTEM )?FUNCTION `?url_decode`?/);
    const applied = await apply(repo);
    expect(applied.code, applied.out).toBe(0);
    await runningJob(repo, 'decode');
    const rows = await waitFor(
      'finished CSV rows',
      async () => {
        let files: string[];
        try {
          files = readdirSync(out).filter((f) => !f.startsWith('.'));
        } catch {
          return undefined;
        }
        const lines = files.flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n').filter(Boolean));
        return lines.length > 0 ? lines : undefined;
      },
      120_000,
    );
    for (const row of rows) expect(row).toMatch(flinkAtLeast('2.0') ? /^\d,"a \d"$/ : /^\d,"udf:a%20\d"$/);
  });
});

function readYaml(repo: { dir: string }): string {
  return readFileSync(join(repo.dir, 'flinkops.yaml'), 'utf8');
}
