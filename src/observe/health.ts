/**
 * observeHealth(): what health rules need beyond a plan's observation, read only
 * for `status --check` so plans stay cheap: failure times from the exceptions
 * history (each failure is a restart) and the back-pressure level of each vertex.
 * The latest completed checkpoint time is already read by observe().
 */
import { type Diagnostic, type Result, warning } from '../core/diagnostics';
import type { FlinkClient } from '../flink/client';
import { failureCause } from '../flink/errors';
import { judgedInstances, type LiveJob, type LiveState } from './model';
import { createLimiter } from './pool';

export interface HealthObserveOptions {
  /** Jobs (repository names) whose vertices' back-pressure is read; others skip those calls. */
  backpressureFor?: ReadonlySet<string>;
  /** Requests in flight at once. Default 16. */
  concurrency?: number;
  /** How many exceptions to ask for (Flink keeps 16 by default: web.exception-history-size). */
  maxExceptions?: number;
}

export const HEALTH_OBSERVE_CODES = {
  /** Warning: the exceptions history or back-pressure of a job could not be read. */
  healthUnreadable: 'FO655',
} as const;

/**
 * States in which a job has restarts to count (and, RUNNING, tasks to sample). FAILED too: a job
 * whose restart strategy gave up keeps its restarts, or its maxRestarts alert would resolve the
 * moment it failed for good.
 */
const COUNTED = new Set([
  'RUNNING',
  'RESTARTING',
  'FAILING',
  'CREATED',
  'INITIALIZING',
  'RECONCILING',
  'FAILED',
]);

/** A copy of `live` whose newest job instances carry failure times and back-pressure. */
export async function observeHealth(
  client: FlinkClient,
  live: LiveState,
  opts: HealthObserveOptions = {},
): Promise<Result<LiveState>> {
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags: Diagnostic[] = [];
  const unreadable = (j: LiveJob, what: string, message: string) =>
    diags.push(
      warning(
        HEALTH_OBSERVE_CODES.healthUnreadable,
        `cannot read the ${what} of job ${j.name} (${j.jobId}): ${message}`,
        `The health rules that need it are not checked for ${j.job}; check that the JobManager is healthy and run again.`,
      ),
    );
  const targets = new Set([...judgedInstances(live.jobs)].filter((j) => COUNTED.has(j.state)));
  const jobs = await Promise.all(
    live.jobs.map(async (j): Promise<LiveJob> => {
      if (!targets.has(j)) return j;
      const out: LiveJob = { ...j };
      const ex = await limit(() => client.getExceptions(j.jobId, opts.maxExceptions ?? 100));
      if (ex.ok) {
        out.failureTimes = ex.value.history
          .map((e) => e.timestamp)
          .filter((t): t is number => t !== undefined)
          .sort((a, b) => b - a);
        out.failureHistoryTruncated = ex.value.truncated;
        const entry = ex.value.rootCause ?? ex.value.history[0];
        if (entry) out.lastFailure = failureCause(entry.causes ?? []) ?? entry.message;
      } else if (ex.error.status !== 404) unreadable(j, 'exceptions', ex.error.message);
      const read = client.getBackpressure?.bind(client);
      if (read && opts.backpressureFor?.has(j.job) && j.state === 'RUNNING') {
        const levels = await Promise.all(
          j.vertices.map(async (v) => ({ v, r: await limit(() => read(j.jobId, v.id)) })),
        );
        out.backpressure = [];
        for (const { v, r } of levels) {
          if (!r.ok) {
            if (r.error.status !== 404) unreadable(j, `back-pressure of vertex ${v.name}`, r.error.message);
            continue;
          }
          if (r.value.level) out.backpressure.push({ vertexId: v.id, vertex: v.name, level: r.value.level });
        }
      }
      return out;
    }),
  );
  diags.sort((a, b) => (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0));
  return { value: { ...live, jobs }, diags };
}
