/**
 * FO668: a job that called one of the project's UDFs on the release it last ran on restarts on a
 * release that made that name a Flink built-in (`split` since 1.20, `url_decode` since 2.0).
 * Flink resolves built-ins before temporary functions, so the same SQL then calls Flink's own
 * function — other arguments, result type and semantics — and a script compiled for the new
 * release no longer creates the UDF at all (FO215). Real Flink 1.20.3 ran a job moved from 1.19.1
 * with the built-in: a team's trimming `split` wrote ["360","x","y"] on 1.19 and
 * ["348"," x ","","y"] on 1.20, and the plan called the move compatible. Said at each call, for a
 * version move (moveFrom) as for a `flinkVersion` raised in place, before anything stops.
 * Pure: the calls come from compile, the releases from the store and the cluster.
 */
import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { majorMinor, releaseAtLeast } from '../core/flink-version';
import { escapeRegExp } from '../core/text';
import type { LiveState } from '../observe/model';
import type { StateDoc } from '../state/model';
import { PLAN_CODES } from './codes';
import type { JobChange } from './model';

export function laterBuiltinCalls(
  changes: readonly JobChange[],
  desired: DesiredState,
  live: LiveState,
  doc: StateDoc,
): Diagnostic[] {
  const declared = majorMinor(desired.flinkVersion);
  const runs = live.observed ? majorMinor(live.flinkVersion) : undefined;
  // The newer of the release the SQL is compiled for and the one the cluster runs: either one's
  // built-in takes the call (a script compiled for 1.19 creates `split`, and 1.20 still runs SPLIT).
  const to = [declared, runs]
    .filter((v): v is string => v !== undefined)
    .sort((a, b) => (releaseAtLeast(a, b) ? -1 : 1))[0];
  if (!to) return [];
  const byJob = new Map(desired.jobs.map((j) => [j.name, j]));
  const out: Diagnostic[] = [];
  for (const c of changes) {
    if (c.action === 'delete') continue;
    const job = byJob.get(c.job);
    if (!job?.laterBuiltinCalls) continue;
    const current = doc.jobs[c.job]?.current;
    const from = majorMinor(current?.flinkVersion ?? c.move?.fromVersion);
    for (const call of job.laterBuiltinCalls) {
      if (!releaseAtLeast(to, call.since)) continue;
      // The job ran the UDF: on a release before the built-in, or (a store that did not record
      // the release) with a script that created it.
      const ran = from
        ? !releaseAtLeast(from, call.since)
        : current !== undefined && createsFunction(current.script, call.name);
      if (!ran) continue;
      const builtin = call.name.toUpperCase();
      const where = from ? `Flink ${from}, where it last ran` : 'the release it last ran on';
      const renamed = `${call.udf}_${call.name.toLowerCase()}`;
      // flinkVersion raised while the cluster still runs the older release: the script lacks the UDF.
      const stillOld =
        runs !== undefined && !releaseAtLeast(runs, call.since)
          ? ` Flink ${runs}, which this cluster runs, has no ${builtin}: until the cluster runs Flink ${call.since} or later, a script without the UDF fails there ("No match found for function signature ${call.name}").`
          : '';
      out.push(
        warning(
          PLAN_CODES.udfBecomesBuiltin,
          `job ${c.job}: ${call.name}(...) called the UDF ${call.className} on ${where}; Flink ${call.since} added a built-in ${builtin}, so on Flink ${to} the call runs Flink's ${builtin}, never the UDF`,
          `Flink resolves a built-in function before the functions a job creates, and a script compiled for Flink ${to} no longer creates ${call.name} (FO215 at ${call.udfFile}). ` +
            `Once the job restarts on Flink ${to} (this ${c.action}, or any later one), the same SQL computes something else: Flink's ${builtin} has its own arguments, result type and semantics; where they do not fit, its planner refuses the job (FO630), and where they do, the job writes other values without any error. ` +
            `To keep the UDF, rename it in ${call.udfFile} (e.g. ${renamed}) and its calls in the jobs and views, in this change or before it; to use Flink's ${builtin} instead, check that it computes what the UDF did, then remove ${call.name} from ${call.udfFile}.${stillOld}`,
          call.range,
        ),
      );
    }
  }
  return out;
}

/** Whether a deployed script created the function `name` (a temporary function of udfs/). */
function createsFunction(script: string, name: string): boolean {
  return new RegExp(`CREATE TEMPORARY (SYSTEM )?FUNCTION \`?${escapeRegExp(name)}\`? `, 'i').test(script);
}
