/**
 * A connector or option one or two letters from a known one (`kafak`, `formt`) passes Flink's
 * parser and fails only when the job is planned on a cluster: validate warns at the key.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-connector-typos-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const kafkaSink = (connector: string, withLines: string[]) =>
  [
    'kind: sink',
    `connector: ${connector}`,
    'columns:',
    '  - { name: customer_id, type: BIGINT }',
    '  - { name: total, type: "DECIMAL(10, 2)" }',
    'with:',
    ...withLines.map((l) => `  ${l}`),
    '',
  ].join('\n');

describe('connector and option typos', () => {
  it('warns at a misspelt option of a YAML table, of a raw DDL table and of an environment override', async () => {
    writeFileSync(
      join(repo, 'tables/order_totals.yaml'),
      kafkaSink('kafka', ['topik: totals', 'properties.bootstrap.servers: k:9092', 'formt: json']),
    );
    writeFileSync(
      join(repo, 'tables/customers.sql'),
      "CREATE TABLE customers (\n  customer_id BIGINT\n) WITH (\n  'connector' = 'jdbc',\n  'url' = 'jdbc:postgresql://db/shop',\n  'table-nme' = 'customers'\n);\n",
    );
    rmSync(join(repo, 'tables/customers.yaml'));
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n    sqlGatewayUrl: http://localhost:8083\n    tables: { order_totals: { with: { properties.bootstrp.servers: "k2:9092" } } }\n',
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:7:3: warning FO270: Unknown option "topik" of connector kafka: did you mean "topic"?',
    );
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:9:3: warning FO270: Unknown option "formt" of connector kafka: did you mean "format"?',
    );
    expect(r.stderr).toContain(
      'tables/customers.sql:6:3: warning FO270: Unknown option "table-nme" of connector jdbc: did you mean "table-name"?',
    );
    expect(r.stderr).toContain(
      'flinkops.yaml:7:39: warning FO270: Unknown option "properties.bootstrp.servers" of connector kafka: did you mean "properties.bootstrap.servers"?',
    );
    expect(r.stderr).toContain('Flink hands properties.* keys to the Kafka client unchecked');
    expect(r.stdout).toContain('(0 errors, 4 warnings)');
  });

  it('warns at a misspelt connector name, YAML or DDL', async () => {
    writeFileSync(join(repo, 'tables/order_totals.yaml'), kafkaSink('kafak', ['topic: totals']));
    writeFileSync(
      join(repo, 'tables/customers.sql'),
      "CREATE TABLE customers (customer_id BIGINT) WITH ('connector' = 'prnt');\n",
    );
    rmSync(join(repo, 'tables/customers.yaml'));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:2:12: warning FO270: Unknown connector "kafak": did you mean "kafka"?',
    );
    expect(r.stderr).toContain(
      'tables/customers.sql:1:65: warning FO270: Unknown connector "prnt": did you mean "print"?',
    );
  });

  it('leaves alone what it does not know: other connectors, Kafka client properties, format and field options', async () => {
    writeFileSync(
      join(repo, 'tables/order_totals.yaml'),
      kafkaSink('kafka', [
        'topic: totals',
        'properties.bootstrap.servers: k:9092',
        'properties.client.id: shop',
        'properties.security.protocol: SASL_SSL',
        'value.format: json',
        'value.json.ignore-parse-errors: "true"',
        'key.format: json',
        'key.fields: customer_id',
        'sink.parallelism: "2"',
      ]),
    );
    writeFileSync(
      join(repo, 'tables/orders.yaml'),
      'kind: source\nconnector: datagen\ncolumns:\n  - { name: order_id, type: BIGINT }\n  - { name: customer_id, type: BIGINT }\n  - { name: amount, type: "DECIMAL(10, 2)" }\n  - { name: ts, type: TIMESTAMP(3) }\nwith:\n  fields.order_id.kind: sequence\n  fields.order_id.start: "1"\n  fields.order_id.end: "1000"\n  rows-per-second: "5"\n',
    );
    writeFileSync(join(repo, 'tables/customers.yaml'), kafkaSink('my-kafka', ['topik: x']));
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('FO270');
  });
});
