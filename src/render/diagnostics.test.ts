import { describe, expect, it } from 'vitest';
import { error } from '../core/diagnostics';
import { renderDiagnostics } from './diagnostics';

describe('renderDiagnostics', () => {
  it('never sends a control character of a file name, a summary or a source line to the terminal', () => {
    const file = 'jobs/evil\u001b[2J\nname.sql';
    const d = error('FO104', `File ${file} is not a job name`, 'Rename it.\nThen validate again.', {
      file,
      start: { line: 1, column: 1 },
      end: { line: 1, column: 4 },
    });
    const out = renderDiagnostics([d], { color: false, sources: new Map([[file, 'abc\u0007def']]) });
    const controls = [...out].filter(
      (c) => c !== '\n' && (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f),
    );
    expect(controls).toEqual([]);
    expect(out.split('\n')[0]).toBe(
      'jobs/evil\\x1b[2J\\x0aname.sql:1:1: error FO104: File jobs/evil\\x1b[2J\\x0aname.sql is not a job name',
    );
    expect(out).toContain('abc\u2407def'); // the code frame keeps one character a column
    // A detail's own lines stay lines.
    expect(out).toContain('    Rename it.\n    Then validate again.');
  });
});
