/** State documents for the state-store tests: a store of `jobs` running jobs, and one step's edit. */
import { appendHistory, emptyState, type StateDoc, setCurrent } from '../src/state';

export const T0 = Date.parse('2026-03-01T10:00:00Z');

/** shop/prod with `jobs` running jobs, job_0 … job_{jobs-1}. */
export function docOf(jobs: number): StateDoc {
  let doc = emptyState('shop', 'prod');
  for (let i = 0; i < jobs; i++) {
    doc = setCurrent(
      doc,
      `job_${i}`,
      {
        specHash: `h${i}`,
        script: `INSERT INTO sink_${i} SELECT * FROM src_${i};`,
        parallelism: 2,
        jobId: 'a'.repeat(32),
        deployedAt: '2026-03-01T09:00:00.000Z',
      },
      'running',
    );
  }
  return doc;
}

/** The edit of step `n` of an apply: one history entry of `job`. */
export const step = (doc: StateDoc, job: string, n: number) =>
  appendHistory(doc, job, {
    time: new Date(T0 + n * 1000).toISOString(),
    action: 'savepoint',
    detail: `step ${n}`,
  });
