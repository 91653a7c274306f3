import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { DesiredJob, DesiredTable } from '../compile/model';
import { analyzeScript } from '../sql/analyze';
import { tableLocator } from './table-location';

const dir = mkdtempSync(join(tmpdir(), 'flinkops-table-location-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'tables'));
writeFileSync(
  join(dir, 'tables/orders.yaml'),
  'kind: source\nconnector: kafka\ncolumns:\n  - { name: id, type: STRING }\nwith:\n  topic: orders\n',
);
const tables: DesiredTable[] = [{ name: 'orders', file: 'tables/orders.yaml', objectKind: 'table', ddl: '' }];

/** A job whose own statement reads `from`, using the repository tables `uses`. */
function job(from: string, uses: string[]): DesiredJob {
  const script = `INSERT INTO s SELECT id FROM ${from};`;
  const statements = analyzeScript(script, 'jobs/j.sql').statements;
  return {
    name: 'j',
    sqlFile: 'jobs/j.sql',
    statements,
    sourceRanges: statements.map((s) => s.range),
    tables: uses,
  } as unknown as DesiredJob;
}

it("locates a repository table's column and option in its file", () => {
  const at = tableLocator(dir, { env: 'local', tables });
  expect(at(job('orders', ['orders']), 'orders', { column: 'id' })).toMatchObject({
    file: 'tables/orders.yaml',
    start: { line: 4, column: 13 },
  });
  expect(at(job('orders', ['orders']), 'orders', { option: 'topic' })).toMatchObject({
    file: 'tables/orders.yaml',
    start: { line: 6, column: 3 },
  });
});

it("leaves a catalog's table of a repository table's name to the plan's own place", () => {
  // pg.db.orders is no repository table, whatever its last name: no file says its columns.
  const at = tableLocator(dir, { env: 'local', tables });
  expect(at(job('pg.db.orders', []), 'orders', { column: 'id' })).toBeUndefined();
});
