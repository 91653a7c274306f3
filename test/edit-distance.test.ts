// "Did you mean" hints: the bounded edit distance stops early but must name the same candidate.
import { describe, expect, it } from 'vitest';
import { closest, levenshtein } from '../src/core/names';

/** The textbook distance, the whole table every time. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

describe('levenshtein', () => {
  it('gives the distance, or max + 1 for anything further than max', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = () => Array.from({ length: rnd(12) }, () => 'abcde.-'[rnd(7)]).join('');
    for (let k = 0; k < 2000; k++) {
      const a = word();
      const b = word();
      const d = reference(a, b);
      expect(levenshtein(a, b)).toBe(d);
      for (const max of [0, 1, 2, 3]) expect(levenshtein(a, b, max)).toBe(Math.min(d, max + 1));
    }
  });

  it('names the nearest option of a connector, and none when every one is too far', () => {
    const known = ['properties.group.id', 'properties.bootstrap.servers', 'scan.startup.mode'];
    expect(closest('properties.grup.id', known, 2)).toBe('properties.group.id');
    expect(closest('scan.startup.mod', known, 2)).toBe('scan.startup.mode');
    expect(closest('properties.auto.offset.reset', known, 2)).toBeUndefined();
  });
});
