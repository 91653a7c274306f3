/**
 * The Action's `test` input on a pull request, run as the runner runs dist/action.js, against the
 * real cluster and a fake GitHub: a wrong expectation in example-repo fails the check with the row
 * diff in the sticky comment and an annotation on the test file; fixed, the same comment turns
 * green. Nothing the tests started is left running on the cluster.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionDefaults, runBundle } from '../support/action-runner';
import { FakeGitHub } from '../support/fake-github';
import { exampleRepo, javaUdfJar, ROOT, unfinished } from './support';

describe("the Action's test input on a pull request, on real Flink", () => {
  // On the other cluster: the CLI scenarios run example-repo's tests (same job names) at the same time.
  const repo = exampleRepo('standard');
  const gh = new FakeGitHub();
  const work = mkdtempSync(join(tmpdir(), 'flinkops-e2e-ride-udfs-'));
  let api = '';
  beforeAll(async () => {
    api = await gh.start();
    // The pull request's plan asks the cluster's planner about the jobs it starts, which loads
    // their UDF jar: staging's is on S3, which this cluster cannot read (FO630, as a real cluster
    // without the S3 plugin says). Built here from example-repo's sources, as flink:udfs does.
    const src = join(ROOT, 'example-repo', 'udfs', 'src');
    const classes = ['FareBucket', 'MaskId'];
    const udf = javaUdfJar(
      repo.cluster,
      work,
      Object.fromEntries(
        classes.map((c) => [
          `com/example/rides/udf/${c}.java`,
          readFileSync(join(src, `com/example/rides/udf/${c}.java`), 'utf8'),
        ]),
      ),
      { fare_bucket: 'com.example.rides.udf.FareBucket', mask_id: 'com.example.rides.udf.MaskId' },
    );
    writeFileSync(join(repo.dir, 'udfs', 'ride_udfs.yaml'), udf);
  });
  afterAll(async () => {
    await gh.close();
    repo.cleanup();
    rmSync(work, { recursive: true, force: true });
  });
  const event = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/events/pull_request.opened.json'), 'utf8'));
  const runPr = async () =>
    runBundle({
      inputs: {
        ...actionDefaults(),
        'github-token': 'ghs_e2e0123456789',
        environment: 'staging',
        test: 'on',
        // Staging runs archive_and_alerts on weekdays 08:00–20:00 Amsterdam time only: within
        // those hours the plan starts it and asks the planner about its Parquet sink, which this
        // cluster lacks (FO630). The plan is made at a fixed Saturday noon, whatever the hour of the run.
        now: '2026-01-03T12:00:00Z',
      },
      env: {},
      eventName: 'pull_request',
      event,
      sha: 'e'.repeat(40),
      ref: 'refs/pull/42/merge',
      workspace: repo.dir,
      apiUrl: api,
    });

  it('fails the check on a wrong expectation: the diff in the sticky comment, an annotation on the file', async () => {
    const file = join(repo.dir, 'jobs', 'city_ride_stats.test.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('rides: 2,', 'rides: 3,'));
    gh.pullFiles.set(42, ['jobs/city_ride_stats.test.yaml']);
    const r = await runPr();
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs['tests-passed']).toBe('false');
    expect(r.stdout).toContain('testing city_ride_stats (affected: city_ride_stats)');
    const sticky = gh.commentsOn(42).filter((c) => c.body.startsWith('<!-- flinkops-test:'));
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain('❌');
    expect(sticky[0]!.body).toMatch(
      /~ changed {4}city_id=1, window_start=2024-05-01 10:00:00, window_end=2024-05-01 10:01:00: rides expected 3, got 2/,
    );
    expect(r.stdout).toMatch(
      /^::error title=flinkops test%3A city_ride_stats \/ counts rides and revenue per city and minute failed,file=jobs\/city_ride_stats\.test\.yaml,line=4,col=5::.*rides expected 3, got 2/m,
    );
    expect(await unfinished(repo, 'flinkops-test.')).toEqual([]);

    // The expectation fixed: the same comment turns green and the check passes.
    writeFileSync(file, text);
    const ok = await runPr();
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.outputs['tests-passed']).toBe('true');
    const after = gh.commentsOn(42).filter((c) => c.body.startsWith('<!-- flinkops-test:'));
    expect(after).toHaveLength(1);
    expect(after[0]!.body).not.toContain('❌');
    expect(await unfinished(repo, 'flinkops-test.')).toEqual([]);
  });
});
