/**
 * A process table function (Flink 2.1+) keeps its state under its `uid` (the `uid => '…'`
 * argument, or the function's name for a PTF of set semantics): Flink gives its operator the id
 * murmur3(uid), whatever the topology around it. Stream graphs real 2.2.0 printed for a per-key
 * counter PTF (test/fixtures/explain/2.2/ptf-*.json); on a cluster, `uid => 'cnt1'` ran as vertex
 * e016e0a21bc3e6c7c9730d8efc624280, and an upgrade to `uid => 'cnt2'` failed its restore ("Cannot
 * map checkpoint/savepoint state for operator … to the new program").
 */
import { describe, expect, it } from 'vitest';
import { operatorIds, userUid } from '../src/core/stream-graph';
import { stateVerdict } from '../src/plan/state-verdict';
import { explainedSide } from './explain-fixtures';

const side = (name: string) => explainedSide('2.2', name);
const ptf = (name: string) => side(name).graph.nodes.find((n) => n.type.startsWith('ProcessTableFunction'))!;

describe('a process table function in the stream graph', () => {
  it('gets the operator id Flink gave it on the cluster: murmur3 of its uid', () => {
    const g = side('ptf-uid-cnt1').graph;
    expect(operatorIds(g).get(ptf('ptf-uid-cnt1').id)).toBe('e016e0a21bc3e6c7c9730d8efc624280');
    // The source (not chained: the PTF is keyed) keeps the id of the walk, as Flink's vertex did.
    expect(operatorIds(g).get(g.nodes[0]!.id)).toBe('bc764cd8ddf7a0cff126f51c16239658');
  });

  it("without a uid argument is named by the function's name (set semantics)", () => {
    expect(userUid(ptf('ptf-no-uid'))).toBe('counter');
    expect(userUid(side('ptf-uid-cnt1').graph.nodes[0]!)).toBeUndefined();
  });

  it("another uid drops the counter's state, and says so", () => {
    const v = stateVerdict({ old: side('ptf-uid-cnt1'), next: side('ptf-uid-cnt2') });
    expect(v.verdict).toBe('drops-state');
    expect(v.operators?.find((o) => o.name.startsWith('ProcessTableFunction'))?.state).toBe('dropped');
    expect(v.findings.join('\n')).toMatch(
      /ProcessTableFunction: its state is dropped \(.*uid changes: cnt1 → cnt2/,
    );
    expect(v.advice[0]).toMatch(/allowNonRestoredState: true/);
  });

  it('the same uid keeps its state when the query before it changes the ids of the walk', () => {
    const v = stateVerdict({ old: side('ptf-uid-cnt1'), next: side('ptf-uid-cnt1-filtered') });
    expect(v.operators?.find((o) => o.name.startsWith('ProcessTableFunction'))?.state).toBe('kept');
    expect(v.findings).toContain('ProcessTableFunction keeps its state');
    // The source now chains the filter: its id moves (what a datagen source keeps is not known).
    expect(v.operators?.find((o) => o.name.startsWith('source'))?.state).toBe('unknown');
  });
});
