import { describe, expect, it } from 'vitest';
import { annotationOf } from '../action/annotations';
import type { Diagnostic } from '../src/core/diagnostics';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  code: 'FO301',
  severity: 'error',
  summary: "unknown table 'ridez'",
  detail: 'Define tables/ridez.yaml or fix the name.',
  ...over,
});

describe('diagnostics as annotations', () => {
  it('maps a one-line range with columns, relative to the repository root', () => {
    const a = annotationOf(
      d({ range: { file: 'jobs/city.sql', start: { line: 3, column: 6 }, end: { line: 3, column: 11 } } }),
      'platform/flink',
    );
    expect(a).toEqual({
      level: 'error',
      message: "unknown table 'ridez'\nDefine tables/ridez.yaml or fix the name.",
      props: {
        title: "FO301 unknown table 'ridez'",
        file: 'platform/flink/jobs/city.sql',
        startLine: 3,
        endLine: 3,
        startColumn: 6,
        endColumn: 11,
      },
    });
  });

  it('drops columns on a multi-line range (GitHub refuses them) and maps severities', () => {
    const a = annotationOf(
      d({
        severity: 'warning',
        range: { file: 'tables/x.yaml', start: { line: 2, column: 1 }, end: { line: 5, column: 3 } },
      }),
      '.',
    );
    expect(a.level).toBe('warning');
    expect(a.props).toEqual({
      title: "FO301 unknown table 'ridez'",
      file: 'tables/x.yaml',
      startLine: 2,
      endLine: 5,
    });
    expect(annotationOf(d({ severity: 'info' }), '.').level).toBe('notice');
    expect(annotationOf(d({}), '.').props).toEqual({ title: "FO301 unknown table 'ridez'" });
  });
});
