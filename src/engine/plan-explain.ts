/**
 * Plan-time validation against the cluster's planner: for each job the plan creates or
 * upgrades, a throwaway SQL Gateway session runs the script's session-scoped statements
 * (SET, CREATE TEMPORARY TABLE / VIEW / FUNCTION, ADD JAR, USE, LOAD MODULE) and then
 * EXPLAINs each statement that would start the job. Nothing is submitted. What the planner
 * rejects — an unknown column, a type error, a missing connector or UDF jar — becomes an
 * FO630 error at the job file's line (or the table / UDF file whose DDL failed), before
 * anything is applied. A gateway that cannot be used gives one FO631 warning instead.
 */

import { type DesiredJob, type DesiredState, ownRange } from '../compile';
import { type Clock, systemClock } from '../core/clock';
import { type Diagnostic, error, positionIn, type SourceRange, warning } from '../core/diagnostics';
import { parseExecutionPlan, type StreamGraph } from '../core/stream-graph';
import { escapeRegExp, LineIndex } from '../core/text';
import type { FlinkClient } from '../flink';
import { type FlinkError, type FlinkResult, flinkPosition, isTransient } from '../flink/errors';
import type { LiveState } from '../observe';
import { mapPool, refusalHint } from '../observe';
import type { JobChange, Plan } from '../plan';
import { type ExplainedJob, type ExplainedPair, type TableFacts, tableFacts } from '../plan/explained-job';
import { recordOf } from '../plan/rename';
import { analyzeScript } from '../sql';
import { isOp, isWord, lex, type Token } from '../sql/lexer';
import {
  catalogStoreOf,
  existenceCheck,
  explained,
  LASTING_STORE,
  type Lasting,
  lastingStatement,
  lastingUnder,
  perSessionStore,
  READ_ONLY,
  SET_MARKERS,
} from '../sql/probe-scope';
import type { Statement } from '../sql/types';
import type { StateDoc } from '../state/model';

export const EXPLAIN_CODES = {
  /** Error: the cluster's planner rejects a statement of a job the plan would start. */
  rejected: 'FO630',
  /** Warning: the changed jobs could not be validated against the cluster's planner. */
  notValidated: 'FO631',
  /** Info: a job's script creates objects that outlive a session, so it is not run for a plan. */
  skipped: 'FO632',
  /** Warning: the planner refused a value plan holds back, a `${secret.X}` placeholder. */
  placeholder: 'FO637',
} as const;

/** Jobs whose script the plan starts: only these are worth a round trip to the planner. */
const STARTING = new Set(['create', 'upgrade']);
/** Jobs the plan starts again: with the repository's script, which may not be the one that ran. */
const RESTARTING = new Set(['resume', 'recover']);

/**
 * Whether the plan starts `c`'s job with a script Flink's planner has not run: a new job, an
 * upgrade, or a resume or recovery whose script changed since the job last ran (the stopped
 * version ran the recorded one).
 */
export function startsNewScript(c: JobChange): boolean {
  if (c.refused) return false;
  return STARTING.has(c.action) || (RESTARTING.has(c.action) && !!c.sqlDiff);
}
/**
 * A probe needs only whether Flink accepted the statement: the first page of results says so
 * (a failed operation's fetch answers its error), and closing the session closes its operations.
 * Two calls a statement (submit, first page) where it is quick.
 */
const ONLY_SUCCESS = { maxRows: 0, closeOperation: false } as const;

export interface ExplainOptions {
  concurrency?: number;
  /** Per statement, ms. */
  timeoutMs?: number;
  /** Jobs not to validate (their whole new script was explained already). */
  skip?: ReadonlySet<string>;
  /** `moveFrom` with a SQL Gateway: the old release's planner, for the graphs of moving jobs. */
  previous?: FlinkClient;
  /** Waits between runs of a probe that failed on the way (the system clock by default). */
  clock?: Clock;
  /** The repository, to point a refused table option at its line (the table file's start without). */
  dir?: string;
}

export async function explainChangedJobs(
  client: FlinkClient,
  desired: DesiredState,
  plan: Plan,
  opts: ExplainOptions = {},
): Promise<Diagnostic[]> {
  const starting = new Set(
    plan.changes.filter((c) => startsNewScript(c) && !opts.skip?.has(c.job)).map((c) => c.job),
  );
  const jobs = desired.jobs.filter((j) => starting.has(j.name));
  if (jobs.length === 0) return [];
  const results = await mapPool(jobs, opts.concurrency ?? 4, (job) => explainJob(client, desired, job, opts));
  const diags = results.flat();
  const unreachable = diags.filter((d) => d.code === EXPLAIN_CODES.notValidated);
  // One warning for an unusable gateway, not one per job.
  return unreachable.length > 1
    ? [...diags.filter((d) => d.code !== EXPLAIN_CODES.notValidated), unreachable[0]!]
    : diags;
}

/**
 * A session-scoped statement (SET, CREATE TEMPORARY ..., USE, ADD JAR, ...) run for its effect on
 * the session: through configure-session where the gateway has it (API v2, Flink 1.17+), one
 * synchronous call with nothing to poll, else as a statement. Either way a statement Flink
 * refuses is a `statement` error.
 */
async function setUp(
  client: FlinkClient,
  sh: string,
  text: string,
  opts: ExplainOptions,
): Promise<FlinkResult<unknown>> {
  if (!(await client.capabilities()).supportsConfigureSession)
    return client.runStatement(sh, text, { timeoutMs: opts.timeoutMs ?? 120_000, ...ONLY_SUCCESS });
  return client.configureSession(sh, text);
}

/**
 * Why a job's script is not run in a throwaway session: `lasting` would outlive it, or start the
 * job; `absent`: it is a CREATE ... IF NOT EXISTS whose object is not there yet.
 */
function notRunBecause(lasting: Statement, absent = false): string {
  if (absent) return `the script creates ${createdName(lasting)}, which does not exist yet`;
  return lasting.kind === 'create_table_as'
    ? 'the script has a CREATE TABLE ... AS statement, which Flink before 2.0 cannot EXPLAIN (running it would start the job)'
    : `the script has a ${lasting.kind.replaceAll('_', ' ')} statement, which outlives a session`;
}

/** The name a CREATE statement gives its object, as written (`lake.shop.orders`). */
function createdName(st: Statement): string {
  return (st.table ?? st.view ?? st.database)?.name.parts.join('.') ?? st.kind.replaceAll('_', ' ');
}

/** `EXPLAIN` of a statement, keeping every position: EXECUTE → EXPLAIN has the same length. */
function explainText(st: Statement): { text: string; shift: number } {
  if (/^EXECUTE\b/i.test(st.text)) return { text: `EXPLAIN${st.text.slice('EXECUTE'.length)}`, shift: 0 };
  return { text: `EXPLAIN ${st.text}`, shift: 'EXPLAIN '.length };
}

/**
 * Whether the object a lasting `CREATE ... IF NOT EXISTS` names is there: its read-only look-up
 * (existenceCheck) in session `sh`, which Flink refuses where the object is not.
 */
function lookUp(
  client: FlinkClient,
  sh: string,
  st: Statement,
  opts: ExplainOptions,
): Promise<FlinkResult<unknown>> {
  return client.runStatement(sh, untemplate(existenceCheck(st)!), {
    timeoutMs: opts.timeoutMs ?? 120_000,
    ...ONLY_SUCCESS,
  });
}

/** `$${` is the template's escape of a literal `${`; secret placeholders stay as they are. */
function untemplate(text: string): string {
  return text.replaceAll('$${', '${');
}

async function explainJob(
  client: FlinkClient,
  desired: DesiredState,
  job: DesiredJob,
  opts: ExplainOptions,
): Promise<Diagnostic[]> {
  const statements = job.statements;
  const ctas = (await client.capabilities()).explainsCreateTableAs;
  // Statements that outlive the session (a CREATE TABLE in a catalog the script creates, ...) are
  // not run for a plan; those that do only where the gateway keeps its catalogs are looked at
  // under the store of the probe's session.
  // A CREATE ... IF NOT EXISTS among them is looked for instead: where its object is there, Flink
  // skips it, and the rest of the script is run.
  const lasting = lastingUnder(statements, ctas, perSessionStore());
  if (lasting.unchecked) return [skipped(job, lasting.unchecked, ownRange(job, lasting.unchecked))];
  const mayLast = lastingStatement(statements, ctas, LASTING_STORE) !== undefined;
  return withLeadingSets(
    statements,
    (lead) => probeJob(client, desired, job, opts, lead, ctas, mayLast ? undefined : lasting),
    opts,
  );
}

/**
 * The statements of a script that would outlive the open session `sh`, under the catalog store its
 * configuration names (Flink's default keeps nothing beyond the session).
 */
async function lastingIn(
  client: FlinkClient,
  sh: string,
  statements: readonly Statement[],
  ctas: boolean,
): Promise<FlinkResult<Lasting>> {
  const config = await client.getSessionConfig(sh);
  return config.ok
    ? { ok: true, value: lastingUnder(statements, ctas, catalogStoreOf(config.value)) }
    : config;
}

/**
 * What a run in one throwaway session gives; `again`: it may have failed on a leading SET;
 * `transient`: a statement failed on the way (a lost connection, a proxy's 502), not in Flink.
 */
interface Probed<T> {
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
function probeAgain(e: FlinkError): boolean {
  return e.kind === 'network' || (e.kind === 'http' && isTransient(e));
}

/**
 * `run` in a session opened with the script's leading SETs as its properties, and again one
 * statement at a time when something failed there. Flink checks a SET's value when the SET runs,
 * but not a property when a session opens: a bad value fails a later statement, and only the run
 * one statement at a time lays the failure on the SET at fault.
 */
async function withLeadingSets<T>(
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
async function probeJob(
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
interface LeadingSets {
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

function openProbeSession(client: FlinkClient, job: string, lead: LeadingSets): Promise<FlinkResult<string>> {
  return client.openSession({
    sessionName: `flinkops-plan-${job}`,
    ...(lead.count > 0 ? { properties: lead.properties } : {}),
  });
}

/** Whether a failure in a session opened with `lead` may be a SET's, and is worth a run one statement at a time. */
function refused(lead: LeadingSets, e: FlinkError): boolean {
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
function within(own: SourceRange, outer: Statement, inner: Statement): SourceRange {
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

/** How to have the planner check a job whose script creates `st`: Flink has no temporary catalog or database. */
function lastingAdvice(st: Statement): string {
  if (st.kind === 'create_catalog')
    return "This SQL Gateway's catalog store keeps the catalogs its sessions create (table.catalog-store.kind is not generic_in_memory), and Flink has no temporary catalog: to have plan check the job, register the catalog in that store once and remove the CREATE CATALOG from the job.";
  if (CREATES.has(st.kind))
    return `Write CREATE ${CREATES.get(st.kind)} IF NOT EXISTS ${createdName(st)}: Flink refuses to create an object that exists, so every later start of the job (an upgrade, a resume, a recovery, a rollback) would fail on this statement; with IF NOT EXISTS, plans check the job once the object exists. Use CREATE TEMPORARY ... only for a table of another connector that only the job needs.`;
  return 'Use CREATE TEMPORARY ... for objects only the job needs.';
}

/** The CREATE statements a lasting catalog keeps the object of, and the word that names it. */
const CREATES = new Map([
  ['create_table', 'TABLE'],
  ['create_view', 'VIEW'],
  ['create_database', 'DATABASE'],
]);

/** FO632 for `st`; `absent`: a CREATE ... IF NOT EXISTS whose object is not there yet. */
function skipped(job: DesiredJob, st: Statement, range: SourceRange | undefined, absent = false): Diagnostic {
  const d: Diagnostic = absent
    ? {
        code: EXPLAIN_CODES.skipped,
        severity: 'info',
        summary: `Job ${job.name} was not validated against the cluster's planner: ${notRunBecause(st, true)}`,
        detail: `This statement would create ${createdName(st)} in a catalog that keeps its objects beyond the plan's session, so plan does not run the script; the planner checks it when apply submits it, and an upgrade's state verdict is an estimate. Once the job's first start (or anyone) has created it, Flink skips this statement, and so do plans: they run the rest of the script and check the job.`,
      }
    : st.kind === 'create_table_as'
      ? {
          code: EXPLAIN_CODES.skipped,
          severity: 'info',
          summary: `Job ${job.name} was not validated against the cluster's planner: Flink before 2.0 cannot EXPLAIN a CREATE TABLE ... AS`,
          detail:
            "Running the statement would start the job, so plan does not run the script; the planner checks it when apply submits it. From Flink 2.0 plan EXPLAINs it, and an upgrade's state verdict comes from Flink's stream graphs; here it is an estimate. To have it checked now, declare the table (tables/<name>.sql or .yaml) and write INSERT INTO <table> SELECT ... instead.",
        }
      : {
          code: EXPLAIN_CODES.skipped,
          severity: 'info',
          summary: `Job ${job.name} was not validated against the cluster's planner: its script creates objects that outlive a session`,
          detail: `${/^[aeiou]/.test(st.kind) ? 'An' : 'A'} ${st.kind.replaceAll('_', ' ')} statement would change a catalog that outlives the plan's session (a catalog the script creates keeps its objects in its own system; the built-in catalog and the catalogs a session creates are its own where the SQL Gateway's catalog store is Flink's default, generic_in_memory), so plan does not run the script; the planner checks it when apply submits it, and an upgrade's state verdict is an estimate. ${lastingAdvice(st)}`,
        };
  return range ? { ...d, range } : d;
}

function notValidated(e: FlinkError): Diagnostic {
  const fix = refusalHint(
    e.kind === 'http' ? e.status : undefined,
    "the environment's auth",
    'SQL Gateway',
    'Check sqlGatewayUrl of the environment (or --sql-gateway-url).',
  );
  return warning(
    EXPLAIN_CODES.notValidated,
    "The changed jobs were not validated against the cluster's planner",
    `flinkops could not use the SQL Gateway for EXPLAIN (${e.call}: ${e.message}). The plan is still correct; the planner will check the SQL when apply submits it. ${fix.trim()}`,
  );
}

/**
 * The planner's own words: the root cause, without class names and the position Calcite puts
 * before them. A refused SET is named first (its root cause, such as `For input string: "x"`,
 * may not say which setting it was).
 */
function plannerMessage(e: FlinkError): string {
  const words = (line: string) =>
    line
      // Its message is the class alone: say what it is.
      .replace(/^(?:[\w$]+\.)*ClassNotFoundException:\s*(\S+)$/, 'class $1 not found')
      // A missing python.files entry: the path is the gateway's copy of it (tmp/pyflink/<uuid>/<uuid>/f.py).
      .replace(
        /^(?:[\w$]+\.)*NoSuchFileException:\s*\S*\/pyflink\/[\w-]+\/[\w-]+\/(\S+)$/,
        "python file $1 not found: the SQL Gateway has no file to copy for the python.files entry that names it (Flink reads the entry's path on the gateway's machine)",
      )
      .replace(/^(?:[\w$]+\.)*NoSuchFileException:\s*(\S+)$/, 'file $1 not found')
      .replace(/^(?:[\w$]+\.)*[\w$]*(?:Exception|Error):\s*/, '')
      .replace(/^SQL (?:validation|parse) failed\.\s*/, '')
      .replace(/^From line \d+, column \d+ to line \d+, column \d+:\s*/, '')
      // The diagnostic's range says where; Flink's line counts from the EXPLAIN it was sent.
      .replace(/ at line \d+, column \d+\./, '.')
      // The optimizer's plan dump and the parser's list of every token it would take: noise.
      .replace(/\s*The physical plan is:[\s\S]*$/, '')
      .replace(/\s*Was expecting one of:\s*([\s\S]*)$/, (_all, list: string) => {
        const options = list.split(/\s*\.\.\.\s*/).filter((o) => o.trim() !== '');
        return ` Was expecting one of: ${options.slice(0, 6).join(', ')}${options.length > 6 ? ', …' : ''}`;
      });
  const root = words(e.causes.length > 0 ? e.causes[e.causes.length - 1]! : e.message);
  // The cause that names the option at fault, before a root cause that names only a value.
  const option = e.causes
    .map(words)
    .find((c) => /^Failed to set key .* with value |^Could not parse value .* for key /.test(c));
  return option && option !== root ? `${option.replace(/\.$/, '')}: ${root}` : root;
}

/** The table Flink could not make a source or sink of, by the name the job's DDL gave it. */
function failedTable(e: FlinkError): { name: string; as: 'source' | 'sink' } | undefined {
  for (const c of [e.message, ...e.causes]) {
    const m = /Unable to create a (source|sink) for (?:reading|writing) table '([^']+)'/.exec(c);
    if (m) return { name: m[2]!.split('.').pop()!, as: m[1] as 'source' | 'sink' };
  }
  return undefined;
}

/** `Invalid metadata key 'k' in column 'c' of table 'cat.db.t'`: the table and column Flink names. */
function tableOfColumn(e: FlinkError): { table: string; column: string } | undefined {
  for (const c of [e.message, ...e.causes]) {
    const m = /in column '([^']+)' of table '([^']+)'/.exec(c);
    if (m) return { table: m[2]!.split('.').pop()!, column: m[1]! };
  }
  return undefined;
}

/** The connector or format Flink has no factory for (`Could not find any factory for identifier 'avro'`). */
function factoryOf(e: FlinkError): string | undefined {
  return /for identifier '([^']+)'/.exec([e.message, ...e.causes].join('\n'))?.[1];
}

/** An option whose value is `value`, from its key: `format: avro` in YAML, `'format' = 'avro'` in DDL. */
function valuePattern(value: string): RegExp {
  return new RegExp(`['"]?[\\w.-]+['"]?\\s*[:=]\\s*['"]?${escapeRegExp(value)}['"]?\\s*(?=[,})\\n]|$)`, 'm');
}

/** A column's definition: `name: c` (or `{ name: c`) in a table's YAML, `c TYPE` after `(` or `,` in its DDL. */
function columnPatterns(column: string): RegExp[] {
  const c = escapeRegExp(column);
  return [
    new RegExp(`(?<=name:\\s*['"]?)${c}(?=['"]?\\s*(?:[,}]|$))`, 'm'),
    new RegExp(`(?<=(?:^|[(,])\\s*)\`?${c}\`?(?=\\s+\\w)`, 'm'),
  ];
}

/** The job's own CREATE TABLE of `name` (the last one, as the session holds it), with its range in the job's file. */
function ownTable(job: DesiredJob, name: string): { st: Statement; range: SourceRange } | undefined {
  const ranges = job.sourceRanges ?? [];
  const firstOwn = job.statements.length - ranges.length;
  for (let i = job.statements.length - 1; i >= firstOwn; i--) {
    const st = job.statements[i]!;
    const range = ranges[i - firstOwn];
    if (st.kind === 'create_table' && st.table?.name.name === name && range) return { st, range };
  }
  return undefined;
}

/** The offset in a CREATE TABLE's tokens of the first of `keys` set in its WITH (`'key' =`). */
function ownOption(tokens: readonly Token[], keys: readonly string[]): number | undefined {
  for (const key of keys)
    for (let i = 0; i + 1 < tokens.length; i++)
      if (tokens[i]!.kind === 'string' && tokens[i]!.value === key && isOp(tokens[i + 1], '='))
        return tokens[i]!.start;
  return undefined;
}

/** The offset in a CREATE TABLE's tokens of the first option whose value is `value` (`'format' = 'avro'`: its key). */
function ownValue(tokens: readonly Token[], value: string): number | undefined {
  for (let i = 2; i < tokens.length; i++)
    if (tokens[i]!.kind === 'string' && tokens[i]!.value === value && isOp(tokens[i - 1], '='))
      return tokens[i - 2]!.start;
  return undefined;
}

/** The offset in a CREATE TABLE's text of the definition of `column` (a name right after `(` or `,`, at the top level of its list). */
function ownColumn(text: string, tokens: readonly Token[], column: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) depth--;
    else if (
      depth === 1 &&
      ((t.kind === 'word' && text.slice(t.start, t.end) === column) ||
        (t.kind === 'quoted' && t.value === column)) &&
      (isOp(tokens[i - 1], '(') || isOp(tokens[i - 1], ','))
    )
      return t.start;
  }
  return undefined;
}

/** The option keys a connector refused, as Flink names them (unsupported, or of a value it cannot parse). */
function refusedKeys(e: FlinkError): string[] {
  const all = [e.message, ...e.causes].join('\n');
  const keys = new Set<string>();
  const unsupported = /Unsupported options:\s*([\s\S]*?)\s*Supported options:/.exec(all);
  // One key a line in Flink's message; the client joins lines, so one sentence: `a.b c.d.`.
  for (const k of unsupported?.[1]?.split(/[\s,]+/) ?? [])
    if (k.replace(/\.$/, '')) keys.add(k.replace(/\.$/, ''));
  for (const m of all.matchAll(/for key '([^']+)'/g)) keys.add(m[1]!);
  return [...keys];
}

/**
 * The offset in `text` of a refused key set by a dynamic options hint on `table`
 * (`orders /*+ OPTIONS('key' = 'v') *\/`, `INSERT INTO sink /*+ OPTIONS(...) *\/`): Flink merges
 * the hint's options into the table's for this statement, so the mistake is there, not in the
 * table's file.
 */
function hintedKey(text: string, table: string, keys: readonly string[]): number | undefined {
  const { tokens } = lex(text, '', new LineIndex(text));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.kind !== 'hint' || !/^\s*OPTIONS\s*\(/i.test(t.value)) continue;
    if (
      (before.kind !== 'word' && before.kind !== 'quoted') ||
      before.value.toLowerCase() !== table.toLowerCase()
    )
      continue;
    for (const key of keys) {
      const k = t.value.indexOf(`'${key}'`);
      if (k >= 0) return t.start + 3 + k;
    }
  }
  return undefined;
}

/** `s` without its closing period, to end a sentence of ours. */
const unstopped = (s: string) => s.replace(/\.+$/, '');

/**
 * Maps `line L, column C` of the EXPLAIN text to the user's file, from the statement's range there.
 * An error Flink gives without a position is put where its message says the mistake is in `text`
 * (the statement as written), when that place is certain; else at the statement.
 */
function locate(e: FlinkError, range: SourceRange, shift: number, text: string): SourceRange {
  const m = flinkPosition(e);
  if (m) return locateAt(m.line, m.column, range, shift);
  const message = [e.message, ...e.causes].join('\n');
  const at = KNOWN.find((k) => k.match.test(message))?.at;
  if (!at) return range;
  const lines = new LineIndex(text);
  const offset = at(lex(text, '', lines).tokens, message);
  if (offset === undefined) return range;
  const pos = lines.pos(offset);
  return locateAt(pos.line, pos.column, range, 0);
}

/** Planner errors Flink words without a position: where in the statement the mistake is, and how to fix it. */
interface KnownRejection {
  match: RegExp;
  /** Offset in the statement's text of the mistake, when the text has exactly one place it can be. */
  at?: (tokens: readonly Token[], message: string) => number | undefined;
  hint: string;
}

const KNOWN: readonly KnownRejection[] = [
  {
    match: /window function requires the timecol is a time attribute/,
    // The column in DESCRIPTOR(...).
    at: (t) => only(t, (i) => isWord(t[i], 'DESCRIPTOR') && isOp(t[i + 1], '('), 2),
    hint: "A window needs a time attribute: declare a watermark on that column (watermark: in the table's file), or window on a PROCTIME() computed column.",
  },
  {
    match: /Sort on a non-time-attribute field is not supported/,
    at: (t) => only(t, (i) => isWord(t[i], 'ORDER') && isWord(t[i + 1], 'BY'), 2),
    hint: 'A streaming ORDER BY must sort first on a time attribute, ascending; for the top N rows per key, use ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) and filter on it.',
  },
  {
    match: /Temporal Table Join requires primary key in versioned table/,
    // The versioned table: the name before FOR SYSTEM_TIME AS OF.
    at: (t) => only(t, (i) => isWord(t[i + 1], 'FOR') && isWord(t[i + 2], 'SYSTEM_TIME'), 0),
    hint: 'Give the versioned table a primary key (primaryKey: in its table file) and a watermark; or, for a lookup join, use a lookup connector (jdbc, hbase) and FOR SYSTEM_TIME AS OF a PROCTIME() column.',
  },
  {
    // Real Flink 2.2.0, a JDBC dimension joined FOR SYSTEM_TIME AS OF the probing table's event time.
    match:
      /Event-Time Temporal Table Join requires both primary key and row time attribute in versioned table/,
    // The time the join is AS OF: an event-time column, where a lookup join wants processing time.
    at: (t) =>
      only(t, (i) => isWord(t[i], 'SYSTEM_TIME') && isWord(t[i + 1], 'AS') && isWord(t[i + 2], 'OF'), 3),
    hint: 'FOR SYSTEM_TIME AS OF an event-time column (one with a watermark) is an event-time temporal join, which needs a versioned table: a primary key and a watermark on the joined table. To look rows up in a dimension table (jdbc, hbase), join FOR SYSTEM_TIME AS OF a PROCTIME() computed column of the probing table instead (computed: [{ name: proc_time, expr: PROCTIME() }] in its table file, then <alias>.proc_time).',
  },
  {
    // Real Flink 1.20.3 and 2.2.0: a STATE_TTL key naming no input of the hinted join or aggregate
    // (a window TVF's output, a subquery, a typo).
    match:
      /The options of following hints cannot match the name of input tables or views:\s*`([^`]+)` in `(\w+)`/,
    at: (t, message) => {
      const m = /cannot match the name of input tables or views:\s*`([^`,]+)[^`]*` in `(\w+)`/.exec(message)!;
      return hintOption(t, m[2]!, m[1]!.trim());
    },
    hint: "A STATE_TTL hint sets the TTL of a regular join's or a group aggregation's inputs: each key names a table or view that join or aggregation reads directly, as its FROM writes it (its alias, when it has one). A subquery's or a window table function's output (TUMBLE, HOP, CUMULATE, SESSION) is not one, and window aggregations, window joins and interval joins keep no TTL state: name the input as written, or remove the hint (table.exec.state.ttl sets the TTL of the whole job).",
  },
  {
    match: /doesn't support consuming update changes/,
    hint: 'The sink takes inserts only: write to an upsert sink (upsert-kafka, or jdbc with a primaryKey), or make the query append-only, e.g. a window aggregation instead of GROUP BY.',
  },
  {
    match: /Incompatible types for sink column '[^']*' at position (\d+)/,
    at: (t, message) => selectItem(t, Number(/at position (\d+)/.exec(message)![1])),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed).",
  },
  {
    // Flink 1.20 reads `FOR SYSTEM_TIME AS OF PROCTIME()` as time travel to a constant; 2.2 takes it as a lookup join.
    match: /Unsupported time travel expression/,
    at: (t) =>
      only(t, (i) => isWord(t[i], 'SYSTEM_TIME') && isWord(t[i + 1], 'AS') && isWord(t[i + 2], 'OF'), 3),
    hint: 'This Flink takes FOR SYSTEM_TIME AS OF a column of the probing table only (its time attribute, or a PROCTIME() computed column), not an expression: add a computed column `proc_time AS PROCTIME()` to that table (computed: in its table file) and write FOR SYSTEM_TIME AS OF <alias>.proc_time.',
  },
  {
    // Flink 1.20's planner fails on every UNNEST ... WITH ORDINALITY (an internal assertion); 2.2 plans it.
    match: /Cannot add expression of different type to set[\s\S]*\bORDINALITY\b/,
    at: (t) => only(t, (i) => isWord(t[i], 'WITH') && isWord(t[i + 1], 'ORDINALITY'), 0),
    hint: "This Flink's planner cannot plan UNNEST ... WITH ORDINALITY (Flink 2.2 does): drop WITH ORDINALITY and the position column, or run the job on a later Flink.",
  },
  {
    // Flink before 2.0: `INSERT INTO t (a, b) WITH x AS (...) SELECT ...`.
    match: /statement only support SELECT, VALUES, SET_QUERY AND ORDER BY clause/,
    at: (t) => only(t, (i) => isWord(t[i], 'WITH') && depthAt(t, i) === 0, 0),
    hint: 'This Flink takes an INSERT with a column list (or a PARTITION clause) only from a SELECT or VALUES: move the WITH into an aliased subquery (INSERT INTO t (a, b) SELECT a, b FROM (WITH x AS (...) SELECT ...) AS q), or drop the column list and select every column of the sink. Flink 2.0 and later take the WITH as it is.',
  },
  {
    // Flink 2.3+ (`table.exec.sink.require-on-conflict`, on by default): an insert-only query has no upsert key.
    match: /Please specify an ON CONFLICT clause/,
    hint: "Flink 2.3 and later refuse to write into a sink's primary key from a query whose upsert key is not that key (an insert-only query, such as a window aggregate, has none) unless the INSERT says what a second row of the same key does: end it with ON CONFLICT DO DEDUPLICATE (the latest row wins, as before 2.3, with more state), DO NOTHING (the first row wins) or DO ERROR (flinkVersion \"2.3\" or later in flinkops.yaml), or set table.exec.sink.require-on-conflict: 'false' under the job's config: to write as earlier releases did.",
  },
  {
    match: /Column types of query result and sink .* do not match/,
    at: (t) => selectItem(t, 0),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed).",
  },
];

/** The offset of the token `skip` after the one place where `is` holds, when there is exactly one. */
function only(t: readonly Token[], is: (i: number) => boolean, skip: number): number | undefined {
  const found = t.flatMap((_, i) => (is(i) ? [i] : []));
  return found.length === 1 ? t[found[0]! + skip]?.start : undefined;
}

/**
 * The offset of key `name` (`'name' = …`, quoted or not) in the one optimizer hint `hint(…)` of the
 * statement that names it; undefined when none or several do.
 */
function hintOption(t: readonly Token[], hint: string, name: string): number | undefined {
  const key = new RegExp(
    `\\b${escapeRegExp(hint)}\\s*\\([^)]*?(?<![\\w'"\`])(['"\`]?)${escapeRegExp(name)}\\1\\s*=`,
    'i',
  );
  const found = t.flatMap((tok) => {
    if (tok.kind !== 'hint') return [];
    const m = key.exec(tok.value);
    return m
      ? [tok.start + 3 + m.index + m[0].toLowerCase().lastIndexOf(name.toLowerCase()) - m[1]!.length]
      : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The parenthesis depth of token `i`. */
function depthAt(t: readonly Token[], i: number): number {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    if (isOp(t[k], '(')) depth++;
    else if (isOp(t[k], ')')) depth--;
  }
  return depth;
}

/** The offset of item `n` (from 0) of the statement's outermost SELECT list. */
function selectItem(t: readonly Token[], n: number): number | undefined {
  let depth = 0;
  let item = -1;
  let count = 0;
  for (let i = 0; i < t.length; i++) {
    if (isOp(t[i], '(')) depth++;
    else if (isOp(t[i], ')')) depth--;
    if (depth !== 0) continue;
    if (item < 0) {
      if (!isWord(t[i], 'SELECT')) continue;
      item = isWord(t[i + 1], 'DISTINCT') || isWord(t[i + 1], 'ALL') ? i + 2 : i + 1;
      if (n === 0) return t[item]?.start;
    } else if (isWord(t[i], 'FROM')) return undefined;
    else if (isOp(t[i], ',') && ++count === n) return t[i + 1]?.start;
  }
  return undefined;
}

/** How an option `key` is written: a YAML `with:` key (plain or quoted), or a DDL WITH's `'key'`. */
function optionPatterns(key: string): RegExp[] {
  const k = escapeRegExp(key);
  return [new RegExp(`(?<=^|[\\s{,])(?:${k}|'${k}'|"${k}")\\s*:`, 'm'), new RegExp(`'${k}'\\s*=`)];
}

/**
 * Where the first of `found` (an option's key, or a placeholder in a value) stands: in the
 * environment's override of the table in flinkops.yaml, else in the table's file; the table file's
 * start when neither holds it, or without the repository to read.
 */
function optionAt(
  dir: string | undefined,
  env: string,
  table: { name: string; file: string },
  found: readonly (string | RegExp)[],
): SourceRange {
  const start = { file: table.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (!dir || found.length === 0) return start;
  const { readFileSync } = process.getBuiltinModule('node:fs');
  // The environment's override first: its value is the one Flink was sent.
  for (const f of ['flinkops.yaml', table.file]) {
    let text: string;
    try {
      // Without its byte-order mark, as the file is loaded and as an editor counts columns.
      text = readFileSync(`${dir}/${f}`, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      continue;
    }
    let [from, to] = [0, text.length];
    if (f !== table.file) {
      // environments.<env>.tables.<table>: from the table's key to the end of the environment's block.
      const envs = /^environments:/m.exec(text);
      const within = envs ? text.slice(envs.index) : '';
      const own = new RegExp(`^( +)${env}:`, 'm').exec(within);
      if (!envs || !own) continue;
      const head = envs.index + own.index;
      const body = head + own[0].length;
      const next = new RegExp(`^ {0,${own[1]!.length}}\\S`, 'm').exec(text.slice(body));
      to = next ? body + next.index : text.length;
      // A block key on its own line, or a key of a flow mapping (`tables: {orders: {with: {...}}}`).
      const at = text.slice(head, to).search(new RegExp(`(?:^\\s+|[{,]\\s*)${table.name}\\s*:`, 'm'));
      if (at < 0) continue;
      from = head + at;
    }
    const block = text.slice(0, to);
    for (const t of found) {
      let i: number;
      if (typeof t === 'string') i = block.indexOf(t, from);
      else {
        const m = new RegExp(t.source, `${t.flags.replace('g', '')}g`);
        m.lastIndex = from;
        i = m.exec(block)?.index ?? -1;
      }
      if (i < 0) continue;
      const pos = new LineIndex(text).pos(i);
      const at = { line: pos.line, column: pos.column };
      return { file: f, start: at, end: at };
    }
  }
  return start;
}

/** `line`, `column` of a statement's text sent with `shift` characters before it, in the user's file. */
function locateAt(line: number, col: number, range: SourceRange, shift: number): SourceRange {
  const column = col - (line === 1 ? shift : 0);
  if (line < 1 || column < 1) return range;
  const at = positionIn(range.start, { line, column });
  return { file: range.file, start: at, end: at };
}

/** What Flink rejected, at `at` in the user's file; a statement flinkops generated has none. */
function rejected(
  desired: DesiredState,
  job: DesiredJob,
  st: Statement,
  e: FlinkError,
  at: SourceRange | undefined,
  dir?: string,
): Diagnostic {
  const message = plannerMessage(e);
  // The connector refused a table's options: the table's file is where to fix them.
  const refused = failedTable(e);
  const failed = refused
    ? desired.tables.find((t) => t.name === refused.name && job.tables.includes(t.name))
    : undefined;
  // Flink read a secret's placeholder (a plan never resolves secrets): apply sends the value.
  const secret = /\$\{secret\.[A-Za-z_][A-Za-z0-9_]*\}/.exec([e.message, ...e.causes].join('\n'))?.[0];
  if (secret)
    return warning(
      EXPLAIN_CODES.placeholder,
      `Flink's planner could not check job ${job.name}: it read ${secret} as written (${message})`,
      `A plan does not resolve secrets (a pull request's plan has none), so the planner was sent the placeholder where apply sends the value; apply submits the job with the value and Flink checks it then. To have plans check it, keep what Flink parses at planning in the text and only the credential in the secret (url: jdbc:postgresql://db:5432/app with password: ${'$'}{secret.DB_PASSWORD}, not the whole url).`,
      failed ? optionAt(dir, desired.env, failed, [secret]) : at,
    );
  // Set by the job's OPTIONS hint on the table: there, in the job's file.
  const hinted =
    refused && at && !flinkPosition(e) ? hintedKey(st.text, refused.name, refusedKeys(e)) : undefined;
  if (refused && at && hinted !== undefined) {
    const pos = new LineIndex(st.text).pos(hinted);
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects the OPTIONS hint on table ${refused.name} in job ${job.name}: ${message}`,
      `Flink merges the hint's options into the table's for this statement, and could not make a ${refused.as} of ${refused.name} with them (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix or remove the option in the hint.`,
      locateAt(pos.line, pos.column, at, 0),
    );
  }
  // A table the job's own script creates (CREATE TEMPORARY TABLE): at its refused option, or
  // the column Flink names, in the job's file; not at the statement that read or wrote it.
  const named = refused?.name ?? tableOfColumn(e)?.table;
  const ownDdl = named && !failed ? ownTable(job, named) : undefined;
  if (ownDdl) {
    const column = tableOfColumn(e)?.column;
    // A connector or format it has no factory for: at the option whose value names it.
    const factory = factoryOf(e);
    const text = ownDdl.st.text;
    const lines = new LineIndex(text);
    const { tokens } = lex(text, '', lines);
    const offset =
      ownOption(tokens, refusedKeys(e)) ??
      (column ? ownColumn(text, tokens, column) : undefined) ??
      (factory ? ownValue(tokens, factory) : undefined);
    const pos = offset === undefined ? undefined : lines.pos(offset);
    const all = [e.message, ...e.causes].join('\n');
    const hint = KNOWN.find((k) => k.match.test(all))?.hint;
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${named} (created by job ${job.name}): ${message}`,
      `Flink could not make a ${refused?.as ?? 'table'} of ${named} as the job's CREATE TABLE defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). ${hint ?? `Fix ${column ? `column ${column}` : 'its options'} in the CREATE TABLE, and check that the connector and format jars are on the cluster.`}`,
      pos ? locateAt(pos.line, pos.column, ownDdl.range, 0) : ownDdl.range,
    );
  }
  if (refused && failed) {
    const where = optionAt(dir, desired.env, failed, [
      ...refusedKeys(e).flatMap(optionPatterns),
      ...(factoryOf(e) ? [valuePattern(factoryOf(e)!)] : []),
    ]);
    // Found in the environment's override: that is the value Flink was sent, and where to fix it.
    const fixIn =
      where.file === failed.file
        ? failed.file
        : `environments.${desired.env}.tables.${failed.name}.with in flinkops.yaml`;
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${failed.name} (used by job ${job.name}): ${message}`,
      `Flink could not make a ${refused.as} of ${failed.name} from its connector options (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix the options in ${fixIn}, and check that the connector jar is on the cluster.`,
      where,
    );
  }
  // A repository table's column Flink refuses (a metadata key its connector does not have): in the table's file.
  const bad = tableOfColumn(e);
  const badTable = bad && desired.tables.find((t) => t.name === bad.table && job.tables.includes(t.name));
  if (bad && badTable) {
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${badTable.name} (used by job ${job.name}): ${message}`,
      `Flink could not make a table of ${badTable.name} as ${badTable.file} defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix column ${bad.column} there.`,
      optionAt(dir, desired.env, badTable, columnPatterns(bad.column)),
    );
  }
  if (at) {
    const all = [e.message, ...e.causes].join('\n');
    const hint = KNOWN.find((k) => k.match.test(all))?.hint ?? 'Fix the statement before applying.';
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects job ${job.name}: ${message}`,
      `EXPLAIN on the environment's SQL Gateway (a throwaway session; nothing was submitted) failed. ${hint}`,
      at,
    );
  }
  // A statement flinkops generated: a table's or UDF's DDL.
  const text = st.text.trim();
  const table = desired.tables.find((t) => t.ddl.trim().replace(/;$/, '') === text);
  // `ADD JAR` names the artifact's jar too: a jar that is missing fails there, before its functions.
  const addJar = /^ADD\s+JAR\b/i.test(text);
  const udf =
    /FUNCTION/i.test(text) || addJar ? desired.udfs.find((u) => text.includes(`'${u.jar}'`)) : undefined;
  const file = table?.file ?? udf?.file ?? job.sqlFile;
  const what = table
    ? `the DDL of ${table.name}`
    : udf
      ? `${addJar ? 'the jar' : 'the functions'} of ${udf.name}`
      : 'a compiled statement';
  return error(
    EXPLAIN_CODES.rejected,
    `Flink's planner rejects ${what} (used by job ${job.name}): ${message}`,
    `Running it in a throwaway SQL Gateway session failed: ${unstopped(e.message)}. ${udf ? 'Check the jar URI and that the classes are in it.' : 'Check the connector options and that the connector jar is on the cluster.'}`,
    (addJar ? udf?.jarAt : undefined) ??
      (udf && st.function ? udf.classAt?.[st.function.name.name.toLowerCase()] : undefined) ??
      (table?.range
        ? ddlAt(e, table.range)
        : { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
  );
}

/**
 * Where Flink's error about a raw table's DDL is in its file: Flink's `line L, column C` from the
 * CREATE on (line 1 of what was sent has TEMPORARY added, so there the CREATE itself), else the CREATE.
 */
function ddlAt(e: FlinkError, range: SourceRange): SourceRange {
  const start = { file: range.file, start: range.start, end: range.start };
  const m = flinkPosition(e);
  return m && m.line > 1 ? locateAt(m.line, m.column, start, 0) : start;
}

/**
 * The stream graphs Flink's planner builds for the running script (from the state store) and the
 * new one, for every change that restores state: the plan's state verdict comes from them. Each
 * script runs its session statements in a throwaway session, then `EXPLAIN JSON_EXECUTION_PLAN`
 * of the statement that would submit it, at the parallelism the job runs (or will run) with.
 * Nothing is submitted. A job Flink cannot explain gets `unavailable` and the offline estimate.
 */
export async function explainStateGraphs(
  client: FlinkClient,
  desired: DesiredState,
  plan: Plan,
  inputs: { state: StateDoc; live: LiveState },
  opts: ExplainOptions = {},
): Promise<Map<string, ExplainedPair>> {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const todo = plan.changes.filter(
    (c) => restoresState(c) && recordOf(inputs.state, c)?.current?.script !== undefined && jobs.has(c.job),
  );
  const out = new Map<string, ExplainedPair>();
  await mapPool(todo, opts.concurrency ?? 4, async (c) => {
    const job = jobs.get(c.job)!;
    const current = recordOf(inputs.state, c)!.current!;
    if (job.settings.planMode === 'compiled' || current.plan !== undefined) {
      // EXECUTE PLAN gives every operator a uid from the compiled plan: ids do not follow the graph walk.
      out.set(c.job, { unavailable: 'planMode: compiled (operator ids come from the compiled plan)' });
      return;
    }
    const running = inputs.live.jobs.find((l) => l.jobId === c.liveJobId);
    // A move: the running job's graph is the old release's to build, on the cluster being left.
    if (c.move && !opts.previous) {
      out.set(c.job, {
        unavailable:
          "the job moves from another cluster and moveFrom names no sqlGatewayUrl: the old release's planner was not asked for the running job's graph",
      });
      return;
    }
    const settings = (current.settings ?? {}) as Record<string, unknown>;
    const oldMax = typeof settings.maxParallelism === 'number' ? settings.maxParallelism : undefined;
    const analysed = analyzeScript(current.script, `jobs/${c.job}.sql`);
    // The two graphs in two sessions at once: each is a session's set-up and an EXPLAIN.
    const [old, next] = await Promise.all([
      explainGraph(
        c.move && opts.previous ? opts.previous : client,
        c.job,
        analysed.statements,
        running?.parallelism ?? current.parallelism,
        oldMax,
        opts,
      ),
      explainGraph(
        client,
        c.job,
        job.statements,
        c.to?.parallelism ?? job.settings.parallelism,
        job.settings.maxParallelism,
        opts,
      ),
    ]);
    // The running script's graph is what is missing: no fault of the new script.
    if ('unavailable' in old) return void out.set(c.job, { unavailable: old.unavailable });
    out.set(
      c.job,
      'unavailable' in next ? next : { old, next, ...(c.move ? { acrossReleases: true as const } : {}) },
    );
  });
  return out;
}

/** Changes that start a job from the running job's savepoint: upgrades, resumes, savepoint rescales. */
export function restoresState(c: JobChange): boolean {
  return (
    ((c.compatibility !== undefined || c.move !== undefined) &&
      !(c.action === 'upgrade' && c.strategy === 'stateless')) ||
    (c.action === 'rescale' && c.rescaleMode === 'savepoint-restart')
  );
}

async function explainGraph(
  client: FlinkClient,
  job: string,
  statements: readonly Statement[],
  parallelism: number,
  maxParallelism: number | undefined,
  opts: ExplainOptions,
): Promise<ExplainedJob | { unavailable: string; rejected?: true }> {
  const ctas = (await client.capabilities()).explainsCreateTableAs;
  const lasting = lastingUnder(statements, ctas, perSessionStore());
  if (lasting.unchecked) return { unavailable: notRunBecause(lasting.unchecked) };
  const submitting = submittingText(statements);
  if (!submitting) return { unavailable: 'the script has no statement that starts a job' };
  const mayLast = lastingStatement(statements, ctas, LASTING_STORE) !== undefined;
  return withLeadingSets(
    statements,
    (lead) =>
      graphOf(
        client,
        job,
        statements,
        { submitting, ctas, ...(mayLast ? {} : { lasting }) },
        parallelism,
        maxParallelism,
        opts,
        lead,
      ),
    opts,
  );
}

/** `explainGraph` in one session opened with the `lead` SETs as its properties. */
async function graphOf(
  client: FlinkClient,
  job: string,
  statements: readonly Statement[],
  script: { submitting: string; ctas: boolean; lasting?: Lasting },
  parallelism: number,
  maxParallelism: number | undefined,
  opts: ExplainOptions,
  lead: LeadingSets,
): Promise<Probed<ExplainedJob | { unavailable: string; rejected?: true }>> {
  const { submitting, ctas } = script;
  const session = await openProbeSession(client, job, lead);
  if (!session.ok)
    return { value: { unavailable: session.error.message }, again: refused(lead, session.error) };
  const sh = session.value;
  const config: Record<string, string> = {};
  const tables = new Map<string, TableFacts>();
  const unavailable = (why: string, e: FlinkError) => ({
    value: { unavailable: why, ...(e.kind === 'statement' ? { rejected: true as const } : {}) },
    again: refused(lead, e),
    transient: probeAgain(e),
  });
  try {
    let lasting = script.lasting;
    if (!lasting) {
      const read = await lastingIn(client, sh, statements, ctas);
      if (!read.ok) return unavailable(read.error.message, read.error);
      if (read.value.unchecked)
        return { value: { unavailable: notRunBecause(read.value.unchecked) }, again: false };
      lasting = read.value;
    }
    for (const [i, st] of statements.entries()) {
      if (st.kind === 'set' && st.set?.key !== undefined) config[st.set.key] = st.set.value ?? '';
      if (st.table) {
        tables.set(st.table.name.parts[st.table.name.parts.length - 1]!.toLowerCase(), tableFacts(st.table));
      }
      if (lasting.checked.has(st)) {
        // Where the object is there, Flink skips the statement: so does the probe.
        const r = await lookUp(client, sh, st, opts);
        if (r.ok) continue;
        if (r.error.kind !== 'statement') return unavailable(r.error.message, r.error);
        return { value: { unavailable: notRunBecause(st, true) }, again: false };
      }
      // Nothing else of the script outlives the session (lastingUnder): what is not explained sets it up.
      if (i < lead.count || explained(st, ctas) || READ_ONLY.has(st.kind) || SET_MARKERS.has(st.kind))
        continue;
      const r = await setUp(client, sh, untemplate(st.text), opts);
      if (!r.ok)
        return unavailable(`${st.kind.replaceAll('_', ' ')} failed: ${plannerMessage(r.error)}`, r.error);
    }
    const r = await client.runStatement(sh, `EXPLAIN JSON_EXECUTION_PLAN ${untemplate(submitting)}`, {
      timeoutMs: opts.timeoutMs ?? 120_000,
      executionConfig: {
        'parallelism.default': String(parallelism),
        ...(maxParallelism !== undefined ? { 'pipeline.max-parallelism': String(maxParallelism) } : {}),
      },
    });
    if (!r.ok) return unavailable(`EXPLAIN failed: ${plannerMessage(r.error)}`, r.error);
    const text = r.value.rows.map((row) => row.map(String).join('\n')).join('\n');
    const graph = parseExecutionPlan(text);
    if (!graph)
      return { value: { unavailable: 'the gateway answered EXPLAIN without a stream graph' }, again: false };
    const chainingKey = config['pipeline.operator-chaining.enabled'] ?? config['pipeline.operator-chaining'];
    const functions = new Map<string, string>();
    for (const st of statements)
      if (st.kind === 'create_function' && st.function)
        functions.set(
          st.function.name.name.toLowerCase(),
          `${st.function.className} ${st.function.jars.join(' ')}`,
        );
    const functionTypes = await functionResultTypes(
      client,
      sh,
      new Set(functions.keys()),
      graph,
      tables,
      opts,
    );
    return {
      value: {
        graph,
        ...(functionTypes.size > 0 ? { functionTypes } : {}),
        functions,
        chaining: chainingKey?.trim().toLowerCase() !== 'false',
        tables,
        config,
        sql: untemplate(submitting),
      },
      again: false,
    };
  } finally {
    await client.closeSession(sh);
  }
}

/**
 * The result type of each call of a script's own function in the graph's Calcs (`bucket(amount)`),
 * as the planner types it: the graph's text names the call, not its type, so a new jar whose
 * function returns another type would keep every state shape's text. Asked in the same session,
 * through a view of the call with typed NULL arguments and DESCRIBE; a call whose arguments are not
 * plain columns of one known type, or that Flink refuses, gets no type (best effort).
 */
async function functionResultTypes(
  client: FlinkClient,
  sh: string,
  /** The script's own functions, lower-case. */
  own: ReadonlySet<string>,
  graph: StreamGraph,
  tables: ReadonlyMap<string, TableFacts>,
  opts: ExplainOptions,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (own.size === 0) return out;
  const columnTypes = new Map<string, string | null>();
  for (const t of tables.values())
    for (const [col, type] of t.columns) {
      const bare = type.replace(/\s+NOT NULL$/i, '');
      const seen = columnTypes.get(col);
      columnTypes.set(col, seen === undefined || seen === bare ? bare : null);
    }
  const calls = new Map<string, string>();
  for (const n of graph.nodes) {
    if (!/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1] ?? '';
    for (const m of select.matchAll(
      /(?:^|,\s*)(([A-Za-z_][\w$]*)\(([A-Za-z_][\w$]*(?:,\s*[A-Za-z_][\w$]*)*)?\)) AS /g,
    )) {
      if (!own.has(m[2]!.toLowerCase()) || calls.has(m[1]!)) continue;
      const args = (m[3] ?? '').split(',').filter((a) => a.trim() !== '');
      const types = args.map((a) => columnTypes.get(a.trim().toLowerCase()));
      if (types.some((t) => !t)) continue;
      calls.set(m[1]!, `${m[2]}(${types.map((t) => `CAST(NULL AS ${t})`).join(', ')})`);
    }
  }
  let i = 0;
  for (const [call, typed] of calls) {
    const view = `\`flinkops_result_type_${i++}\``;
    const run = { timeoutMs: opts.timeoutMs ?? 120_000 };
    const made = await client.runStatement(sh, `CREATE TEMPORARY VIEW ${view} AS SELECT ${typed} AS r`, run);
    if (!made.ok) continue;
    const described = await client.runStatement(sh, `DESCRIBE ${view}`, run);
    const row = described.ok ? described.value.rows[0] : undefined;
    if (row && typeof row[1] === 'string') out.set(call, `${row[1]}${row[2] === false ? ' NOT NULL' : ''}`);
  }
  return out;
}

/** The text a submission sends, as EXPLAIN takes it: `STATEMENT SET BEGIN …; END` for a set. */
function submittingText(statements: readonly Statement[]): string | undefined {
  const inserts: string[] = [];
  let inSet = false;
  for (const st of statements) {
    if (st.kind === 'begin_statement_set') inSet = true;
    else if (st.kind === 'end') inSet = false;
    else if (st.kind === 'statement_set') return st.text.replace(/^\s*EXECUTE\s+/i, '').replace(/;\s*$/, '');
    else if (st.kind === 'execute') return st.text.replace(/^\s*EXECUTE\s+/i, '').replace(/;\s*$/, '');
    // Reached only where the gateway explains a CTAS (lastingStatement stops it before).
    else if (st.kind === 'create_table_as') return st.text.replace(/;\s*$/, '');
    else if (st.kind === 'insert') {
      if (!inSet) return st.text.replace(/;\s*$/, '');
      inserts.push(st.text.replace(/;\s*$/, ''));
    }
  }
  return inserts.length > 0 ? `STATEMENT SET BEGIN\n${inserts.join(';\n')};\nEND` : undefined;
}
