import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../sql';
import { isBatchJob } from './runtime-mode';

/** A compiled job as plan sees it: its statements analysed on first read. */
function job(script: string, reads: { n: number }) {
  return {
    script,
    get statements() {
      reads.n++;
      return analyzeScript(script, 'jobs/j.sql').statements;
    },
  };
}

describe('whether a job runs in batch mode', () => {
  it.each([
    ["SET 'execution.runtime-mode' = 'batch';\nINSERT INTO t SELECT 1;", true],
    ["SET 'execution.runtime-mode' = 'BATCH';\nINSERT INTO t SELECT 1;", true],
    [
      "SET 'execution.runtime-mode' = 'batch';\nSET 'execution.runtime-mode' = 'streaming';\nINSERT INTO t SELECT 1;",
      false,
    ],
    [
      "SET 'execution.runtime-mode' = 'batch';\nRESET 'execution.runtime-mode';\nINSERT INTO t SELECT 1;",
      false,
    ],
    ["SET 'execution.runtime-mode' = 'streaming';\nINSERT INTO t SELECT 1;", false],
  ])('the last SET of the key decides: %j', (script, batch) => {
    expect(isBatchJob(job(script, { n: 0 }))).toBe(batch);
  });

  it('does not analyse a script that never names the key (a plan asks it of every job)', () => {
    const reads = { n: 0 };
    expect(isBatchJob(job("SET 'parallelism.default' = '2';\nINSERT INTO t SELECT 1;", reads))).toBe(false);
    expect(reads.n).toBe(0);
  });
});
