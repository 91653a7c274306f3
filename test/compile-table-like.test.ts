import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { affectedJobs, compileProject, graphToMermaid } from '../src/compile';
import { formatLocation } from '../src/core/diagnostics';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-like-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const PROJECT =
  'project: shop\nflinkVersion: "2.2"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n';

// Flink's CREATE TABLE page: Orders_with_watermark is created LIKE Orders, adding a watermark.
const ORDERS =
  "CREATE TABLE z_orders (\n  `user` BIGINT,\n  product STRING,\n  order_time TIMESTAMP(3)\n) WITH ('connector' = 'datagen');\n";
const WITH_WATERMARK =
  '-- create.md: the LIKE clause\nCREATE TABLE orders_with_watermark (\n' +
  "    WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND\n) WITH (\n    'rows-per-second' = '2'\n)\nLIKE z_orders;\n";
const JOB =
  "CREATE TABLE counts WITH ('connector' = 'blackhole') AS\nSELECT window_start, COUNT(*) AS n\n" +
  "FROM TABLE(TUMBLE(TABLE orders_with_watermark, DESCRIPTOR(order_time), INTERVAL '1' MINUTE))\nGROUP BY window_start;\n";

describe('a repository table created LIKE another one', () => {
  it('compiles the LIKE source into the job, before the table copied from it', () => {
    const dir = repo({
      'flinkops.yaml': PROJECT,
      'tables/z_orders.sql': ORDERS,
      'tables/orders_with_watermark.sql': WITH_WATERMARK,
      'jobs/counts.sql': JOB,
    });
    const r = compileProject(dir, { env: 'dev' });
    expect(r.diags.map((d) => `${d.code} ${d.summary}`)).toEqual([]);
    const script = r.value!.jobs.find((j) => j.name === 'counts')!.script;
    const source = script.indexOf('CREATE TEMPORARY TABLE z_orders (');
    const copy = script.indexOf('CREATE TEMPORARY TABLE orders_with_watermark (');
    // Flink runs the DDL in order and refuses a LIKE whose source it does not know yet
    // ("Source table ... of the LIKE clause not found in the catalog").
    expect(source).toBeGreaterThanOrEqual(0);
    expect(copy).toBeGreaterThan(source);
  });

  it('a LIKE of a table the repository does not define is FO220 at the name', () => {
    const dir = repo({
      'flinkops.yaml': PROJECT,
      'tables/z_orders.sql': ORDERS,
      'tables/orders_with_watermark.sql': WITH_WATERMARK.replace('LIKE z_orders', 'LIKE z_order'),
      'jobs/counts.sql': JOB,
    });
    const r = compileProject(dir, { env: 'dev' });
    expect(r.diags.map((d) => `${d.code} ${formatLocation(d.range)} ${d.summary}`)).toEqual([
      'FO220 tables/orders_with_watermark.sql:7:6 Table orders_with_watermark copies with LIKE undefined table "z_order"',
    ]);
  });

  it('a copied table is no source of the job: no lineage read, yet a change to it reaches the job', () => {
    // Flink's docs: a mock sink created LIKE the real one (EXCLUDING ALL) in the job's own script.
    const mockJob =
      "CREATE TEMPORARY TABLE mock WITH ('connector' = 'print') LIKE z_sink (EXCLUDING ALL);\n" +
      'INSERT INTO mock SELECT `user`, product FROM z_orders;\n';
    const dir = repo({
      'flinkops.yaml': PROJECT,
      'tables/z_orders.sql': ORDERS,
      'tables/orders_with_watermark.sql': WITH_WATERMARK,
      'tables/z_sink.sql':
        "CREATE TABLE z_sink (`user` BIGINT, product STRING) WITH ('connector' = 'blackhole');\n",
      'jobs/counts.sql': JOB,
      'jobs/mocked.sql': mockJob,
    });
    const r = compileProject(dir, { env: 'dev' });
    expect(r.diags.map((d) => `${d.code} ${d.summary}`)).toEqual([]);
    const mocked = r.value!.jobs.find((j) => j.name === 'mocked')!;
    // The script still creates the copied table (Flink looks it up for the LIKE) ...
    expect(mocked.script).toContain('CREATE TEMPORARY TABLE z_sink (');
    // ... but its only source is the table it reads: `flinkops test` asks for no z_sink rows, and
    // apply does not wait for z_sink's writers first.
    expect(mocked.sources).toEqual(['z_orders']);
    // A table copied through a repository table's LIKE is no source either.
    expect(r.value!.jobs.find((j) => j.name === 'counts')!.sources).toEqual(['orders_with_watermark']);
    const graph = r.value!.graph;
    // The mock sink is the script's own table: the job writes it.
    expect(graph.edges.filter((e) => e.from === 'job:mocked')).toEqual([
      { from: 'job:mocked', to: 'local_table:mocked.mock', kind: 'writes' },
      { from: 'job:mocked', to: 'table:z_orders', kind: 'reads' },
      { from: 'job:mocked', to: 'table:z_sink', kind: 'copies' },
    ]);
    // `plan --target z_sink` / `z_orders`: the jobs whose scripts a change to it touches.
    expect(affectedJobs(graph, ['table:z_sink'])).toEqual(['mocked']);
    expect(affectedJobs(graph, ['table:z_orders'])).toEqual(['counts', 'mocked']);
    const mermaid = graphToMermaid(graph);
    expect(mermaid).toContain('table_z_sink -. LIKE .-> job_mocked');
    expect(mermaid).toContain('table_z_orders -. LIKE .-> table_orders_with_watermark');
    expect(mermaid).not.toContain('table_z_sink --> job_mocked');
  });
});
