/** Stream graphs real Flink printed (EXPLAIN JSON_EXECUTION_PLAN), recorded under test/fixtures/explain/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExecutionPlan } from '../src/core/stream-graph';
import type { ExplainedJob, ExplainedPair, TableFacts } from '../src/plan/explained-job';

const DIR = join(import.meta.dirname, 'fixtures', 'explain');

export const FIXTURE_TABLES: ReadonlyMap<string, TableFacts> = new Map<string, TableFacts>([
  [
    'orders',
    {
      options: { connector: 'kafka' },
      columns: new Map([
        ['customer', 'STRING'],
        ['amount', 'INT'],
      ]),
    },
  ],
  ['totals', { options: { connector: 'blackhole' }, columns: new Map() }],
  ['totals1', { options: { connector: 'upsert-kafka', 'sink.parallelism': '1' }, columns: new Map() }],
]);

export function explainedSide(version: string, name: string, tables = FIXTURE_TABLES): ExplainedJob {
  const file = JSON.parse(readFileSync(join(DIR, version, `${name}.json`), 'utf8'));
  const graph = parseExecutionPlan(`== Physical Execution Plan ==\n${JSON.stringify(file.plan)}`);
  if (!graph) throw new Error(`no stream graph in ${name}`);
  return { graph, chaining: true, tables };
}

/** `explained` for diff(): the job's running and new graphs. */
export function explainedFor(
  job: string,
  old: string,
  next: string,
  version = '1.20',
): Map<string, ExplainedPair> {
  return new Map([[job, { old: explainedSide(version, old), next: explainedSide(version, next) }]]);
}
