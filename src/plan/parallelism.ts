/**
 * The parallelism a job runs at (in-place rescales, slots short), its max parallelism, and how it
 * is rescaled.
 */

import { type Diagnostic, warning } from '../core/diagnostics';
import { atLeast, parseFlinkVersion } from '../core/flink-version';
import { isTerminal } from '../core/job-state';
import type { LiveJob } from '../observe/model';
import type { DeployedVersion, JobRecord } from '../state/model';
import { isRecordedRun } from '../state/records';
import { PLAN_CODES } from './codes';
import { fileRange, type JobInputs, type PlanContext } from './job-inputs';
import type { RescaleMode } from './model';

export function rescaleMode(ctx: PlanContext): RescaleMode {
  return ctx.adaptiveScheduler && atLeast(parseFlinkVersion(ctx.flinkVersion), 1, 18)
    ? 'in-place'
    : 'savepoint-restart';
}

/** The running job's max parallelism, for the state verdict (its savepoint's key groups). */
export function runningMaxParallelism(j: JobInputs): { runningMaxParallelism?: number } {
  const max = liveMaxParallelism(j.live);
  return max !== undefined ? { runningMaxParallelism: max } : {};
}

export function recordedMaxParallelism(
  deployed: DeployedVersion['settings'] | undefined,
): number | undefined {
  return typeof deployed?.maxParallelism === 'number' ? deployed.maxParallelism : undefined;
}

/**
 * The max parallelism of the job that runs (the newest one alive), when its vertices agree: the
 * number of key groups its keyed state is split into, which a restore must keep. Vertices that
 * cannot run in parallel (max parallelism 1) are left out.
 */
export function liveMaxParallelism(live: readonly LiveJob[]): number | undefined {
  const running = live.find((l) => !isTerminal(l.state));
  const values = new Set(running?.vertices.map((v) => v.maxParallelism).filter((m) => m > 1));
  return values.size === 1 ? [...values][0] : undefined;
}

/**
 * FO636 where the job runs with another max parallelism than the store recorded for it and the
 * repository asks for: an older flinkops recorded `maxParallelism` without sending it to Flink.
 * Its keyed state restores only under the value it runs with.
 */
export function maxParallelismDrift(j: JobInputs, running: LiveJob): Diagnostic | undefined {
  const wanted = j.job.settings.maxParallelism;
  const runsWith = liveMaxParallelism([running]);
  if (wanted === undefined || runsWith === undefined || runsWith === wanted) return undefined;
  if (recordedMaxParallelism(j.current?.settings) !== wanted) return undefined;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return warning(
    PLAN_CODES.maxParallelismDrift,
    `Job ${j.job.name} runs with max parallelism ${runsWith}, not the repository's ${wanted}`,
    `The state store records maxParallelism ${wanted} for job ${running.jobId}, but Flink runs it with ${runsWith}: ` +
      `it was started by an older flinkops, which did not pass maxParallelism to Flink. Its keyed state is split into ` +
      `${runsWith} key groups and restores only under ${runsWith}: an upgrade under ${wanted} fails to restore it. ` +
      `Set maxParallelism: ${runsWith} in ${file} (the next apply restarts the job through a savepoint under it), ` +
      'or upgradeMode: stateless there to start it without its state.',
    fileRange(j.job.yamlFile ?? j.job.sqlFile),
  );
}

/**
 * The parallelism a live job runs at. Its configured parallelism, unless the job was rescaled in
 * place: the adaptive scheduler then carries the new one in the vertices' upper bounds while the
 * job's configuration keeps the one it was submitted with. The store says so for a run it
 * recorded. For an in-place rescale it does not hold (a run it does not know: a lost store, the
 * Action's first run on a new state branch; or a rescale an apply was stopped in), the bounds say
 * it when they hold the repository's parallelism `desired` and no vertex is left at the job's.
 */
export function effectiveParallelism(
  running: LiveJob,
  record: Pick<JobRecord, 'current' | 'pending'> | undefined,
  desired?: number,
): number {
  const current = record?.current;
  const recorded = isRecordedRun(current, running);
  // A job that has ended (stopped for a suspend) has no upper bounds to read: its vertices say
  // the parallelism they last ran at, the one an in-place rescale gave them.
  const ended = isTerminal(running.state);
  if (
    recorded &&
    current.parallelism !== running.parallelism &&
    running.vertices.some(
      (v) => v.upperBound === current.parallelism || (ended && v.parallelism === current.parallelism),
    )
  )
    return current.parallelism;
  const interrupted = record?.pending?.kind === 'rescale' && record.pending.jobId === running.jobId;
  // A vertex of max parallelism 1 (a global aggregation: Flink's GlobalWindowAggregate of a
  // window without keys) runs at 1 whatever the job's parallelism, and a rescale leaves its bound.
  const bounds = running.vertices.filter((v) => v.maxParallelism !== 1).map((v) => v.upperBound);
  if (recorded && !interrupted) return rescaledByHand(bounds, current) ?? running.parallelism;
  const moved =
    desired !== undefined &&
    desired !== running.parallelism &&
    bounds.includes(desired) &&
    !bounds.some((b) => b === undefined || b === running.parallelism);
  return moved ? desired : running.parallelism;
}

/** Options that give vertices a parallelism of their own, apart from the job's. */
const PINS_VERTICES = /'(?:sink\.parallelism|scan\.parallelism|table\.exec\.resource\.default-parallelism)'/;

/**
 * The parallelism a job flinkops started was rescaled to in place behind its back (`PUT
 * /jobs/:id/resource-requirements` by hand, or Flink's web UI): the adaptive scheduler's upper
 * bounds were read for every vertex, they are all one value, and it is not the parallelism the
 * store recorded. Only where every vertex runs at the job's parallelism: a script that pins some
 * (`sink.parallelism`, `scan.parallelism`) leaves bounds that are not the job's, and an adopted
 * job's recorded script is not the one it runs, so neither is read this way.
 */
function rescaledByHand(
  bounds: readonly (number | undefined)[],
  current: DeployedVersion,
): number | undefined {
  if (current.adopted || PINS_VERTICES.test(current.script)) return undefined;
  const [first] = bounds;
  if (first === undefined || first === current.parallelism || bounds.some((b) => b !== first))
    return undefined;
  return first;
}

/**
 * The parallelism a job's vertices run at when the adaptive scheduler runs them below `parallelism`
 * (their upper bound), for want of free task slots; undefined at full strength, or when no vertex
 * is bounded by it (the default scheduler, or bounds not read).
 */
export function runningBelow(
  vertices: readonly { parallelism: number; upperBound?: number }[],
  parallelism: number,
): number | undefined {
  const bounded = vertices.filter((v) => v.upperBound === parallelism);
  if (bounded.length === 0) return undefined;
  const running = Math.max(...bounded.map((v) => v.parallelism));
  return running < parallelism ? running : undefined;
}
