import { describe, expect, it } from 'vitest';
import type { DesiredJob } from '../compile/model';
import { lineageOf, relationsOf } from './lineage';
import type { JobChange } from './model';

const SCRIPT = [
  "CREATE TEMPORARY TABLE `out` (`id` STRING) WITH ('connector' = 'print');",
  "CREATE TEMPORARY TABLE `orders` (`id` STRING, `amount` INT) WITH ('connector' = 'kafka');",
  "CREATE TEMPORARY TABLE `customers` (`id` STRING) WITH ('connector' = 'jdbc');",
  'CREATE TEMPORARY VIEW stg_orders AS SELECT id, amount FROM orders WHERE id IS NOT NULL;',
  'CREATE TEMPORARY VIEW int_enriched AS SELECT o.id FROM stg_orders AS o JOIN customers AS c ON o.id = c.id;',
  'INSERT INTO out SELECT id FROM int_enriched;',
].join('\n\n');

describe('the lineage of a plan', () => {
  it('draws the views a job reads through, down to the tables, and marks the changed view', () => {
    // As compile gives it: sources are the tables read through the views.
    const job = {
      name: 'mart',
      script: SCRIPT,
      sources: ['customers', 'orders'],
      sinks: ['out'],
      views: ['int_enriched', 'stg_orders'],
      udfs: [],
    } as unknown as DesiredJob;
    const change = {
      job: 'mart',
      action: 'upgrade',
      causes: [{ kind: 'table', path: 'stg_orders', to: 'view query changed' }],
    } as unknown as JobChange;
    const lineage = lineageOf([change], new Map([['mart', relationsOf(SCRIPT, job)]]), [
      { kind: 'table', name: 'stg_orders', jobs: ['mart'] },
    ]);
    expect(lineage.nodes.map((n) => `${n.id}${n.changed ? ' (changed)' : ''}`)).toEqual([
      'job:mart (changed)',
      'table:customers',
      'table:orders',
      'table:out',
      'view:int_enriched',
      'view:stg_orders (changed)',
    ]);
    expect(lineage.edges.map((e) => `${e.from} -> ${e.to}`)).toEqual([
      'job:mart -> table:out',
      'table:customers -> view:int_enriched',
      'table:orders -> view:stg_orders',
      'view:int_enriched -> job:mart',
      'view:stg_orders -> view:int_enriched',
    ]);
  });
});

describe('the lineage of a script chaining thousands of views', () => {
  it('follows the whole chain down to the table without running out of stack', () => {
    // v0 reads the table, each next view the one before: 30,000 levels, deeper than recursion goes.
    const depth = 30_000;
    const views = new Map<string, string[]>();
    for (let i = 0; i < depth; i++) views.set(`v${i}`, [i === 0 ? 'rides' : `v${i - 1}`]);
    const relations = { reads: [`v${depth - 1}`], writes: ['out'], views, udfs: [] };
    const change = { job: 'chain', action: 'create', causes: [] } as unknown as JobChange;
    const lineage = lineageOf([change], new Map([['chain', relations]]), []);
    expect(lineage.nodes).toHaveLength(depth + 3);
    const edges = new Set(lineage.edges.map((e) => `${e.from} -> ${e.to}`));
    expect(edges.has('table:rides -> view:v0')).toBe(true);
    expect(edges.has(`view:v${depth - 1} -> job:chain`)).toBe(true);
    expect(lineage.edges).toHaveLength(depth + 2);
  });
});
