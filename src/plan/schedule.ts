/**
 * Whether a job should be running at a given moment. The seam for scheduled
 * online/offline: today `state: suspended` and the `activeFrom`/`activeUntil`
 * window; cron windows plug in here later without touching the diff.
 * `now` is an input (ISO-8601), never read from a clock, so the plan stays pure.
 */

import type { DesiredJob } from '../compile/model';
import type { Cause } from './model';

export type RunState = 'running' | 'suspended';

export interface RunDecision {
  state: RunState;
  /** Why the job should be suspended (absent when running). */
  cause?: Cause;
  /** One line for display. */
  reason: string;
  /** A window bound that could not be evaluated (no `now`, unparsable date). */
  problem?: string;
}

function windowOf(job: DesiredJob): { from?: string; until?: string } {
  const { activeFrom: from, activeUntil: until } = job.settings;
  return { ...(from !== undefined ? { from } : {}), ...(until !== undefined ? { until } : {}) };
}

export function desiredRunState(job: DesiredJob, now?: string): RunDecision {
  if (job.settings.state === 'suspended') {
    return {
      state: 'suspended',
      cause: { kind: 'setting', path: 'state', to: 'suspended' },
      reason: 'state: suspended',
    };
  }
  const { from, until } = windowOf(job);
  if (from === undefined && until === undefined) return { state: 'running', reason: 'state: running' };
  if (now === undefined) {
    return {
      state: 'running',
      reason: 'state: running',
      problem: 'activeFrom/activeUntil were not evaluated: the plan was given no time',
    };
  }
  const t = Date.parse(now);
  if (Number.isNaN(t)) {
    return { state: 'running', reason: 'state: running', problem: `"${now}" is not an ISO-8601 time` };
  }
  for (const [key, value] of [
    ['activeFrom', from],
    ['activeUntil', until],
  ] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value))) {
      return {
        state: 'running',
        reason: 'state: running',
        problem: `${key} "${value}" is not an ISO-8601 time`,
      };
    }
  }
  if (from !== undefined && t < Date.parse(from)) {
    return {
      state: 'suspended',
      cause: { kind: 'schedule', path: 'activeFrom', to: from },
      reason: `outside its schedule window: active from ${from}`,
    };
  }
  if (until !== undefined && t >= Date.parse(until)) {
    return {
      state: 'suspended',
      cause: { kind: 'schedule', path: 'activeUntil', to: until },
      reason: `outside its schedule window: active until ${until}`,
    };
  }
  return { state: 'running', reason: 'inside its schedule window' };
}
