/**
 * Targeting (Terraform's `-target`): a plan cut down to some jobs, or to the changes some kinds
 * of cause ask for, decided by the diff so the plan, its summary and what apply carries out
 * agree. A scheduled run targets `schedule` causes: the suspend/resume a window or
 * activeFrom/activeUntil asks for, never a repository change that waits for a merge.
 * Causes choose what is planned; apply still never branches on them. Pure.
 */
import type { Cause, JobChange, Plan, PlanTargeting } from './model';

/** Which changes a targeted plan keeps; every given part must match. */
export interface PlanTarget {
  /** Only these jobs (their `none` included, as in a whole plan). */
  jobs?: readonly string[];
  /** Only the changes (never `none`) with a cause of one of these kinds. */
  causes?: readonly Cause['kind'][];
}

export function isTargeted(c: JobChange, target: PlanTarget): boolean {
  // A rename is one change of both names: targeting either takes the other along, also a rename
  // the plan refuses (FO734), whose old name stays as it is.
  if (target.jobs && !target.jobs.includes(c.job) && !oldNames(c).some((j) => target.jobs!.includes(j)))
    return false;
  if (target.causes) {
    const kinds = target.causes;
    if (c.action === 'none' || !c.causes.some((k) => kinds.includes(k.kind))) return false;
  }
  return true;
}

/** The targeted changes, and what the plan records of the target. */
export function targetChanges(
  changes: readonly JobChange[],
  target: PlanTarget,
): { changes: JobChange[]; targeting: PlanTargeting } {
  const kept: JobChange[] = [];
  const omitted: PlanTargeting['omitted'] = [];
  for (const c of changes) {
    if (isTargeted(c, target)) kept.push(c);
    else if (c.action !== 'none' && !c.refused) omitted.push({ job: c.job, action: c.action });
  }
  return {
    changes: kept,
    targeting: {
      ...(target.jobs ? { jobs: [...target.jobs] } : {}),
      ...(target.causes ? { causes: [...target.causes] } : {}),
      omitted,
    },
  };
}

/** The names among `names` that are no job of the plan's (planned, or left out by --target). */
export function unknownJobs(plan: Plan, names: readonly string[]): string[] {
  const known = new Set([
    ...[...plan.changes, ...(plan.target?.omitted ?? [])].map((c) => c.job),
    ...plan.changes.flatMap(oldNames),
  ]);
  return names.filter((j) => !known.has(j));
}

/** The former names a change speaks for: its rename's, carried out or refused. */
function oldNames(c: JobChange): string[] {
  return [
    ...(c.renamedFrom ? [c.renamedFrom.job] : []),
    ...(c.refused?.renamedFrom !== undefined ? [c.refused.renamedFrom] : []),
  ];
}
