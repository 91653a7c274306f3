/** Rescaling under the adaptive scheduler: new per-vertex parallelism from resource requirements. */
import type { SimJob } from './model';

export type ResourceRequirements = Record<string, { lowerBound: number; upperBound: number }>;

/** Records the requirements and applies their upper bounds to the vertices; true when any changed. */
export function applyRequirements(job: SimJob, target: ResourceRequirements): boolean {
  job.requirements = target;
  let changed = false;
  for (const v of job.vertices) {
    const r = target[v.id];
    if (!r) continue;
    const p = r.upperBound === -1 ? v.parallelism : r.upperBound;
    if (p !== v.parallelism) {
      v.parallelism = p;
      changed = true;
    }
  }
  return changed;
}
