/**
 * The tail of the JobManager log, for when something failed: `GET /jobmanager/log` (the main
 * log file; `GET /jobmanager/logs` lists the others), last lines only, secret values masked.
 * Never fails: a cluster that serves no log file (logging to stdout, a proxy in the way)
 * gives no lines and a note saying why.
 */
import { maskSecrets } from '../core/secrets';
import type { FlinkClient } from '../flink';

export interface JobManagerLogOptions {
  /** Lines to keep from the end. Default 50. */
  lines?: number;
  /** Resolved secret values: replaced by *** in every line. */
  secrets?: readonly string[];
  /** A line longer than this is cut (a stack trace on one line, a config dump). Default 2000. */
  maxLineLength?: number;
}

export interface JobManagerLogTail {
  /** Oldest first, secrets masked. */
  lines: string[];
  /** The log had more lines than were kept. */
  truncated: boolean;
  /** Why there are no lines, when the log could not be read. */
  unavailable?: string;
}

export { maskSecrets };

/** The last `lines` lines of a log text (trailing blank lines dropped). Pure. */
export function tailLines(text: string, lines: number): { lines: string[]; truncated: boolean } {
  const all = text.replace(/\r\n/g, '\n').split('\n');
  while (all.length > 0 && all[all.length - 1]!.trim() === '') all.pop();
  const n = Math.max(0, Math.floor(lines));
  return { lines: n === 0 ? [] : all.slice(-n), truncated: all.length > n };
}

export async function fetchJobManagerLog(
  client: Pick<FlinkClient, 'getJobManagerLog'>,
  opts: JobManagerLogOptions = {},
): Promise<JobManagerLogTail> {
  const secrets = opts.secrets ?? [];
  if (!client.getJobManagerLog)
    return { lines: [], truncated: false, unavailable: 'this client cannot read logs' };
  const r = await client.getJobManagerLog();
  if (!r.ok) {
    const why =
      r.error.status === 404
        ? 'the JobManager serves no log file (it may log to stdout only; see your log collector)'
        : r.error.message;
    return { lines: [], truncated: false, unavailable: maskSecrets(why, secrets) };
  }
  const max = opts.maxLineLength ?? 2000;
  const tail = tailLines(r.value, opts.lines ?? 50);
  return {
    lines: tail.lines.map((l) => {
      const masked = maskSecrets(l, secrets);
      return masked.length > max ? `${masked.slice(0, max)}…` : masked;
    }),
    truncated: tail.truncated,
  };
}
