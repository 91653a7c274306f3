/** Engine progress as the one line the CLI and the Action print for it. */
import { shownUrl } from '../core/endpoint';
import type { EngineProgress } from '../core/progress';
import type { LockInfo } from '../state/store';

export function describeEngineProgress(p: EngineProgress): string {
  switch (p.stage) {
    case 'compiling':
      return 'compiling';
    case 'reading-state':
      return `reading state (${p.location})`;
    case 'observing':
      return `observing ${shownUrl(p.jobmanagerUrl)}`;
    case 'compiling-plans':
      return 'compiling plans (planMode: compiled)';
    case 'planning':
      return 'planning';
    case 'state-graphs':
      return `asking Flink's planner for the stream graphs of ${p.jobs} restart(s)`;
    case 'explaining':
      return `validating ${p.jobs} changed job(s) against the cluster's planner`;
    case 'reading-health':
      return 'reading health data';
    case 'test-case':
      return `${p.job} / ${p.test} (${p.mode})`;
    case 'test-query':
      return `${p.job} / ${p.test}: ${p.sink}`;
    case 'slot-wait':
      return `${p.query}: no task slot free (0 of ${p.slotsTotal}); its job waits for one until --timeout unless the cluster starts a TaskManager for it (free one: suspend a job or lower a parallelism)`;
  }
}

/** The one line a run waiting for the state lock prints: who holds it, and how long this run waits. */
export function lockWaitLine(holder: LockInfo, timeoutMs: number): string {
  return `waiting for the state lock: held by ${holder.who} (${holder.command} on ${holder.host}) since ${holder.since}; waiting up to ${(timeoutMs / 1000).toFixed(1)}s`;
}
