/**
 * Tables a job's own script creates (CREATE TABLE, CREATE TABLE ... AS SELECT): the job's alone,
 * related to other jobs only through the Kafka topic they name, as repository tables are. Real
 * Flink 2.2.0 with Kafka 3.9.2: a producer writing topic T through its own CREATE TABLE (id, name)
 * and a consumer reading T through its own (id, name, extra): the consumer ran, RUNNING, and read
 * extra as NULL in all 100 records it wrote out. The graph, apply's order, FO288/FO289, FO730 and
 * FO731 drew nothing between the two jobs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencies } from '../src/apply/execute';
import { toSteps } from '../src/apply/steps';
import { compileProject } from '../src/compile';
import { diff } from '../src/plan';
import { LOCAL_PROJECT_22, localSim, cli as opsCli, QUICK } from './ops-cli';
import { liveState, stateDoc } from './plan-fixtures';
import { cli } from './support/cli';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PROJECT =
  'project: pipe\nflinkVersion: "2.2"\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n    sqlGatewayUrl: http://localhost:8083\n    variables: { BROKERS: "k:9092" }\n';

/** A CREATE TABLE of a Kafka topic (json) with `columns`, on brokers `servers`. */
const kafkaDdl = (name: string, topic: string, columns: string, servers = 'k:9092', as = '') =>
  `CREATE TABLE ${name} (${columns}) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${servers}', 'scan.startup.mode' = 'earliest-offset', 'format' = 'json')${as};\n`;

const GEN = "CREATE TABLE gen (id BIGINT, name STRING) WITH ('connector' = 'datagen');\n";
const OUT =
  "CREATE TABLE out_rows (id BIGINT, name STRING, extra STRING) WITH ('connector' = 'blackhole');\n";

const PRODUCE = `${GEN}${kafkaDdl('rides_out', 't', 'id BIGINT, name STRING')}INSERT INTO rides_out SELECT id, name FROM gen;\n`;
const CONSUME = `${kafkaDdl('rides_in', 't', 'id BIGINT, name STRING, extra STRING')}${OUT}INSERT INTO out_rows SELECT id, name, extra FROM rides_in;\n`;

function repo(files: Record<string, string | undefined>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-local-topics-'));
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

interface Diag {
  code: string;
  summary: string;
  range?: { file: string; start: { line: number; column: number } };
}

async function validated(dir: string): Promise<Diag[]> {
  const r = await cli(['validate', '--dir', dir, '--json']);
  return JSON.parse(r.stdout).diagnostics as Diag[];
}

describe('graph: the tables a job script creates', () => {
  it('draws them as local tables of their job, with the topic from the one written to the one read', async () => {
    const dir = repo({});
    const json = JSON.parse((await cli(['graph', '--dir', dir, '--json'])).stdout);
    expect(json.nodes).toContainEqual({
      id: 'local_table:produce.rides_out',
      kind: 'local_table',
      name: 'rides_out',
      job: 'produce',
    });
    expect(json.edges).toEqual(
      expect.arrayContaining([
        { from: 'job:produce', to: 'local_table:produce.gen', kind: 'reads' },
        { from: 'job:produce', to: 'local_table:produce.rides_out', kind: 'writes' },
        { from: 'job:consume', to: 'local_table:consume.rides_in', kind: 'reads' },
        {
          from: 'local_table:produce.rides_out',
          to: 'local_table:consume.rides_in',
          kind: 'topic',
          topic: 't',
        },
      ]),
    );
    const r = await cli(['graph', '--dir', dir]);
    expect(r.stdout).toContain('  local_table_produce_rides_out[("produce: rides_out")]:::local\n');
    expect(r.stdout).toContain(
      '  local_table_produce_rides_out -.->|"topic t"| local_table_consume_rides_in\n',
    );
    expect(r.stdout).toContain('  classDef local stroke-dasharray: 2 2\n');
  });

  it('shows the table a CREATE TABLE ... AS SELECT writes, and relates it to a repository table on its topic', async () => {
    const dir = repo({
      'jobs/produce.sql': `${GEN}${kafkaDdl('rides_out', 't', '', 'k:9092', ' AS SELECT id, name FROM gen').replace(' ()', '')}`,
      'jobs/consume.sql':
        "CREATE TABLE out_rows (id BIGINT) WITH ('connector' = 'blackhole');\nINSERT INTO out_rows SELECT id FROM rides;\n",
      'tables/rides.yaml':
        'kind: source\nconnector: kafka\ncolumns:\n  - { name: id, type: BIGINT }\nwith:\n  topic: t\n  properties.bootstrap.servers: "${env.BROKERS}"\n  format: json\n',
    });
    const json = JSON.parse((await cli(['graph', '--dir', dir, '--json'])).stdout);
    expect(json.edges).toEqual(
      expect.arrayContaining([
        { from: 'job:produce', to: 'local_table:produce.rides_out', kind: 'writes' },
        { from: 'local_table:produce.rides_out', to: 'table:rides', kind: 'topic', topic: 't' },
      ]),
    );
  });

  it('does not relate two jobs naming the same table, nor the same topic on other brokers', async () => {
    const dir = repo({
      'jobs/consume.sql': CONSUME.replace("'k:9092'", "'other:9092'"),
      'jobs/again.sql': PRODUCE,
    });
    const json = JSON.parse((await cli(['graph', '--dir', dir, '--json'])).stdout);
    expect(json.edges.filter((e: { kind: string }) => e.kind === 'topic')).toEqual([]);
    expect(json.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['local_table:again.rides_out', 'local_table:produce.rides_out']),
    );
  });
});

describe('validate: the topic a job script creates a table on', () => {
  it('warns at a column read that the producer does not write (FO288) or writes as another type (FO289)', async () => {
    const dir = repo({
      'jobs/consume.sql': CONSUME.replace('id BIGINT, name STRING, extra', 'id BIGINT, name INT, extra'),
    });
    const diags = await validated(dir);
    expect(diags.filter((d) => d.code === 'FO288' || d.code === 'FO289')).toMatchObject([
      {
        code: 'FO289',
        summary:
          'Table rides_in reads column name of Kafka topic t as INT, but rides_out (created and written by job produce) writes it as STRING',
        range: { file: 'jobs/consume.sql', start: { line: 1 } },
      },
      {
        code: 'FO288',
        summary:
          'Table rides_in reads column extra from Kafka topic t, which rides_out (created and written by job produce) does not write: it is NULL in every record',
        range: { file: 'jobs/consume.sql', start: { line: 1 } },
      },
    ]);
  });

  it('relates a job script table to a repository table on the topic, both ways', async () => {
    const dir = repo({
      'jobs/consume.sql':
        "CREATE TABLE out_rows (id BIGINT, extra STRING) WITH ('connector' = 'blackhole');\nINSERT INTO out_rows SELECT id, extra FROM rides;\n",
      'tables/rides.yaml':
        'kind: source\nconnector: kafka\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: extra, type: STRING }\nwith:\n  topic: t\n  properties.bootstrap.servers: "${env.BROKERS}"\n  format: json\n',
    });
    const diags = await validated(dir);
    expect(diags.filter((d) => d.code === 'FO288')).toMatchObject([
      {
        summary: expect.stringMatching(/^Table rides reads column extra from Kafka topic t, which rides_out/),
      },
    ]);
  });

  it('takes a CREATE TABLE ... AS SELECT as a writer of the columns its query names', async () => {
    const dir = repo({
      'jobs/produce.sql': `${GEN}${kafkaDdl('rides_out', 't', '', 'k:9092', ' AS SELECT id, name FROM gen').replace(' ()', '')}`,
    });
    expect((await validated(dir)).filter((d) => d.code === 'FO288' || d.code === 'FO289')).toMatchObject([
      {
        code: 'FO288',
        summary:
          'Table rides_in reads column extra from Kafka topic t, which rides_out (created and written by job produce) does not write: it is NULL in every record',
      },
    ]);
  });
});

describe('apply: a reader of a topic a job script creates a table on', () => {
  it('waits for the job writing it', () => {
    const dir = repo({ 'jobs/side.sql': CONSUME.replace("'t'", "'u'") });
    const compiled = compileProject(dir, { env: 'dev' });
    const desired = compiled.value!;
    expect(desired.jobs.find((j) => j.name === 'produce')?.localTables).toEqual([
      { name: 'gen', read: true },
      { name: 'rides_out', written: true, topics: ['k:9092\0t'] },
    ]);
    const plan = diff(desired, liveState([]), { doc: stateDoc({}), version: 1 }, { allowDelete: false });
    const deps = dependencies(toSteps(plan, desired, stateDoc({})), desired, stateDoc({}));
    expect([...deps.get('consume')!]).toEqual(['produce']);
    expect([...deps.get('produce')!]).toEqual([]);
    expect([...deps.get('side')!]).toEqual([]);
  });
});

describe('plan: topics of tables a job script creates', () => {
  const t = localSim(undefined, {
    flinkVersion: '2.2',
    files: {
      'flinkops.yaml': LOCAL_PROJECT_22,
      'jobs/produce.sql': PRODUCE,
      'jobs/consume.sql': CONSUME,
    },
  });

  it('warns of a topic split by --target (FO731) and of one left unwritten by a deletion (FO730)', async () => {
    const created = await opsCli(['apply', ...t.base, ...QUICK], t.dir, t.env);
    expect(created.code, created.stderr).toBe(0);
    for (const f of ['jobs/produce.sql', 'jobs/consume.sql']) {
      const p = join(t.dir, f);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/;\n$/, ' WHERE id <> 0;\n'));
    }
    const targeted = await opsCli(['plan', ...t.base, '--json', '--target', 'consume'], t.dir, t.env);
    expect(JSON.parse(targeted.stdout).diagnostics.filter((d: Diag) => d.code === 'FO731')).toMatchObject([
      {
        summary:
          '--target leaves out the upgrade of job produce, which writes Kafka topic t that consume reads',
        range: { file: 'jobs/consume.sql' },
      },
    ]);
    rmSync(join(t.dir, 'jobs/produce.sql'));
    const plan = await opsCli(['plan', ...t.base, '--allow-delete', '--json'], t.dir, t.env);
    expect(JSON.parse(plan.stdout).diagnostics.filter((d: Diag) => d.code === 'FO730')).toMatchObject([
      {
        summary:
          'Job produce is deleted, but job consume reads Kafka topic t (table rides_in), which no other job of the repository writes',
        range: { file: 'jobs/consume.sql' },
      },
    ]);
  });
});

describe('plan: a CREATE TABLE ... AS SELECT job deleted', () => {
  const t = localSim(undefined, {
    flinkVersion: '2.2',
    files: {
      'flinkops.yaml': LOCAL_PROJECT_22,
      'jobs/produce.sql': `${GEN}${kafkaDdl('rides_out', 't', '', 'k:9092', ' AS SELECT id, name FROM gen').replace(' ()', '')}`,
      'jobs/consume.sql': CONSUME,
    },
  });

  it('warns that the topic it wrote is left unwritten (FO730)', async () => {
    const created = await opsCli(['apply', ...t.base, ...QUICK], t.dir, t.env);
    expect(created.code, created.stderr).toBe(0);
    rmSync(join(t.dir, 'jobs/produce.sql'));
    const plan = await opsCli(['plan', ...t.base, '--allow-delete', '--json'], t.dir, t.env);
    expect(JSON.parse(plan.stdout).diagnostics.filter((d: Diag) => d.code === 'FO730')).toMatchObject([
      { summary: expect.stringMatching(/^Job produce is deleted, but job consume reads Kafka topic t /) },
    ]);
  });
});
