/**
 * SQL unit tests and preview on a real Flink: example-repo's tests pass as written, a changed
 * expectation fails with the row diff a user needs, preview shows rows from a real source (datagen,
 * and a Kafka topic on the run's broker), and nothing either started is left running on the cluster.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BLACKHOLE_SINK, EVENTS_SOURCE } from './fixtures';
import {
  exampleRepo,
  flinkops,
  kafka,
  makeRepo,
  type OverviewJob,
  type Repo,
  rest,
  unfinished,
} from './support';

const example = exampleRepo();
afterAll(() => example.cleanup());

describe('flinkops test on real Flink', () => {
  it("passes example-repo's tests: window, lookup join, upsert + changelog, statement set", async () => {
    const r = await flinkops(example, ['test', '--env', 'staging', '--json']);
    expect(r.code, r.out).toBe(0);
    const out = JSON.parse(r.stdout) as {
      passed: boolean;
      jobs: { job: string; status: string; cases: { name: string; status: string }[] }[];
    };
    expect(out.passed).toBe(true);
    expect(Object.fromEntries(out.jobs.map((j) => [j.job, j.status]))).toEqual({
      archive_and_alerts: 'passed',
      city_ride_stats: 'passed',
      enrich_rides: 'passed',
      latest_ride_status: 'passed',
    });
    expect(out.jobs.flatMap((j) => j.cases).length).toBe(5);
    expect(await unfinished(example, 'flinkops-test.')).toEqual([]);
    // Five cases run one after another, each a Flink job: minutes on a loaded machine.
  }, 600_000);

  it('fails a changed expectation with the changed row, the file:line of the case and of the row', async () => {
    const file = join(example.dir, 'jobs', 'city_ride_stats.test.yaml');
    const text = readFileSync(file, 'utf8');
    // The first expected row (city 1, 10:00–10:01) has 2 rides; expect 3.
    expect(text.match(/rides: 2,/g)?.length).toBe(1);
    writeFileSync(file, text.replace('rides: 2,', 'rides: 3,'));
    try {
      const r = await flinkops(example, ['test', 'city_ride_stats', '--env', 'staging']);
      expect(r.code, r.out).toBe(1);
      expect(r.stdout).toContain('✗ counts rides and revenue per city and minute');
      expect(r.stdout).toContain('jobs/city_ride_stats.test.yaml:4:5');
      expect(r.stdout).toMatch(
        /~ changed {4}city_id=1, window_start=2024-05-01 10:00:00, window_end=2024-05-01 10:01:00: rides expected 3, got 2 {2}\(jobs\/city_ride_stats\.test\.yaml:16:\d+\)/,
      );
      expect(r.stdout).toContain('0 of 1 case(s) passed');
    } finally {
      writeFileSync(file, text);
    }
    expect(await unfinished(example, 'flinkops-test.')).toEqual([]);
  });

  it('reports a missing and an unexpected row of a sink without a primary key', async () => {
    const file = join(example.dir, 'jobs', 'archive_and_alerts.test.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(
        '- { ride_id: r2, driver_id: 9, fare: 90.00',
        '- { ride_id: r1, driver_id: 7, fare: 12.00',
      ),
    );
    try {
      const r = await flinkops(example, ['test', 'archive_and_alerts', '--env', 'staging']);
      expect(r.code, r.out).toBe(1);
      expect(r.stdout).toMatch(
        /- missing {4}ride_id=r1, driver_id=7, fare=12\.00, reason=fare per km above 20 {2}\(jobs\/archive_and_alerts\.test\.yaml:\d+:\d+\)/,
      );
      expect(r.stdout).toContain(
        '+ unexpected ride_id=r2, driver_id=9, fare=90.00, reason=fare per km above 20',
      );
    } finally {
      writeFileSync(file, text);
    }
  });
});

describe('flinkops preview on real Flink', () => {
  const repo = makeRepo('preview', {
    'tables/events.yaml': EVENTS_SOURCE,
    'tables/sink.yaml': BLACKHOLE_SINK('  - { name: k, type: INT }\n  - { name: v, type: INT }'),
    'jobs/pass_through.sql': 'INSERT INTO sink SELECT k, v * 2 FROM events WHERE k >= 0;\n',
  });
  afterAll(() => repo.cleanup());

  it("shows the first rows of the job's SELECT from the real (datagen) source, then cancels it", async () => {
    const r = await flinkops(repo, [
      'preview',
      'pass_through',
      '--env',
      'local',
      '--limit',
      '5',
      '--timeout',
      '60s',
      '--json',
    ]);
    expect(r.code, r.out).toBe(0);
    const out = JSON.parse(r.stdout) as {
      sink: string;
      columns: string[];
      rows: unknown[][];
      timedOut: boolean;
    };
    expect(out.sink).toBe('sink');
    // The sink's names: Flink calls the query's `v * 2` EXPR$1.
    expect(out.columns).toEqual(['k', 'v']);
    expect(out.rows.length).toBe(5);
    expect(out.timedOut).toBe(false);
    for (const row of out.rows) {
      expect(row[0]).toBeGreaterThanOrEqual(0);
      expect(row[0]).toBeLessThanOrEqual(9);
    }
    expect(await unfinished(repo, 'flinkops-preview.')).toEqual([]);
    // Preview never submits the job itself.
    const { jobs } = await rest<{ jobs: OverviewJob[] }>(repo.cluster, '/jobs/overview');
    expect(jobs.filter((j) => j.name.includes(repo.project))).toEqual([]);
  });
});

describe('flinkops preview of a Kafka-fed job', () => {
  const broker = kafka();
  const rides = [
    { ride_id: 'r1', city_id: 1, fare: 12.5 },
    { ride_id: 'r2', city_id: 2, fare: 30 },
    { ride_id: 'r3', city_id: 1, fare: 7.25 },
    { ride_id: 'r4', city_id: 3, fare: 9 },
    { ride_id: 'r5', city_id: 1, fare: 41 },
  ];
  let repo: Repo | undefined;
  afterAll(() => repo?.cleanup());

  it("shows the rows the broker holds, through the job's filter and projection, then cancels", async () => {
    const topic = await broker.topic('preview-rides');
    expect(
      await broker.produce(
        topic,
        rides.map((r) => JSON.stringify(r)),
      ),
    ).toBe(5);
    repo = makeRepo('kpreview', {
      'tables/rides.yaml': [
        'kind: source',
        'connector: kafka',
        'columns:',
        '  - { name: ride_id, type: STRING }',
        '  - { name: city_id, type: INT }',
        '  - { name: fare, type: "DECIMAL(10, 2)" }',
        'with:',
        `  topic: ${topic}`,
        `  properties.bootstrap.servers: ${broker.brokers}`,
        // A production group: the preview reads in it, with its offset commits switched off.
        '  properties.group.id: kpreview-prod',
        '  scan.startup.mode: earliest-offset',
        '  format: json',
        '',
      ].join('\n'),
      'tables/doubled.yaml': BLACKHOLE_SINK(
        '  - { name: ride_id, type: STRING }\n  - { name: double_fare, type: "DECIMAL(11, 2)" }',
      ),
      'jobs/city_one.sql':
        'INSERT INTO doubled\nSELECT ride_id, fare * 2 AS double_fare\nFROM rides\nWHERE city_id = 1;\n',
    });
    const r = await flinkops(repo, [
      'preview',
      'city_one',
      '--env',
      'local',
      '--limit',
      '3',
      '--timeout',
      '90s',
      '--json',
    ]);
    expect(r.code, r.out).toBe(0);
    const out = JSON.parse(r.stdout) as {
      sink: string;
      columns: string[];
      rows: unknown[][];
      timedOut: boolean;
    };
    expect(out.sink).toBe('doubled');
    expect(out.columns).toEqual(['ride_id', 'double_fare']);
    expect(out.timedOut).toBe(false);
    expect(out.rows.map(([id, fare]) => [id, Number(fare)])).toEqual([
      ['r1', 25],
      ['r3', 14.5],
      ['r5', 82],
    ]);
    // Flink's answer: the preview's query was cancelled, and the job itself was never submitted.
    expect(await unfinished(repo, 'flinkops-preview.')).toEqual([]);
    const { jobs } = await rest<{ jobs: OverviewJob[] }>(repo.cluster, '/jobs/overview');
    expect(jobs.filter((j) => j.name.includes(repo!.project))).toEqual([]);
    // Preview reads; it never writes to the topic.
    expect(await broker.count(topic)).toBe(5);
  });
});
