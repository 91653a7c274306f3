/**
 * The JobManager log's last lines for the result of an apply that failed, masked. Best effort: a
 * log that cannot be read says why, and never hides the apply's own result. report.ts puts them
 * under each failed change's root cause.
 */
import { fetchJobManagerLog } from '../src/engine/logs';
import type { FlinkClient } from '../src/flink';
import type { RunShared } from './run-shared';

/** Few and short enough that the result comment stays far below GitHub's 65,536 characters. */
const LOG_LINES = 30;
const MAX_LINE = 500;

export interface LogTail {
  lines: string[];
  /** Why there are no lines. */
  unavailable?: string;
}

export async function jobManagerLogTail(
  s: Pick<RunShared, 'secrets' | 'core'>,
  client: FlinkClient,
): Promise<LogTail> {
  let tail: LogTail;
  try {
    tail = await fetchJobManagerLog(client, {
      lines: LOG_LINES,
      maxLineLength: MAX_LINE,
      secrets: s.secrets.list(),
    });
  } catch (e) {
    tail = { lines: [], unavailable: e instanceof Error ? e.message : String(e) };
  }
  if (tail.lines.length > 0)
    s.core.info(`flinkops: the last ${tail.lines.length} lines of the JobManager log are in the job summary`);
  return {
    lines: tail.lines.map((l) => s.secrets.mask(l)),
    ...(tail.unavailable ? { unavailable: s.secrets.mask(tail.unavailable) } : {}),
  };
}
