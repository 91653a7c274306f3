/**
 * Views a job's own script creates (CREATE [TEMPORARY] VIEW): nodes of the graph between the job
 * and what they read, as repository views are. Real Flink 2.2.0 with Kafka 3.9.2: a producer
 * writing topic T through its own table (id, name), one consumer reading T through its own
 * temporary view over its own table (id, name, extra), another through a temporary view over a
 * repository table on T: both RUNNING, both wrote 150 records with extra NULL in every one. FO288
 * and apply's order (the consumers submitted once the producer was applied) already followed the
 * read through the view; the graph drew the job reading the table directly, and no view.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencies } from '../src/apply/execute';
import { toSteps } from '../src/apply/steps';
import { affectedJobs, compileProject } from '../src/compile';
import { diff } from '../src/plan';
import { liveState, stateDoc } from './plan-fixtures';
import { cli } from './support/cli';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PROJECT =
  'project: pipe\nflinkVersion: "2.2"\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n    sqlGatewayUrl: http://localhost:8083\n    variables: { BROKERS: "k:9092" }\n';

const kafkaDdl = (name: string, topic: string, columns: string) =>
  `CREATE TABLE ${name} (${columns}) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = 'k:9092', 'scan.startup.mode' = 'earliest-offset', 'format' = 'json');\n`;

const PRODUCE = `CREATE TABLE gen (id BIGINT, name STRING) WITH ('connector' = 'datagen');\n${kafkaDdl('rides_out', 't', 'id BIGINT, name STRING')}INSERT INTO rides_out SELECT id, name FROM gen;\n`;
const OUT =
  "CREATE TABLE out_rows (id BIGINT, name STRING, extra STRING) WITH ('connector' = 'blackhole');\n";
/** Reads topic t through its own view `recent` over its own table. */
const CONSUME = `${kafkaDdl('rides_in', 't', 'id BIGINT, name STRING, extra STRING')}CREATE TEMPORARY VIEW recent AS SELECT id, name, extra FROM rides_in WHERE id > 0;\n${OUT}INSERT INTO out_rows SELECT id, name, extra FROM recent;\n`;
const RIDES =
  'kind: source\nconnector: kafka\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: name, type: STRING }\n  - { name: extra, type: STRING }\nwith:\n  topic: t\n  properties.bootstrap.servers: "${env.BROKERS}"\n  format: json\n';
/** Reads topic t through its own view over the repository table rides. */
const CONSUME_REPO = `CREATE TEMPORARY VIEW recent AS SELECT id, name, extra FROM rides WHERE id > 0;\n${OUT}INSERT INTO out_rows SELECT id, name, extra FROM recent;\n`;

function repo(files: Record<string, string | undefined>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-local-views-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'jobs'));
  mkdirSync(join(dir, 'tables'));
  const all: Record<string, string | undefined> = {
    'flinkops.yaml': PROJECT,
    'jobs/produce.sql': PRODUCE,
    'jobs/consume.sql': CONSUME,
    ...files,
  };
  for (const [f, text] of Object.entries(all)) if (text !== undefined) writeFileSync(join(dir, f), text);
  return dir;
}

interface Edge {
  from: string;
  to: string;
  kind: string;
  topic?: string;
}

async function graphJson(dir: string): Promise<{ nodes: unknown[]; edges: Edge[] }> {
  const r = await cli(['graph', '--dir', dir, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** The edges of `graph` that touch `id`. */
const touching = (edges: Edge[], id: string) => edges.filter((e) => e.from === id || e.to === id);

describe('graph: the views a job script creates', () => {
  it('draws a view over the job’s own Kafka table between the table and the job', async () => {
    const json = await graphJson(repo({}));
    expect(json.nodes).toContainEqual({
      id: 'local_view:consume.recent',
      kind: 'local_view',
      name: 'recent',
      job: 'consume',
    });
    expect(touching(json.edges, 'job:consume')).toEqual([
      { from: 'job:consume', to: 'local_table:consume.out_rows', kind: 'writes' },
      { from: 'job:consume', to: 'local_view:consume.recent', kind: 'reads' },
    ]);
    expect(touching(json.edges, 'local_table:consume.rides_in')).toEqual([
      {
        from: 'local_table:produce.rides_out',
        to: 'local_table:consume.rides_in',
        kind: 'topic',
        topic: 't',
      },
      { from: 'local_view:consume.recent', to: 'local_table:consume.rides_in', kind: 'reads' },
    ]);
    const r = await cli(['graph', '--dir', repo({})]);
    expect(r.stdout).toContain('  local_view_consume_recent[/"consume: recent"/]:::local\n');
    expect(r.stdout).toContain('  local_table_consume_rides_in --> local_view_consume_recent\n');
    expect(r.stdout).toContain('  local_view_consume_recent --> job_consume\n');
    expect(r.stdout).not.toContain('  local_table_consume_rides_in --> job_consume\n');
  });

  it('draws a view over a repository table, through which a change to the table reaches the job', async () => {
    const dir = repo({ 'jobs/consume.sql': CONSUME_REPO, 'tables/rides.yaml': RIDES });
    const json = await graphJson(dir);
    expect(touching(json.edges, 'table:rides')).toEqual([
      { from: 'local_table:produce.rides_out', to: 'table:rides', kind: 'topic', topic: 't' },
      { from: 'local_view:consume.recent', to: 'table:rides', kind: 'reads' },
    ]);
    expect(json.edges).not.toContainEqual({ from: 'job:consume', to: 'table:rides', kind: 'reads' });
    const graph = compileProject(dir, { env: 'dev' }).value!.graph;
    expect(affectedJobs(graph, ['table:rides'])).toEqual(['consume']);
  });

  it('chains a view over a view, and keeps what the job reads outside its views', async () => {
    const dir = repo({
      'tables/rides.yaml': RIDES,
      'jobs/consume.sql': `${kafkaDdl('rides_in', 't', 'id BIGINT, name STRING, extra STRING')}CREATE TEMPORARY VIEW a AS SELECT id, name, extra FROM rides_in;\nCREATE VIEW b AS SELECT * FROM a UNION ALL SELECT * FROM rides;\n${OUT}INSERT INTO out_rows SELECT * FROM b UNION ALL SELECT * FROM rides;\n`,
    });
    const json = await graphJson(dir);
    expect(json.edges.filter((e) => e.kind === 'reads' && /consume/.test(e.from))).toEqual([
      { from: 'job:consume', to: 'local_view:consume.b', kind: 'reads' },
      { from: 'job:consume', to: 'table:rides', kind: 'reads' },
      { from: 'local_view:consume.a', to: 'local_table:consume.rides_in', kind: 'reads' },
      { from: 'local_view:consume.b', to: 'local_view:consume.a', kind: 'reads' },
      { from: 'local_view:consume.b', to: 'table:rides', kind: 'reads' },
    ]);
  });

  it('gives two jobs’ views of one name a node each', async () => {
    const json = await graphJson(repo({ 'jobs/again.sql': CONSUME }));
    expect(json.nodes.map((n) => (n as { id: string }).id)).toEqual(
      expect.arrayContaining(['local_view:again.recent', 'local_view:consume.recent']),
    );
  });
});

describe('topic checks and apply order through a job script view', () => {
  it('warns at the column read through the view (FO288) and applies the reader after the writer', async () => {
    for (const files of [{}, { 'jobs/consume.sql': CONSUME_REPO, 'tables/rides.yaml': RIDES }]) {
      const dir = repo(files);
      const r = await cli(['validate', '--dir', dir, '--json']);
      const fo288 = JSON.parse(r.stdout).diagnostics.filter((d: { code: string }) => d.code === 'FO288');
      expect(fo288).toMatchObject([
        { summary: expect.stringMatching(/reads column extra from Kafka topic t, which rides_out/) },
      ]);
      const desired = compileProject(dir, { env: 'dev' }).value!;
      const plan = diff(desired, liveState([]), { doc: stateDoc({}), version: 1 }, { allowDelete: false });
      const deps = dependencies(toSteps(plan, desired, stateDoc({})), desired, stateDoc({}));
      expect([...deps.get('consume')!]).toEqual(['produce']);
    }
  });
});
