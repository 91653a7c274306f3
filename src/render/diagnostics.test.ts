import { describe, expect, it } from 'vitest';
import { error, warning } from '../core/diagnostics';
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

  it('consolidates warnings of one code with the same advice: the first in full, then a line each; errors never', () => {
    const at = (job: string) => ({
      file: `jobs/${job}.sql`,
      start: { line: 1, column: 1 },
      end: { line: 1, column: 7 },
    });
    const advice = 'It starts without state. To start from a known savepoint, set restoreFrom: <path>.';
    const lost = ['a', 'b', 'c', 'd'].map((j) =>
      warning('FO614', `No savepoint or checkpoint known for the recover of job ${j}`, advice, at(j)),
    );
    const other = warning(
      'FO614',
      'No savepoint or checkpoint known for the resume of job e',
      'Other.',
      at('e'),
    );
    const errors = ['f', 'g', 'h'].map((j) => error('FO402', `bad SQL in ${j}`, 'Fix it.', at(j)));
    const sources = new Map(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((j) => [`jobs/${j}.sql`, 'INSERT']));
    const unverified = ['x', 'y', 'z'].map((j, i) =>
      warning(
        'FO619',
        `Job ${j} has not finished its health check`,
        `An earlier apply started job ${String(i).repeat(32)}.`,
      ),
    );
    const diags = [...lost, other, ...errors, ...unverified];
    const out = renderDiagnostics(diags, { color: false, sources, consolidate: true });
    expect(out).toContain(
      [
        'jobs/a.sql:1:1: warning FO614: No savepoint or checkpoint known for the recover of job a',
        '  1 | INSERT',
        '    | ^^^^^^',
        `    ${advice}`,
        '  and 3 more FO614 warnings with the same advice (--verbose shows each in full):',
        '    jobs/b.sql:1:1: No savepoint or checkpoint known for the recover of job b',
        '    jobs/c.sql:1:1: No savepoint or checkpoint known for the recover of job c',
        '    jobs/d.sql:1:1: No savepoint or checkpoint known for the recover of job d',
        'jobs/e.sql:1:1: warning FO614: No savepoint or checkpoint known for the resume of job e',
      ].join('\n'),
    );
    expect(out).toContain(
      [
        'warning FO619: Job x has not finished its health check',
        `    An earlier apply started job ${'0'.repeat(32)}.`,
        '  and 2 more FO619 warnings with the same advice (--verbose shows each in full):',
        '    Job y has not finished its health check',
        '    Job z has not finished its health check',
      ].join('\n'),
    );
    expect(out.match(/ \| \^\^\^\^\^\^/g)).toHaveLength(5); // a, e and each error keep their frame
    expect(out.match(/error FO402/g)).toHaveLength(3);
    const full = renderDiagnostics(diags, { color: false, sources });
    expect(full.match(/warning FO614/g)).toHaveLength(5);
    expect(full).not.toContain('more FO614');
  });
});

describe('code frames mask credentials', () => {
  const frame = (line: string, column = 1) =>
    renderDiagnostics(
      [
        warning('FO285', 's', 'd', {
          file: 'f',
          start: { line: 1, column },
          end: { line: 1, column: column + 1 },
        }),
      ],
      { color: false, sources: new Map([['f', line]]) },
    ).split('\n')[1];

  it('shows literal credential values as stars of their length, keys and references as written', () => {
    expect(frame('    auth: { username: ops, password: s3cr3t-Pa55 }')).toBe(
      '  1 |     auth: { username: ops, password: *********** }',
    );
    expect(frame('    headers: { Authorization: Basic b3Bz, X-Team: shop }')).toBe(
      '  1 |     headers: { Authorization: **********, X-Team: shop }',
    );
    expect(frame("  'username' = 'ops', 'password' = 'hunter2'")).toBe(
      "  1 |   'username' = 'ops', 'password' = '*******'",
    );
    expect(frame('  password: "hunter2" # rotated')).toBe('  1 |   password: "*******" # rotated');
    expect(frame('    token: ${secret.FLINK_TOKEN}')).toBe('  1 |     token: ${secret.FLINK_TOKEN}');
    expect(frame('    jobmanagerUrl: https://ops:pw@jm:8081')).toBe(
      '  1 |     jobmanagerUrl: https://ops:**@jm:8081',
    );
    expect(frame('  url: jdbc:postgresql://db:5432/shop')).toBe(
      '  1 |   url: jdbc:postgresql://db:5432/shop',
    );
  });
});
