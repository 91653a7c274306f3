/**
 * runStatement: submit once, wait for the operation with poll(), then follow
 * `nextResultUri` until EOS. A failed statement becomes a `statement` error
 * carrying the SQL error the gateway put in `errors[1]` of the fetch answer.
 */
import type { Clock } from '../core/clock';
import type { RunStatementOptions } from './client';
import { type FlinkError, type FlinkResult, fail, ok } from './errors';
import { jobIdColumn } from './gateway-parse';
import { type PollOutcome, poll } from './poll';
import type { GatewayCalls } from './sql-gateway';
import type { ResultColumn, StatementResult } from './types';

const WAITING = new Set(['INITIALIZED', 'PENDING']);

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
    initialDelayMs: opts.poll?.initialDelayMs ?? 200,
    maxDelayMs: opts.poll?.maxDelayMs ?? 5_000,
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

  // 1. Wait until the operation runs or ends. RUNNING already streams results (SELECT), so stop there.
  const status = await poll<string, FlinkError>(
    async () => {
      const s = await gw.getOperationStatus(sh, oh);
      if (!s.ok) return { state: 'failed', cause: s.error };
      return WAITING.has(s.value)
        ? { state: 'pending', progress: s.value }
        : { state: 'completed', value: s.value };
    },
    pollOpts(`statement ${oh}`),
  );
  if (status.state === 'failed') return fail(status.cause);
  if (status.state !== 'completed') return fail(unfinished(status, `statement ${oh}`));

  // 2. A statement that ended badly: the fetch answers 500 with the SQL error.
  if (status.value !== 'FINISHED' && status.value !== 'RUNNING') {
    const r = await gw.fetchPage(sh, oh, 0, true);
    if (!r.ok && r.error.kind === 'http') {
      return fail(statementError(r.error.message, r.error.causes, r.error.status));
    }
    return fail(statementError(`the statement ended with status ${status.value}`));
  }

  // 3. Fetch every page. Ready pages are read back to back; NOT_READY (or an empty page) backs off.
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
        // Flink answers a failed operation's fetch with 500, so that is not retried; a proxy's
        // 502/503/504 is, through poll's backoff (fetching a page is idempotent).
        const r = await gw.fetchPage(sh, oh, next, true);
        if (!r.ok) {
          // A 500 is the statement's error only if the operation says it failed; else the server's.
          const serverError =
            r.error.kind === 'http' && (r.error.status ?? 0) >= 500 && (await stillFine(gw, sh, oh));
          if (
            r.error.kind === 'http' &&
            r.error.status !== undefined &&
            (serverError || [502, 503, 504].includes(r.error.status))
          ) {
            return { state: 'pending', progress: `HTTP ${r.error.status}` };
          }
          return {
            state: 'failed',
            cause:
              r.error.kind === 'http'
                ? statementError(r.error.message, r.error.causes, r.error.status)
                : r.error,
          };
        }
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
    pollOpts(`results of statement ${oh}`),
  );
  if (fetched.state === 'failed') return fail(fetched.cause);
  if (fetched.state !== 'completed') return fail(unfinished(fetched, `results of statement ${oh}`));

  if (opts.closeOperation !== false) await gw.closeOperation(sh, oh);
  const result: StatementResult = { columns, rows, kinds, operationHandle: oh, truncated };
  const id = jobId ?? jobIdColumn(columns, rows);
  if (id) result.jobId = id;
  return ok(result);
}

/** The operation has not failed (its status reads, and is not ERROR/CANCELED/CLOSED/TIMEOUT). */
async function stillFine(gw: GatewayCalls, sh: string, oh: string): Promise<boolean> {
  const s = await gw.getOperationStatus(sh, oh);
  return s.ok && (s.value === 'RUNNING' || s.value === 'FINISHED' || WAITING.has(s.value));
}
