import { describe, expect, it } from 'vitest';
import { LineIndex } from '../core/text';
import { lex } from './lexer';

function tokens(text: string) {
  const r = lex(text, 'f.sql', new LineIndex(text));
  return { toks: r.tokens.map((t) => [t.kind, t.value]), diags: r.diags };
}

describe('lexer', () => {
  it('reads backtick identifiers with doubled backticks', () => {
    expect(tokens('`a``b` `select`').toks).toEqual([
      ['quoted', 'a`b'],
      ['quoted', 'select'],
    ]);
  });

  it("reads strings with '' escapes, U&'..' unicode and X'..' binary literals", () => {
    expect(tokens("'it''s' U&'\\0041b' X'0fA1' x'00'").toks).toEqual([
      ['string', "it's"],
      ['string', 'Ab'],
      ['binary', '0fA1'],
      ['binary', '00'],
    ]);
  });

  it('reads numbers, operators and upper-cases words', () => {
    expect(tokens('select 1.5e3, .5, 10 <> a.b || c => d').toks).toEqual([
      ['word', 'SELECT'],
      ['number', '1.5e3'],
      ['op', ','],
      ['number', '.5'],
      ['op', ','],
      ['number', '10'],
      ['op', '<>'],
      ['word', 'A'],
      ['op', '.'],
      ['word', 'B'],
      ['op', '||'],
      ['word', 'C'],
      ['op', '=>'],
      ['word', 'D'],
    ]);
  });

  it('takes `//` to the end of the line for a comment, as Calcite does, but not inside a string', () => {
    const r = tokens("a // x ' `\nb / c, 'd//e'");
    expect(r.toks).toEqual([
      ['word', 'A'],
      ['word', 'B'],
      ['op', '/'],
      ['word', 'C'],
      ['op', ','],
      ['string', 'd//e'],
    ]);
    expect(r.diags).toEqual([]);
  });

  it('drops comments but keeps hints', () => {
    const r = tokens("a -- x ' `\n/* ' */ b /*+ OPTIONS('k'='v') */ c");
    expect(r.toks).toEqual([
      ['word', 'A'],
      ['word', 'B'],
      ['hint', " OPTIONS('k'='v') "],
      ['word', 'C'],
    ]);
    expect(r.diags).toEqual([]);
  });

  it.each([
    ["select 'abc", 'FO301', 1, 8],
    ['select\n  /* open', 'FO302', 2, 3],
    ['select `col', 'FO303', 1, 8],
    ["select U&'x", 'FO301', 1, 8],
    ["select X'00", 'FO301', 1, 8],
  ])('reports an unterminated literal in %j at its exact start', (text, code, line, column) => {
    const r = tokens(text);
    expect(r.diags).toHaveLength(1);
    expect(r.diags[0]).toMatchObject({
      code,
      severity: 'error',
      range: { file: 'f.sql', start: { line, column } },
    });
  });

  it('never throws on arbitrary input', () => {
    const alphabet = 'ab`\'"/*-+;()[]<>=.U&X0 \n\t\\é';
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let i = 0; i < 40; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        s += alphabet[seed % alphabet.length];
      }
      expect(() => lex(s, 'f', new LineIndex(s))).not.toThrow();
    }
  });

  it('is linear on large inputs', () => {
    const big = "SELECT a, 'x''y', `q` FROM t /* c */ WHERE b = 1;\n".repeat(40000);
    const t0 = performance.now();
    const r = lex(big, 'f', new LineIndex(big));
    expect(r.tokens.length).toBe(40000 * 13);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
