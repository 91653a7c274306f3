/**
 * A job's script run in a throwaway SQL Gateway session: its leading SETs as session properties, a
 * statement set in one request, probes run again after a transient failure.
 */

import { type DesiredJob, type DesiredState, ownRange } from '../compile';
import { systemClock } from '../core/clock';
import type { Diagnostic, SourceRange } from '../core/diagnostics';
import type { FlinkClient } from '../flink';
import { type FlinkError, type FlinkResult, flinkPosition, isTransient } from '../flink/errors';
import { explained, type Lasting, READ_ONLY, SET_MARKERS } from '../sql/probe-scope';
import type { Statement } from '../sql/types';
import {
  type ExplainOptions,
  explainText,
  lastingIn,
  lookUp,
  ONLY_SUCCESS,
  setUp,
  untemplate,
} from './explain-session';
import { notValidated, skipped } from './explain-skipped';
import { locate, locateAt, rejected } from './planner-rejections';

/**
 * What a run in one throwaway session gives; `again`: it may have failed on a leading SET;
 * `transient`: a statement failed on the way (a lost connection, a proxy's 502), not in Flink.
 */
export interface Probed<T> {
  value: T;
  again: boolean;
  transient?: boolean;
}

/** Runs of a probe, each in a fresh session, when a statement of it fails on the way. */
const PROBE_RUNS = 3;

/**
 * A failure of a probe's statement worth a fresh session: the connection, or a server or proxy
 * error that is not Flink refusing the SQL. Not a timeout (the statement may be slow to plan:
 * another run would wait as long), and not opening the session (the client retried that already).
 */
export function probeAgain(e: FlinkError): boolean {
  return e.kind === 'network' || (e.kind === 'http' && isTransient(e));
}

/**
 * `run` in a session opened with the script's leading SETs as its properties, and again one
 * statement at a time when something failed there. Flink checks a SET's value when the SET runs,
 * but not a property when a session opens: a bad value fails a later statement, and only the run
 * one statement at a time lays the failure on the SET at fault.
 */
export async function withLeadingSets<T>(
  statements: readonly Statement[],
  run: (lead: LeadingSets) => Promise<Probed<T>>,
  opts: ExplainOptions,
): Promise<T> {
  // Nothing of a probe outlives its session: one that failed on the way runs again, whole, in a
  // fresh one (a plan otherwise lost the job's validation, or its state verdict, to a 502).
  const runs = async (lead: LeadingSets) => {
    let r = await run(lead);
    for (let n = 1; n < PROBE_RUNS && r.transient; n++) {
      await (opts.clock ?? systemClock).sleep(500 * 2 ** (n - 1));
      r = await run(lead);
    }
    return r;
  };
  const lead = leadingSets(statements);
  if (lead.count > 0) {
    const fast = await runs(lead);
    if (!fast.again) return fast.value;
  }
  return (await runs(NO_LEAD)).value;
}

/** Runs `job`'s script in a throwaway session opened with the `lead` SETs as its properties. */
export async function probeJob(
  client: FlinkClient,
  desired: DesiredState,
  job: DesiredJob,
  opts: ExplainOptions,
  lead: LeadingSets,
  ctas: boolean,
  known: Lasting | undefined,
): Promise<Probed<Diagnostic[]>> {
  const statements = job.statements;
  const ownRanges = job.sourceRanges ?? [];
  const firstOwn = statements.length - ownRanges.length;
  const session = await openProbeSession(client, job.name, lead);
  if (!session.ok) return { value: [notValidated(session.error)], again: refused(lead, session.error) };
  const sh = session.value;
  /** An EXPLAIN in the session: whether Flink's planner accepts `text`. */
  const explain = (text: string) =>
    client.runStatement(sh, untemplate(text), { timeoutMs: opts.timeoutMs ?? 120_000, ...ONLY_SUCCESS });
  /** Runs `probe` in the session: an EXPLAIN of what would start the job, or a session set-up. */
  const run = async (probe: Statement): Promise<{ r: FlinkResult<unknown>; shift: number } | undefined> => {
    if (explained(probe, ctas)) {
      const { text, shift } = explainText(probe);
      return { r: await explain(text), shift };
    }
    if (READ_ONLY.has(probe.kind)) return { r: await explain(probe.text), shift: 0 };
    if (SET_MARKERS.has(probe.kind)) return undefined;
    // Nothing of the script outlives the session (lastingStatement): the rest sets it up.
    return { r: await setUp(client, sh, untemplate(probe.text), opts), shift: 0 };
  };
  const failed = (probe: Statement, e: FlinkError, at: SourceRange | undefined): Probed<Diagnostic[]> => {
    const again = refused(lead, e);
    if (e.kind !== 'statement') return { value: [notValidated(e)], again, transient: probeAgain(e) };
    return { value: [rejected(desired, job, probe, e, at, opts.dir)], again };
  };
  try {
    // Unknown (a store that may keep catalogs): read from the session's configuration.
    let lasting = known;
    if (!lasting) {
      const read = await lastingIn(client, sh, statements, ctas);
      if (!read.ok)
        return { value: [notValidated(read.error)], again: false, transient: probeAgain(read.error) };
      if (read.value.unchecked)
        return {
          value: [skipped(job, read.value.unchecked, ownRange(job, read.value.unchecked))],
          again: false,
        };
      lasting = read.value;
    }
    for (let i = lead.count; i < statements.length; i++) {
      const st = statements[i]!;
      const own = ownRanges[i - firstOwn];
      if (lasting.checked.has(st)) {
        // Where the object is there, Flink skips the statement: so does the probe.
        const r = await lookUp(client, sh, st, opts);
        if (r.ok) continue;
        if (r.error.kind !== 'statement') return failed(st, r.error, own);
        return { value: [skipped(job, st, own, true)], again: false };
      }
      const set = statementSet(statements, i, ownRanges, firstOwn);
      if (set) {
        // A statement set in one EXPLAIN, as Flink plans and submits it (one planner round trip,
        // not one an INSERT). A failure Flink locates ("line L, column C" of the set) is reported
        // there; one it does not (a sink's schema, a connector) is looked for INSERT by INSERT,
        // so it falls on the INSERT at fault.
        const r = await explain(set.text);
        i = set.last;
        if (r.ok) continue;
        const position = flinkPosition(r.error);
        if (r.error.kind !== 'statement' || position)
          return failed(st, r.error, position ? set.at(position.line, position.column) : own);
        for (const insert of set.inserts) {
          const one = await run(insert.st);
          if (one && !one.r.ok)
            return failed(
              insert.st,
              one.r.error,
              insert.own && locate(one.r.error, insert.own, one.shift, insert.st.text),
            );
        }
        return failed(st, r.error, own);
      }
      const inner = st.kind === 'statement_set' && st.inner?.length === 1 ? st.inner : [st];
      for (const probe of inner) {
        const one = await run(probe);
        if (one && !one.r.ok)
          return failed(
            probe,
            one.r.error,
            own && locate(one.r.error, within(own, st, probe), one.shift, probe.text),
          );
      }
    }
    return { value: [], again: false };
  } finally {
    await client.closeSession(sh);
  }
}

/** The SETs a script starts with (its settings' SET lines), as session properties. */
export interface LeadingSets {
  count: number;
  properties: Record<string, string>;
}

const NO_LEAD: LeadingSets = { count: 0, properties: {} };

/**
 * A script's leading `SET 'key' = 'value'` statements, which a session can take as properties
 * when it opens: one round trip instead of one each (a SET costs 15–70 ms on a real gateway,
 * which builds a table environment to check it).
 */
function leadingSets(statements: readonly Statement[]): LeadingSets {
  const properties: Record<string, string> = {};
  let count = 0;
  for (const st of statements) {
    if (st.kind !== 'set' || st.set?.key === undefined) break;
    properties[untemplate(st.set.key)] = untemplate(st.set.value ?? '');
    count++;
  }
  return count === 0 ? NO_LEAD : { count, properties };
}

export function openProbeSession(
  client: FlinkClient,
  job: string,
  lead: LeadingSets,
): Promise<FlinkResult<string>> {
  return client.openSession({
    sessionName: `flinkops-plan-${job}`,
    ...(lead.count > 0 ? { properties: lead.properties } : {}),
  });
}

/** Whether a failure in a session opened with `lead` may be a SET's, and is worth a run one statement at a time. */
export function refused(lead: LeadingSets, e: FlinkError): boolean {
  return lead.count > 0 && (e.kind === 'statement' || e.kind === 'http');
}

/** A statement set of two INSERTs or more, explained in one request. */
interface WholeSet {
  /** `EXPLAIN STATEMENT SET BEGIN ... END`. */
  text: string;
  /** Its INSERTs, each with where it is in the user's file (when the statement is the user's). */
  inserts: { st: Statement; own: SourceRange | undefined }[];
  /** Where `line`, `column` of `text` is in the user's file. */
  at(line: number, column: number): SourceRange | undefined;
  /** The script's index of the set's last statement (END; of the SQL client's form). */
  last: number;
}

/**
 * The statement set that starts at `statements[i]`: `EXECUTE STATEMENT SET BEGIN ... END;`, or the
 * SQL client's `BEGIN STATEMENT SET; INSERT ...; ... END;`, as one EXPLAIN of the whole set.
 */
function statementSet(
  statements: readonly Statement[],
  i: number,
  ownRanges: readonly SourceRange[],
  firstOwn: number,
): WholeSet | undefined {
  const st = statements[i]!;
  const own = ownRanges[i - firstOwn];
  if (st.kind === 'statement_set') {
    if ((st.inner?.length ?? 0) < 2) return undefined;
    const { text, shift } = explainText(st);
    return {
      text,
      inserts: st.inner!.map((insert) => ({ st: insert, own: own && within(own, st, insert) })),
      at: (line, column) => own && locateAt(line, column, own, shift),
      last: i,
    };
  }
  if (st.kind !== 'begin_statement_set') return undefined;
  const end = statements.findIndex((s, j) => j > i && s.kind === 'end');
  const body = statements.slice(i + 1, end);
  if (end < 0 || body.length < 2 || body.some((s) => s.kind !== 'insert')) return undefined;
  // Each INSERT on lines of its own, so a line of the text is a line of one INSERT.
  const lines = ['EXPLAIN STATEMENT SET BEGIN'];
  const inserts = body.map((insert, k) => {
    const from = lines.length + 1;
    lines.push(...`${insert.text.replace(/;\s*$/, '')};`.split('\n'));
    return { st: insert, own: ownRanges[i + 1 + k - firstOwn], from };
  });
  lines.push('END');
  return {
    text: lines.join('\n'),
    inserts,
    at: (line, column) => {
      const insert = inserts.findLast((x) => x.from <= line);
      return insert?.own ? locateAt(line - insert.from + 1, column, insert.own, 0) : own;
    },
    last: end,
  };
}

/** Where `inner` (a statement inside `outer`) starts in the user's file, given where `outer` is there. */
export function within(own: SourceRange, outer: Statement, inner: Statement): SourceRange {
  if (inner === outer) return own;
  const dl = inner.range.start.line - outer.range.start.line;
  const start = {
    line: own.start.line + dl,
    column:
      dl === 0
        ? own.start.column + inner.range.start.column - outer.range.start.column
        : inner.range.start.column,
  };
  return { file: own.file, start, end: start };
}
