import { describe, expect, it } from 'vitest';
import { exactNumbers, lostDigits } from './exact-number';

describe('numbers a double cannot hold', () => {
  it('keeps a BIGINT beyond 2^53 and a DECIMAL of more than 15 digits as written', () => {
    const row = JSON.parse(
      '{"id": 9007199254740993, "neg": -9223372036854775808, "amount": 12345678901234567.25, "n": 42, "d": 12.50, "f": 1.5E10}',
      exactNumbers,
    );
    expect(row).toEqual({
      id: '9007199254740993',
      neg: '-9223372036854775808',
      amount: '12345678901234567.25',
      n: 42,
      d: 12.5,
      f: 1.5e10,
    });
  });

  it.each([
    [9007199254740991, '9007199254740991', false],
    [9007199254740992, '9007199254740993', true],
    [0.1, '0.1', false],
    [123456789012345.6, '123456789012345.6', true],
    [0.000001234, '0.000001234', false],
  ])('%d read from %s lost digits: %s', (n, source, lost) => {
    expect(lostDigits(n, source)).toBe(lost);
  });
});
