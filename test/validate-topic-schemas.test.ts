/**
 * A Kafka topic written through one table and read through another (a table is a sink or a
 * source): the two tables are the topic's only schema. Real Flink 2.2 with Kafka 3.9: a producer
 * that stopped writing user_id left its consumers reading NULL for it, and the one grouping by it
 * failed on its NOT NULL sink key. Validate warns at the reading table's column (FO288), and at its
 * type when the writer writes another (FO289).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-topic-schemas-')), 'repo');
  mkdirSync(join(repo, 'jobs'), { recursive: true });
  mkdirSync(join(repo, 'tables'), { recursive: true });
  write(
    'flinkops.yaml',
    [
      'project: pipe',
      'flinkVersion: "2.2"',
      'environments:',
      '  dev:',
      '    jobmanagerUrl: http://localhost:8081',
      '    sqlGatewayUrl: http://localhost:8083',
      '    variables: { BROKERS: "k1:9092,k2:9092" }',
      '  prod:',
      '    jobmanagerUrl: http://localhost:8081',
      '    sqlGatewayUrl: http://localhost:8083',
      '    variables: { BROKERS: "p:9092" }',
      '    tables: { clean: { with: { topic: clean-v2 } } }',
      '',
    ].join('\n'),
  );
  write(
    'tables/events.yaml',
    'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: user_id, type: INT }\n  - { name: amount, type: "DECIMAL(10, 2)" }\n',
  );
  write(
    'tables/stats.yaml',
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: user_id, type: INT }\n  - { name: n, type: BIGINT }\n',
  );
  write('jobs/produce.sql', 'INSERT INTO clean_out SELECT id, user_id, amount FROM events;\n');
  write('jobs/consume.sql', 'INSERT INTO stats SELECT user_id, COUNT(*) FROM clean GROUP BY user_id;\n');
});
afterEach(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

function write(file: string, text: string): void {
  writeFileSync(join(repo, file), text);
}

const kafka = (kind: string, columns: string[], topic = 'clean', servers = '${env.BROKERS}') =>
  [
    `kind: ${kind}`,
    'connector: kafka',
    'columns:',
    ...columns.map((c) => `  - ${c}`),
    'with:',
    `  topic: ${topic}`,
    `  properties.bootstrap.servers: "${servers}"`,
    '  scan.startup.mode: earliest-offset',
    '  format: json',
    '',
  ].join('\n');

const ID = '{ name: id, type: BIGINT }';
const USER = '{ name: user_id, type: INT }';
const AMOUNT = '{ name: amount, type: "DECIMAL(10, 2)" }';

describe('FO288 / FO289: a topic read as other columns than its producer writes', () => {
  it('says nothing when both tables of the topic agree (spaces and case of types aside)', async () => {
    write('tables/clean_out.yaml', kafka('sink', [ID, USER, AMOUNT]));
    write(
      'tables/clean.yaml',
      kafka('source', [
        '{ name: id, type: bigint }',
        '{ name: user_id, type: INTEGER }',
        '{ name: amount, type: "DECIMAL(10,2)" }',
      ]),
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('warns at the reading column the producer no longer writes', async () => {
    write('tables/clean_out.yaml', kafka('sink', [ID, AMOUNT]));
    write('tables/clean.yaml', kafka('source', [ID, USER, AMOUNT]));
    write('jobs/produce.sql', 'INSERT INTO clean_out SELECT id, amount FROM events;\n');
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'tables/clean.yaml:5:13: warning FO288: Table clean reads column user_id from Kafka topic clean, which clean_out (written by job produce) does not write: it is NULL in every record (environment dev)\n',
    );
    expect(r.stderr).toContain(
      'produce writes the fields of clean_out (id, amount). Job consume reading clean get NULL',
    );
    // prod reads another topic (its override): nothing is said of it there.
    expect(r.stderr.match(/FO288/g)).toHaveLength(1);
  });

  it('warns at the reading column whose type the producer changed', async () => {
    write('tables/clean_out.yaml', kafka('sink', [ID, '{ name: user_id, type: STRING }', AMOUNT]));
    write('tables/clean.yaml', kafka('source', [ID, USER, AMOUNT]));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(
      'tables/clean.yaml:5:28: warning FO289: Table clean reads column user_id of Kafka topic clean as INT, but clean_out (written by job produce) writes it as STRING (environment dev)',
    );
  });

  it('leaves alone tables on another topic, other brokers, or another format', async () => {
    write('tables/clean_out.yaml', kafka('sink', [ID, AMOUNT], 'clean', 'other:9092'));
    write('tables/clean.yaml', kafka('source', [ID, USER, AMOUNT]));
    expect((await cli(['validate', '--dir', repo])).stderr).toBe('');
    write('tables/clean_out.yaml', kafka('sink', [ID, AMOUNT], 'cleaned'));
    expect((await cli(['validate', '--dir', repo])).stderr).toBe('');
    write('tables/clean_out.yaml', kafka('sink', [ID, AMOUNT]).replace('format: json', 'format: csv'));
    expect((await cli(['validate', '--dir', repo])).stderr).toBe('');
  });

  it('reads a raw SQL table the same way, brokers in another order', async () => {
    write('tables/clean_out.yaml', kafka('sink', [ID, AMOUNT], 'clean', 'k2:9092, k1:9092'));
    write(
      'tables/clean.sql',
      "CREATE TABLE clean (\n  id BIGINT,\n  user_id INT,\n  amount DECIMAL(10, 2)\n) WITH (\n  'connector' = 'kafka',\n  'topic' = 'clean',\n  'properties.bootstrap.servers' = 'k1:9092,k2:9092',\n  'scan.startup.mode' = 'earliest-offset',\n  'format' = 'json'\n);\n",
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain('tables/clean.sql:3:3: warning FO288: Table clean reads column user_id');
  });
});

describe('FO288 / FO289 through a topic-pattern, and the record key', () => {
  const table = (kind: string, columns: string[], options: string[]) =>
    [
      `kind: ${kind}`,
      'connector: kafka',
      'columns:',
      ...columns.map((c) => `  - ${c}`),
      'with:',
      '  properties.bootstrap.servers: "${env.BROKERS}"',
      '  scan.startup.mode: earliest-offset',
      ...options.map((o) => `  ${o}`),
      '',
    ].join('\n');

  it('compares a topic-pattern reader with each topic written that the pattern matches whole', async () => {
    write('tables/clean_out.yaml', table('sink', [ID, AMOUNT], ['topic: clean-eu', 'format: json']));
    write(
      'tables/clean.yaml',
      table('source', [ID, USER, AMOUNT], ["topic-pattern: 'clean-(eu|us)'", 'format: json']),
    );
    write('jobs/produce.sql', 'INSERT INTO clean_out SELECT id, amount FROM events;\n');
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(
      'tables/clean.yaml:5:13: warning FO288: Table clean reads column user_id from Kafka topic clean-eu, which clean_out (written by job produce) does not write: it is NULL in every record (environment dev)\n',
    );
    write(
      'tables/clean.yaml',
      table('source', [ID, USER, AMOUNT], ["topic-pattern: 'clean'", 'format: json']),
    );
    expect((await cli(['validate', '--dir', repo])).stderr).toBe('');
  });

  it('reads key columns from the record key (key.fields-prefix taken off), not from the value', async () => {
    write(
      'tables/clean_out.yaml',
      table(
        'sink',
        ['{ name: k_id, type: BIGINT }', USER, AMOUNT],
        [
          'topic: clean',
          'key.format: json',
          'key.fields: k_id',
          'key.fields-prefix: k_',
          'value.format: json',
          'value.fields-include: EXCEPT_KEY',
        ],
      ),
    );
    write('jobs/produce.sql', 'INSERT INTO clean_out SELECT id, user_id, amount FROM events;\n');
    const keyed = [
      'topic: clean',
      'key.format: json',
      'key.fields: id',
      'value.format: json',
      'value.fields-include: EXCEPT_KEY',
    ];
    write('tables/clean.yaml', table('source', [ID, USER, AMOUNT], keyed));
    expect((await cli(['validate', '--dir', repo])).stderr).toBe('');

    // Read from the value, where the producer does not write it.
    write('tables/clean.yaml', table('source', [ID, USER, AMOUNT], ['topic: clean', 'format: json']));
    let r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(
      'tables/clean.yaml:4:13: warning FO288: Table clean reads column id from Kafka topic clean, which clean_out (written by job produce) does not write in the value: it is NULL in every record',
    );
    expect(r.stderr).toContain("and id in the record's key only (value.fields-include: EXCEPT_KEY)");

    // Read from the key as another type.
    write('tables/clean.yaml', table('source', ['{ name: id, type: STRING }', USER, AMOUNT], keyed));
    r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(
      'tables/clean.yaml:4:23: warning FO289: Table clean reads column id of the key of Kafka topic clean as STRING, but clean_out (written by job produce) writes it as BIGINT',
    );
  });

  it('warns when a column is read from the key the producer does not write', async () => {
    write('tables/clean_out.yaml', table('sink', [ID, USER, AMOUNT], ['topic: clean', 'format: json']));
    write(
      'tables/clean.yaml',
      table(
        'source',
        [ID, USER, AMOUNT],
        [
          'topic: clean',
          'key.format: json',
          'key.fields: id',
          'value.format: json',
          'value.fields-include: EXCEPT_KEY',
        ],
      ),
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(
      'tables/clean.yaml:4:13: warning FO288: Table clean reads column id from the key of Kafka topic clean (field id), which clean_out (written by job produce) does not write there: it is NULL in every record',
    );
    expect(r.stderr).toContain('writes no key');
  });
});
