/**
 * `flinkops graph` draws the tables of other catalogs a job names in full: a job enriching from a
 * JDBC catalog (`CREATE CATALOG pg ... ; JOIN pg.db.t FOR SYSTEM_TIME AS OF ...`) showed only its
 * Kafka source, as if it read nothing else.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, graphToMermaid } from '../src/compile';
import { loadAndValidate } from '../src/validate';

const VALID = join(import.meta.dirname, 'fixtures/repos/valid');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const JOB = `CREATE CATALOG pg WITH ('type' = 'jdbc', 'default-database' = 'shop', 'base-url' = 'jdbc:postgresql://db:5432');
INSERT INTO order_totals
SELECT o.customer_id, o.amount FROM orders AS o
JOIN pg.shop.\`public.customers\` FOR SYSTEM_TIME AS OF o.proc_time AS c ON o.customer_id = c.id;
`;

function graphOf(job: string) {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-graph-catalog-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, 'jobs/totals.sql'), job);
  const validated = loadAndValidate(dir, { envVars: {} });
  const compiled = compile(validated.value, { env: 'dev', envVars: {} });
  return compiled.value!.graph;
}

describe('catalog tables in the graph', () => {
  it('a JDBC catalog table a job looks up is a catalog_table node it reads', () => {
    const graph = graphOf(JOB);
    const id = 'catalog_table:pg.shop.`public.customers`';
    expect(graph.nodes).toContainEqual({ id, kind: 'catalog_table', name: 'pg.shop.`public.customers`' });
    expect(graph.edges).toContainEqual({ from: 'job:totals', to: id, kind: 'reads' });
    const mermaid = graphToMermaid(graph);
    expect(mermaid).toContain(
      '  catalog_table_pg_shop__public_customers_[("pg.shop.`public.customers`")]:::catalog',
    );
    expect(mermaid).toContain('  catalog_table_pg_shop__public_customers_ --> job_totals');
    expect(mermaid).toContain('  classDef catalog stroke-dasharray: 5 5');
  });

  it('a repository table named default_catalog.default_database.t stays the repository table', () => {
    const graph = graphOf(
      'INSERT INTO default_catalog.default_database.order_totals SELECT customer_id, amount FROM orders;\n',
    );
    expect(graph.nodes.some((n) => n.kind === 'catalog_table')).toBe(false);
    expect(graphToMermaid(graph)).not.toContain('classDef catalog');
  });
});
