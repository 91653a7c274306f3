import { describe, expect, it } from 'vitest';
import { actualRows, compareSink, isEmptyDiff } from './compare';
import type { Expectation, SinkQuery } from './program';
import { canonical, columnType } from './values';

const q = (pk?: string[]): SinkQuery => ({
  sink: 's',
  sql: '',
  columns: [
    { name: 'id', type: columnType('STRING NOT NULL') },
    { name: 'n', type: columnType('BIGINT') },
    { name: 'amount', type: columnType('DECIMAL(10, 2)') },
    { name: 'ts', type: columnType('TIMESTAMP(3)') },
  ],
  ...(pk ? { primaryKey: pk } : {}),
});
const exp = (
  rows: Expectation['rows'],
  kind: 'rows' | 'changelog' = 'rows',
  ops?: Expectation['ops'],
): Expectation => ({
  sink: 's',
  kind,
  rows,
  ranges: rows.map((_, i) => ({
    file: 'jobs/j.test.yaml',
    start: { line: 10 + i, column: 5 },
    end: { line: 10 + i, column: 9 },
  })),
  compared: [...new Set(rows.flatMap((r) => Object.keys(r)))],
  ...(ops ? { ops } : {}),
});
const row = (id: string, n: string, amount = '1.50', ts = '2024-05-01 10:00:00') => ({ id, n, amount, ts });

describe('comparing a sink with its expectation', () => {
  it('matches order-insensitively, with values in their canonical form per type', () => {
    const { diff } = compareSink(
      q(),
      exp([
        { id: 'b', n: 2, amount: 1.5, ts: '2024-05-01T10:00' },
        { id: 'a', n: 1, amount: '1.5', ts: '2024-05-01 10:00:00' },
      ]),
      {
        // As Flink returns them: CAST(… AS STRING) of the sink's types.
        rows: actualRows(q(), [
          ['a', '1', '1.50', '2024-05-01 10:00:00.000'],
          ['b', '2', '1.50', '2024-05-01 10:00:00.000'],
        ]),
        ops: ['+I', '+I'],
      },
    );
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('by primary key: the final table after updates, a key with other values is changed', () => {
    const { diff } = compareSink(
      q(['id']),
      exp([
        { id: 'a', n: 5 },
        { id: 'c', n: 1 },
      ]),
      {
        rows: [row('a', '1'), row('a', '1'), row('a', '2'), row('b', '7')],
        ops: ['+I', '-U', '+U', '+I'],
      },
    );
    expect(diff.changed).toEqual([
      {
        key: { id: 'a' },
        expected: { id: 'a', n: '5' },
        actual: { id: 'a', n: '2' },
        range: expect.objectContaining({ start: { line: 10, column: 5 } }),
      },
    ]);
    expect(diff.missing.map((m) => m.row)).toEqual([{ id: 'c', n: '1' }]);
    expect(diff.unexpected.map((u) => u.row)).toEqual([{ id: 'b', n: '7' }]);
  });

  it('without a primary key: duplicates count, a retraction removes one row', () => {
    const { diff } = compareSink(q(), exp([{ id: 'a' }, { id: 'a' }]), {
      rows: [row('a', '1'), row('a', '1'), row('a', '1')],
      ops: ['+I', '+I', '-D'],
    });
    expect(diff.missing).toEqual([{ row: { id: 'a' }, range: expect.anything() }]);
    expect(diff.unexpected).toEqual([]);
  });

  it('a changelog compares the kind of each change too', () => {
    const e = exp(
      [
        { id: 'a', n: 1 },
        { id: 'a', n: 1 },
        { id: 'a', n: 2 },
      ],
      'changelog',
      ['+I', '-U', '+U'],
    );
    const ok = compareSink(q(['id']), e, {
      rows: [row('a', '2'), row('a', '1'), row('a', '1')],
      ops: ['+U', '+I', '-U'],
    });
    expect(isEmptyDiff(ok.diff)).toBe(true);
    const bad = compareSink(q(['id']), e, { rows: [row('a', '1'), row('a', '2')], ops: ['+I', '+I'] });
    expect(bad.diff.missing.map((m) => `${m.op} ${m.row.n}`)).toEqual(['-U 1', '+U 2']);
    expect(bad.diff.unexpected.map((m) => `${m.op} ${m.row.n}`)).toEqual(['+I 2']);
  });
});

describe('canonical values beyond what a double holds', () => {
  it('compares a DECIMAL(38, 2) and a BIGINT beyond 2^53 digit by digit', () => {
    const dec = columnType('DECIMAL(38, 2)');
    expect(canonical('12345678901234567890.5', dec)).toBe('12345678901234567890.50');
    expect(canonical('-007.1', dec)).toBe('-7.10');
    expect(canonical('-0', dec)).toBe('0.00');
    expect(canonical(12.5, dec)).toBe('12.50');
    // More digits than the scale: rounded as before.
    expect(canonical('1.235', dec)).toBe('1.24');
    expect(canonical('9007199254740993', columnType('BIGINT'))).toBe('9007199254740993');
  });
});
