import { describe, expect, it } from 'vitest';
import { formatLabels } from '../apply/submit';
import { splitEscaped, splitMap } from './options-splitter';

describe('splitEscaped (StructuredOptionsSplitter)', () => {
  it.each([
    ["'A;B';C", ['A;B', 'C']],
    ['"AB\'D";B;C', ["AB'D", 'B', 'C']],
    ['"AB\'""D;B";C', ['AB\'"D;B', 'C']],
    [' a ; b ', ['a', 'b']],
    ["ab'c;d", ["ab'c", 'd']],
    ['a;;b', ['a', '', 'b']],
  ])('%s', (text, parts) => {
    expect(splitEscaped(text, ';')).toEqual(parts);
  });

  it('refuses a quoted part followed by more text, at the position real Flink 1.20 named', () => {
    const value =
      "flinkops.project:wire,flinkops.env:golden,flinkops.job:orders,flinkops.spec-hash:abc123,'flinkops.commit':'c0:ffee'";
    expect(() => splitEscaped(value, ',')).toThrow(
      'Could not split string. Illegal quoting at position: 104',
    );
  });

  it('refuses an unclosed quote', () => {
    expect(() => splitEscaped("'abc", ',')).toThrow('Quoting was not closed properly');
  });
});

describe('splitMap', () => {
  it('reads labels back as real Flink did (colon and quote in values)', () => {
    const labels = { 'flinkops.commit': 'c0:ffee', 'flinkops.note': "it's", 'flinkops.job': 'orders' };
    expect(splitMap(formatLabels(labels))).toEqual(labels);
  });

  it('wants exactly a key and a value per entry', () => {
    expect(() => splitMap('a:b:c')).toThrow("Map item is not a key-value pair (missing ':'?)");
    expect(() => splitMap('a')).toThrow("Map item is not a key-value pair (missing ':'?)");
    expect(splitMap("a:'b:c'")).toEqual({ a: 'b:c' });
  });
});
