/**
 * The cluster's default state backend, read for a plan only when one of its jobs leaves its backend
 * to it while the job runs (or last ran) another one it knows: once per plan from
 * `/jobmanager/config`, never per job.
 */

import type { DesiredJob } from '../compile';
import { isTerminal } from '../core/job-state';
import type { FlinkClient } from '../flink';
import type { LiveState } from '../observe';
import { configuredBackend } from '../plan';
import type { StateDoc } from '../state';

/** Flink's own default when the configuration names none (real 1.20.3 and 2.2.0: HashMapStateBackend). */
export const FLINK_DEFAULT_BACKEND = 'hashmap';

/**
 * Whether a job of the plan names no state backend while the one it runs, or the one its last
 * deployed version named, is known: switching from that to the cluster's default is judged by it.
 */
export function needsDefaultBackend(
  jobs: readonly DesiredJob[],
  live: LiveState,
  doc: StateDoc | undefined,
): boolean {
  if (!live.observed) return false;
  const runsKnown = new Set(
    live.jobs.filter((l) => !isTerminal(l.state) && l.stateBackend !== undefined).map((l) => l.job),
  );
  return jobs.some(
    (j) =>
      configuredBackend(j.settings.config) === undefined &&
      (runsKnown.has(j.name) ||
        configuredBackend(doc?.jobs[j.name]?.current?.settings?.config) !== undefined),
  );
}

/**
 * The state backend a job naming none runs on this cluster: its `state.backend.type` (1.x also the
 * older `state.backend`; real 1.20.3 lists the key as the configuration writes it), else hashmap.
 * Undefined when the JobManager does not say (a fake client, an error): the switch stays unknown.
 */
export async function readDefaultBackend(client: FlinkClient): Promise<string | undefined> {
  const r = await client.getJobManagerConfig?.();
  if (!r?.ok) return undefined;
  return configuredBackend(r.value) ?? FLINK_DEFAULT_BACKEND;
}

/** The live state with the cluster's default state backend, when the plan needs it. */
export async function withDefaultBackend(
  client: FlinkClient,
  jobs: readonly DesiredJob[],
  live: LiveState,
  doc: StateDoc | undefined,
): Promise<LiveState> {
  if (live.defaultStateBackend !== undefined || !needsDefaultBackend(jobs, live, doc)) return live;
  const backend = await readDefaultBackend(client);
  return backend === undefined ? live : { ...live, defaultStateBackend: backend };
}
