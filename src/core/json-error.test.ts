import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonErrorSummary, jsonSyntaxErrorOffset } from './json-error';
import { LineIndex } from './text';

function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (e) {
    return e;
  }
  throw new Error(`parses: ${text}`);
}

describe('jsonErrorOffset', () => {
  it('points at an unexpected character, which JSON.parse names without a position', () => {
    const cases: [string, string][] = [
      ['garbage\n', 'g'],
      ['{\n  "a": 1,\n  "b": x{\n}', 'x'],
      ['{"a": [1, 2,]}', ']'],
      ['{"a": tru}', '}'],
      ['{"a": -}', '}'],
      ['{"a": 01}', '1'],
    ];
    for (const [text, at] of cases) {
      const offset = jsonErrorOffset(parseError(text), text, new LineIndex(text));
      expect([text, offset]).toEqual([text, text.indexOf(at, text.indexOf(':') + 1 || 0)]);
    }
  });

  it('agrees with the position JSON.parse names where it names one', () => {
    for (const text of [
      '{"a": 1\n "b": 2}',
      '{"a":1}}',
      '{"a": "x\u0001"}',
      '{"a": [1, 2',
      '{"a": "open',
      '',
      '[1] x',
      '{"a": "\\q"}',
      '{"a": "\\u12g4"}',
    ]) {
      const e = parseError(text);
      const named = /position (\d+)/.exec((e as Error).message)?.[1];
      const expected = named === undefined ? text.length : Number(named);
      expect([text, jsonSyntaxErrorOffset(text)]).toEqual([text, expected]);
      expect(jsonErrorOffset(e, text, new LineIndex(text))).toBe(expected);
    }
  });

  it('is undefined for valid JSON', () => {
    expect(jsonSyntaxErrorOffset(' {"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}} ')).toBeUndefined();
  });
});

describe('jsonErrorSummary', () => {
  it('keeps what is wrong, without the position or an excerpt of the text spanning lines', () => {
    expect(jsonErrorSummary(parseError('{\n  "b": x{\n}'))).toBe("Unexpected token 'x'");
    expect(jsonErrorSummary(parseError(`{"a": ${'1'.repeat(50)}, "b": x${' '.repeat(50)}}`))).toBe(
      "Unexpected token 'x'",
    );
    expect(jsonErrorSummary(parseError('{"a":1}}'))).toBe('Unexpected non-whitespace character after JSON');
    expect(jsonErrorSummary(parseError('{"a": 1'))).toBe("Expected ',' or '}' after property value");
  });
});
