import { describe, expect, it } from 'vitest';
import { renderTestResults } from './report';

describe('the test report', () => {
  it('a job whose cases --case left out is not a job without tests', () => {
    const text = renderTestResults([
      { job: 'a', file: 'jobs/a.test.yaml', status: 'no-tests', cases: [], diags: [] },
      { job: 'b', status: 'no-tests', cases: [], diags: [] },
    ]);
    expect(text).toContain('- a: no case selected (jobs/a.test.yaml)');
    expect(text).toContain('- b: no tests (add jobs/b.test.yaml)');
    expect(text).toContain('0 of 0 case(s) passed; 1 job(s) without tests; 1 job(s) with no case selected');
  });

  it('a run stopped by Ctrl-C lists the jobs it did not come to, and counts them', () => {
    const text = renderTestResults([
      { job: 'a', status: 'no-tests', cases: [], diags: [] },
      { job: 'b', file: 'jobs/b.test.yaml', status: 'stopped', cases: [], diags: [] },
      { job: 'c', status: 'no-tests', cases: [], diags: [] },
    ]);
    expect(text).toContain('- b: not run, the run was stopped before it (jobs/b.test.yaml)');
    expect(text).toContain('0 of 0 case(s) passed; 2 job(s) without tests; 1 job(s) not run (stopped)');
  });

  it('rows that look the same but are one text in two Unicode forms say so, spelling the marks out', () => {
    const nfd = 'cafe\u0301';
    const nfc = 'caf\u00e9';
    const range = { file: 'jobs/a.test.yaml', start: { line: 9, column: 13 }, end: { line: 9, column: 13 } };
    const text = renderTestResults([
      {
        job: 'a',
        file: 'jobs/a.test.yaml',
        status: 'failed',
        diags: [],
        cases: [
          {
            name: 'c',
            range,
            mode: 'batch',
            status: 'failed',
            durationMs: 1000,
            sinks: [
              {
                sink: 'out',
                received: 2,
                diff: {
                  missing: [{ row: { id: '1', note: nfc }, range }],
                  unexpected: [{ row: { id: '1', note: nfd } }, { row: { id: '3', note: 'x' } }],
                  changed: [
                    { key: { id: '2' }, expected: { id: '2', note: nfc }, actual: { id: '2', note: nfd } },
                  ],
                },
              },
            ],
          },
        ],
      },
    ]);
    expect(text).toContain(
      `- missing    id=1, note=${nfc}  (jobs/a.test.yaml:9:13)\n          (alike, but note is "${nfc}" expected, "cafe\\u0301" received: the same text in two Unicode forms (composed and decomposed); write the expected value in the form the job produces)`,
    );
    expect(text).toContain(
      `~ changed    id=2: note expected "${nfc}", got "cafe\\u0301" (one text in two Unicode forms)`,
    );
  });
});
