/**
 * What the planner checks share: their diagnostic codes and options, and the set-up of a throwaway
 * SQL Gateway session.
 */

import type { Clock } from '../core/clock';
import type { FlinkClient } from '../flink';
import type { FlinkResult } from '../flink/errors';
import { catalogStoreOf, existenceCheck, type Lasting, lastingUnder } from '../sql/probe-scope';
import type { Statement } from '../sql/types';

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

/**
 * A probe needs only whether Flink accepted the statement: the first page of results says so
 * (a failed operation's fetch answers its error), and closing the session closes its operations.
 * Two calls a statement (submit, first page) where it is quick.
 */
export const ONLY_SUCCESS = { maxRows: 0, closeOperation: false } as const;

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

/**
 * A session-scoped statement (SET, CREATE TEMPORARY ..., USE, ADD JAR, ...) run for its effect on
 * the session: through configure-session where the gateway has it (API v2, Flink 1.17+), one
 * synchronous call with nothing to poll, else as a statement. Either way a statement Flink
 * refuses is a `statement` error.
 */
export async function setUp(
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
export function notRunBecause(lasting: Statement, absent = false): string {
  if (absent) return `the script creates ${createdName(lasting)}, which does not exist yet`;
  return lasting.kind === 'create_table_as'
    ? 'the script has a CREATE TABLE ... AS statement, which Flink before 2.0 cannot EXPLAIN (running it would start the job)'
    : `the script has a ${lasting.kind.replaceAll('_', ' ')} statement, which outlives a session`;
}

/** The name a CREATE statement gives its object, as written (`lake.shop.orders`). */
export function createdName(st: Statement): string {
  return (st.table ?? st.view ?? st.database)?.name.parts.join('.') ?? st.kind.replaceAll('_', ' ');
}

/** `EXPLAIN` of a statement, keeping every position: EXECUTE → EXPLAIN has the same length. */
export function explainText(st: Statement): { text: string; shift: number } {
  if (/^EXECUTE\b/i.test(st.text)) return { text: `EXPLAIN${st.text.slice('EXECUTE'.length)}`, shift: 0 };
  return { text: `EXPLAIN ${st.text}`, shift: 'EXPLAIN '.length };
}

/**
 * Whether the object a lasting `CREATE ... IF NOT EXISTS` names is there: its read-only look-up
 * (existenceCheck) in session `sh`, which Flink refuses where the object is not.
 */
export function lookUp(
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
export function untemplate(text: string): string {
  return text.replaceAll('$${', '${');
}

/**
 * The statements of a script that would outlive the open session `sh`, under the catalog store its
 * configuration names (Flink's default keeps nothing beyond the session).
 */
export async function lastingIn(
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
