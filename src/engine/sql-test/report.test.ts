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
});
