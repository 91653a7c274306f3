/** The health part of a scheduled run's summary reads as a sentence for any number of jobs. */
import { describe, expect, it } from 'vitest';
import { renderHealthMarkdown } from '../action/operate-report';
import type { HealthReport } from '../src/engine/health';

const report = (n: number): HealthReport =>
  ({
    project: 'shop',
    env: 'dev',
    now: '2026-01-05T10:00:00Z',
    healthy: true,
    jobs: Array.from({ length: n }, (_, i) => ({ job: `j${i}`, healthy: true, breaches: [] })),
  }) as unknown as HealthReport;

describe('renderHealthMarkdown, every job healthy', () => {
  it('says one job passes its rules, several pass theirs, and none has nothing to check', () => {
    expect(renderHealthMarkdown(report(1), undefined)).toContain('✅ The job passes its health rules.');
    expect(renderHealthMarkdown(report(3), undefined)).toContain('✅ All 3 jobs pass their health rules.');
    expect(renderHealthMarkdown(report(0), undefined)).toContain('No job to check.');
    expect(renderHealthMarkdown(report(0), undefined)).not.toContain('All 0 jobs');
  });
});
