/**
 * A lakehouse job writing Paimon tables (Paimon 1.2.0 on real Flink 1.20.3; graphs recorded under
 * test/fixtures/explain/1.20/paimon-*.json). Paimon's sink operators (`Writer : t`, `Compact
 * Coordinator: t`, `Compact Worker: t`, `Global Committer : t`) keep operator state. A filter added
 * to one INSERT of the statement set moved the operator ids of that table's sink, and the verdict
 * was `unknown` ("does not know whether it keeps state"), while the real restore failed: "Cannot
 * map checkpoint/savepoint state for operator ... to the new program". It is now `drops-state`.
 */
import { describe, expect, it } from 'vitest';
import { holdsState } from '../src/core/operator-state';
import type { TableFacts } from '../src/plan/explained-job';
import { stateVerdict } from '../src/plan/state-verdict';
import { explainedSide } from './explain-fixtures';

const TABLES: ReadonlyMap<string, TableFacts> = new Map([
  [
    'orders_gen',
    {
      options: { connector: 'datagen', 'fields.order_id.kind': 'sequence' },
      columns: new Map([
        ['order_id', 'BIGINT'],
        ['customer_id', 'INT'],
        ['amount', 'DOUBLE'],
      ]),
    },
  ],
]);

describe('a job writing Paimon tables', () => {
  it("keeps operator state in Paimon's sink operators", () => {
    const { graph } = explainedSide('1.20', 'paimon-ingest', TABLES);
    const holds = (type: string) => holdsState(graph.nodes.find((n) => n.type === type)!, () => undefined);
    expect(holds('Writer : orders')).toBe('operator');
    expect(holds('Global Committer : orders')).toBe('operator');
    expect(holds('Compact Coordinator: order_log')).toBe('operator');
    expect(holds('Compact Worker: order_log')).toBe('operator');
  });

  it("a filter added to one INSERT moves its sink's ids: drops state, as the real restore did", () => {
    const v = stateVerdict({
      old: explainedSide('1.20', 'paimon-ingest', TABLES),
      next: explainedSide('1.20', 'paimon-ingest-filtered', TABLES),
    });
    expect(v.verdict).toBe('drops-state');
    expect(v.findings.join('\n')).toMatch(/Global Committer : order_log: its state is dropped/);
    expect(v.findings.join('\n')).not.toMatch(/does not know whether it keeps state/);
  });
});
