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

describe('code frames of a URL with a password', () => {
  it('show the password as stars, the carets still under the value', () => {
    const text =
      'environments:\n  dev:\n    jobmanagerUrl: http://alice:Sup3rS3cret@jm:99999\n    sqlGatewayUrl: bob:An0ther@gw:8083\n';
    const located = (line: number, column: number, length: number) =>
      error('FO203', 'is not a usable URL', 'Write a URL.', {
        file: 'flinkops.yaml',
        start: { line, column },
        end: { line, column: column + length },
      });
    const out = renderDiagnostics([located(3, 20, 33), located(4, 20, 19)], {
      color: false,
      sources: new Map([['flinkops.yaml', text]]),
    });
    expect(out).not.toContain('Sup3rS3cret');
    expect(out).not.toContain('An0ther');
    const lines = out.split('\n');
    expect(lines[1]).toBe('  3 |     jobmanagerUrl: http://alice:***********@jm:99999');
    expect(lines[2]).toBe(`    | ${' '.repeat(19)}${'^'.repeat(33)}`);
    expect(lines[5]).toBe('  4 |     sqlGatewayUrl: bob:*******@gw:8083');
  });
});

describe('code frames of a file with a byte-order mark', () => {
  it('leave the mark out, so the first line reads as the file does and the carets stay under it', () => {
    const text = '\uFEFFINSERT INTO t SELECT * FROM nope;\n';
    const out = renderDiagnostics([at(1, 29, 4)], { color: false, sources: new Map([['jobs/j.sql', text]]) });
    expect(out).not.toContain('\uFEFF');
    expect(out.split('\n').slice(1, 3)).toEqual([
      '  1 | INSERT INTO t SELECT * FROM nope;',
      `    | ${' '.repeat(28)}^^^^`,
    ]);
  });

  it('thousands of diagnostics in one file render in linear time, each frame on its line', () => {
    // A generated script with an error a line: each frame used to rescan the file from its start.
    const n = 40_000;
    const text = Array.from({ length: n }, (_, i) => `SELECT x${i} FROM nope;`).join('\n');
    const diags = Array.from({ length: n }, (_, i) => at(i + 1, 15 + String(i).length, 4));
    const t0 = performance.now();
    const out = renderDiagnostics(diags, { color: false, sources: new Map([['jobs/j.sql', text]]) });
    expect(performance.now() - t0).toBeLessThan(3000);
    const lines = out.split('\n');
    expect(lines[1]).toBe('  1 | SELECT x0 FROM nope;');
    expect(lines.at(-4)).toBe(`  ${n} | SELECT x${n - 1} FROM nope;`);
    expect(lines.at(-3)).toBe(`  ${' '.repeat(String(n).length)} | ${' '.repeat(19)}^^^^`);
  });

  it('thousands of diagnostics on one long line mask its URL passwords once', () => {
    const text = `-- http://u:pw@h ${'${env.A}'.repeat(100_000)}`;
    const diags = Array.from({ length: 5_000 }, (_, i) => at(1, 18 + 8 * i, 8));
    const t0 = performance.now();
    const out = renderDiagnostics(diags, { color: false, sources: new Map([['jobs/j.sql', text]]) });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(out).toContain('http://u:**@h');
    expect(out).not.toContain(':pw@');
  });
});
