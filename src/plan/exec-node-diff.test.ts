import { describe, expect, it } from 'vitest';
import { execNodeDiff } from './exec-node-diff';

const plan = (nodes: object[]) => JSON.stringify({ flinkVersion: '1.20', nodes, edges: [] }, null, 2);
const scan = {
  id: 1,
  type: 'stream-exec-table-source-scan_1',
  description: 'TableSourceScan(table=[[events]])',
};
const calc = { id: 2, type: 'stream-exec-calc_1', projection: [0], description: 'Calc(select=[k])' };
const agg = {
  id: 3,
  type: 'stream-exec-group-aggregate_1',
  grouping: [0],
  description: 'GroupAggregate(groupBy=[k])',
};
const sink = { id: 4, type: 'stream-exec-sink_1', description: 'Sink(table=[[counts]])' };

describe('execNodeDiff', () => {
  it('names the ExecNodes added, removed and changed', () => {
    const before = plan([scan, calc, agg, sink]);
    const after = plan([
      scan,
      { ...calc, id: 2, projection: [0, 1], description: 'Calc(select=[k, v])' },
      { id: 3, type: 'stream-exec-window-aggregate_1', description: 'WindowAggregate' },
      { ...sink, id: 4 },
    ]);
    const d = execNodeDiff(before, after)!;
    expect(d.added).toEqual(['stream-exec-window-aggregate_1: WindowAggregate']);
    expect(d.removed).toEqual(['stream-exec-group-aggregate_1: GroupAggregate(groupBy=[k])']);
    expect(d.changed).toEqual(['stream-exec-calc_1: Calc(select=[k, v])']);
    expect(d.unchanged).toBe(2);
  });

  it('a new ExecNode version is a change of that node, and shifted ids are none', () => {
    const d = execNodeDiff(
      plan([scan, agg]),
      plan([
        { ...scan, id: 7 },
        { ...agg, id: 8, type: 'stream-exec-group-aggregate_2' },
      ]),
    )!;
    expect(d).toEqual({
      added: [],
      removed: [],
      changed: ['stream-exec-group-aggregate_2: GroupAggregate(groupBy=[k])'],
      unchanged: 1,
    });
  });

  it('is undefined for text that is not a plan', () => {
    expect(execNodeDiff('{', plan([scan]))).toBeUndefined();
    expect(execNodeDiff('{}', plan([scan]))).toBeUndefined();
  });
});
