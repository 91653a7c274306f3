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
import type { Diagnostic } from '../core/diagnostics';
import type { FlinkClient } from '../flink';
import { mapPool } from '../observe';
import type { JobChange, Plan } from '../plan';
import { LASTING_STORE, lastingStatement, lastingUnder, perSessionStore } from '../sql/probe-scope';
import { probeJob, withLeadingSets } from './explain-probe';
import { EXPLAIN_CODES, type ExplainOptions } from './explain-session';
import { skipped } from './explain-skipped';

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
