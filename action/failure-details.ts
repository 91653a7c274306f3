/**
 * The JobManager log's last lines for the result of an apply that failed, masked. Best effort: a
 * log that cannot be read says why, and never hides the apply's own result. report.ts puts them
 * under each failed change's root cause.
 */
import type { JobManagerLogTail } from '../src/engine/logs';
import type { RunShared } from './run-shared';

/** Few and short enough that the result comment stays far below GitHub's 65,536 characters. */
export const LOG_LINES = 30;
export const MAX_LINE = 500;

export interface LogTail {
  lines: string[];
  /** Why there are no lines. */
  unavailable?: string;
}

/** The tail the engine read (runApply's `failureLog`), masked, and said to be in the job summary. */
export function logTailOf(s: Pick<RunShared, 'secrets' | 'core'>, tail: JobManagerLogTail): LogTail {
  if (tail.lines.length > 0)
    s.core.info(`flinkops: the last ${tail.lines.length} lines of the JobManager log are in the job summary`);
  return {
    lines: tail.lines.map((l) => s.secrets.mask(l)),
    ...(tail.unavailable ? { unavailable: s.secrets.mask(tail.unavailable) } : {}),
  };
}
