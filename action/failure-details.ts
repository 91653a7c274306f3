/**
 * Why an apply failed, for the job summary and the result comment: the root cause of each
 * failed change and the last JobManager log lines, masked. Best effort: a log that cannot be
 * read says why, and never hides the apply's own result.
 */
import type { ApplyReport } from '../src/apply';
import { fetchJobManagerLog } from '../src/engine/logs';
import type { FlinkClient } from '../src/flink';
import { renderFailureDetails } from '../src/render';
import type { RunShared } from './run-shared';

/** Few and short enough that the result comment stays far below GitHub's 65,536 characters. */
const LOG_LINES = 30;
const MAX_LINE = 500;

export async function failureDetails(
  s: Pick<RunShared, 'secrets' | 'core'>,
  client: FlinkClient,
  report: ApplyReport,
): Promise<string | undefined> {
  let lines: string[] = [];
  let unavailable: string | undefined;
  try {
    const tail = await fetchJobManagerLog(client, {
      lines: LOG_LINES,
      maxLineLength: MAX_LINE,
      secrets: s.secrets.list(),
    });
    lines = tail.lines;
    unavailable = tail.unavailable;
  } catch (e) {
    unavailable = e instanceof Error ? e.message : String(e);
  }
  const md = renderFailureDetails(report, lines, {
    format: 'markdown',
    ...(unavailable ? { logUnavailable: unavailable } : {}),
  });
  if (!md) return undefined;
  if (lines.length > 0)
    s.core.info(`flinkops: the last ${lines.length} lines of the JobManager log are in the job summary`);
  return s.secrets.mask(md).replace(/^### /m, '#### ');
}
