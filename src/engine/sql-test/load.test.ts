import { describe, expect, it } from 'vitest';
import { parseYaml, type TestRow } from '../../load';
import { rowsOf, type TestFile } from './load';

describe('rows written in a test file', () => {
  it('keeps a whole number beyond 2^53 as written, and others as numbers', () => {
    const text =
      'given:\n  orders:\n    rows:\n      - { id: 9007199254740993, n: 7, amount: 123456789012345678.25 }\n';
    const source = parseYaml('jobs/j.test.yaml', text).value!;
    const tf = { job: 'j', file: 'jobs/j.test.yaml', spec: source.data, source } as unknown as TestFile;
    const given = (source.data as { given: { orders: { rows: TestRow[] } } }).given.orders;
    const { value } = rowsOf('.', tf, ['given', 'orders'], given);
    expect(value.rows).toEqual([{ id: '9007199254740993', n: 7, amount: '123456789012345678.25' }]);
  });
});
