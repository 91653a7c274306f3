import { describe, expect, it } from 'vitest';
import { diffShapes, errorSample, failureSample, NO_BODY, shapeOf } from './shape';

describe('shapeOf', () => {
  it('keeps keys and types, states and kinds, and folds ids and list items', () => {
    const body = {
      jid: 'ab'.repeat(16),
      state: 'RUNNING',
      vertices: [
        { id: 'x', parallelism: 2, metrics: { busy: 1 } },
        { id: 'y', parallelism: 1, metrics: { busy: 'NaN' } },
      ],
      ['cd'.repeat(16)]: { parallelism: { lowerBound: 1, upperBound: 2 } },
      properties: { 'a.b': 'c', 'd.e': 'f' },
    };
    expect(shapeOf(body)).toEqual({
      '<id>': { parallelism: { lowerBound: 'number', upperBound: 'number' } },
      jid: 'string',
      properties: { '<key>': 'string' },
      state: 'string RUNNING',
      vertices: [{ id: 'string', metrics: { busy: 'one of number | string' }, parallelism: 'number' }],
    });
    expect(shapeOf(undefined)).toBe(NO_BODY);
  });

  it('keeps labels as Flink parsed them and the feature flags', () => {
    const shape = shapeOf({
      'execution-config': { 'user-config': { 'flinkops.commit': 'c0:ffee' } },
      features: { 'web-rescale': false },
    });
    expect(shape).toEqual({
      'execution-config': { 'user-config': { 'flinkops.commit': 'string c0:ffee' } },
      features: { 'web-rescale': 'boolean false' },
    });
  });

  it('does not keep the states of a cluster-wide job list', () => {
    expect(shapeOf({ jobs: [{ state: 'RUNNING' }, { state: 'CANCELED' }] })).toEqual({
      jobs: [{ state: 'string' }],
    });
  });
});

describe('diffShapes', () => {
  it('names missing keys, extra keys and type changes by path', () => {
    const want = shapeOf({ a: 1, b: { c: 'x' }, status: 'FINISHED' });
    const got = shapeOf({ a: '1', b: {}, d: true, status: 'ERROR' });
    expect(diffShapes(want, got)).toEqual([
      '$.a: Flink "number", simulator "string"',
      '$.b.c: missing (Flink has "string")',
      '$.status: Flink "string FINISHED", simulator "string ERROR"',
      '$.d: not in Flink\'s answer (simulator has "boolean")',
    ]);
  });

  it('accepts list items that use some of the types Flink mixed, not other kept values', () => {
    expect(diffShapes('one of number | string', 'number')).toEqual([]);
    expect(diffShapes('one of string A | string B', 'string A')).not.toEqual([]);
    expect(diffShapes([], ['number'])).not.toEqual([]);
  });
});

describe('samples', () => {
  it('takes the deepest cause, without ids or paths', () => {
    const body = {
      errors: [
        'Internal server error.',
        `<Exception on server side:\norg.x.A: outer\n\tat x\nCaused by: org.x.B: job ${'ab'.repeat(16)} at file:/srv/flink/savepoints/sp-1 not found\n\t... 1 more`,
      ],
    };
    expect(errorSample(body)).toBe('Caused by: org.x.B: job <id> at <path> not found');
    const op = {
      operation: { 'failure-cause': { class: 'C', 'stack-trace': 'C: top\nCaused by: D: inner' } },
    };
    expect(failureSample(op)).toBe('Caused by: D: inner');
    expect(errorSample({ jobs: [] })).toBeUndefined();
  });
});
