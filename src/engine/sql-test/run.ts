/**
 * Runs a job's test cases on a real Flink through the SQL Gateway: one fresh session per
 * case, setup statements, one query per sink, compare. Whatever a case started is cancelled
 * and its session closed, whether it passed, failed or timed out.
 */

import type { DesiredJob } from '../../compile';
import { systemClock } from '../../core/clock';
import type { Diagnostic, SourceRange } from '../../core/diagnostics';
import { error } from '../../core/diagnostics';
import type { EngineProgress } from '../../core/progress';
import type { FlinkClient, FlinkError } from '../../flink';
import { actualRows, compareSink, isEmptyDiff, opOf, type Row, type RowDiff } from './compare';
import { AWAIT_SUBMIT_MS, cancelLeftovers } from './leftovers';
import { TEST_CODES, type TestFile } from './load';
import { slotsWhenNoneFree, waitedForSlots } from './preview';
import { type CaseProgram, caseProgram } from './program';

export interface SinkResult {
  sink: string;
  diff: RowDiff;
  received: number;
}

export interface CaseResult {
  name: string;
  range: SourceRange;
  mode: string;
  status: 'passed' | 'failed' | 'error';
  sinks: SinkResult[];
  /** A statement Flink refused, or a timeout. */
  error?: string;
  /** Stopped by Ctrl-C (or SIGTERM) before it finished: not Flink's doing. */
  interrupted?: true;
  /** Out of time (--timeout): not Flink's doing either. */
  timedOut?: true;
  durationMs: number;
}

export interface JobTestResult {
  job: string;
  file?: string;
  /** `stopped`: the run was asked to stop (Ctrl-C) before it came to this job's cases. */
  status: 'passed' | 'failed' | 'error' | 'no-tests' | 'stopped';
  cases: CaseResult[];
  diags: Diagnostic[];
}

export interface TestRunOptions {
  client: FlinkClient;
  timeoutMs: number;
  now: () => number;
  /** Waits between looks at the jobs a case leaves behind; a timer when absent. */
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (p: EngineProgress) => void;
  /** Only cases whose name contains this. */
  caseFilter?: string;
  /** Ctrl-C: no new case starts; the one under way stops, and its queries are cancelled. */
  stop?: AbortSignal;
}

/** Refuses the simulator, which cannot compute SQL results. */
export async function requireRealFlink(client: FlinkClient): Promise<Diagnostic | undefined> {
  const cfg = await client.getConfig();
  if (!cfg.ok)
    return error(
      TEST_CODES.notFlink,
      `Cannot reach the JobManager: ${describe(cfg.error)}`,
      "Check the environment's jobmanagerUrl / sqlGatewayUrl in flinkops.yaml, or pass --jobmanager-url and --sql-gateway-url (FLINKOPS_JOBMANAGER_URL / FLINKOPS_SQL_GATEWAY_URL); `npm run flink:up` starts a local Flink.",
    );
  const info = await client.getInfo();
  if (!info.ok)
    return error(
      TEST_CODES.notFlink,
      `Cannot reach the SQL Gateway: ${describe(info.error)}`,
      "Check the environment's sqlGatewayUrl in flinkops.yaml, or pass --sql-gateway-url (FLINKOPS_SQL_GATEWAY_URL).",
    );
  if (cfg.ok && (cfg.value.flinkRevision ?? '').startsWith('simulated'))
    return error(
      TEST_CODES.notFlink,
      'The cluster is the flinkops simulator, which cannot compute SQL results',
      'flinkops test and preview run on a real Flink: start one with `npm run flink:up -- --flink-version 1.20` and pass its FLINKOPS_SQL_GATEWAY_URL / FLINKOPS_JOBMANAGER_URL, or point --env at a real cluster.',
    );
  return undefined;
}

/** The SQL error Flink gave, without the gateway's wrapping exceptions and stack frames. */
export function describe(e: FlinkError): string {
  const text = e.causes.join('\n');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !l.startsWith('...') && !/^End of exception/.test(l));
  const root = [...lines].reverse().find((l) => /^Caused by: /.test(l) || /(Exception|Error): /.test(l));
  const msg = root?.replace(/^Caused by: /, '').replace(/^[\w.$]+\.(\w+(Exception|Error)): /, '$1: ');
  return msg ? msg : e.message;
}

function statementOptions(opts: TestRunOptions): { timeoutMs: number; signal?: AbortSignal } {
  return { timeoutMs: opts.timeoutMs, ...(opts.stop ? { signal: opts.stop } : {}) };
}

/**
 * A lookup join is a plain join in a case (the dimension table is the case's rows), and in
 * streaming mode a plain join's output has no time attribute: a window after it is refused.
 */
function lookupHint(job: DesiredJob, p: CaseProgram, e: FlinkError): string {
  const text = [e.message, ...e.causes].join('\n');
  if (
    p.mode !== 'streaming' ||
    !/time attribute/i.test(text) ||
    !/FOR\s+SYSTEM_TIME\s+AS\s+OF/i.test(job.script)
  )
    return '';
  return " A lookup join (FOR SYSTEM_TIME AS OF) runs as a plain join over the case's rows, and in streaming mode its output has no time attribute left for a window: give the case mode: batch.";
}

function formatMs(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 100) / 10} s`;
}

async function runCase(job: DesiredJob, p: CaseProgram, opts: TestRunOptions): Promise<CaseResult> {
  const started = opts.now();
  const base = { name: p.name, range: p.range, mode: p.mode, sinks: [] as SinkResult[] };
  const slots = await slotsWhenNoneFree(opts.client);
  if (slots !== undefined)
    opts.onProgress?.({ stage: 'slot-wait', query: `${job.name} / ${p.name}`, slotsTotal: slots });
  const pipelineName = `flinkops-test.${job.name}.${started.toString(36)}`;
  const session = await opts.client.openSession({
    sessionName: pipelineName,
    properties: { ...p.properties, 'pipeline.name': pipelineName },
  });
  if (!session.ok)
    return { ...base, status: 'error', error: describe(session.error), durationMs: opts.now() - started };
  const sh = session.value;
  const interrupted = (): CaseResult => ({
    ...base,
    status: 'error',
    error: 'stopped before it finished; its queries were cancelled',
    interrupted: true,
    durationMs: opts.now() - started,
  });
  // Stopped while a query ran: its job may be on its way to the cluster still.
  let queryStopped = false;
  try {
    for (const sql of p.setup) {
      const r = await opts.client.runStatement(sh, sql, statementOptions(opts));
      if (!r.ok && r.error.kind === 'aborted') return interrupted();
      if (!r.ok)
        return { ...base, status: 'error', error: describe(r.error), durationMs: opts.now() - started };
    }
    let failed = false;
    for (const q of p.queries) {
      opts.onProgress?.({ stage: 'test-query', job: job.name, test: p.name, sink: q.sink });
      const r = await opts.client.runStatement(sh, q.sql, statementOptions(opts));
      if (!r.ok && r.error.kind === 'aborted') {
        queryStopped = true;
        return interrupted();
      }
      if (!r.ok) {
        // Out of time with no slot ever given: say that, not that the statement did not finish.
        const starved =
          r.error.kind === 'timeout'
            ? await waitedForSlots(opts.client, pipelineName, "The case's query")
            : undefined;
        const timedOut = r.error.kind === 'timeout';
        const error = starved
          ? `${starved.summary}. ${starved.detail}`
          : timedOut
            ? `The query of ${q.sink} did not finish within ${formatMs(opts.timeoutMs)}: give a longer --timeout, or check the job's log on the cluster.`
            : describe(r.error) + lookupHint(job, p, r.error);
        return {
          ...base,
          status: 'error',
          error,
          ...(timedOut ? { timedOut: true as const } : {}),
          durationMs: opts.now() - started,
        };
      }
      const rows: Row[] = actualRows(q, r.value.rows);
      const ops = (r.value.kinds ?? []).map(opOf);
      while (ops.length < rows.length) ops.push('+I');
      for (const exp of p.expectations.filter((e) => e.sink === q.sink)) {
        const { diff } = compareSink(q, exp, { rows, ops });
        if (!isEmptyDiff(diff)) failed = true;
        base.sinks.push({ sink: q.sink, diff, received: rows.length });
      }
    }
    return { ...base, status: failed ? 'failed' : 'passed', durationMs: opts.now() - started };
  } finally {
    await opts.client.closeSession(sh);
    await cancelLeftovers(opts.client, pipelineName, {
      now: opts.now,
      sleep: opts.sleep ?? systemClock.sleep,
      ...(queryStopped ? { awaitSubmitMs: AWAIT_SUBMIT_MS } : {}),
    });
  }
}

/** The programs of a job's cases (those whose name contains `caseFilter`): checked offline, no cluster needed. */
export function jobTestPrograms(
  dir: string,
  job: DesiredJob,
  tf: TestFile,
  caseFilter?: string,
): { programs: CaseProgram[]; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const programs: CaseProgram[] = [];
  tf.spec.cases.forEach((c, i) => {
    if (caseFilter && !c.name.includes(caseFilter)) return;
    const p = caseProgram(dir, job, tf, i);
    diags.push(...p.diags);
    if (p.value) programs.push(p.value);
  });
  return { programs, diags };
}

export async function runJobTests(
  dir: string,
  job: DesiredJob,
  tf: TestFile,
  opts: TestRunOptions,
): Promise<JobTestResult> {
  const cases: CaseResult[] = [];
  const { programs, diags } = jobTestPrograms(dir, job, tf, opts.caseFilter);
  if (diags.some((d) => d.severity === 'error'))
    return { job: job.name, file: tf.file, status: 'error', cases, diags };
  if (programs.length === 0) return { job: job.name, file: tf.file, status: 'no-tests', cases, diags };
  for (const p of programs) {
    if (opts.stop?.aborted) break;
    opts.onProgress?.({ stage: 'test-case', job: job.name, test: p.name, mode: p.mode });
    cases.push(await runCase(job, p, opts));
  }
  const status = cases.some((c) => c.status === 'error')
    ? 'error'
    : cases.some((c) => c.status === 'failed')
      ? 'failed'
      : 'passed';
  return { job: job.name, file: tf.file, status, cases, diags };
}
