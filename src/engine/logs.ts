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
  /**
   * The jobs the reader cares about (the failed ones): only log entries naming one of them, or
   * logged at WARN or ERROR, are kept, each with the stack trace under it. On a session cluster
   * the last lines are otherwise the other jobs' checkpoint chatter. Without a matching entry,
   * the plain tail.
   */
  jobIds?: readonly string[];
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

/** A log4j line that starts an entry: `2026-12-06 12:47:12,709 INFO …`. */
const ENTRY = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/;
const WARN_OR_ERROR = /^\d{4}-\d{2}-\d{2}[ T]\S+\s+(?:WARN|ERROR|FATAL)\b/;

const EXECUTION_GRAPH = /Created execution graph ([0-9a-f]{32}) for job ([0-9a-f]{32})/;
const FRAME = /^\s+(?:at |\.\.\. \d+ more)/;

/**
 * The log's entries that name one of `jobIds` (or the execution graph Flink created for one: its
 * tasks' lines name only that) or are warnings and errors, each with the exception under it, its
 * stack frames left out; empty when no entry names one of the jobs. Pure.
 */
export function relevantEntries(text: string, jobIds: readonly string[]): string {
  const ids = new Set(jobIds.filter((id) => id.length > 0));
  if (ids.size === 0) return '';
  const out: string[] = [];
  let keep = false;
  let named = false;
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (ENTRY.test(line)) {
      const graph = EXECUTION_GRAPH.exec(line);
      if (graph && ids.has(graph[2]!)) ids.add(graph[1]!);
      const names = [...ids].some((id) => line.includes(id));
      named ||= names;
      keep = names || WARN_OR_ERROR.test(line);
    }
    if (keep && !FRAME.test(line)) out.push(line);
  }
  return named ? out.join('\n') : '';
}

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
  const relevant = opts.jobIds ? relevantEntries(r.value, opts.jobIds) : '';
  const tail = tailLines(relevant || r.value, opts.lines ?? 50);
  return {
    lines: tail.lines.map((l) => {
      const masked = maskSecrets(l, secrets);
      return masked.length > max ? `${masked.slice(0, max)}…` : masked;
    }),
    truncated: tail.truncated,
  };
}
