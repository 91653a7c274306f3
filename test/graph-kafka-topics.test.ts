/**
 * A chain of jobs connected by Kafka topics: the producer writes its sink table, the consumers
 * read a source table on the same topic (a table is one or the other). `flinkops graph` drew the
 * two tables apart, as if nothing flowed from the producer to its consumers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { affectedJobs } from '../src/compile';
import { cli } from './support/cli';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const kafka = (kind: string, topic: string, servers = 'k:9092') =>
  `kind: ${kind}\nconnector: kafka\ncolumns:\n  - { name: id, type: BIGINT }\nwith:\n  topic: ${topic}\n  properties.bootstrap.servers: "${servers}"\n  scan.startup.mode: earliest-offset\n  format: json\n`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-graph-topics-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'jobs'));
  mkdirSync(join(dir, 'tables'));
  const all: Record<string, string> = {
    'flinkops.yaml':
      'project: pipe\nflinkVersion: "2.2"\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n    sqlGatewayUrl: http://localhost:8083\n',
    'tables/events.yaml': 'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n',
    'tables/clean_out.yaml': kafka('sink', 'clean'),
    'tables/clean.yaml': kafka('source', 'clean'),
    'tables/big.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n',
    'jobs/produce.sql': 'INSERT INTO clean_out SELECT id FROM events;\n',
    'jobs/consume.sql': 'INSERT INTO big SELECT id FROM clean;\n',
    ...files,
  };
  for (const [f, text] of Object.entries(all)) if (text !== undefined) writeFileSync(join(dir, f), text);
  return dir;
}

describe('graph: Kafka topics between tables', () => {
  it('draws the topic from the table written to the table read, and lists it with --json', async () => {
    const dir = repo({});
    const r = await cli(['graph', '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  table_clean_out -.->|"topic clean"| table_clean\n');
    const json = JSON.parse((await cli(['graph', '--dir', dir, '--json'])).stdout);
    expect(json.edges).toContainEqual({
      from: 'table:clean_out',
      to: 'table:clean',
      kind: 'topic',
      topic: 'clean',
    });
    // The consumer's script does not include the producer's table: a change to one is not the other's.
    expect(affectedJobs(json, ['table:clean'])).toEqual(['consume']);
    expect(affectedJobs(json, ['table:clean_out'])).toEqual(['produce']);
  });

  it('draws a topic-pattern reader from each table writing a topic it matches whole', async () => {
    const dir = repo({
      'tables/clean.yaml': kafka('source', 'unused').replace('topic: unused', "topic-pattern: 'clean|dirty'"),
      'tables/cleaner_out.yaml': kafka('sink', 'cleaner'),
      'jobs/produce2.sql': 'INSERT INTO cleaner_out SELECT id FROM events;\n',
    });
    const json = JSON.parse((await cli(['graph', '--dir', dir, '--json'])).stdout);
    const topics = json.edges.filter((e: { kind: string }) => e.kind === 'topic');
    expect(topics).toEqual([{ from: 'table:clean_out', to: 'table:clean', kind: 'topic', topic: 'clean' }]);
  });

  it('links a raw SQL table on the topic as a YAML one', async () => {
    const dir = repo({
      'tables/clean.yaml': undefined as unknown as string,
      'tables/clean.sql':
        "CREATE TABLE clean (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'clean', 'properties.bootstrap.servers' = 'k:9092', 'scan.startup.mode' = 'earliest-offset', 'format' = 'json');\n",
    });
    const r = await cli(['graph', '--dir', dir]);
    expect(r.stdout).toContain('  table_clean_out -.->|"topic clean"| table_clean\n');
  });

  it('does not link the same topic name on other brokers', async () => {
    const dir = repo({ 'tables/clean.yaml': kafka('source', 'clean', 'other:9092') });
    const r = await cli(['graph', '--dir', dir]);
    expect(r.stdout).not.toContain('topic clean');
  });
});
