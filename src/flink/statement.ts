/**
 * runStatement: submit once, then fetch its results with poll(), following
 * `nextResultUri` until EOS. A failed statement becomes a `statement` error
 * carrying the SQL error the gateway put in `errors[1]` of the fetch answer.
 */
import type { Clock } from '../core/clock';
import type { RunStatementOptions } from './client';
import { type FlinkError, type FlinkResult, fail, ok } from './errors';
import { jobIdColumn } from './gateway-parse';
import { type PollOutcome, type PollStep, poll } from './poll';
import type { GatewayCalls } from './sql-gateway';
import type { ResultColumn, StatementResult } from './types';

const WAITING = new Set(['INITIALIZED', 'PENDING']);
/**
 * The longest pause between two fetches of a statement's results: the pace of Flink's own SQL
 * client, which fetches every 100 ms until an operation has results. A fetch of a running
 * operation only reads its status on the gateway.
 */
const STATEMENT_POLL_MAX_MS = 100;

export async function runStatement(
  gw: GatewayCalls,
  clock: Clock,
  sh: string,
  sql: string,
  opts: RunStatementOptions = {},
): Promise<FlinkResult<StatementResult>> {
  const exec = await gw.executeStatement(sh, sql, opts);
  if (!exec.ok) return exec;
  const oh = exec.value;
  const route = 'POST /sessions/{session_handle}/statements';
  const deadline = clock.now() + (opts.timeoutMs ?? 300_000);
  const pollOpts = (what: string) => ({
    what,
    clock,
    timeoutMs: Math.max(0, deadline - clock.now()),
    // A set-up statement ends in milliseconds, an EXPLAIN or a submission in a second or two:
    // start small, and never pause long, or the answer waits for the next fetch (doubling up to
    // seconds left an EXPLAIN that took 0.5 s unread for 0.3 s more on a real gateway).
    initialDelayMs: opts.poll?.initialDelayMs ?? 10,
    maxDelayMs: opts.poll?.maxDelayMs ?? STATEMENT_POLL_MAX_MS,
    factor: opts.poll?.factor ?? 2,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.poll?.onProgress ? { onProgress: opts.poll.onProgress } : {}),
  });
  const statementError = (message: string, causes: string[] = [], status?: number): FlinkError => ({
    kind: 'statement',
    service: 'gateway',
    call: route,
    message,
    causes,
    ...(status === undefined ? {} : { status }),
  });
  const unfinished = <T, E>(o: PollOutcome<T, E>, what: string): FlinkError => ({
    kind: o.state === 'aborted' ? 'aborted' : 'timeout',
    service: 'gateway',
    call: route,
    message:
      o.state === 'aborted' ? 'aborted' : `${what} did not finish within ${Math.round(o.elapsedMs / 1000)} s`,
    causes: [],
    // The statement was accepted: an INSERT may still submit its job.
    mayHaveReachedServer: true,
  });

  // Fetch from the start: Flink answers NOT_READY while the operation waits or runs without
  // results yet, and 500 once it failed, so asking its status first only costs a round trip per
  // statement. Ready pages are read back to back; NOT_READY (or an empty page) backs off.
  let columns: ResultColumn[] = [];
  const rows: unknown[][] = [];
  const kinds: string[] = [];
  let jobId: string | undefined;
  let next: number | string = 0;
  let truncated = false;
  const max = opts.maxRows ?? Number.POSITIVE_INFINITY;
  const fetched = await poll<true, FlinkError>(
    async () => {
      for (;;) {
        // Flink answers a failed operation's fetch with 500, so that is not retried as such; a
        // 5xx while the operation still runs is, through poll's backoff (fetching is idempotent).
        const r = await gw.fetchPage(sh, oh, next, true);
        if (!r.ok) return failedFetch(gw, sh, oh, r.error, statementError);
        const page = r.value;
        if (page.jobId) jobId = page.jobId;
        if (page.columns.length > 0) columns = page.columns;
        for (const row of page.rows) {
          if (rows.length >= max) {
            truncated = true;
            break;
          }
          rows.push(row.fields);
          kinds.push(row.kind);
        }
        if (truncated || page.resultType === 'EOS' || !page.nextResultUri)
          return { state: 'completed', value: true };
        next = page.nextResultUri;
        if (page.resultType === 'NOT_READY' || page.rows.length === 0)
          return { state: 'pending', progress: page.resultType };
      }
    },
    pollOpts(`statement ${oh}`),
  );
  if (fetched.state === 'failed') return fail(fetched.cause);
  if (fetched.state !== 'completed') return fail(unfinished(fetched, `statement ${oh}`));

  if (opts.closeOperation !== false) await gw.closeOperation(sh, oh);
  const result: StatementResult = { columns, rows, kinds, operationHandle: oh, truncated };
  const id = jobId ?? jobIdColumn(columns, rows);
  if (id) result.jobId = id;
  return ok(result);
}

/**
 * What a failed fetch means, from the operation's status (asked only now, on failure): the
 * statement's own error when the operation ended badly (Flink's 500 carries the SQL error); a
 * server or proxy hiccup to retry while it still runs; the status call's error when even that fails.
 */
async function failedFetch(
  gw: GatewayCalls,
  sh: string,
  oh: string,
  e: FlinkError,
  statementError: (message: string, causes?: string[], status?: number) => FlinkError,
): Promise<PollStep<true, FlinkError>> {
  if (e.kind !== 'http') return { state: 'failed', cause: e };
  const s = await gw.getOperationStatus(sh, oh);
  if (!s.ok) return { state: 'failed', cause: s.error };
  const running = s.value === 'RUNNING' || s.value === 'FINISHED' || WAITING.has(s.value);
  // A finished query whose job failed (a division by zero, a bad record) answers every fetch
  // with 500 and the job's exception: that is its error, not a hiccup to wait out.
  const jobFailed = s.value === 'FINISHED' && e.causes.some((c) => /\w+(Exception|Error): /.test(c));
  if (running && !jobFailed && (e.status ?? 0) >= 500)
    return { state: 'pending', progress: `HTTP ${e.status}` };
  return { state: 'failed', cause: statementError(e.message, e.causes, e.status) };
}
