/**
 * schemas/graph.schema.json holds `flinkops graph --json`: the example repository's graph, and a
 * repository's with every node kind and every edge kind, pass it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const schema = JSON.parse(readFileSync(new URL('../schemas/graph.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const errors = () => JSON.stringify(validate.errors, null, 2);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const FILES: Record<string, string> = {
  'flinkops.yaml':
    'project: every\nflinkVersion: "2.2"\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n    sqlGatewayUrl: http://localhost:8083\n',
  'tables/orders.yaml':
    'kind: source\ndescription: Orders as they come\nconnector: kafka\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: geo, type: STRING }\nwith:\n  topic: orders\n  scan.startup.mode: earliest-offset\n  properties.bootstrap.servers: "k:9092"\n  format: json\n',
  'tables/big_orders.sql': 'CREATE VIEW big_orders AS SELECT id, geo FROM orders WHERE id > 100;\n',
  'tables/sink_out.sql': "CREATE TABLE sink_out (id BIGINT, geo STRING) WITH ('connector' = 'blackhole');\n",
  'udfs/geo.yaml':
    'jar: file:///opt/geo.jar\nsha256: "0000000000000000000000000000000000000000000000000000000000000000"\nfunctions:\n  - { name: geo_cell, class: com.example.GeoCell }\n',
  'jobs/produce.sql':
    "CREATE TABLE gen (id BIGINT, geo STRING) WITH ('connector' = 'datagen');\nCREATE TABLE orders_out (id BIGINT, geo STRING) WITH ('connector' = 'kafka', 'topic' = 'orders', 'properties.bootstrap.servers' = 'k:9092', 'format' = 'json');\nINSERT INTO orders_out SELECT id, geo FROM gen;\n",
  'jobs/produce.yaml': 'description: Writes orders\n',
  'jobs/consume.sql':
    "CREATE CATALOG pg WITH ('type' = 'jdbc', 'base-url' = 'jdbc:postgresql://db:5432', 'default-database' = 'db', 'username' = 'u', 'password' = '${secret.PG_PASSWORD}');\nCREATE TEMPORARY VIEW cells AS SELECT id, geo_cell(geo) AS geo FROM big_orders;\nCREATE TABLE copy_out WITH ('connector' = 'blackhole') LIKE sink_out;\nINSERT INTO copy_out SELECT c.id, c.geo FROM cells AS c JOIN pg.db.regions AS r ON c.geo = r.geo;\n",
};

describe('schemas/graph.schema.json', () => {
  it('holds the graph of example-repo', async () => {
    const r = await cli(['graph', '--dir', 'example-repo', '--env', 'staging', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(validate(JSON.parse(r.stdout)), errors()).toBe(true);
  });

  it('holds a graph with every node kind and every edge kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-graph-schema-'));
    dirs.push(dir);
    for (const [f, text] of Object.entries(FILES)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    const r = await cli(['graph', '--dir', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const graph = JSON.parse(r.stdout) as { nodes: { kind: string }[]; edges: { kind: string }[] };
    const kinds = (xs: { kind: string }[]) => [...new Set(xs.map((x) => x.kind))].sort();
    expect(kinds(graph.nodes)).toEqual(schema.$defs.node.properties.kind.enum.slice().sort());
    expect(kinds(graph.edges)).toEqual(schema.$defs.edge.properties.kind.enum.slice().sort());
    expect(validate(graph), errors()).toBe(true);
    // Held to the kinds it names: a node kind it does not know fails.
    expect(validate({ nodes: [{ id: 'x:y', kind: 'x', name: 'y' }], edges: [] })).toBe(false);
  });
});
