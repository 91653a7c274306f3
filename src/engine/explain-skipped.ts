/**
 * Statements the planner check does not run (FO632): what a lasting catalog would keep, and how to
 * have it checked.
 */

import type { DesiredJob } from '../compile';
import { type Diagnostic, type SourceRange, warning } from '../core/diagnostics';
import type { FlinkError } from '../flink/errors';
import { refusalHint } from '../observe';
import type { Statement } from '../sql/types';
import { createdName, EXPLAIN_CODES, notRunBecause } from './explain-session';

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
export function skipped(
  job: DesiredJob,
  st: Statement,
  range: SourceRange | undefined,
  absent = false,
): Diagnostic {
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

export function notValidated(e: FlinkError): Diagnostic {
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
