/** Code frames stay a window around the column, however long the line (a minified or generated file). */
import { describe, expect, it } from 'vitest';
import { error } from '../src/core/diagnostics';
import { renderDiagnostics } from '../src/render/diagnostics';

const at = (line: number, column: number, length: number) =>
  error('FO220', 'reads undefined table "nope"', 'Define it.', {
    file: 'jobs/j.sql',
    start: { line, column },
    end: { line, column: column + length },
  });

describe('code frames', () => {
  it('a 1 MB line prints a window around the column, the caret under the token', () => {
    const text = `INSERT INTO t SELECT a${' '.repeat(1_000_000)}FROM nope;`;
    const column = text.indexOf('nope') + 1;
    const out = renderDiagnostics([at(1, column, 4)], {
      color: false,
      sources: new Map([['jobs/j.sql', text]]),
    });
    expect(out.length).toBeLessThan(600);
    const [, code, caret] = out.split('\n');
    expect(code).toMatch(/^ {2}1 \| … +FROM nope;$/);
    expect(caret!.indexOf('^^^^')).toBe(code!.indexOf('nope'));
  });

  it('a column near the start of a long line keeps the start and cuts the end', () => {
    const text = `nope ${'x'.repeat(10_000)}`;
    const out = renderDiagnostics([at(1, 1, 4)], { color: false, sources: new Map([['jobs/j.sql', text]]) });
    const [, code, caret] = out.split('\n');
    expect(code).toMatch(/^ {2}1 \| nope x+…$/);
    expect(code!.length).toBeLessThan(140);
    expect(caret).toBe('    | ^^^^');
  });

  it('a short line is shown whole, on the right line of a multi-line file', () => {
    const text = 'SELECT 1;\r\nINSERT INTO t SELECT * FROM nope;\nSELECT 2;';
    const out = renderDiagnostics([at(2, 29, 4)], { color: false, sources: new Map([['jobs/j.sql', text]]) });
    expect(out.split('\n').slice(1, 3)).toEqual([
      '  2 | INSERT INTO t SELECT * FROM nope;',
      '    |                             ^^^^',
    ]);
  });
  it('shows control characters and bidirectional overrides as visible marks, carets still under the column', () => {
    const text = 'SELECT \u001b[31mx\u202e FROM\tnope;';
    const column = text.indexOf('nope') + 1;
    const out = renderDiagnostics([at(1, column, 4)], {
      color: false,
      sources: new Map([['jobs/j.sql', text]]),
    });
    const [, code, caret] = out.split('\n');
    expect(code).toBe('  1 | SELECT \u241b[31mx\ufffd FROM nope;');
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u202e');
    expect(caret!.indexOf('^^^^')).toBe(code!.indexOf('nope'));
  });
});
