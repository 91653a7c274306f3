/**
 * Which starts of an apply wait for the stops that give them task slots. Flink's standalone
 * ResourceManager fails a slot request it cannot fulfil at once once its start-up period is over
 * (`resourcemanager.standalone.start-up-time`, 5 minutes by default): real Flink 1.20.3 (default
 * scheduler, 3 slots all taken) failed a job asking for 2 with NoResourceAvailableException as it
 * was submitted. A job the plan starts with the slots another job of the same plan gives back
 * (a suspend, a deletion) must therefore be submitted after that job has stopped, not beside it.
 */
import type { DesiredState } from '../compile/model';
import type { LiveState } from '../observe/model';
import { heldSlots, neededSlots } from '../plan/slots';
import type { JobSteps } from './steps';

/**
 * For each job that submits a new job, the jobs stopped for good (suspended, deleted) whose slots
 * it needs: every such stop, when the free slots do not carry what the plan's starts need.
 * Nothing when the free slots suffice, or were not read.
 */
export function slotDependencies(
  jobs: readonly JobSteps[],
  desired: DesiredState,
  live: LiveState,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!live.observed || !live.slots) return out;
  const byId = new Map(live.jobs.map((j) => [j.jobId, j]));
  const byName = new Map(desired.jobs.map((j) => [j.name, j]));
  const stops: string[] = [];
  const starts: string[] = [];
  let demand = 0;
  for (const j of jobs) {
    if (j.refused || j.steps.length === 0) continue;
    const c = j.change;
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : undefined);
    switch (c.action) {
      case 'suspend':
      case 'delete':
        if (held > 0) stops.push(j.job);
        break;
      case 'create':
      case 'resume':
      case 'recover':
      case 'upgrade':
      case 'rescale':
        // An upgrade or a rescale through a savepoint stops its own job first: it needs what it adds.
        if (!j.steps.some((s) => s.kind === 'submit')) break;
        demand += Math.max(0, neededSlots(c.to.parallelism, byName.get(c.job), desired) - held);
        starts.push(j.job);
        break;
      case 'adopt':
      case 'none':
        break;
    }
  }
  if (stops.length === 0 || starts.length === 0 || demand <= live.slots.slotsAvailable) return out;
  for (const s of starts) out.set(s, new Set(stops));
  return out;
}
