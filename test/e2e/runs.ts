/**
 * How the e2e suite stops a cluster it started: its processes by PID, and its run folder
 * (checkpoints, savepoints, logs) with them, unless FLINKOPS_E2E_KEEP_RUNS=1 asks to keep it.
 */
// @ts-expect-error: plain ESM script without types
import { stop } from '../../scripts/flink/cluster.mjs';

export function stopRun(name: string): Promise<unknown[]> {
  return stop(name, { remove: process.env.FLINKOPS_E2E_KEEP_RUNS !== '1' });
}
